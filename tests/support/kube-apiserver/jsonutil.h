#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace shipdeck::kubetest {

// The value at a dotted path ("spec.template.metadata"); Undefined when absent.
QJsonValue valueAt(const QJsonObject &root, const QString &dottedPath);
// Sets the value at a path, creating objects on the way.
void setAt(QJsonObject &root, const QStringList &path, const QJsonValue &value);
inline void setAt(QJsonObject &root, const QString &dottedPath, const QJsonValue &value)
{
    setAt(root, dottedPath.split(QLatin1Char('.')), value);
}
void removeAt(QJsonObject &root, const QStringList &path);
// Inserts key=value when key is missing.
void defaultValue(QJsonObject &object, const QString &key, const QJsonValue &value);

// array without any element equal to value.
QJsonArray withoutValue(const QJsonArray &array, const QJsonValue &value);

QByteArray toCompactJson(const QJsonObject &object);
QByteArray toCompactJson(const QJsonArray &array);

// Times as the API server writes them: "2024-05-01T10:00:00Z" and MicroTime "…00.123456Z".
QString formatTime(const QDateTime &time);
QString formatMicroTime(const QDateTime &time);
QString nowTime();
QString nowMicroTime();
QDateTime parseTime(const QString &text);
QString newUid();

// int-or-string ("25%" or 2) resolved against a total; roundUp for maxSurge, down for maxUnavailable.
int intOrPercent(const QJsonValue &value, int total, bool roundUp, int fallback);

} // namespace shipdeck::kubetest
