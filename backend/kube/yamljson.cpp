#include "backend/kube/yamljson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

namespace shipdeck {

QJsonValue yamlToJson(const YAML::Node &node)
{
    if (!node || node.IsNull())
        return QJsonValue(QJsonValue::Null);
    if (node.IsMap()) {
        QJsonObject o;
        for (const auto &kv : node)
            o.insert(QString::fromStdString(kv.first.as<std::string>()), yamlToJson(kv.second));
        return o;
    }
    if (node.IsSequence()) {
        QJsonArray a;
        for (const auto &item : node)
            a.append(yamlToJson(item));
        return a;
    }
    const std::string &s = node.Scalar();
    if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str")
        return QString::fromStdString(s); // quoted
    bool b = false;
    if (s == "true" || s == "false" || s == "True" || s == "False") {
        YAML::convert<bool>::decode(node, b);
        return b;
    }
    if (s == "null" || s == "~")
        return QJsonValue(QJsonValue::Null);
    bool ok = false;
    const QString text = QString::fromStdString(s);
    const qlonglong i = text.toLongLong(&ok);
    if (ok)
        return double(i);
    const double d = text.toDouble(&ok);
    if (ok && !text.startsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('.')))
        return d;
    return text;
}

} // namespace shipdeck

namespace shipdeck {

namespace {
void emitJson(YAML::Emitter &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        out << YAML::BeginMap;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitJson(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array: {
        out << YAML::BeginSeq;
        for (const auto &item : v.toArray())
            emitJson(out, item);
        out << YAML::EndSeq;
        break;
    }
    case QJsonValue::String: {
        const std::string s = v.toString().toStdString();
        // Strings that YAML would read as another type keep their quotes.
        const QString t = v.toString();
        bool numeric = false;
        t.toDouble(&numeric);
        if (numeric || t.isEmpty() || t == QLatin1String("true") || t == QLatin1String("false") || t == QLatin1String("null")
            || t == QLatin1String("~") || t == QLatin1String("yes") || t == QLatin1String("no"))
            out << YAML::DoubleQuoted << s;
        else
            out << s;
        break;
    }
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            out << qint64(d);
        else
            out << d;
        break;
    }
    case QJsonValue::Bool:
        out << v.toBool();
        break;
    default:
        out << YAML::Null;
        break;
    }
}
} // namespace

QByteArray jsonToYaml(const QJsonValue &value)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetSeqFormat(YAML::Block);
    out.SetMapFormat(YAML::Block);
    emitJson(out, value);
    return QByteArray(out.c_str()) + '\n';
}

} // namespace shipdeck
