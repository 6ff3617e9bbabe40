#pragma once

#include <QJsonValue>
#include <QString>

namespace shipdeck {

// How the Config page shows configuration values and reads what people type. Values are JSON
// (what YAML scalars, sequences and mappings become); typed text is read as the CLI reads it:
// JSON when it is JSON (8080, true, null, "text", [1,2], {"a":1}), else a string — except that
// text which starts like JSON ({ [ ") but is not valid JSON is an error, not a string.
namespace ConfigValues {

enum class Mode { Auto, String };

struct Parsed
{
    QJsonValue value;  // Undefined when error is set
    QString kind;      // "string", "integer", "number", "boolean", "null", "list", "mapping"
    QString error;     // why the text is not a value (for people)
    bool ok() const { return error.isEmpty(); }
};

Parsed parse(const QString &text, Mode mode = Mode::Auto);
// One line: strings as they are, everything else as compact JSON; "(absent)" for Undefined.
QString display(const QJsonValue &value);
// The text an editor starts with, which parse() reads back to the same value.
QString editText(const QJsonValue &value);
QString kindOf(const QJsonValue &value);

} // namespace ConfigValues
} // namespace shipdeck
