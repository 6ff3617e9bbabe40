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
