#include "jsonutil.h"

#include <QJsonDocument>
#include <QUuid>

#include <cmath>

namespace shipdeck::kubetest {

QJsonValue valueAt(const QJsonObject &root, const QString &dottedPath)
{
    QJsonValue value = root;
    for (const QString &part : dottedPath.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(part);
    }
    return value;
}

void setAt(QJsonObject &root, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return;
    if (path.size() == 1) {
        root.insert(path.first(), value);
        return;
    }
    QJsonObject child = root.value(path.first()).toObject();
    setAt(child, path.mid(1), value);
    root.insert(path.first(), child);
}

void removeAt(QJsonObject &root, const QStringList &path)
{
    if (path.isEmpty())
        return;
    if (path.size() == 1) {
        root.remove(path.first());
        return;
    }
    if (!root.value(path.first()).isObject())
        return;
    QJsonObject child = root.value(path.first()).toObject();
    removeAt(child, path.mid(1));
    root.insert(path.first(), child);
}

void defaultValue(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (!object.contains(key) || object.value(key).isNull())
        object.insert(key, value);
}

QJsonArray withoutValue(const QJsonArray &array, const QJsonValue &value)
{
    QJsonArray result;
    for (const auto &v : array) {
        if (v != value)
            result.append(v);
    }
    return result;
}

QByteArray toCompactJson(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }
QByteArray toCompactJson(const QJsonArray &array) { return QJsonDocument(array).toJson(QJsonDocument::Compact); }

QString formatTime(const QDateTime &time) { return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")); }

QString formatMicroTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

QString nowTime() { return formatTime(QDateTime::currentDateTimeUtc()); }
QString nowMicroTime() { return formatMicroTime(QDateTime::currentDateTimeUtc()); }

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() && text.size() > 20) {
        // RFC 3339 with nanoseconds: cut to milliseconds.
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        t = QDateTime::fromString(text.left(std::min(dot + 4, end)) + text.mid(end), Qt::ISODateWithMs);
    }
    return t.toUTC();
}

QString newUid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

int intOrPercent(const QJsonValue &value, int total, bool roundUp, int fallback)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString()) {
        QString text = value.toString();
        if (text.endsWith(QLatin1Char('%'))) {
            bool ok = false;
            const double percent = text.chopped(1).toDouble(&ok);
            if (!ok)
                return fallback;
            const double scaled = percent * total / 100.0;
            return int(roundUp ? std::ceil(scaled) : std::floor(scaled));
        }
        bool ok = false;
        const int n = text.toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

} // namespace shipdeck::kubetest
