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

namespace shipdeck {

Result<QJsonValue> parseYamlDocument(const QByteArray &text, const QString &what)
{
    // yaml-cpp takes control characters and broken UTF-8 as text; a person's edit never
    // holds them, so they are refused with their place.
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
            continue;
        }
        if (c < 0x20 && c != '\t' && c != '\r')
            return Error(ErrorCode::Parse, QStringLiteral("%1: line %2, column %3: control character 0x%4")
                                               .arg(what).arg(line).arg(column).arg(int(c), 2, 16, QLatin1Char('0')));
        ++column;
    }
    if (!text.isValidUtf8())
        return Error(ErrorCode::Parse, QStringLiteral("%1: line %2: the text is not valid UTF-8").arg(what).arg(line));
    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAll(text.toStdString());
    } catch (const YAML::Exception &e) {
        return Error(ErrorCode::Parse, QStringLiteral("%1: line %2, column %3: %4")
                                           .arg(what).arg(e.mark.line + 1).arg(e.mark.column + 1).arg(QString::fromStdString(e.msg)))
            .withDetail(QStringLiteral("line"), e.mark.line + 1)
            .withDetail(QStringLiteral("column"), e.mark.column + 1);
    }
    std::vector<YAML::Node> nonEmpty;
    for (const auto &doc : docs) {
        if (doc && !doc.IsNull())
            nonEmpty.push_back(doc);
    }
    if (nonEmpty.empty())
        return Error(ErrorCode::Validation, QStringLiteral("%1 is empty").arg(what));
    if (nonEmpty.size() > 1)
        return Error(ErrorCode::Validation, QStringLiteral("%1 holds %2 documents; expected one").arg(what).arg(nonEmpty.size()));
    try {
        return yamlToJson(nonEmpty.front());
    } catch (const YAML::Exception &e) {
        // e.g. a mapping used as a key
        return Error(ErrorCode::Parse, QStringLiteral("%1: line %2, column %3: %4")
                                           .arg(what).arg(e.mark.line + 1).arg(e.mark.column + 1).arg(QString::fromStdString(e.msg)));
    }
}

} // namespace shipdeck
