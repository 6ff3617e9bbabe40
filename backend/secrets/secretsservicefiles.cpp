// SecretsService: SOPS files, Kubernetes Secret manifests and the demo content. File work runs on
// the service's pool; audit records and events are written back on the backend thread.
#include "backend/secrets/secretsservice.h"

#include "backend/core/clock.h"
#include "backend/secrets/age/agekeys.h"
#include "backend/secrets/kube/kubesecretmanifest.h"
#include "backend/secrets/sops/sopsfile.h"
#include "backend/store/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent>

#include <optional>

namespace shipdeck {

using namespace sops;

namespace {

constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxFileBytes)
        return Error(ErrorCode::ResourceExhausted, QStringLiteral("%1 is larger than 64 MiB").arg(path));
    return f.readAll();
}

// Writes through a temporary file in the same folder and renames it over the target, so a
// crash leaves either the old or the new file. Only encrypted text is ever written.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Error(ErrorCode::Io, QStringLiteral("writing %1 failed: %2 (the file is unchanged)").arg(path, f.errorString()));
    return success();
}

SopsFileInfo infoFor(const QString &rel, const SopsFile &file)
{
    SopsFileInfo info;
    info.path = rel;
    info.format = formatName(file.format());
    info.recipients = file.recipients();
    info.otherMasterKeys = file.metadata().otherMasterKeys;
    info.lastModified = file.metadata().lastModified;
    info.version = file.metadata().version;
    for (const SopsFile::Entry &e : file.entries()) {
        if (e.isNull)
            continue;
        ++info.values;
        info.encryptedValues += e.encrypted ? 1 : 0;
    }
    return info;
}

Result<SopsFile> openSops(const QString &absolute, const age::AgeIdentities *identities)
{
    SD_TRY(QByteArray text, readFile(absolute));
    SD_TRY(SopsFile file, SopsFile::parse(text, formatForPath(absolute)).context(QStringLiteral("reading %1").arg(absolute)));
    if (identities)
        SD_CHECK(file.unlock(*identities).context(QStringLiteral("opening %1").arg(absolute)));
    return file;
}

Result<SopsFileInfo> saveSops(const QString &absolute, const QString &rel, const SopsFile &file, const Clock *clock)
{
    SD_TRY(QByteArray out, file.render(clock).context(QStringLiteral("writing %1").arg(absolute)));
    SD_CHECK(writeFileAtomically(absolute, out));
    SD_TRY(SopsFile reread, SopsFile::parse(out, file.format()));
    return infoFor(rel, reread);
}

QDirIterator workspaceFiles(const QString &root, const QStringList &patterns)
{
    return QDirIterator(root, patterns, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
}

// Folders of the workspace that hold no secrets files of the user's.
bool skippedInWorkspace(const QString &rel)
{
    static const QStringList skip = {QStringLiteral(".git"), QStringLiteral("logs"), QStringLiteral("backups"), QStringLiteral("node_modules")};
    return skip.contains(rel.section(QLatin1Char('/'), 0, 0)) || rel.contains(QLatin1String("/.git/"));
}

bool looksLikeSops(const QByteArray &text)
{
    return text.contains("ENC[AES256_GCM") || text.contains("sops_mac");
}

template<typename T>
QFuture<Result<T>> failed(const Error &error)
{
    return QtFuture::makeReadyFuture(Result<T>(error));
}

} // namespace

Result<QString> SecretsService::resolvePath(const QString &relative) const
{
    if (!m_workspace)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    const QDir root(m_workspace->path());
    const QString absolute = QDir::cleanPath(QFileInfo(relative).isAbsolute() ? relative : root.absoluteFilePath(relative));
    const QString rootPath = QDir::cleanPath(root.absolutePath());
    if (absolute != rootPath && !absolute.startsWith(rootPath + QLatin1Char('/')))
        return Error(ErrorCode::PermissionDenied, QStringLiteral("%1 is outside the workspace").arg(relative));
    return absolute;
}

QFuture<Result<QList<SopsFileInfo>>> SecretsService::sopsFiles()
{
    if (!m_workspace)
        return failed<QList<SopsFileInfo>>(Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open")));
    const QString root = m_workspace->path();
    return QtConcurrent::run(m_pool, [root]() -> Result<QList<SopsFileInfo>> {
        QList<SopsFileInfo> out;
        QDirIterator it = workspaceFiles(root, {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json"),
                                                QStringLiteral("*.env"), QStringLiteral("*.ini")});
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = QDir(root).relativeFilePath(path);
            if (skippedInWorkspace(rel) || QFileInfo(path).size() > kMaxFileBytes)
                continue;
            auto text = readFile(path);
            if (!text || !looksLikeSops(text.value()))
                continue;
            SopsFileInfo info;
            info.path = rel;
            auto parsed = SopsFile::parse(text.value(), formatForPath(path));
            if (parsed)
                info = infoFor(rel, parsed.value());
            else
                info.problem = parsed.error().toString();
            out.append(info);
        }
        std::sort(out.begin(), out.end(), [](const SopsFileInfo &a, const SopsFileInfo &b) { return a.path < b.path; });
        return out;
    });
}

QFuture<Result<QList<SopsEntryView>>> SecretsService::sopsEntries(const QString &path)
{
    auto absolute = resolvePath(path);
    if (!absolute)
        return failed<QList<SopsEntryView>>(absolute.error());
    return QtConcurrent::run(m_pool, [abs = absolute.value()]() -> Result<QList<SopsEntryView>> {
        SD_TRY(QByteArray text, readFile(abs));
        SD_TRY(SopsFile file, SopsFile::parse(text, formatForPath(abs)).context(QStringLiteral("reading %1").arg(abs)));
        QList<SopsEntryView> out;
        for (const SopsFile::Entry &e : file.entries()) {
            SopsEntryView v;
            v.path = SopsPaths::toString(e.path);
            v.type = typeName(e.type);
            v.encrypted = e.encrypted;
            v.isNull = e.isNull;
            v.display = e.encrypted ? maskedValue() : e.clearText;
            out.append(v);
        }
        return out;
    });
}

QFuture<Result<RevealedValue>> SecretsService::revealSopsValue(const QString &path, const QString &key, const QString &actor)
{
    auto absolute = resolvePath(path);
    if (!absolute)
        return failed<RevealedValue>(absolute.error());
    const age::AgeIdentities ids = identities();
    return QtConcurrent::run(m_pool, [abs = absolute.value(), key, ids]() -> Result<RevealedValue> {
        SD_TRY(SopsPath p, SopsPaths::parse(key));
        SD_TRY(SopsFile file, openSops(abs, &ids));
        SD_TRY(SecureBuffer value, file.value(p));
        QString type = QStringLiteral("str");
        for (const auto &e : file.entries()) {
            if (e.path == p)
                type = typeName(e.type);
        }
        return RevealedValue{makeSecret(std::move(value)), type};
    }).then(this, [this, path, key, actor](Result<RevealedValue> r) {
        if (r)
            audit(actor, QStringLiteral("secret.reveal"), QStringLiteral("sops/%1#%2").arg(path, key));
        return r;
    });
}

QFuture<Result<SopsFileInfo>> SecretsService::setSopsValue(const QString &path, const QString &key, SharedSecret value,
                                                           const QString &type, const QString &actor)
{
    auto absolute = resolvePath(path);
    if (!absolute)
        return failed<SopsFileInfo>(absolute.error());
    const age::AgeIdentities ids = identities();
    const Clock *clock = m_workspace->clock();
    return QtConcurrent::run(m_pool, [abs = absolute.value(), path, key, value, type, ids, clock]() -> Result<SopsFileInfo> {
        SD_TRY(SopsPath p, SopsPaths::parse(key));
        std::optional<SopsType> t;
        if (!type.isEmpty()) {
            t = typeFromName(type);
            if (!t)
                return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown value type '%1' (str, int, float, bool)").arg(type));
        }
        if (!value)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("no value given"));
        SD_TRY(SopsFile file, openSops(abs, &ids));
        if (!t) {
            for (const auto &e : file.entries()) {
                if (e.path == p)
                    t = e.type;
            }
        }
        SD_CHECK(file.setValue(p, *value, t));
        return saveSops(abs, path, file, clock);
    }).then(this, [this, path, key, actor](Result<SopsFileInfo> r) {
        if (r) {
            audit(actor, QStringLiteral("secret.set"), QStringLiteral("sops/%1#%2").arg(path, key));
            notify(QStringLiteral("sops.fileChanged"), {{QStringLiteral("path"), path}});
        }
        return r;
    });
}

QFuture<Result<SopsFileInfo>> SecretsService::setSopsRecipients(const QString &path, const QStringList &recipients, const QString &actor)
{
    auto absolute = resolvePath(path);
    if (!absolute)
        return failed<SopsFileInfo>(absolute.error());
    const age::AgeIdentities ids = identities();
    const Clock *clock = m_workspace->clock();
    return QtConcurrent::run(m_pool, [abs = absolute.value(), path, recipients, ids, clock]() -> Result<SopsFileInfo> {
        SD_TRY(SopsFile file, openSops(abs, &ids));
        SD_CHECK(file.setRecipients(recipients));
        return saveSops(abs, path, file, clock);
    }).then(this, [this, path, recipients, actor](Result<SopsFileInfo> r) {
        if (r) {
            audit(actor, QStringLiteral("secret.recipients"), QStringLiteral("sops/%1").arg(path),
                  {{QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)}});
            notify(QStringLiteral("sops.fileChanged"), {{QStringLiteral("path"), path}});
        }
        return r;
    });
}

QFuture<Result<SopsFileInfo>> SecretsService::rotateSopsDataKey(const QString &path, const QString &actor)
{
    auto absolute = resolvePath(path);
    if (!absolute)
        return failed<SopsFileInfo>(absolute.error());
    const age::AgeIdentities ids = identities();
    const Clock *clock = m_workspace->clock();
    return QtConcurrent::run(m_pool, [abs = absolute.value(), path, ids, clock]() -> Result<SopsFileInfo> {
        SD_TRY(SopsFile file, openSops(abs, &ids));
        SD_CHECK(file.rotateDataKey());
        return saveSops(abs, path, file, clock);
    }).then(this, [this, path, actor](Result<SopsFileInfo> r) {
        if (r) {
            audit(actor, QStringLiteral("secret.datakey.rotate"), QStringLiteral("sops/%1").arg(path));
            notify(QStringLiteral("sops.fileChanged"), {{QStringLiteral("path"), path}});
        }
        return r;
    });
}

QFuture<Result<SharedSecret>> SecretsService::decryptSopsFile(const QString &path, const QString &actor)
{
    auto absolute = resolvePath(path);
    if (!absolute)
        return failed<SharedSecret>(absolute.error());
    const age::AgeIdentities ids = identities();
    return QtConcurrent::run(m_pool, [abs = absolute.value(), ids]() -> Result<SharedSecret> {
        SD_TRY(SopsFile file, openSops(abs, &ids));
        SD_TRY(SecureBuffer plain, file.renderPlaintext());
        return makeSecret(std::move(plain));
    }).then(this, [this, path, actor](Result<SharedSecret> r) {
        if (r)
            audit(actor, QStringLiteral("secret.decrypt"), QStringLiteral("sops/%1").arg(path));
        return r;
    });
}

QFuture<Result<SopsFileInfo>> SecretsService::createSopsFile(const QString &path, SharedSecret plaintext, const QStringList &recipients,
                                                             const QString &encryptedRegex, const QString &actor)
{
    auto absolute = resolvePath(path);
    if (!absolute)
        return failed<SopsFileInfo>(absolute.error());
    const Clock *clock = m_workspace->clock();
    return QtConcurrent::run(m_pool, [abs = absolute.value(), path, plaintext, recipients, encryptedRegex, clock]() -> Result<SopsFileInfo> {
        if (QFileInfo::exists(abs))
            return Error(ErrorCode::AlreadyExists, QStringLiteral("%1 already exists").arg(path));
        if (!plaintext)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("no content given"));
        SopsFile::CreateOptions options;
        options.recipients = recipients;
        options.encryptedRegex = encryptedRegex;
        SD_TRY(QByteArray out, SopsFile::encryptPlaintext(plaintext->view(), formatForPath(abs), options, clock));
        if (!QDir().mkpath(QFileInfo(abs).absolutePath()))
            return Error(ErrorCode::Io, QStringLiteral("cannot create the folder of %1").arg(path));
        SD_CHECK(writeFileAtomically(abs, out));
        SD_TRY(SopsFile reread, SopsFile::parse(out, formatForPath(abs)));
        return infoFor(path, reread);
    }).then(this, [this, path, actor](Result<SopsFileInfo> r) {
        if (r) {
            audit(actor, QStringLiteral("secret.sops.create"), QStringLiteral("sops/%1").arg(path),
                  {{QStringLiteral("recipients"), QJsonArray::fromStringList(r.value().recipients)}});
            notify(QStringLiteral("sops.fileChanged"), {{QStringLiteral("path"), path}});
        }
        return r;
    });
}

QFuture<Result<QList<KubeSecretFileInfo>>> SecretsService::kubeSecretFiles()
{
    if (!m_workspace)
        return failed<QList<KubeSecretFileInfo>>(Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open")));
    const QString root = m_workspace->path();
    return QtConcurrent::run(m_pool, [root]() -> Result<QList<KubeSecretFileInfo>> {
        QList<KubeSecretFileInfo> out;
        QDirIterator it = workspaceFiles(root, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")});
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = QDir(root).relativeFilePath(path);
            if (skippedInWorkspace(rel) || QFileInfo(path).size() > kMaxFileBytes)
                continue;
            auto text = readFile(path);
            if (!text || looksLikeSops(text.value()) || !KubeSecretManifest::looksLikeSecret(text.value()))
                continue;
            KubeSecretFileInfo info;
            info.path = rel;
            auto manifest = KubeSecretManifest::parse(text.value());
            if (!manifest) {
                info.problem = manifest.error().toString();
            } else {
                for (const auto &e : manifest.value().entries()) {
                    const QString name = e.secretNamespace.isEmpty() ? e.secretName : e.secretNamespace + QLatin1Char('/') + e.secretName;
                    if (!info.secrets.contains(name))
                        info.secrets.append(name);
                    ++info.entries;
                }
            }
            out.append(info);
        }
        std::sort(out.begin(), out.end(), [](const KubeSecretFileInfo &a, const KubeSecretFileInfo &b) { return a.path < b.path; });
        return out;
    });
}

QFuture<Result<QList<KubeSecretEntryView>>> SecretsService::kubeSecretEntries(const QString &path)
{
    auto absolute = resolvePath(path);
    if (!absolute)
        return failed<QList<KubeSecretEntryView>>(absolute.error());
    return QtConcurrent::run(m_pool, [abs = absolute.value()]() -> Result<QList<KubeSecretEntryView>> {
        SD_TRY(QByteArray text, readFile(abs));
        SD_TRY(KubeSecretManifest manifest, KubeSecretManifest::parse(text).context(QStringLiteral("reading %1").arg(abs)));
        QList<KubeSecretEntryView> out;
        for (const auto &e : manifest.entries()) {
            KubeSecretEntryView v;
            v.secret = e.secretNamespace.isEmpty() ? e.secretName : e.secretNamespace + QLatin1Char('/') + e.secretName;
            v.type = e.type;
            v.field = e.field;
            v.key = e.key;
            v.size = e.size;
            v.validBase64 = e.validBase64;
            v.display = maskedValue();
            out.append(v);
        }
        return out;
    });
}

namespace {
// A value reference of a Secret manifest: "KEY" (the first Secret of the file) or
// "SECRET/KEY" with SECRET the Secret's name or namespace/name.
struct KubeValueRef
{
    int document = 0;
    QString key;
};

Result<KubeValueRef> resolveKubeRef(const KubeSecretManifest &manifest, const QString &ref)
{
    const qsizetype slash = ref.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return KubeValueRef{0, ref};
    const QString secret = ref.left(slash);
    const QString key = ref.mid(slash + 1);
    std::optional<int> document;
    for (const KubeSecretManifest::Entry &e : manifest.entries()) {
        const QString qualified = e.secretNamespace.isEmpty() ? e.secretName : e.secretNamespace + QLatin1Char('/') + e.secretName;
        if (qualified != secret && e.secretName != secret)
            continue;
        if (e.key == key)
            return KubeValueRef{e.document, key};
        if (!document)
            document = e.document;
    }
    if (!document)
        return Error(ErrorCode::NotFound, QStringLiteral("no Secret \"%1\" in this file").arg(secret));
    return KubeValueRef{*document, key}; // a new key of that Secret (set adds it)
}
} // namespace

QFuture<Result<RevealedValue>> SecretsService::revealKubeSecretValue(const QString &path, const QString &key, const QString &actor)
{
    auto absolute = resolvePath(path);
    if (!absolute)
        return failed<RevealedValue>(absolute.error());
    return QtConcurrent::run(m_pool, [abs = absolute.value(), key]() -> Result<RevealedValue> {
        SD_TRY(QByteArray text, readFile(abs));
        SD_TRY(KubeSecretManifest manifest, KubeSecretManifest::parse(text));
        SD_TRY(const KubeValueRef ref, resolveKubeRef(manifest, key));
        SD_TRY(SecureBuffer value, manifest.value(ref.key, ref.document));
        return RevealedValue{makeSecret(std::move(value)), QStringLiteral("bytes")};
    }).then(this, [this, path, key, actor](Result<RevealedValue> r) {
        if (r)
            audit(actor, QStringLiteral("secret.reveal"), QStringLiteral("kube/%1#%2").arg(path, key));
        return r;
    });
}

QFuture<Result<void>> SecretsService::setKubeSecretValue(const QString &path, const QString &key, SharedSecret value, const QString &actor)
{
    auto absolute = resolvePath(path);
    if (!absolute)
        return failed<void>(absolute.error());
    return QtConcurrent::run(m_pool, [abs = absolute.value(), key, value]() -> Result<void> {
        if (!value)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("no value given"));
        SD_TRY(QByteArray text, readFile(abs));
        SD_TRY(KubeSecretManifest manifest, KubeSecretManifest::parse(text));
        SD_TRY(const KubeValueRef ref, resolveKubeRef(manifest, key));
        SD_CHECK(manifest.setValue(ref.key, *value, ref.document));
        return writeFileAtomically(abs, manifest.text());
    }).then(this, [this, path, key, actor](Result<void> r) {
        if (r) {
            audit(actor, QStringLiteral("secret.set"), QStringLiteral("kube/%1#%2").arg(path, key));
            notify(QStringLiteral("kube.secretChanged"), {{QStringLiteral("path"), path}});
        }
        return r;
    });
}

QFuture<Result<QJsonObject>> SecretsService::seedDemo(BackendCore &)
{
    // The demo vault's passphrase is public: it protects demo content only.
    const int savedLogN = m_vaultLogN;
    m_vaultLogN = 15;
    auto created = m_vault && m_vault->isInitialized().valueOr(false)
        ? unlockVault(makeSecret(QStringLiteral("shipdeck-demo")))
        : createVault(makeSecret(QStringLiteral("shipdeck-demo")), false, QStringLiteral("demo"));
    m_vaultLogN = savedLogN;
    return created.then(this, [this](Result<SecretsStatus> s) -> QFuture<Result<QJsonObject>> {
        if (!s)
            return failed<QJsonObject>(s.error());
        auto recipient = generateIdentity(QStringLiteral("age-identity/demo"), QStringLiteral("demo"));
        if (!recipient)
            return failed<QJsonObject>(recipient.error());
        const qint64 now = m_workspace->clock()->nowMs();
        const qint64 day = 24LL * 3600 * 1000;
        struct Item
        {
            const char *name;
            const char *value;
            VaultItemSpec spec;
        };
        const Item items[] = {
            {"prod/db-password", "demo-Zr8k2vQ", {QStringLiteral("platform"), QStringLiteral("storefront database"), {QStringLiteral("prod")}, 0, 90}},
            {"staging/api-token", "demo-tok-41a9", {QStringLiteral("payments"), QStringLiteral("payments sandbox"), {QStringLiteral("staging")}, now + 5 * day, 0}},
            {"legacy/smtp-password", "demo-Zr8k2vQ", {QStringLiteral("ops"), QStringLiteral("old mail relay"), {QStringLiteral("legacy")}, 0, 30}},
        };
        for (const Item &it : items) {
            if (auto put = putVaultItem(QString::fromLatin1(it.name), makeSecret(QString::fromLatin1(it.value)), it.spec, QStringLiteral("demo")); !put)
                return failed<QJsonObject>(put.error());
        }
        const QByteArray plaintext =
            "# Production settings for storefront (demo values)\n"
            "database:\n"
            "    host: db.prod.internal\n"
            "    user: storefront\n"
            "    password: demo-Zr8k2vQ\n"
            "    port: 5432\n"
            "stripe_api_key: demo-sk-live-0000\n"
            "feature_flags_unencrypted:\n"
            "    new_checkout: true\n";
        // A Kubernetes Secret manifest, as teams keep them next to their deployments (base64,
        // not encryption: the Secrets page shows it decoded and masked).
        if (auto manifest = resolvePath(QStringLiteral("k8s/storefront-db-secret.yaml")); manifest && !QFileInfo::exists(manifest.value())) {
            QDir().mkpath(QFileInfo(manifest.value()).absolutePath());
            const QByteArray text =
                "# Database credentials of the storefront deployment (demo values)\n"
                "apiVersion: v1\n"
                "kind: Secret\n"
                "metadata:\n"
                "  name: storefront-db\n"
                "  namespace: shop\n"
                "type: Opaque\n"
                "data:\n"
                "  username: " + QByteArray("storefront").toBase64() + "\n"
                "  password: " + QByteArray("demo-kube-7Hq2").toBase64() + "\n"
                "stringData:\n"
                "  host: db.prod.internal\n";
            if (auto written = writeFileAtomically(manifest.value(), text); !written)
                return failed<QJsonObject>(written.error());
        }
        const QString path = QStringLiteral("secrets/prod.sops.yaml");
        auto absolute = resolvePath(path);
        if (absolute && QFileInfo::exists(absolute.value()))
            return QtFuture::makeReadyFuture(Result<QJsonObject>(QJsonObject{{QStringLiteral("recipient"), recipient.value()}}));
        return createSopsFile(path, makeSecret(SecureBuffer::fromByteArray(plaintext)), {recipient.value()}, QString(), QStringLiteral("demo"))
            .then(this, [recipient = recipient.value(), path](Result<SopsFileInfo> info) -> Result<QJsonObject> {
                if (!info)
                    return info.error();
                return QJsonObject{{QStringLiteral("recipient"), recipient}, {QStringLiteral("sopsFile"), path},
                                   {QStringLiteral("vaultItems"), 4}};
            });
    }).unwrap();
}

} // namespace shipdeck
