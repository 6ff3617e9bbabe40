#pragma once

// Internal to backend/config: the parsed shape of a YAML document with the byte span of every
// node in the source text. Built from yaml-cpp's event stream (which carries positions) plus a
// scan of the source for where each token ends. Used by YamlEditor; no yaml-cpp types here.

#include "backend/core/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

namespace shipdeck::yamltree {

enum class Kind { Null, Scalar, Map, Seq, Alias };
enum class Style { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Block, Flow };

struct Node
{
    Kind kind = Kind::Null;
    Style style = Style::Plain;
    qsizetype propStart = 0;  // where the node's text starts, with its anchor and tag
    qsizetype start = 0;      // first byte of the value token (after anchor and tag)
    qsizetype end = 0;        // one past its last byte; start == end for an implicit null
    qsizetype colon = -1;     // keys only: position of the ':' that follows the key
    int indent = -1;          // column (bytes) of the node's parent key or '-', -1 at the root
    bool implicitNull = false;
    bool spanReliable = true; // false when the token's end could not be found exactly
    bool inFlow = false;      // inside a flow collection
    int anchor = 0;           // yaml-cpp anchor id, 0 = none
    int aliasOf = 0;          // for aliases: the anchor id they refer to
    QByteArray tag;           // "?" plain, "!" quoted, or an explicit tag
    QByteArray value;         // scalar value, as parsed
    QList<int> children;      // Map: key, value, key, value …  Seq: items
    int parent = -1;
};

struct Tree
{
    QByteArray text;
    QList<Node> nodes;
    int root = -1;           // -1 for an empty document
    QList<qsizetype> lineStarts;
    QByteArray newline = "\n";
    int indentUnit = 2;

    const Node &at(int i) const { return nodes.at(i); }
    // 1-based line and column (in characters) of a byte offset.
    int lineOf(qsizetype pos) const;
    int columnOf(qsizetype pos) const;
    qsizetype lineStartOf(qsizetype pos) const;
    qsizetype lineEndOf(qsizetype pos) const; // position of the line's newline (or text end)
    // Index of the value of `key` in the map `map`, or -1.
    int mapValue(int map, const QByteArray &key) const;
    int mapKeyIndex(int map, const QByteArray &key) const; // index into children of the key, or -1
};

Result<Tree> parse(const QByteArray &text, const QString &sourceName);

// The JSON value of a node: plain scalars resolved by the YAML 1.2 core schema, aliases
// followed and merge keys (<<) applied.
QJsonValue toJson(const Tree &tree, int node);
QJsonValue resolvePlain(const QByteArray &text);

} // namespace shipdeck::yamltree
