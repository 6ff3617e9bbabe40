#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace shipdeck::kubetest {

// Who is on the other end of a connection, as far as TLS told us.
struct PeerIdentity
{
    bool certificateVerified = false; // a client certificate signed by our CA, within its validity
    QString certificateUser;          // subject CN
    QStringList certificateGroups;    // subject O
    QString certificateProblem;       // why a presented certificate was refused
};

// One parsed HTTP request.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;      // the raw request target, e.g. /api/v1/pods?limit=5
    QString path;           // percent-decoded path
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    PeerIdentity peer;
    bool keepAlive = true;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    QStringList queryValues(const QString &key) const { return query.allQueryItemValues(key, QUrl::FullyDecoded); }
    // "true", "1" (and a bare key) count as true.
    bool queryFlag(const QString &key) const;

    // Splits target into path and query; '+' in the query means a space (Go's url.Values).
    void setTarget(const QByteArray &rawTarget);
};

} // namespace shipdeck::kubetest
