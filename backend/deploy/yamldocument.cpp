#include "backend/deploy/yamldocument.h"

#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace shipdeck {

namespace {
constexpr qsizetype kMaxBytes = 4 * 1024 * 1024;
constexpr int kMaxDepth = 64;

struct Converter
{
    QString source;
    QString problem;
    int problemLine = 0;
    int problemColumn = 0;

    bool fail(const YAML::Mark &mark, const QString &message)
    {
        if (problem.isEmpty()) {
            problem = message;
            problemLine = mark.line + 1;
            problemColumn = mark.column + 1;
        }
        return false;
    }

    bool convert(const YAML::Node &in, YamlNode &out, int depth)
    {
        const YAML::Mark mark = in.Mark();
        out.line = mark.line + 1;
        out.column = mark.column + 1;
        if (depth > kMaxDepth)
            return fail(mark, QStringLiteral("the document is nested deeper than %1 levels").arg(kMaxDepth));
        switch (in.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            out.kind = YamlNode::Kind::Null;
            return true;
        case YAML::NodeType::Scalar:
            out.kind = YamlNode::Kind::Scalar;
            out.scalar = QString::fromStdString(in.Scalar());
            out.quoted = in.Tag() == "!";
            return true;
        case YAML::NodeType::Sequence:
            out.kind = YamlNode::Kind::Sequence;
            out.items.reserve(in.size());
            for (const YAML::Node &child : in) {
                YamlNode node;
                if (!convert(child, node, depth + 1))
                    return false;
                out.items.push_back(std::move(node));
            }
            return true;
        case YAML::NodeType::Map:
            out.kind = YamlNode::Kind::Map;
            for (const auto &entry : in) {
                YamlNode key;
                YamlNode value;
                if (!convert(entry.first, key, depth + 1) || !convert(entry.second, value, depth + 1))
                    return false;
                if (!key.isScalar())
                    return fail(entry.first.Mark(), QStringLiteral("a mapping key must be a plain word, not a %1").arg(key.kindName()));
                for (const YamlNode &seen : out.keys) {
                    if (seen.scalar == key.scalar) {
                        return fail(entry.first.Mark(), QStringLiteral("duplicate key '%1' (first at line %2)")
                                                            .arg(key.scalar).arg(seen.line));
                    }
                }
                out.keys.push_back(std::move(key));
                out.values.push_back(std::move(value));
            }
            return true;
        }
        return fail(mark, QStringLiteral("unsupported YAML node"));
    }
};

QJsonValue scalarToJson(const YamlNode &node)
{
    if (node.quoted)
        return node.scalar;
    const QString &s = node.scalar;
    if (s == QLatin1String("true") || s == QLatin1String("True") || s == QLatin1String("TRUE"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("False") || s == QLatin1String("FALSE"))
        return false;
    bool ok = false;
    const qlonglong i = s.toLongLong(&ok);
    if (ok)
        return double(i);
    const double d = s.toDouble(&ok);
    if (ok && std::isfinite(d))
        return d;
    return s;
}
} // namespace

const YamlNode *YamlNode::find(const QString &key) const
{
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].scalar == key)
            return &values[i];
    }
    return nullptr;
}

QString YamlNode::kindName() const
{
    switch (kind) {
    case Kind::Null: return QStringLiteral("empty value");
    case Kind::Scalar: return QStringLiteral("single value");
    case Kind::Sequence: return QStringLiteral("list");
    case Kind::Map: return QStringLiteral("mapping");
    }
    return {};
}

QJsonValue YamlNode::toJson() const
{
    switch (kind) {
    case Kind::Null: return QJsonValue::Null;
    case Kind::Scalar: return scalarToJson(*this);
    case Kind::Sequence: {
        QJsonArray array;
        for (const YamlNode &item : items)
            array.append(item.toJson());
        return array;
    }
    case Kind::Map: {
        QJsonObject object;
        for (size_t i = 0; i < keys.size(); ++i)
            object.insert(keys[i].scalar, values[i].toJson());
        return object;
    }
    }
    return QJsonValue::Null;
}

namespace YamlDocument {

Result<YamlNode> parse(const QByteArray &text, const QString &sourceName)
{
    if (text.size() > kMaxBytes) {
        return Error(ErrorCode::Parse, QStringLiteral("%1: the file is %2 bytes; deployment files may be at most %3 bytes")
                                           .arg(sourceName).arg(text.size()).arg(kMaxBytes));
    }
    if (text.contains('\0'))
        return Error(ErrorCode::Parse, QStringLiteral("%1: the file contains NUL bytes; it is not YAML text").arg(sourceName));
    Converter converter{sourceName, {}, 0, 0};
    YamlNode root;
    try {
        const YAML::Node doc = YAML::Load(text.toStdString());
        if (!converter.convert(doc, root, 0)) {
            return Error(ErrorCode::Parse, QStringLiteral("%1:%2:%3: %4").arg(sourceName).arg(converter.problemLine)
                                               .arg(converter.problemColumn).arg(converter.problem))
                .withDetail(QStringLiteral("line"), converter.problemLine)
                .withDetail(QStringLiteral("column"), converter.problemColumn);
        }
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 0 : e.mark.column + 1;
        return Error(ErrorCode::Parse, QStringLiteral("%1:%2:%3: YAML syntax error: %4")
                                           .arg(sourceName).arg(line).arg(column).arg(QString::fromStdString(e.msg)))
            .withDetail(QStringLiteral("line"), line)
            .withDetail(QStringLiteral("column"), column);
    } catch (const std::exception &e) {
        return Error(ErrorCode::Parse, QStringLiteral("%1: cannot read the YAML: %2").arg(sourceName, QString::fromUtf8(e.what())));
    }
    return root;
}

} // namespace YamlDocument
} // namespace shipdeck
