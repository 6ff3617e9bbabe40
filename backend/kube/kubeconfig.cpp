#include "backend/kube/kubeconfig.h"

#include "backend/kube/yamljson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace shipdeck {

namespace {

// Reads fields of one YAML mapping and reports problems as "<file>: <path>.<field>: …".
class FieldReader
{
public:
    FieldReader(const YAML::Node &node, QString file, QString path)
        : m_node(node), m_file(std::move(file)), m_path(std::move(path)) {}

    Error error(const QString &field, const QString &problem) const
    {
        return Error(ErrorCode::Validation, QStringLiteral("%1: %2: %3").arg(m_file, where(field), problem))
            .withDetail(QStringLiteral("file"), m_file)
            .withDetail(QStringLiteral("field"), where(field));
    }
    QString where(const QString &field) const { return field.isEmpty() ? m_path : m_path + QLatin1Char('.') + field; }

    Result<QString> string(const char *field) const
    {
        const YAML::Node n = m_node[field];
        if (!n || n.IsNull())
            return QString();
        if (!n.IsScalar())
            return error(QString::fromLatin1(field), QStringLiteral("expected a string"));
        return QString::fromStdString(n.Scalar());
    }
    Result<bool> boolean(const char *field) const
    {
        const YAML::Node n = m_node[field];
        if (!n || n.IsNull())
            return false;
        bool value = false;
        if (!n.IsScalar() || !YAML::convert<bool>::decode(n, value))
            return error(QString::fromLatin1(field), QStringLiteral("expected true or false, got '%1'")
                                                         .arg(n.IsScalar() ? QString::fromStdString(n.Scalar()) : QStringLiteral("a structure")));
        return value;
    }
    Result<QByteArray> base64(const char *field) const
    {
        SD_TRY(const QString text, string(field));
        if (text.isEmpty())
            return QByteArray();
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1().trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return error(QString::fromLatin1(field), QStringLiteral("is not valid base64"));
        return *decoded;
    }
    Result<QStringList> strings(const char *field) const
    {
        QStringList out;
        const YAML::Node n = m_node[field];
        if (!n || n.IsNull())
            return out;
        if (!n.IsSequence())
            return error(QString::fromLatin1(field), QStringLiteral("expected a list of strings"));
        for (const auto &item : n) {
            if (!item.IsScalar())
                return error(QString::fromLatin1(field), QStringLiteral("expected a list of strings"));
            out.append(QString::fromStdString(item.Scalar()));
        }
        return out;
    }
    // A path field: resolved against the directory of the defining file.
    Result<QString> path(const char *field) const
    {
        SD_TRY(const QString p, string(field));
        return resolve(p);
    }
    QString resolve(const QString &p) const
    {
        if (p.isEmpty() || QDir::isAbsolutePath(p))
            return p;
        if (p.startsWith(QLatin1String("~/")))
            return QDir::homePath() + p.mid(1);
        return QDir::cleanPath(QFileInfo(m_file).absoluteDir().filePath(p));
    }

private:
    YAML::Node m_node;
    QString m_file;
    QString m_path;
};

// The `name` and the inner mapping of one entry of clusters/users/contexts.
struct NamedEntry
{
    QString name;
    YAML::Node body;
    QString path;
};

Result<QList<NamedEntry>> namedList(const YAML::Node &root, const char *list, const char *inner, const QString &file)
{
    QList<NamedEntry> out;
    const YAML::Node n = root[list];
    if (!n || n.IsNull())
        return out;
    const QString listName = QString::fromLatin1(list);
    if (!n.IsSequence())
        return Error(ErrorCode::Validation, QStringLiteral("%1: %2: expected a list").arg(file, listName));
    QSet<QString> seen;
    int index = 0;
    for (const auto &item : n) {
        const QString path = QStringLiteral("%1[%2]").arg(listName).arg(index++);
        if (!item.IsMap())
            return Error(ErrorCode::Validation, QStringLiteral("%1: %2: expected a mapping with name and %3").arg(file, path, QString::fromLatin1(inner)));
        const YAML::Node nameNode = item["name"];
        if (!nameNode || !nameNode.IsScalar() || nameNode.Scalar().empty())
            return Error(ErrorCode::Validation, QStringLiteral("%1: %2.name: a name is required").arg(file, path));
        const QString name = QString::fromStdString(nameNode.Scalar());
        if (seen.contains(name))
            return Error(ErrorCode::Validation, QStringLiteral("%1: %2: duplicate name \"%3\" in list %4").arg(file, path, name, listName));
        seen.insert(name);
        YAML::Node body = item[inner];
        if (body && !body.IsNull() && !body.IsMap())
            return Error(ErrorCode::Validation, QStringLiteral("%1: %2.%3: expected a mapping").arg(file, path, QString::fromLatin1(inner)));
        out.append({name, body ? body : YAML::Node(YAML::NodeType::Map), path + QLatin1Char('.') + QString::fromLatin1(inner)});
    }
    return out;
}

Result<KubeCluster> parseCluster(const NamedEntry &e, const QString &file)
{
    FieldReader r(e.body, file, e.path);
    KubeCluster c;
    c.name = e.name;
    c.origin = file;
    SD_TRY(c.server, r.string("server"));
    SD_TRY(c.tlsServerName, r.string("tls-server-name"));
    SD_TRY(c.insecureSkipTlsVerify, r.boolean("insecure-skip-tls-verify"));
    SD_TRY(c.certificateAuthority, r.path("certificate-authority"));
    SD_TRY(c.certificateAuthorityData, r.base64("certificate-authority-data"));
    SD_TRY(c.proxyUrl, r.string("proxy-url"));
    SD_TRY(c.disableCompression, r.boolean("disable-compression"));
    const YAML::Node ext = e.body["extensions"];
    if (ext && ext.IsSequence()) {
        for (const auto &item : ext) {
            if (item.IsMap() && item["name"] && item["name"].IsScalar()
                && item["name"].Scalar() == "client.authentication.k8s.io/exec") {
                c.execConfig = yamlToJson(item["extension"]).toObject();
            }
        }
    }
    return c;
}

Result<KubeExecConfig> parseExec(const YAML::Node &node, const FieldReader &user, const QString &file, const QString &path)
{
    FieldReader r(node, file, path);
    KubeExecConfig x;
    SD_TRY(const QString command, r.string("command"));
    if (command.isEmpty())
        return r.error(QStringLiteral("command"), QStringLiteral("the exec plugin needs a command"));
    x.command = command.contains(QLatin1Char('/')) ? user.resolve(command) : command;
    SD_TRY(x.args, r.strings("args"));
    SD_TRY(x.apiVersion, r.string("apiVersion"));
    SD_TRY(x.installHint, r.string("installHint"));
    SD_TRY(x.provideClusterInfo, r.boolean("provideClusterInfo"));
    SD_TRY(x.interactiveMode, r.string("interactiveMode"));
    static const QStringList kVersions{QStringLiteral("client.authentication.k8s.io/v1"),
                                       QStringLiteral("client.authentication.k8s.io/v1beta1")};
    if (x.apiVersion.isEmpty())
        return r.error(QStringLiteral("apiVersion"), QStringLiteral("the exec plugin needs an apiVersion (client.authentication.k8s.io/v1 or v1beta1)"));
    if (!kVersions.contains(x.apiVersion))
        return r.error(QStringLiteral("apiVersion"), QStringLiteral("unsupported exec plugin apiVersion \"%1\" (use client.authentication.k8s.io/v1 or v1beta1)").arg(x.apiVersion));
    if (x.interactiveMode.isEmpty()) {
        if (x.apiVersion.endsWith(QLatin1String("/v1")))
            return r.error(QStringLiteral("interactiveMode"), QStringLiteral("is required for client.authentication.k8s.io/v1 (Never, IfAvailable or Always)"));
        x.interactiveMode = QStringLiteral("IfAvailable");
    }
    if (!QStringList{QStringLiteral("Never"), QStringLiteral("IfAvailable"), QStringLiteral("Always")}.contains(x.interactiveMode))
        return r.error(QStringLiteral("interactiveMode"), QStringLiteral("must be Never, IfAvailable or Always, not \"%1\"").arg(x.interactiveMode));
    const YAML::Node env = node["env"];
    if (env && !env.IsNull()) {
        if (!env.IsSequence())
            return r.error(QStringLiteral("env"), QStringLiteral("expected a list of {name, value}"));
        int i = 0;
        for (const auto &item : env) {
            FieldReader er(item, file, QStringLiteral("%1.env[%2]").arg(path).arg(i++));
            if (!item.IsMap())
                return er.error(QString(), QStringLiteral("expected {name, value}"));
            SD_TRY(const QString name, er.string("name"));
            SD_TRY(const QString value, er.string("value"));
            if (name.isEmpty())
                return er.error(QStringLiteral("name"), QStringLiteral("an environment variable needs a name"));
            x.env.append({name, value});
        }
    }
    return x;
}

Result<KubeUser> parseUser(const NamedEntry &e, const QString &file)
{
    FieldReader r(e.body, file, e.path);
    KubeUser u;
    u.name = e.name;
    u.origin = file;
    SD_TRY(u.clientCertificate, r.path("client-certificate"));
    SD_TRY(u.clientCertificateData, r.base64("client-certificate-data"));
    SD_TRY(u.clientKey, r.path("client-key"));
    SD_TRY(u.clientKeyData, r.base64("client-key-data"));
    SD_TRY(u.token, r.string("token"));
    SD_TRY(u.tokenFile, r.path("tokenFile"));
    SD_TRY(u.username, r.string("username"));
    SD_TRY(u.password, r.string("password"));
    SD_TRY(u.impersonate, r.string("as"));
    SD_TRY(u.impersonateGroups, r.strings("as-groups"));
    const YAML::Node exec = e.body["exec"];
    if (exec && !exec.IsNull()) {
        if (!exec.IsMap())
            return r.error(QStringLiteral("exec"), QStringLiteral("expected a mapping"));
        SD_TRY(KubeExecConfig x, parseExec(exec, r, file, r.where(QStringLiteral("exec"))));
        u.exec = std::move(x);
    }
    const YAML::Node provider = e.body["auth-provider"];
    if (provider && provider.IsMap() && provider["name"] && provider["name"].IsScalar())
        u.authProvider = QString::fromStdString(provider["name"].Scalar());
    return u;
}

Result<KubeContext> parseContext(const NamedEntry &e, const QString &file)
{
    FieldReader r(e.body, file, e.path);
    KubeContext c;
    c.name = e.name;
    c.origin = file;
    SD_TRY(c.cluster, r.string("cluster"));
    SD_TRY(c.user, r.string("user"));
    SD_TRY(c.namespaceName, r.string("namespace"));
    return c;
}

template<typename T>
const T *findByName(const QList<T> &list, const QString &name)
{
    for (const auto &item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

} // namespace

QStringList KubeConfigSource::files() const
{
    if (!explicitPath.isEmpty())
        return {explicitPath};
    const QString env = kubeconfigEnv ? *kubeconfigEnv : qEnvironmentVariable("KUBECONFIG");
    QStringList out;
    for (const QString &part : env.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        if (!out.contains(part))
            out.append(part);
    }
    if (out.isEmpty())
        out.append((homeDir.isEmpty() ? QDir::homePath() : homeDir) + QStringLiteral("/.kube/config"));
    return out;
}

KubeConfigSource KubeConfigSource::fromEnvironment()
{
    return {};
}

Result<KubeConfig> KubeConfig::parse(const QByteArray &yaml, const QString &path)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return Error(ErrorCode::Parse, QStringLiteral("%1: not a valid kubeconfig: line %2, column %3: %4")
                                           .arg(path).arg(e.mark.line + 1).arg(e.mark.column + 1)
                                           .arg(QString::fromStdString(e.msg)))
            .withDetail(QStringLiteral("file"), path);
    }
    KubeConfig config;
    config.m_files = {path};
    if (!root || root.IsNull())
        return config; // an empty file is an empty config, as kubectl treats it
    if (!root.IsMap())
        return Error(ErrorCode::Validation, QStringLiteral("%1: not a kubeconfig (expected a mapping with clusters, users and contexts)").arg(path));
    try {
        FieldReader top(root, path, QStringLiteral("kubeconfig"));
        SD_TRY(const QString kind, top.string("kind"));
        if (!kind.isEmpty() && kind != QLatin1String("Config"))
            return top.error(QStringLiteral("kind"), QStringLiteral("expected Config, got \"%1\"").arg(kind));
        SD_TRY(config.m_currentContext, top.string("current-context"));
        SD_TRY(const QList<NamedEntry> clusters, namedList(root, "clusters", "cluster", path));
        for (const auto &e : clusters) {
            SD_TRY(KubeCluster c, parseCluster(e, path));
            config.m_clusters.append(std::move(c));
        }
        SD_TRY(const QList<NamedEntry> users, namedList(root, "users", "user", path));
        for (const auto &e : users) {
            SD_TRY(KubeUser u, parseUser(e, path));
            config.m_users.append(std::move(u));
        }
        SD_TRY(const QList<NamedEntry> contexts, namedList(root, "contexts", "context", path));
        for (const auto &e : contexts) {
            SD_TRY(KubeContext c, parseContext(e, path));
            config.m_contexts.append(std::move(c));
        }
    } catch (const YAML::Exception &e) {
        return Error(ErrorCode::Parse, QStringLiteral("%1: unexpected kubeconfig structure: %2").arg(path, QString::fromStdString(e.msg)));
    }
    return config;
}

Result<KubeConfig> KubeConfig::load(const KubeConfigSource &source)
{
    const QStringList files = source.files();
    KubeConfig merged;
    QStringList missing;
    bool first = true;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.exists()) {
            if (!source.explicitPath.isEmpty())
                return Error(ErrorCode::NotFound, QStringLiteral("kubeconfig %1 does not exist").arg(file)).withDetail(QStringLiteral("file"), file);
            missing.append(file);
            continue;
        }
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, QStringLiteral("cannot read kubeconfig %1: %2").arg(file, f.errorString())).withDetail(QStringLiteral("file"), file);
        SD_TRY(KubeConfig one, parse(f.readAll(), QFileInfo(file).absoluteFilePath()));
        if (first) {
            merged = std::move(one);
            first = false;
        } else {
            merged.mergeFrom(one);
        }
    }
    merged.m_files.clear();
    for (const QString &file : files) {
        if (!missing.contains(file))
            merged.m_files.append(QFileInfo(file).absoluteFilePath());
    }
    if (merged.m_files.isEmpty())
        merged.m_warnings.append(QStringLiteral("no kubeconfig found (looked for %1)").arg(files.join(QStringLiteral(", "))));
    for (const auto &u : std::as_const(merged.m_users)) {
        if (!u.authProvider.isEmpty())
            merged.m_warnings.append(QStringLiteral("user \"%1\" uses the legacy auth-provider \"%2\", which Shipdeck does not run; use an exec credential plugin (for example kubelogin)").arg(u.name, u.authProvider));
    }
    return merged;
}

void KubeConfig::mergeFrom(const KubeConfig &later)
{
    for (const auto &c : later.m_clusters) {
        if (!cluster(c.name))
            m_clusters.append(c);
    }
    for (const auto &u : later.m_users) {
        if (!user(u.name))
            m_users.append(u);
    }
    for (const auto &c : later.m_contexts) {
        if (!context(c.name))
            m_contexts.append(c);
    }
    if (m_currentContext.isEmpty())
        m_currentContext = later.m_currentContext;
    m_files.append(later.m_files);
}

const KubeCluster *KubeConfig::cluster(const QString &name) const { return findByName(m_clusters, name); }
const KubeUser *KubeConfig::user(const QString &name) const { return findByName(m_users, name); }
const KubeContext *KubeConfig::context(const QString &name) const { return findByName(m_contexts, name); }

} // namespace shipdeck
