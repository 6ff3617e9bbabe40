#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace shipdeck {

// users[].user.exec of a kubeconfig: an external program that prints an ExecCredential.
struct KubeExecConfig
{
    QString command;      // resolved against the defining file when it contains '/'
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString apiVersion;   // client.authentication.k8s.io/v1 or /v1beta1
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode; // Never | IfAvailable | Always (defaulted for v1beta1)

    bool operator==(const KubeExecConfig &other) const = default;
};

struct KubeCluster
{
    QString name;
    QString server;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QString certificateAuthority;      // absolute path (resolved against the defining file)
    QByteArray certificateAuthorityData; // PEM (decoded from base64)
    QString proxyUrl;
    bool disableCompression = false;
    QJsonObject execConfig; // extensions[name=client.authentication.k8s.io/exec].extension
    QString origin;         // the kubeconfig file that defined it
};

struct KubeUser
{
    QString name;
    QString clientCertificate;
    QByteArray clientCertificateData;
    QString clientKey;
    QByteArray clientKeyData;
    QString token;
    QString tokenFile;
    QString username;
    QString password;
    QString impersonate;
    QStringList impersonateGroups;
    std::optional<KubeExecConfig> exec;
    QString authProvider; // name of a legacy auth-provider (unsupported, reported)
    QString origin;
};

struct KubeContext
{
    QString name;
    QString cluster;
    QString user;
    QString namespaceName;
    QString origin;
};

// Where kubeconfig files come from, as kubectl decides it: an explicit file (--kubeconfig),
// else the KUBECONFIG list, else ~/.kube/config.
struct KubeConfigSource
{
    QString explicitPath;
    std::optional<QString> kubeconfigEnv; // unset = read $KUBECONFIG
    QString homeDir;                      // empty = QDir::homePath()

    // The files in load order (duplicates removed).
    QStringList files() const;
    static KubeConfigSource fromEnvironment();
};

// One or several kubeconfig files merged by kubectl's rules: the first file that defines a
// cluster, user or context name wins and the entry is taken whole; current-context comes
// from the first file that sets it. Paths are resolved against the defining file.
class KubeConfig
{
public:
    static Result<KubeConfig> load(const KubeConfigSource &source);
    // Parses one file's text; `path` names the file in errors and resolves relative paths.
    static Result<KubeConfig> parse(const QByteArray &yaml, const QString &path);

    const QList<KubeCluster> &clusters() const { return m_clusters; }
    const QList<KubeUser> &users() const { return m_users; }
    const QList<KubeContext> &contexts() const { return m_contexts; }
    const QString &currentContext() const { return m_currentContext; }
    const QStringList &files() const { return m_files; }
    // Problems that do not stop loading (all listed files missing, unsupported fields …).
    const QStringList &warnings() const { return m_warnings; }

    const KubeCluster *cluster(const QString &name) const;
    const KubeUser *user(const QString &name) const;
    const KubeContext *context(const QString &name) const;

    // Adds the entries of `later` that this config does not define yet (kubectl merge).
    void mergeFrom(const KubeConfig &later);
    void setCurrentContext(const QString &name) { m_currentContext = name; }

private:
    QList<KubeCluster> m_clusters;
    QList<KubeUser> m_users;
    QList<KubeContext> m_contexts;
    QString m_currentContext;
    QStringList m_files;
    QStringList m_warnings;
};

} // namespace shipdeck
