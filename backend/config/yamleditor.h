#pragma once

#include "backend/config/yamlpath.h"
#include "backend/core/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

namespace shipdeck {

namespace yamltree {
struct Tree;
}

// Where a token sits in the source: 1-based line and column (in characters) and the byte
// span in the UTF-8 text. `offset` is -1 when unknown.
struct YamlLocation
{
    int line = 0;
    int column = 0;
    qsizetype offset = -1;
    qsizetype length = 0;
    bool isValid() const { return offset >= 0; }
};

// One key (or sequence item) of a document with its provenance.
struct YamlEntry
{
    enum class Kind { Null, Scalar, Map, Seq, Alias };
    YamlPath path;
    Kind kind = Kind::Null;
    YamlLocation key;   // the key token; for sequence items the item itself
    YamlLocation value; // the value token(s); empty span at the ':' for "key:" with no value
    QJsonValue json;    // the value as JSON (aliases followed, merge keys applied)
    bool editable = true;
};

// Edits a YAML document in place without reformatting it. A change touches only the bytes of
// the value it changes: comments, key order, quoting and blank lines elsewhere stay as they
// are. Each edit is checked by parsing the result and comparing it with the intended
// document, so an edit either does exactly what was asked or fails and leaves the text alone.
//
// Supported: block and flow mappings and sequences, plain/quoted/literal/folded scalars,
// comments, CRLF files. Anchored nodes that aliases refer to, nodes reached through an alias
// and multi-document files are refused with Unsupported; complex (non-scalar) keys too.
// Values are JSON-compatible (null, bool, number, string, array, object).
class YamlEditor
{
public:
    YamlEditor(); // an empty document
    ~YamlEditor();
    YamlEditor(const YamlEditor &);
    YamlEditor &operator=(const YamlEditor &);
    YamlEditor(YamlEditor &&) noexcept;
    YamlEditor &operator=(YamlEditor &&) noexcept;

    // sourceName is used in messages ("base/app.yaml:3:7: …").
    static Result<YamlEditor> parse(const QByteArray &utf8, const QString &sourceName = QStringLiteral("<yaml>"));

    const QByteArray &text() const;
    const QString &sourceName() const;

    QJsonValue toJson() const;
    bool contains(const YamlPath &path) const;
    Result<QJsonValue> value(const YamlPath &path) const;
    Result<YamlEntry> entry(const YamlPath &path) const;
    // Every key and sequence item, depth first in document order (not the root).
    QList<YamlEntry> entries() const;

    // Sets the value at path, creating missing mapping keys (and appending to a sequence when
    // the index equals its size). Scalars keep their quoting style where the new value allows.
    Result<void> setValue(const YamlPath &path, const QJsonValue &value);
    // Removes a mapping key or a sequence item with its lines.
    Result<void> remove(const YamlPath &path);

private:
    struct Data;
    explicit YamlEditor(std::shared_ptr<const Data> data);
    Result<void> apply(qsizetype start, qsizetype end, const QByteArray &replacement, const QJsonValue &expected,
                       const QString &what);
    std::shared_ptr<const Data> d;
};

} // namespace shipdeck
