// ComponentCodec: the YAML side (yaml-cpp, whose exceptions stop here).
#include "backend/components/componentcodec.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <set>

namespace shipdeck::ComponentCodec {
namespace {

// yaml-cpp throws; everything below turns its exceptions and shape problems into Errors that
// name the source, line and column.
class YamlReader
{
public:
    explicit YamlReader(QString source) : m_source(std::move(source)) {}

    Error error(const YAML::Node &node, const QString &message) const
    {
        const YAML::Mark mark = node.Mark();
        return at(mark.line, mark.column, message);
    }
    Error at(int line, int column, const QString &message) const
    {
        const QString where = line >= 0 ? QStringLiteral("%1:%2:%3").arg(m_source).arg(line + 1).arg(column + 1)
                                         : m_source;
        return Error(ErrorCode::Parse, QStringLiteral("%1: %2").arg(where, message))
            .withDetail(QStringLiteral("line"), line + 1)
            .withDetail(QStringLiteral("column"), column + 1);
    }

    static QString scalar(const YAML::Node &node) { return QString::fromStdString(node.Scalar()); }

    Result<QString> string(const YAML::Node &node, const QString &key) const
    {
        if (!node.IsScalar())
            return error(node, QStringLiteral("%1 must be a text value").arg(key));
        return scalar(node);
    }
    Result<int> integer(const YAML::Node &node, const QString &key, int min, int max) const
    {
        bool ok = false;
        const int value = node.IsScalar() ? scalar(node).toInt(&ok) : 0;
        if (!ok || value < min || value > max)
            return error(node, QStringLiteral("%1 must be a whole number from %2 to %3, not \"%4\"")
                                   .arg(key).arg(min).arg(max).arg(node.IsScalar() ? scalar(node) : QStringLiteral("…")));
        return value;
    }
    Result<int> duration(const YAML::Node &node, const QString &key) const
    {
        if (!node.IsScalar())
            return error(node, QStringLiteral("%1 must be a duration such as 500ms or 2s").arg(key));
        auto ms = parseDurationMs(scalar(node));
        if (!ms)
            return error(node, QStringLiteral("%1: %2").arg(key, ms.error().message()));
        return ms.value();
    }
    Result<QStringList> stringList(const YAML::Node &node, const QString &key) const
    {
        if (node.IsScalar())
            return QStringList{scalar(node)};
        if (!node.IsSequence())
            return error(node, QStringLiteral("%1 must be a list of text values").arg(key));
        QStringList out;
        for (const auto &item : node) {
            if (!item.IsScalar())
                return error(item, QStringLiteral("each entry of %1 must be a text value").arg(key));
            out.append(scalar(item));
        }
        return out;
    }
    Result<QMap<QString, QString>> stringMap(const YAML::Node &node, const QString &key) const
    {
        if (!node.IsMap())
            return error(node, QStringLiteral("%1 must be a mapping of names to values").arg(key));
        QMap<QString, QString> out;
        for (const auto &entry : node) {
            if (!entry.second.IsScalar())
                return error(entry.second, QStringLiteral("%1.%2 must be a text value").arg(key, scalar(entry.first)));
            out.insert(scalar(entry.first), scalar(entry.second));
        }
        return out;
    }
    // Refuses keys outside `allowed` (a typo should not be silently ignored).
    Result<void> onlyKeys(const YAML::Node &map, const QString &what, const std::set<std::string> &allowed) const
    {
        if (!map.IsMap())
            return error(map, QStringLiteral("%1 must be a mapping").arg(what));
        for (const auto &entry : map) {
            if (!allowed.count(entry.first.Scalar()))
                return error(entry.first, QStringLiteral("unknown key \"%1\" in %2").arg(scalar(entry.first), what));
        }
        return success();
    }

    Result<HealthCheck> healthCheck(const YAML::Node &node) const
    {
        SD_CHECK(onlyKeys(node, QStringLiteral("healthCheck"),
                          {"kind", "path", "expectedStatus", "command", "initialDelay", "period", "timeout",
                           "failureThreshold", "successThreshold"}));
        HealthCheck check;
        if (node["kind"]) {
            SD_TRY(const QString kind, string(node["kind"], QStringLiteral("healthCheck.kind")));
            if (kind == QLatin1String("http"))
                check.kind = HealthCheck::Kind::Http;
            else if (kind == QLatin1String("tcp"))
                check.kind = HealthCheck::Kind::Tcp;
            else if (kind == QLatin1String("exec"))
                check.kind = HealthCheck::Kind::Exec;
            else if (kind == QLatin1String("none"))
                check.kind = HealthCheck::Kind::None;
            else
                return error(node["kind"], QStringLiteral("healthCheck.kind must be http, tcp, exec or none, not \"%1\"").arg(kind));
        }
        if (node["path"]) {
            SD_TRY(check.path, string(node["path"], QStringLiteral("healthCheck.path")));
            if (!check.path.startsWith(QLatin1Char('/')))
                return error(node["path"], QStringLiteral("healthCheck.path must start with /"));
        }
        if (node["expectedStatus"]) {
            static const QRegularExpression range(QStringLiteral("^\\s*(\\d{3})\\s*(?:-\\s*(\\d{3}))?\\s*$"));
            const auto match = range.match(node["expectedStatus"].IsScalar() ? scalar(node["expectedStatus"]) : QString());
            if (!match.hasMatch())
                return error(node["expectedStatus"], QStringLiteral("healthCheck.expectedStatus must be a status or a range such as 200-399"));
            check.expectedStatusMin = match.captured(1).toInt();
            check.expectedStatusMax = match.captured(2).isEmpty() ? check.expectedStatusMin : match.captured(2).toInt();
            if (check.expectedStatusMin > check.expectedStatusMax || check.expectedStatusMin < 100 || check.expectedStatusMax > 599)
                return error(node["expectedStatus"], QStringLiteral("healthCheck.expectedStatus must be an ascending range within 100-599"));
        }
        if (node["command"]) {
            SD_TRY(check.command, stringList(node["command"], QStringLiteral("healthCheck.command")));
        }
        if (node["initialDelay"]) {
            SD_TRY(check.initialDelayMs, duration(node["initialDelay"], QStringLiteral("healthCheck.initialDelay")));
        }
        if (node["period"]) {
            SD_TRY(check.periodMs, duration(node["period"], QStringLiteral("healthCheck.period")));
        }
        if (node["timeout"]) {
            SD_TRY(check.timeoutMs, duration(node["timeout"], QStringLiteral("healthCheck.timeout")));
        }
        if (node["failureThreshold"]) {
            SD_TRY(check.failureThreshold, integer(node["failureThreshold"], QStringLiteral("healthCheck.failureThreshold"), 1, 1000));
        }
        if (node["successThreshold"]) {
            SD_TRY(check.successThreshold, integer(node["successThreshold"], QStringLiteral("healthCheck.successThreshold"), 1, 1000));
        }
        if (check.kind == HealthCheck::Kind::Exec && check.command.isEmpty())
            return error(node, QStringLiteral("an exec healthCheck needs a command"));
        return check;
    }

    Result<ComponentDefinition> component(const YAML::Node &doc) const
    {
        SD_CHECK(onlyKeys(doc, QStringLiteral("the component"),
                          {"id", "name", "version", "type", "port", "dependencies", "resources", "scaling", "run",
                           "healthCheck", "versions"}));
        ComponentDefinition c;
        if (!doc["id"])
            return error(doc, QStringLiteral("a component needs an id"));
        SD_TRY(c.id, string(doc["id"], QStringLiteral("id")));
        if (doc["name"]) {
            SD_TRY(c.name, string(doc["name"], QStringLiteral("name")));
        }
        if (c.name.isEmpty())
            c.name = c.id;
        if (!doc["version"])
            return error(doc, QStringLiteral("component %1 needs a version (the current stable version)").arg(c.id));
        SD_TRY(c.version, string(doc["version"], QStringLiteral("version")));
        if (doc["type"]) {
            SD_TRY(const QString type, string(doc["type"], QStringLiteral("type")));
            auto parsed = typeFromName(type);
            if (!parsed)
                return error(doc["type"], parsed.error().message());
            c.type = parsed.value();
        }
        if (doc["port"]) {
            SD_TRY(c.port, integer(doc["port"], QStringLiteral("port"), 0, 65535));
        }
        if (doc["dependencies"]) {
            SD_TRY(c.dependencies, stringList(doc["dependencies"], QStringLiteral("dependencies")));
        }
        if (const YAML::Node r = doc["resources"]) {
            SD_CHECK(onlyKeys(r, QStringLiteral("resources"), {"cpu", "memory"}));
            if (r["cpu"]) {
                auto cpu = parseCpu(scalar(r["cpu"]));
                if (!cpu)
                    return error(r["cpu"], cpu.error().message());
                c.resources.cpuCores = cpu.value();
            }
            if (r["memory"]) {
                auto bytes = parseBytes(scalar(r["memory"]));
                if (!bytes)
                    return error(r["memory"], bytes.error().message());
                c.resources.memoryBytes = bytes.value();
            }
        }
        if (const YAML::Node s = doc["scaling"]) {
            SD_CHECK(onlyKeys(s, QStringLiteral("scaling"), {"minReplicas", "maxReplicas", "targetCpuPercent"}));
            if (s["minReplicas"]) {
                SD_TRY(c.scaling.minReplicas, integer(s["minReplicas"], QStringLiteral("scaling.minReplicas"), 0, 64));
            }
            if (s["maxReplicas"]) {
                SD_TRY(c.scaling.maxReplicas, integer(s["maxReplicas"], QStringLiteral("scaling.maxReplicas"), 0, 64));
            }
            else
                c.scaling.maxReplicas = std::max(c.scaling.maxReplicas, c.scaling.minReplicas);
            if (s["targetCpuPercent"]) {
                SD_TRY(c.scaling.targetCpuPercent, integer(s["targetCpuPercent"], QStringLiteral("scaling.targetCpuPercent"), 0, 100));
            }
        }
        if (const YAML::Node run = doc["run"]) {
            SD_CHECK(onlyKeys(run, QStringLiteral("run"), {"command", "args", "env"}));
            if (run["command"]) {
                SD_TRY(c.run.command, string(run["command"], QStringLiteral("run.command")));
            }
            if (run["args"]) {
                SD_TRY(c.run.args, stringList(run["args"], QStringLiteral("run.args")));
            }
            if (run["env"]) {
                SD_TRY(c.run.env, stringMap(run["env"], QStringLiteral("run.env")));
            }
        }
        if (doc["healthCheck"]) {
            SD_TRY(c.healthCheck, healthCheck(doc["healthCheck"]));
        }
        if (const YAML::Node versions = doc["versions"]) {
            if (!versions.IsMap())
                return error(versions, QStringLiteral("versions must map version names to overrides"));
            for (const auto &entry : versions) {
                const QString version = scalar(entry.first);
                const QString what = QStringLiteral("versions.%1").arg(version);
                VersionOverride o;
                if (!entry.second.IsNull()) {
                    SD_CHECK(onlyKeys(entry.second, what, {"command", "extraArgs", "env"}));
                    if (entry.second["command"]) {
                        SD_TRY(o.command, string(entry.second["command"], what + QStringLiteral(".command")));
                    }
                    if (entry.second["extraArgs"]) {
                        SD_TRY(o.extraArgs, stringList(entry.second["extraArgs"], what + QStringLiteral(".extraArgs")));
                    }
                    if (entry.second["env"]) {
                        SD_TRY(o.env, stringMap(entry.second["env"], what + QStringLiteral(".env")));
                    }
                }
                c.versions.insert(version, o);
            }
        }
        if (auto valid = validate(c); !valid)
            return error(doc, valid.error().message());
        return c;
    }

private:
    QString m_source;
};

void emitStringList(YAML::Emitter &out, const QStringList &list)
{
    out << YAML::Flow << YAML::BeginSeq;
    for (const QString &s : list)
        out << YAML::DoubleQuoted << s.toStdString();
    out << YAML::EndSeq;
}

void emitStringMap(YAML::Emitter &out, const QMap<QString, QString> &map)
{
    out << YAML::BeginMap;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out << YAML::Key << it.key().toStdString() << YAML::Value << YAML::DoubleQuoted << it.value().toStdString();
    out << YAML::EndMap;
}

} // namespace

Result<QList<ComponentDefinition>> fromYaml(const QByteArray &yaml, const QString &source)
{
    const QString name = source.isEmpty() ? QStringLiteral("<component yaml>") : source;
    YamlReader reader(name);
    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return reader.at(e.mark.line, e.mark.column, QString::fromStdString(e.msg));
    }
    QList<ComponentDefinition> out;
    QStringList seen;
    try {
        for (const YAML::Node &doc : docs) {
            if (doc.IsNull())
                continue;
            if (!doc.IsMap())
                return reader.error(doc, QStringLiteral("a component document must be a mapping (id: …, version: …)"));
            SD_TRY(ComponentDefinition c, reader.component(doc));
            if (seen.contains(c.id))
                return reader.error(doc, QStringLiteral("component %1 is defined twice").arg(c.id));
            seen.append(c.id);
            out.append(std::move(c));
        }
    } catch (const YAML::Exception &e) {
        return reader.at(e.mark.line, e.mark.column, QString::fromStdString(e.msg));
    }
    if (out.isEmpty())
        return Error(ErrorCode::Parse, QStringLiteral("%1: no component definition found").arg(name));
    return out;
}

Result<QList<ComponentDefinition>> fromYamlFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.error() == QFileDevice::OpenError && !file.exists() ? ErrorCode::NotFound : ErrorCode::Io,
                     QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return fromYaml(file.readAll(), path);
}

QByteArray toYaml(const ComponentDefinition &c)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << c.id.toStdString();
    out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << c.name.toStdString();
    out << YAML::Key << "version" << YAML::Value << YAML::DoubleQuoted << c.version.toStdString();
    out << YAML::Key << "type" << YAML::Value << typeName(c.type).toStdString();
    if (c.port)
        out << YAML::Key << "port" << YAML::Value << c.port;
    if (!c.dependencies.isEmpty()) {
        out << YAML::Key << "dependencies" << YAML::Value;
        emitStringList(out, c.dependencies);
    }
    if (c.resources.cpuCores > 0 || c.resources.memoryBytes > 0) {
        out << YAML::Key << "resources" << YAML::Value << YAML::BeginMap;
        if (c.resources.cpuCores > 0)
            out << YAML::Key << "cpu" << YAML::Value << QString::number(c.resources.cpuCores).toStdString();
        if (c.resources.memoryBytes > 0)
            out << YAML::Key << "memory" << YAML::Value << QString::number(c.resources.memoryBytes).toStdString();
        out << YAML::EndMap;
    }
    out << YAML::Key << "scaling" << YAML::Value << YAML::BeginMap
        << YAML::Key << "minReplicas" << YAML::Value << c.scaling.minReplicas
        << YAML::Key << "maxReplicas" << YAML::Value << c.scaling.maxReplicas
        << YAML::Key << "targetCpuPercent" << YAML::Value << c.scaling.targetCpuPercent << YAML::EndMap;
    out << YAML::Key << "run" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "command" << YAML::Value << YAML::DoubleQuoted << c.run.command.toStdString();
    out << YAML::Key << "args" << YAML::Value;
    emitStringList(out, c.run.args);
    if (!c.run.env.isEmpty()) {
        out << YAML::Key << "env" << YAML::Value;
        emitStringMap(out, c.run.env);
    }
    out << YAML::EndMap;
    const HealthCheck &h = c.healthCheck;
    out << YAML::Key << "healthCheck" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "kind" << YAML::Value << probeKindName(h.kind).toStdString();
    if (h.kind == HealthCheck::Kind::Http) {
        out << YAML::Key << "path" << YAML::Value << h.path.toStdString();
        out << YAML::Key << "expectedStatus" << YAML::Value
            << QStringLiteral("%1-%2").arg(h.expectedStatusMin).arg(h.expectedStatusMax).toStdString();
    }
    if (h.kind == HealthCheck::Kind::Exec) {
        out << YAML::Key << "command" << YAML::Value;
        emitStringList(out, h.command);
    }
    out << YAML::Key << "initialDelay" << YAML::Value << QStringLiteral("%1ms").arg(h.initialDelayMs).toStdString()
        << YAML::Key << "period" << YAML::Value << QStringLiteral("%1ms").arg(h.periodMs).toStdString()
        << YAML::Key << "timeout" << YAML::Value << QStringLiteral("%1ms").arg(h.timeoutMs).toStdString()
        << YAML::Key << "failureThreshold" << YAML::Value << h.failureThreshold
        << YAML::Key << "successThreshold" << YAML::Value << h.successThreshold;
    out << YAML::EndMap;
    if (!c.versions.isEmpty()) {
        out << YAML::Key << "versions" << YAML::Value << YAML::BeginMap;
        for (auto it = c.versions.cbegin(); it != c.versions.cend(); ++it) {
            out << YAML::Key << YAML::DoubleQuoted << it.key().toStdString() << YAML::Value << YAML::BeginMap;
            if (!it->command.isEmpty())
                out << YAML::Key << "command" << YAML::Value << YAML::DoubleQuoted << it->command.toStdString();
            out << YAML::Key << "extraArgs" << YAML::Value;
            emitStringList(out, it->extraArgs);
            if (!it->env.isEmpty()) {
                out << YAML::Key << "env" << YAML::Value;
                emitStringMap(out, it->env);
            }
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace shipdeck::ComponentCodec
