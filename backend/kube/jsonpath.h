#pragma once

#include "backend/core/result.h"

#include <QJsonValue>
#include <QString>

namespace shipdeck {

// The JSONPath subset Kubernetes printer columns use: ".a.b", "[N]", "[*]", "['key']",
// and filters "[?(@.field=="value")]". Evaluation returns every match.
class JsonPath
{
public:
    static Result<JsonPath> compile(const QString &expression);
    QList<QJsonValue> evaluate(const QJsonValue &root) const;
    // Matches as text the way kubectl prints them: scalars joined with ",".
    QString text(const QJsonValue &root) const;

private:
    struct Step
    {
        enum Kind { Field, Index, All, Filter } kind = Field;
        QString name;       // Field; Filter: the field compared
        int index = 0;      // Index
        QString value;      // Filter: the value it must equal
    };
    QList<Step> m_steps;
};

} // namespace shipdeck
