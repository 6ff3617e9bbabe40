#include "models/config/configvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shipdeck::ConfigValues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConfigValues)
};

QString compactJson(const QJsonValue &v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

bool looksLikeJson(const QString &trimmed)
{
    return trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))
        || trimmed.startsWith(QLatin1Char('"'));
}

} // namespace

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QStringLiteral("list");
    case QJsonValue::Object: return QStringLiteral("mapping");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) && !compactJson(value).contains(QLatin1Char('.')) ? QStringLiteral("integer")
                                                                                        : QStringLiteral("number");
    }
    case QJsonValue::Undefined: break;
    }
    return QString();
}

Parsed parse(const QString &text, Mode mode)
{
    Parsed out;
    if (mode == Mode::String) {
        out.value = text;
        out.kind = kindOf(out.value);
        return out;
    }
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        out.error = Tr::tr("No value. Type one, or choose “Text” to set an empty string.");
        return out;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson((QLatin1Char('[') + trimmed + QLatin1Char(']')).toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1) {
        out.value = doc.array().first();
    } else if (looksLikeJson(trimmed)) {
        out.error = Tr::tr("Not valid JSON (%1 at character %2). Fix it, or choose “Text” to store it as a string.")
                        .arg(error.error == QJsonParseError::NoError ? Tr::tr("more than one value") : error.errorString())
                        .arg(qMax(0, error.offset - 1));
        return out;
    } else {
        out.value = text; // as typed: leading and trailing spaces are part of a string
    }
    out.kind = kindOf(out.value);
    return out;
}

QString display(const QJsonValue &value)
{
    if (value.isUndefined())
        return Tr::tr("(absent)");
    if (value.isString())
        return value.toString();
    return compactJson(value);
}

QString editText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QString();
    if (value.isString()) {
        // A string that would read back as something else is shown as JSON ("8080", "true").
        const Parsed back = parse(value.toString());
        return back.ok() && back.value == value ? value.toString() : compactJson(value);
    }
    return compactJson(value);
}

} // namespace shipdeck::ConfigValues
