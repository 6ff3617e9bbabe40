#include "kubeconfigwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace shipdeck::kubetest {

Result<void> KubeconfigWriter::writePrivateFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(content);
    if (!file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

Result<void> KubeconfigWriter::write(const KubeconfigData &data, const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the directory %1").arg(dataDir));
    if (!data.caPem.isEmpty()) {
        SD_CHECK(writePrivateFile(dataDir + QStringLiteral("/ca.crt"), data.caPem));
        SD_CHECK(writePrivateFile(dataDir + QStringLiteral("/admin.crt"), data.clientCertPem));
        SD_CHECK(writePrivateFile(dataDir + QStringLiteral("/admin.key"), data.clientKeyPem));
        if (!data.servingCertPem.isEmpty()) {
            SD_CHECK(writePrivateFile(dataDir + QStringLiteral("/server.crt"), data.servingCertPem));
            SD_CHECK(writePrivateFile(dataDir + QStringLiteral("/server.key"), data.servingKeyPem));
        }
    }
    SD_CHECK(writePrivateFile(dataDir + QStringLiteral("/admin.token"), data.adminToken.toUtf8() + '\n'));
    SD_CHECK(writePrivateFile(dataDir + QStringLiteral("/viewer.token"), data.viewerToken.toUtf8() + '\n'));
    if (data.path.isEmpty())
        return success();
    QByteArray yaml = "apiVersion: v1\nkind: Config\nclusters:\n- name: shipdeck-test\n  cluster:\n    server: "
                      + data.server.toUtf8() + "\n";
    if (!data.caPem.isEmpty())
        yaml += "    certificate-authority-data: " + data.caPem.toBase64() + "\n";
    yaml += "users:\n";
    if (!data.clientCertPem.isEmpty())
        yaml += "- name: admin-cert\n  user:\n    client-certificate-data: " + data.clientCertPem.toBase64()
                + "\n    client-key-data: " + data.clientKeyPem.toBase64() + "\n";
    yaml += "- name: admin-token\n  user:\n    token: " + data.adminToken.toUtf8() + "\n";
    yaml += "- name: viewer-token\n  user:\n    token: " + data.viewerToken.toUtf8() + "\n";
    const QByteArray defaultUser = data.clientCertPem.isEmpty() ? "admin-token" : "admin-cert";
    yaml += "contexts:\n- name: shipdeck-test\n  context:\n    cluster: shipdeck-test\n    user: " + defaultUser
            + "\n    namespace: default\n";
    yaml += "- name: shipdeck-test-token\n  context:\n    cluster: shipdeck-test\n    user: admin-token\n    namespace: default\n";
    yaml += "- name: shipdeck-test-viewer\n  context:\n    cluster: shipdeck-test\n    user: viewer-token\n    namespace: default\n";
    yaml += "current-context: shipdeck-test\npreferences: {}\n";
    const QString dir = QFileInfo(data.path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the directory %1").arg(dir));
    return writePrivateFile(data.path, yaml);
}

} // namespace shipdeck::kubetest
