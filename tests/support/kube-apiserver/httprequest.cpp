#include "httprequest.h"

#include <QUrl>

namespace shipdeck::kubetest {

bool HttpRequest::queryFlag(const QString &key) const
{
    if (!query.hasQueryItem(key))
        return false;
    const QString value = queryValue(key).toLower();
    return value.isEmpty() || value == QLatin1String("true") || value == QLatin1String("1");
}

void HttpRequest::setTarget(const QByteArray &rawTarget)
{
    target = rawTarget;
    const qsizetype q = rawTarget.indexOf('?');
    const QByteArray rawPath = q < 0 ? rawTarget : rawTarget.left(q);
    path = QUrl::fromPercentEncoding(rawPath);
    if (q >= 0) {
        QByteArray rawQuery = rawTarget.mid(q + 1);
        rawQuery.replace('+', "%20");
        query.setQuery(QString::fromLatin1(rawQuery));
    } else {
        query.clear();
    }
}

} // namespace shipdeck::kubetest
