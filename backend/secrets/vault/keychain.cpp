#include "backend/secrets/vault/keychain.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace shipdeck::Keychain {
namespace {

const QString kService = QStringLiteral("shipdeck-vault");
constexpr int kTimeoutMs = 15'000;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Result<Run> run(const QStringList &args, const QByteArray &input)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    QProcess p;
    p.start(tool, args);
    if (!p.waitForStarted(kTimeoutMs))
        return Error(ErrorCode::Unavailable, QStringLiteral("cannot start secret-tool: %1").arg(p.errorString()));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return Error(ErrorCode::Timeout, QStringLiteral("the keychain did not answer within %1 s (locked, or waiting for a prompt?)")
                                             .arg(kTimeoutMs / 1000));
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

} // namespace

Status probe()
{
    Status s;
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty()) {
        s.detail = QStringLiteral("no OS keychain: secret-tool (libsecret-tools) is not installed; use a passphrase");
        return s;
    }
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        s.detail = QStringLiteral("no OS keychain: there is no D-Bus session bus (no desktop session); use a passphrase");
        return s;
    }
    s.available = true;
    s.detail = QStringLiteral("freedesktop Secret Service through secret-tool");
    return s;
}

Result<SecureBuffer> lookup(const QString &account)
{
    const Status s = probe();
    if (!s.available)
        return Error(ErrorCode::Unavailable, s.detail);
    SD_TRY(Run r, run({QStringLiteral("lookup"), QStringLiteral("service"), kService, QStringLiteral("account"), account}, {}));
    if (r.exitCode != 0 || r.out.isEmpty()) {
        SecureBuffer::wipe(r.out);
        if (!r.err.isEmpty())
            return Error(ErrorCode::Unavailable, QStringLiteral("the keychain refused: %1").arg(r.err));
        return Error(ErrorCode::NotFound, QStringLiteral("the keychain holds no vault key for %1").arg(account));
    }
    auto decoded = QByteArray::fromBase64Encoding(r.out.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    SecureBuffer::wipe(r.out);
    if (!decoded || decoded.decoded.size() != 32)
        return Error(ErrorCode::Corrupt, QStringLiteral("the keychain entry for %1 is not a vault key").arg(account));
    SecureBuffer key = SecureBuffer::fromByteArray(decoded.decoded);
    SecureBuffer::wipe(decoded.decoded);
    return key;
}

Result<void> store(const QString &account, const QString &label, const SecureBuffer &secret)
{
    const Status s = probe();
    if (!s.available)
        return Error(ErrorCode::Unavailable, s.detail);
    QByteArray encoded = secret.view().toBase64();
    auto r = run({QStringLiteral("store"), QStringLiteral("--label"), label, QStringLiteral("service"), kService,
                  QStringLiteral("account"), account}, encoded);
    SecureBuffer::wipe(encoded);
    SD_CHECK(r);
    if (r.value().exitCode != 0)
        return Error(ErrorCode::Unavailable, QStringLiteral("the keychain refused to store the vault key: %1").arg(r.value().err));
    return success();
}

Result<void> remove(const QString &account)
{
    const Status s = probe();
    if (!s.available)
        return Error(ErrorCode::Unavailable, s.detail);
    SD_TRY(Run r, run({QStringLiteral("clear"), QStringLiteral("service"), kService, QStringLiteral("account"), account}, {}));
    if (r.exitCode != 0)
        return Error(ErrorCode::Unavailable, QStringLiteral("the keychain refused: %1").arg(r.err));
    return success();
}

} // namespace shipdeck::Keychain
