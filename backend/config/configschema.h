#pragma once

#include "backend/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace shipdeck {

// A JSON Schema (draft 7; draft 4 documents work too) compiled once and used to validate
// JSON documents. Backed by valijson.
class ConfigSchema
{
public:
    struct Violation
    {
        QStringList path;  // keys and [n] indexes from the document root to the offending value
        QString message;
    };

    ~ConfigSchema();
    ConfigSchema(ConfigSchema &&) noexcept;
    ConfigSchema &operator=(ConfigSchema &&) noexcept;

    // sourceName names the schema in messages. A malformed schema is a Validation error.
    static Result<ConfigSchema> compile(const QByteArray &json, const QString &sourceName);
    QList<Violation> validate(const QJsonValue &document) const;

private:
    struct Impl;
    ConfigSchema();
    std::unique_ptr<Impl> d;
};

} // namespace shipdeck
