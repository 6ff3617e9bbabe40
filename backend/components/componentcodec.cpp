#include "backend/components/componentcodec.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace shipdeck::ComponentCodec {
namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QMap<QString, QString> mapFromJson(const QJsonValue &value)
{
    QMap<QString, QString> out;
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace

QString typeName(ComponentType type)
{
    switch (type) {
    case ComponentType::Service: return QStringLiteral("service");
    case ComponentType::Function: return QStringLiteral("function");
    case ComponentType::Worker: return QStringLiteral("worker");
    case ComponentType::Extension: return QStringLiteral("extension");
    }
    return QStringLiteral("service");
}

Result<ComponentType> typeFromName(const QString &name)
{
    for (ComponentType t : {ComponentType::Service, ComponentType::Function, ComponentType::Worker, ComponentType::Extension}) {
        if (typeName(t) == name)
            return t;
    }
    return Error(ErrorCode::Validation,
                 QStringLiteral("type must be service, function, worker or extension, not \"%1\"").arg(name));
}

QString probeKindName(HealthCheck::Kind kind)
{
    switch (kind) {
    case HealthCheck::Kind::None: return QStringLiteral("none");
    case HealthCheck::Kind::Http: return QStringLiteral("http");
    case HealthCheck::Kind::Tcp: return QStringLiteral("tcp");
    case HealthCheck::Kind::Exec: return QStringLiteral("exec");
    }
    return QStringLiteral("none");
}

Result<int> parseDurationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?\\s*$"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return Error(ErrorCode::Parse, QStringLiteral("\"%1\" is not a duration (use 500ms, 2s, 1m or milliseconds)").arg(text));
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    const double factor = unit == QLatin1String("s") ? 1000 : unit == QLatin1String("m") ? 60'000
                        : unit == QLatin1String("h") ? 3'600'000 : 1;
    const double ms = value * factor;
    if (ms > 24.0 * 3'600'000)
        return Error(ErrorCode::Validation, QStringLiteral("duration \"%1\" is longer than a day").arg(text));
    return static_cast<int>(std::llround(ms));
}

Result<qint64> parseBytes(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(Ki|Mi|Gi|Ti|k|K|M|G|T)?\\s*$"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return Error(ErrorCode::Parse, QStringLiteral("\"%1\" is not a memory quantity (use 256Mi, 1Gi or bytes)").arg(text));
    static const QMap<QString, double> factors{{QStringLiteral("Ki"), 1024.0}, {QStringLiteral("Mi"), 1024.0 * 1024},
        {QStringLiteral("Gi"), 1024.0 * 1024 * 1024}, {QStringLiteral("Ti"), 1024.0 * 1024 * 1024 * 1024},
        {QStringLiteral("k"), 1e3}, {QStringLiteral("K"), 1e3}, {QStringLiteral("M"), 1e6}, {QStringLiteral("G"), 1e9},
        {QStringLiteral("T"), 1e12}};
    return static_cast<qint64>(match.captured(1).toDouble() * factors.value(match.captured(2), 1.0));
}

Result<double> parseCpu(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(m)?\\s*$"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return Error(ErrorCode::Parse, QStringLiteral("\"%1\" is not a CPU quantity (use 500m or 0.5)").arg(text));
    const double value = match.captured(1).toDouble();
    return match.captured(2).isEmpty() ? value : value / 1000.0;
}

Result<void> validate(const ComponentDefinition &c)
{
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (!idRe.match(c.id).hasMatch())
        return Error(ErrorCode::Validation,
                     QStringLiteral("component id \"%1\" must be a DNS label: lower-case letters, digits and '-', at most 63").arg(c.id));
    static const QRegularExpression versionRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$"));
    if (!versionRe.match(c.version).hasMatch())
        return Error(ErrorCode::Validation, QStringLiteral("component %1: version \"%2\" may hold letters, digits, '.', '_', '+' and '-'").arg(c.id, c.version));
    for (auto it = c.versions.cbegin(); it != c.versions.cend(); ++it) {
        if (!versionRe.match(it.key()).hasMatch())
            return Error(ErrorCode::Validation, QStringLiteral("component %1: version \"%2\" may hold letters, digits, '.', '_', '+' and '-'").arg(c.id, it.key()));
    }
    if (c.dependencies.contains(c.id))
        return Error(ErrorCode::Validation, QStringLiteral("cycle: %1 → %1 (a component cannot depend on itself)").arg(c.id));
    if (c.scaling.maxReplicas < c.scaling.minReplicas)
        return Error(ErrorCode::Validation, QStringLiteral("component %1: scaling.maxReplicas (%2) is below minReplicas (%3)")
                                                .arg(c.id).arg(c.scaling.maxReplicas).arg(c.scaling.minReplicas));
    if (c.port < 0 || c.port > 65535)
        return Error(ErrorCode::Validation, QStringLiteral("component %1: port %2 is out of range").arg(c.id).arg(c.port));
    const HealthCheck &h = c.healthCheck;
    if (h.periodMs < 10 || h.timeoutMs < 1 || h.initialDelayMs < 0)
        return Error(ErrorCode::Validation, QStringLiteral("component %1: healthCheck period must be at least 10ms and timeout at least 1ms").arg(c.id));
    if (h.failureThreshold < 1 || h.successThreshold < 1)
        return Error(ErrorCode::Validation, QStringLiteral("component %1: healthCheck thresholds must be at least 1").arg(c.id));
    if (h.kind == HealthCheck::Kind::Exec && h.command.isEmpty())
        return Error(ErrorCode::Validation, QStringLiteral("component %1: an exec healthCheck needs a command").arg(c.id));
    if (c.type == ComponentType::Service && c.run.command.isEmpty())
        return Error(ErrorCode::Validation, QStringLiteral("component %1: run.command is missing (what should the local provider start?)").arg(c.id));
    return success();
}

QJsonObject toJson(const ComponentDefinition &c)
{
    const HealthCheck &h = c.healthCheck;
    QJsonObject versions;
    for (auto it = c.versions.cbegin(); it != c.versions.cend(); ++it) {
        versions.insert(it.key(), QJsonObject{{QStringLiteral("command"), it->command},
                                              {QStringLiteral("extraArgs"), toArray(it->extraArgs)},
                                              {QStringLiteral("env"), mapToJson(it->env)}});
    }
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("type"), typeName(c.type)},
        {QStringLiteral("port"), c.port},
        {QStringLiteral("dependencies"), toArray(c.dependencies)},
        {QStringLiteral("resources"), QJsonObject{{QStringLiteral("cpu"), c.resources.cpuCores},
                                                  {QStringLiteral("memoryBytes"), double(c.resources.memoryBytes)}}},
        {QStringLiteral("scaling"), QJsonObject{{QStringLiteral("minReplicas"), c.scaling.minReplicas},
                                                {QStringLiteral("maxReplicas"), c.scaling.maxReplicas},
                                                {QStringLiteral("targetCpuPercent"), c.scaling.targetCpuPercent}}},
        {QStringLiteral("run"), QJsonObject{{QStringLiteral("command"), c.run.command},
                                            {QStringLiteral("args"), toArray(c.run.args)},
                                            {QStringLiteral("env"), mapToJson(c.run.env)}}},
        {QStringLiteral("healthCheck"), QJsonObject{
            {QStringLiteral("kind"), probeKindName(h.kind)},
            {QStringLiteral("path"), h.path},
            {QStringLiteral("expectedStatusMin"), h.expectedStatusMin},
            {QStringLiteral("expectedStatusMax"), h.expectedStatusMax},
            {QStringLiteral("command"), toArray(h.command)},
            {QStringLiteral("initialDelayMs"), h.initialDelayMs},
            {QStringLiteral("periodMs"), h.periodMs},
            {QStringLiteral("timeoutMs"), h.timeoutMs},
            {QStringLiteral("failureThreshold"), h.failureThreshold},
            {QStringLiteral("successThreshold"), h.successThreshold}}},
        {QStringLiteral("versions"), versions},
    };
}

Result<ComponentDefinition> fromJson(const QJsonObject &json)
{
    ComponentDefinition c;
    c.id = json.value(QStringLiteral("id")).toString();
    c.name = json.value(QStringLiteral("name")).toString();
    c.version = json.value(QStringLiteral("version")).toString();
    SD_TRY(c.type, typeFromName(json.value(QStringLiteral("type")).toString(QStringLiteral("service"))));
    c.port = json.value(QStringLiteral("port")).toInt();
    c.dependencies = fromArray(json.value(QStringLiteral("dependencies")));
    const QJsonObject res = json.value(QStringLiteral("resources")).toObject();
    c.resources.cpuCores = res.value(QStringLiteral("cpu")).toDouble();
    c.resources.memoryBytes = static_cast<qint64>(res.value(QStringLiteral("memoryBytes")).toDouble());
    const QJsonObject sc = json.value(QStringLiteral("scaling")).toObject();
    c.scaling.minReplicas = sc.value(QStringLiteral("minReplicas")).toInt(1);
    c.scaling.maxReplicas = sc.value(QStringLiteral("maxReplicas")).toInt(c.scaling.minReplicas);
    c.scaling.targetCpuPercent = sc.value(QStringLiteral("targetCpuPercent")).toInt();
    const QJsonObject run = json.value(QStringLiteral("run")).toObject();
    c.run.command = run.value(QStringLiteral("command")).toString();
    c.run.args = fromArray(run.value(QStringLiteral("args")));
    c.run.env = mapFromJson(run.value(QStringLiteral("env")));
    const QJsonObject h = json.value(QStringLiteral("healthCheck")).toObject();
    const QString kind = h.value(QStringLiteral("kind")).toString(QStringLiteral("none"));
    c.healthCheck.kind = kind == QLatin1String("http") ? HealthCheck::Kind::Http
                       : kind == QLatin1String("tcp")  ? HealthCheck::Kind::Tcp
                       : kind == QLatin1String("exec") ? HealthCheck::Kind::Exec : HealthCheck::Kind::None;
    c.healthCheck.path = h.value(QStringLiteral("path")).toString(QStringLiteral("/healthz"));
    c.healthCheck.expectedStatusMin = h.value(QStringLiteral("expectedStatusMin")).toInt(200);
    c.healthCheck.expectedStatusMax = h.value(QStringLiteral("expectedStatusMax")).toInt(399);
    c.healthCheck.command = fromArray(h.value(QStringLiteral("command")));
    c.healthCheck.initialDelayMs = h.value(QStringLiteral("initialDelayMs")).toInt();
    c.healthCheck.periodMs = h.value(QStringLiteral("periodMs")).toInt(1000);
    c.healthCheck.timeoutMs = h.value(QStringLiteral("timeoutMs")).toInt(1000);
    c.healthCheck.failureThreshold = h.value(QStringLiteral("failureThreshold")).toInt(3);
    c.healthCheck.successThreshold = h.value(QStringLiteral("successThreshold")).toInt(1);
    const QJsonObject versions = json.value(QStringLiteral("versions")).toObject();
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        c.versions.insert(it.key(), VersionOverride{fromArray(o.value(QStringLiteral("extraArgs"))),
                                                    mapFromJson(o.value(QStringLiteral("env"))),
                                                    o.value(QStringLiteral("command")).toString()});
    }
    SD_CHECK(validate(c));
    return c;
}

} // namespace shipdeck::ComponentCodec
