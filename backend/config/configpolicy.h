#pragma once

#include "backend/config/configtypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace shipdeck {

// What a policy check sees: the effective document of one namespace (file) in one
// environment, and a way to find where a key was set.
struct ConfigPolicyContext
{
    QString ns;          // "app" for base/app.yaml and environments/*/app.yaml
    QString environment;
    QJsonObject effective;
    std::function<ConfigValue(const QString &pathInNamespace)> provenance;
};

// Validation hook: the policy engine registers checks here; validateConfiguration runs them
// after YAML and schema checks and reports their issues with source "policy:<name>".
namespace ConfigPolicies {
using Check = std::function<QList<ConfigIssue>(const ConfigPolicyContext &context)>;
void add(const QString &name, Check check);
void remove(const QString &name);
QList<QPair<QString, Check>> all();
} // namespace ConfigPolicies

} // namespace shipdeck
