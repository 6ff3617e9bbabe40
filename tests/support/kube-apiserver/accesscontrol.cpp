#include "accesscontrol.h"

#include "apierror.h"
#include "httprequest.h"

namespace shipdeck::kubetest {

namespace {
const QString kAll = QStringLiteral("*");
const QString kMasters = QStringLiteral("system:masters");

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &v : value.toArray())
        list.append(v.toString());
    return list;
}

bool matches(const QStringList &allowed, const QString &value)
{
    return allowed.contains(kAll) || allowed.contains(value);
}

Error unauthorized(const QString &why)
{
    // The real server says only "Unauthorized"; the reason goes to the server log (stderr).
    qInfo("authentication failed: %s", qPrintable(why));
    return apiError(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));
}
} // namespace

QJsonObject PolicyRule::toJson() const
{
    return {{QStringLiteral("verbs"), toArray(verbs)},
            {QStringLiteral("apiGroups"), toArray(apiGroups)},
            {QStringLiteral("resources"), toArray(resources)},
            {QStringLiteral("namespaces"), toArray(namespaces)}};
}

PolicyRule PolicyRule::fromJson(const QJsonObject &json)
{
    PolicyRule rule;
    rule.verbs = toList(json.value(QLatin1String("verbs")));
    rule.apiGroups = json.contains(QLatin1String("apiGroups")) ? toList(json.value(QLatin1String("apiGroups"))) : QStringList{kAll};
    rule.resources = toList(json.value(QLatin1String("resources")));
    rule.namespaces = toList(json.value(QLatin1String("namespaces")));
    return rule;
}

AccessControl::AccessControl()
{
    // A read-only user, as a "view" ClusterRole binding would give (no secrets).
    PolicyRule view;
    view.verbs = {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")};
    view.apiGroups = {kAll};
    view.resources = {QStringLiteral("pods"), QStringLiteral("pods/log"), QStringLiteral("services"), QStringLiteral("endpoints"),
                      QStringLiteral("configmaps"), QStringLiteral("events"), QStringLiteral("namespaces"), QStringLiteral("nodes"),
                      QStringLiteral("serviceaccounts"), QStringLiteral("deployments"), QStringLiteral("replicasets"),
                      QStringLiteral("statefulsets"), QStringLiteral("daemonsets"), QStringLiteral("jobs"), QStringLiteral("cronjobs"),
                      QStringLiteral("ingresses"), QStringLiteral("httproutes"), QStringLiteral("gateways"), QStringLiteral("leases"),
                      QStringLiteral("rollouts"), QStringLiteral("analysisruns"), QStringLiteral("analysistemplates"),
                      QStringLiteral("customresourcedefinitions")};
    m_rules.insert(QStringLiteral("viewer"), {view});
}

void AccessControl::addToken(const QString &token, const QString &user, const QStringList &groups)
{
    m_tokens.insert(token, TokenEntry{user, groups});
}

bool AccessControl::removeToken(const QString &token) { return m_tokens.remove(token) > 0; }

QJsonArray AccessControl::tokens() const
{
    QJsonArray list;
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        list.append(QJsonObject{{QStringLiteral("token"), it.key()}, {QStringLiteral("user"), it->user},
                                {QStringLiteral("groups"), toArray(it->groups)}});
    return list;
}

void AccessControl::setRules(const QString &user, const QList<PolicyRule> &rules) { m_rules.insert(user, rules); }

Result<UserInfo> AccessControl::authenticate(const HttpRequest &request) const
{
    if (request.peer.certificateVerified) {
        UserInfo user{request.peer.certificateUser, request.peer.certificateGroups, QStringLiteral("x509")};
        user.groups.append(QStringLiteral("system:authenticated"));
        return user;
    }
    const QByteArray authorization = request.header("authorization");
    if (!authorization.isEmpty()) {
        if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
            return unauthorized(QStringLiteral("only bearer tokens are accepted"));
        const QString token = QString::fromUtf8(authorization.mid(7).trimmed());
        const auto it = m_tokens.constFind(token);
        if (it == m_tokens.constEnd())
            return unauthorized(QStringLiteral("unknown bearer token"));
        UserInfo user{it->user, it->groups, QStringLiteral("token")};
        user.groups.append(QStringLiteral("system:authenticated"));
        return user;
    }
    if (!request.peer.certificateProblem.isEmpty())
        return unauthorized(request.peer.certificateProblem);
    if (m_anonymous)
        return UserInfo{QStringLiteral("system:anonymous"), {QStringLiteral("system:unauthenticated")}, QStringLiteral("anonymous")};
    return unauthorized(QStringLiteral("no credentials"));
}

bool AccessControl::allowed(const UserInfo &user, const QString &verb, const QString &group, const QString &resource,
                            const QString &subresource, const QString &ns) const
{
    if (user.groups.contains(kMasters))
        return true;
    const bool authenticated = user.groups.contains(QStringLiteral("system:authenticated"));
    if (authenticated && verb == QLatin1String("create")
        && (group == QLatin1String("authorization.k8s.io") || group == QLatin1String("authentication.k8s.io"))
        && resource.startsWith(QLatin1String("self")))
        return true;
    const QString full = subresource.isEmpty() ? resource : resource + QLatin1Char('/') + subresource;
    const auto rules = m_rules.value(user.name);
    for (const PolicyRule &rule : rules) {
        if (!matches(rule.verbs, verb) || !matches(rule.apiGroups, group) || !matches(rule.resources, full))
            continue;
        if (rule.namespaces.isEmpty() || matches(rule.namespaces, ns))
            return true;
    }
    return false;
}

QJsonArray AccessControl::resourceRules(const UserInfo &user, const QString &ns) const
{
    QJsonArray rules;
    if (user.groups.contains(kMasters)) {
        rules.append(QJsonObject{{QStringLiteral("verbs"), QJsonArray{kAll}},
                                 {QStringLiteral("apiGroups"), QJsonArray{kAll}},
                                 {QStringLiteral("resources"), QJsonArray{kAll}}});
        return rules;
    }
    rules.append(QJsonObject{{QStringLiteral("verbs"), QJsonArray{QStringLiteral("create")}},
                             {QStringLiteral("apiGroups"), QJsonArray{QStringLiteral("authorization.k8s.io")}},
                             {QStringLiteral("resources"), QJsonArray{QStringLiteral("selfsubjectaccessreviews"),
                                                                     QStringLiteral("selfsubjectrulesreviews")}}});
    for (const PolicyRule &rule : m_rules.value(user.name)) {
        if (rule.namespaces.isEmpty() || matches(rule.namespaces, ns))
            rules.append(QJsonObject{{QStringLiteral("verbs"), toArray(rule.verbs)},
                                     {QStringLiteral("apiGroups"), toArray(rule.apiGroups)},
                                     {QStringLiteral("resources"), toArray(rule.resources)}});
    }
    return rules;
}

} // namespace shipdeck::kubetest
