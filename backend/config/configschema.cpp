#include "backend/config/configschema.h"

#include <QJsonDocument>
#include <QJsonParseError>

// Without this valijson prints and aborts on a bad schema instead of throwing.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace shipdeck {

struct ConfigSchema::Impl
{
    valijson::Schema schema;
};

ConfigSchema::ConfigSchema() : d(std::make_unique<Impl>()) {}
ConfigSchema::~ConfigSchema() = default;
ConfigSchema::ConfigSchema(ConfigSchema &&) noexcept = default;
ConfigSchema &ConfigSchema::operator=(ConfigSchema &&) noexcept = default;

Result<ConfigSchema> ConfigSchema::compile(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorCode::Parse, QStringLiteral("schema %1 is not valid JSON at offset %2: %3")
                                           .arg(sourceName).arg(parseError.offset).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Error(ErrorCode::Validation, QStringLiteral("schema %1 must be a JSON object").arg(sourceName));
    ConfigSchema out;
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue root(doc.object());
        valijson::adapters::QtJsonAdapter adapter(root);
        parser.populateSchema(adapter, out.d->schema);
    } catch (const std::exception &e) {
        return Error(ErrorCode::Validation, QStringLiteral("schema %1 is not a usable JSON Schema: %2")
                                                .arg(sourceName, QString::fromUtf8(e.what())));
    }
    return out;
}

QList<ConfigSchema::Violation> ConfigSchema::validate(const QJsonValue &document) const
{
    QList<Violation> out;
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::QtJsonAdapter target(document);
    try {
        validator.validate(d->schema, target, &results);
    } catch (const std::exception &e) {
        out.append({{}, QStringLiteral("validation failed: %1").arg(QString::fromUtf8(e.what()))});
        return out;
    }
    valijson::ValidationResults::Error error;
    QSet<QString> seen;
    while (results.popError(error)) {
        Violation v;
        for (const std::string &part : error.context) {
            QString p = QString::fromStdString(part);
            if (p == QLatin1String("<root>"))
                continue;
            if (p.startsWith(QLatin1Char('[')) && p.endsWith(QLatin1Char(']'))) {
                p = p.mid(1, p.size() - 2);
                bool isIndex = false;
                p.toInt(&isIndex);
                if (isIndex)
                    p = QLatin1Char('[') + p + QLatin1Char(']');
                else if (p.startsWith(QLatin1Char('"')) && p.endsWith(QLatin1Char('"')))
                    p = p.mid(1, p.size() - 2);
            }
            v.path.append(p);
        }
        v.message = QString::fromStdString(error.description);
        // valijson reports the parent chain of a failure too ("Failed to validate against
        // schema associated with property name 'x'"); keep the specific messages.
        if (v.message.startsWith(QLatin1String("Failed to validate against schema associated with")))
            continue;
        const QString id = v.path.join(QLatin1Char('/')) + QLatin1Char('|') + v.message;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        out.append(v);
    }
    return out;
}

} // namespace shipdeck
