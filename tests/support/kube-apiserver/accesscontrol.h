#pragma once

#include "backend/core/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace shipdeck::kubetest {

struct HttpRequest;

struct UserInfo
{
    QString name;
    QStringList groups;
    QString authenticatedBy; // "x509", "token", "anonymous"
};

// One RBAC-like rule; "*" matches anything.
struct PolicyRule
{
    QStringList verbs;
    QStringList apiGroups;
    QStringList resources; // "pods", "pods/log", "*"
    QStringList namespaces; // empty or "*" = all

    QJsonObject toJson() const;
    static PolicyRule fromJson(const QJsonObject &json);
};

// Authentication (client certificates verified against the cluster CA, bearer tokens) and a
// small authorizer: system:masters may do anything, other users what their rules allow, every
// authenticated user may read discovery and ask access reviews (system:basic-user).
class AccessControl
{
public:
    AccessControl();

    void addToken(const QString &token, const QString &user, const QStringList &groups);
    bool removeToken(const QString &token);
    QJsonArray tokens() const;
    void setRules(const QString &user, const QList<PolicyRule> &rules);
    QList<PolicyRule> rules(const QString &user) const { return m_rules.value(user); }
    void setAnonymousAllowed(bool allowed) { m_anonymous = allowed; }

    // 401 (Status reason Unauthorized) for a bad token, a refused certificate or no credentials.
    Result<UserInfo> authenticate(const HttpRequest &request) const;
    bool allowed(const UserInfo &user, const QString &verb, const QString &group, const QString &resource,
                 const QString &subresource, const QString &ns) const;
    // The rules a user has in a namespace, for SelfSubjectRulesReview.
    QJsonArray resourceRules(const UserInfo &user, const QString &ns) const;

private:
    struct TokenEntry
    {
        QString user;
        QStringList groups;
    };
    QHash<QString, TokenEntry> m_tokens;
    QHash<QString, QList<PolicyRule>> m_rules;
    bool m_anonymous = false;
};

} // namespace shipdeck::kubetest
