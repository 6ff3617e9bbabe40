#pragma once

#include "backend/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shipdeck::sops {

enum class SopsFormat { Yaml, Json, Dotenv, Ini };
// By extension, as sops decides (.yaml/.yml, .json, .env, .ini); YAML otherwise.
SopsFormat formatForPath(const QString &path);
QString formatName(SopsFormat format);

// The SOPS value types (the `type:` of an ENC[] value).
enum class SopsType { Str, Int, Float, Bool, Time, Bytes };
QString typeName(SopsType type);
std::optional<SopsType> typeFromName(const QString &name);

// One step of a path: a mapping key or a sequence index.
struct SopsPathSegment
{
    QString key;
    int index = -1;
    bool isIndex() const { return index >= 0; }
    bool operator==(const SopsPathSegment &other) const = default;
};
using SopsPath = QList<SopsPathSegment>;

namespace SopsPaths {
// "a.b[0]", keys with '.', '[', ']', '"' or spaces quoted: a["x.y"].
QString toString(const SopsPath &path);
Result<SopsPath> parse(const QString &text);
// The additional data sops binds a value to: the mapping keys joined with ':' plus ':'.
QByteArray aad(const SopsPath &path);
} // namespace SopsPaths

// A span of the source text: the exact token of a scalar (quotes included).
struct SourceSpan
{
    qsizetype offset = -1;
    qsizetype length = 0;
    bool isValid() const { return offset >= 0; }
};

// A parsed document: maps, lists and scalars in source order. Scalars keep their text as it
// stands in the file (an ENC[…] string or a cleartext value) and where it stands.
struct SopsNode
{
    enum class Kind { Null, Scalar, Map, List };
    Kind kind = Kind::Null;
    QString text;                 // scalar text (unquoted)
    SopsType type = SopsType::Str; // how the format typed a cleartext scalar
    QStringList keys;             // Map: keys, parallel to children
    QList<SopsNode> children;     // Map values or List items
    SourceSpan span;              // the scalar's token; for Null the place a value would go
    bool inFlow = false;          // YAML: inside a flow collection ([…] or {…})

    static SopsNode scalar(QString text, SopsType type = SopsType::Str);
    static SopsNode map() { SopsNode n; n.kind = Kind::Map; return n; }
    static SopsNode list() { SopsNode n; n.kind = Kind::List; return n; }
    const SopsNode *child(const QString &key) const;
    SopsNode *child(const QString &key);
    int indexOf(const QString &key) const { return int(keys.indexOf(key)); }
    // Overwrites every scalar's text in memory before it is released.
    void wipe();
};

// Visits every scalar leaf in document order with its path.
void forEachLeaf(const SopsNode &root, const std::function<void(const SopsPath &, const SopsNode &)> &fn);
void forEachLeaf(SopsNode &root, const std::function<void(const SopsPath &, SopsNode &)> &fn);
SopsNode *nodeAt(SopsNode &root, const SopsPath &path);

// A whole file as a format store parsed it.
struct SopsParsed
{
    SopsFormat format = SopsFormat::Yaml;
    QByteArray text;               // the source
    QList<SopsNode> branches;      // YAML documents, or the single tree of the other formats
    SopsNode metadata;             // the `sops` entry (nested form), Null when absent
    SourceSpan metadataSpan;       // where the metadata stands in the source (whole lines/member)
    int indent = 4;                // YAML/JSON indentation found in the file
    QByteArray indentUnit;         // JSON: the indentation string of the file
    bool metadataFirst = false;    // JSON: "sops" is the first member
    qsizetype appendPos = -1;      // JSON: end of the last top-level value
};

} // namespace shipdeck::sops
