#include "yamljson.h"

#include "apierror.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace shipdeck::kubetest {

namespace {
QJsonValue scalar(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str")
        return text;
    static const QRegularExpression intRe(QStringLiteral("^[-+]?(0|[1-9][0-9]*)$"));
    static const QRegularExpression floatRe(QStringLiteral("^[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null") || text == QLatin1String("Null") || text == QLatin1String("NULL"))
        return QJsonValue::Null;
    if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE"))
        return false;
    if (intRe.match(text).hasMatch()) {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (ok)
            return n;
    }
    if (floatRe.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QJsonValue convert(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node)
            object.insert(QString::fromStdString(entry.first.as<std::string>()), convert(entry.second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto &item : node)
            array.append(convert(item));
        return array;
    }
    case YAML::NodeType::Scalar:
        return scalar(node);
    default:
        return QJsonValue::Null;
    }
}
} // namespace

Result<QList<QJsonObject>> yamlDocuments(const QByteArray &yaml)
{
    try {
        QList<QJsonObject> documents;
        for (const YAML::Node &doc : YAML::LoadAll(yaml.toStdString())) {
            const QJsonValue value = convert(doc);
            if (value.isObject())
                documents.append(value.toObject());
            else if (!value.isNull())
                return badRequest(QStringLiteral("a YAML document is not a mapping"));
        }
        return documents;
    } catch (const YAML::Exception &e) {
        return badRequest(QStringLiteral("invalid YAML at line %1, column %2: %3")
                              .arg(e.mark.line + 1).arg(e.mark.column + 1).arg(QString::fromStdString(e.msg)));
    }
}

Result<QJsonObject> yamlToJsonObject(const QByteArray &yaml)
{
    SD_TRY(QList<QJsonObject> documents, yamlDocuments(yaml));
    if (documents.size() != 1)
        return badRequest(QStringLiteral("expected one YAML document, found %1").arg(documents.size()));
    return documents.first();
}

} // namespace shipdeck::kubetest
