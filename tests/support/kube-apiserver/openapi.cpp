#include "openapi.h"

#include "apierror.h"
#include "httpexchange.h"
#include "jsonutil.h"
#include "schemaindex.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

namespace shipdeck::kubetest {

Result<void> OpenApi::loadBuiltins(const QString &fixturesDir, SchemaIndex &schemas)
{
    const QList<QPair<QString, QString>> files{{QStringLiteral("api/v1"), QStringLiteral("api__v1_openapi.json")},
                                               {QStringLiteral("apis/apps/v1"), QStringLiteral("apis__apps__v1_openapi.json")}};
    for (const auto &[path, file] : files) {
        QFile f(fixturesDir + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::NotFound, QStringLiteral("cannot read the OpenAPI document %1: %2").arg(f.fileName(), f.errorString()));
        const QByteArray json = f.readAll();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (!doc.isObject())
            return Error(ErrorCode::Parse, QStringLiteral("%1 is not valid JSON: %2 at offset %3").arg(f.fileName(), error.errorString()).arg(error.offset));
        schemas.addDocument(doc.object());
        setDocument(path, json);
    }
    return success();
}

void OpenApi::setDocument(const QString &path, const QByteArray &json)
{
    m_documents.insert(path, json);
    m_hashes.insert(path, QCryptographicHash::hash(json, QCryptographicHash::Sha512).toHex().toUpper().left(128));
}

void OpenApi::removeDocument(const QString &path)
{
    m_documents.remove(path);
    m_hashes.remove(path);
}

bool OpenApi::serve(HttpExchange *exchange, const QString &path) const
{
    if (path == QLatin1String("/openapi/v3")) {
        QJsonObject paths;
        for (auto it = m_documents.begin(); it != m_documents.end(); ++it)
            paths.insert(it.key(), QJsonObject{{QStringLiteral("serverRelativeURL"),
                                                QStringLiteral("/openapi/v3/%1?hash=%2").arg(it.key(), QString::fromLatin1(m_hashes.value(it.key())))}});
        exchange->respond(200, "application/json", toCompactJson(QJsonObject{{QStringLiteral("paths"), paths}}));
        return true;
    }
    const QString prefix = QStringLiteral("/openapi/v3/");
    if (!path.startsWith(prefix))
        return false;
    const QString key = path.mid(prefix.size());
    const auto it = m_documents.constFind(key);
    if (it == m_documents.constEnd())
        return false;
    const QByteArray hash = m_hashes.value(key);
    HeaderList headers{{"Etag", '"' + hash + '"'}};
    if (exchange->request().queryValue(QStringLiteral("hash")).toLatin1() == hash)
        headers.append(qMakePair(QByteArray("Expires"), QByteArray("Thu, 01 Jan 2099 00:00:00 GMT")));
    exchange->respond(200, "application/json", *it, headers);
    return true;
}

} // namespace shipdeck::kubetest
