#include "faultinjector.h"

#include "apierror.h"

#include <QRandomGenerator>

namespace shipdeck::kubetest {

namespace {
struct KindName
{
    FaultRule::Kind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {FaultRule::Kind::Status, "status"}, {FaultRule::Kind::Delay, "delay"}, {FaultRule::Kind::Gone, "gone"},
    {FaultRule::Kind::Drop, "drop"},     {FaultRule::Kind::Truncate, "truncate"}, {FaultRule::Kind::Reset, "reset"},
};

Result<int> toInt(const QString &key, const QString &value)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok)
        return badRequest(QStringLiteral("fault option %1 needs an integer, got \"%2\"").arg(key, value));
    return n;
}
} // namespace

QString FaultRule::kindName(Kind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

Result<FaultRule> FaultRule::parse(const QString &spec)
{
    QJsonObject json;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return badRequest(QStringLiteral("fault \"%1\": \"%2\" is not key=value").arg(spec, part));
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (key == QLatin1String("code") || key == QLatin1String("retry-after") || key == QLatin1String("delay-ms")
            || key == QLatin1String("after") || key == QLatin1String("count")) {
            SD_TRY(int n, toInt(key, value));
            json.insert(key, n);
        } else if (key == QLatin1String("probability")) {
            json.insert(key, value.toDouble());
        } else if (key == QLatin1String("as-event")) {
            json.insert(key, value == QLatin1String("true") || value == QLatin1String("1"));
        } else {
            json.insert(key, value);
        }
    }
    return fromJson(json).context(QStringLiteral("parsing fault \"%1\"").arg(spec));
}

Result<FaultRule> FaultRule::fromJson(const QJsonObject &json)
{
    static const QStringList known{QStringLiteral("kind"), QStringLiteral("code"), QStringLiteral("retry-after"), QStringLiteral("delay-ms"),
                                   QStringLiteral("after"), QStringLiteral("as-event"), QStringLiteral("resource"), QStringLiteral("verb"),
                                   QStringLiteral("namespace"), QStringLiteral("path"), QStringLiteral("count"), QStringLiteral("probability"),
                                   QStringLiteral("id"), QStringLiteral("fired")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return badRequest(QStringLiteral("unknown fault option \"%1\" (known: %2)").arg(it.key(), known.join(QStringLiteral(", "))));
    }
    FaultRule rule;
    const QString kind = json.value(QLatin1String("kind")).toString();
    bool found = false;
    for (const auto &k : kKinds) {
        if (kind == QLatin1String(k.name)) {
            rule.kind = k.kind;
            found = true;
        }
    }
    if (!found)
        return badRequest(QStringLiteral("fault kind \"%1\" is not one of status, delay, gone, drop, truncate, reset").arg(kind));
    rule.code = json.value(QLatin1String("code")).toInt(rule.kind == Kind::Gone ? 410 : 500);
    rule.retryAfter = json.value(QLatin1String("retry-after")).toInt(1);
    rule.delayMs = json.value(QLatin1String("delay-ms")).toInt(0);
    rule.afterEvents = json.value(QLatin1String("after")).toInt(0);
    rule.asEvent = json.value(QLatin1String("as-event")).toBool(false);
    rule.resource = json.value(QLatin1String("resource")).toString(QStringLiteral("*"));
    rule.verb = json.value(QLatin1String("verb")).toString(QStringLiteral("*"));
    rule.ns = json.value(QLatin1String("namespace")).toString(QStringLiteral("*"));
    rule.pathPrefix = json.value(QLatin1String("path")).toString();
    rule.remaining = json.value(QLatin1String("count")).toInt(-1);
    rule.probability = json.value(QLatin1String("probability")).toDouble(1.0);
    if (rule.kind == Kind::Status && (rule.code < 400 || rule.code > 599))
        return badRequest(QStringLiteral("a status fault needs a code between 400 and 599, got %1").arg(rule.code));
    if (rule.kind == Kind::Delay && rule.delayMs <= 0)
        return badRequest(QStringLiteral("a delay fault needs delay-ms > 0"));
    if (rule.probability <= 0.0 || rule.probability > 1.0)
        return badRequest(QStringLiteral("probability must be in (0, 1]"));
    return rule;
}

QJsonObject FaultRule::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kindName(kind)},
            {QStringLiteral("code"), code},
            {QStringLiteral("retry-after"), retryAfter},
            {QStringLiteral("delay-ms"), delayMs},
            {QStringLiteral("after"), afterEvents},
            {QStringLiteral("as-event"), asEvent},
            {QStringLiteral("resource"), resource},
            {QStringLiteral("verb"), verb},
            {QStringLiteral("namespace"), ns},
            {QStringLiteral("path"), pathPrefix},
            {QStringLiteral("count"), remaining},
            {QStringLiteral("probability"), probability},
            {QStringLiteral("fired"), fired}};
}

Result<QString> FaultInjector::add(FaultRule rule)
{
    rule.id = QStringLiteral("f%1").arg(m_nextId++);
    m_rules.append(rule);
    return rule.id;
}

bool FaultInjector::remove(const QString &id)
{
    const auto before = m_rules.size();
    m_rules.erase(std::remove_if(m_rules.begin(), m_rules.end(), [&](const FaultRule &r) { return r.id == id; }), m_rules.end());
    return m_rules.size() != before;
}

bool FaultInjector::matches(const FaultRule &rule, const QString &verb, const QString &groupResource, const QString &ns,
                            const QString &path) const
{
    if (!rule.pathPrefix.isEmpty())
        return path.startsWith(rule.pathPrefix) && (rule.verb == QLatin1String("*") || rule.verb == verb);
    if (groupResource.isEmpty())
        return false;
    const QString plural = groupResource.section(QLatin1Char('.'), 0, 0);
    if (rule.resource != QLatin1String("*") && rule.resource != groupResource && rule.resource != plural)
        return false;
    if (rule.verb != QLatin1String("*") && rule.verb != verb)
        return false;
    return rule.ns == QLatin1String("*") || rule.ns == ns;
}

bool FaultInjector::fire(FaultRule &rule)
{
    if (rule.remaining == 0)
        return false;
    if (rule.probability < 1.0 && QRandomGenerator::global()->generateDouble() >= rule.probability)
        return false;
    if (rule.remaining > 0)
        --rule.remaining;
    ++rule.fired;
    return true;
}

std::optional<FaultRule> FaultInjector::onRequest(const QString &verb, const QString &groupResource, const QString &ns, const QString &path)
{
    for (FaultRule &rule : m_rules) {
        const bool requestLevel = rule.kind == FaultRule::Kind::Status || rule.kind == FaultRule::Kind::Delay
                                  || rule.kind == FaultRule::Kind::Reset
                                  || (rule.kind == FaultRule::Kind::Gone && !rule.asEvent
                                      && (verb == QLatin1String("watch") || verb == QLatin1String("list")));
        if (requestLevel && matches(rule, verb, groupResource, ns, path) && fire(rule))
            return rule;
    }
    return std::nullopt;
}

QList<FaultRule> FaultInjector::onStream(const QString &verb, const QString &groupResource, const QString &ns)
{
    QList<FaultRule> result;
    for (FaultRule &rule : m_rules) {
        const bool streamLevel = rule.kind == FaultRule::Kind::Drop || rule.kind == FaultRule::Kind::Truncate
                                 || (rule.kind == FaultRule::Kind::Gone && rule.asEvent);
        if (streamLevel && matches(rule, verb, groupResource, ns, QString()) && fire(rule))
            result.append(rule);
    }
    return result;
}

} // namespace shipdeck::kubetest
