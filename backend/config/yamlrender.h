#pragma once

// Internal to backend/config: renders JSON values as YAML text for YamlEditor.

#include "backend/config/yamltree.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

namespace shipdeck::yamlrender {

struct Options
{
    int indentUnit = 2;
    QByteArray newline = "\n";
};

// True when `s` can be written as a plain scalar and reads back as the same string.
bool plainSafe(const QString &s, bool inFlow);
QByteArray doubleQuoted(const QString &s);
QByteArray key(const QString &k, bool inFlow);
// A scalar in the style it replaces (quoting kept when possible). For literal and folded
// styles, contentIndent is the indentation of the block's lines.
QByteArray scalar(const QJsonValue &v, yamltree::Style style, bool inFlow, int contentIndent, const Options &o);
// A value written in flow style on one line: {a: 1, b: [x, y]}.
QByteArray flow(const QJsonValue &v);
// A value placed after "key:" in a block mapping whose keys sit at column keyIndent:
// " scalar", " {}" or a newline followed by indented block lines.
QByteArray afterColon(const QJsonValue &v, int keyIndent, const Options &o);
// Lines of an object or non-empty array written as a block at column `indent`.
QList<QByteArray> blockLines(const QJsonValue &v, int indent, const Options &o);
// "key: value" lines for a new mapping entry at column indent.
QList<QByteArray> entryLines(const QString &k, const QJsonValue &v, int indent, const Options &o);
// "- value" lines for a new sequence item at column indent.
QList<QByteArray> itemLines(const QJsonValue &v, int indent, const Options &o);

} // namespace shipdeck::yamlrender
