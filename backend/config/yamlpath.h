#pragma once

#include "backend/core/result.h"

#include <QList>
#include <QString>

namespace shipdeck {

// A path to a node of a YAML (or JSON) document: mapping keys and sequence indexes.
// Text form: `server.port`, `hosts[0].name`, `labels["app.kubernetes.io/name"]`; the empty
// path is the document root. Keys holding `.`, `[`, `]`, `"` or spaces are written quoted.
class YamlPath
{
public:
    struct Segment
    {
        QString key;    // when index < 0
        int index = -1; // sequence index, or -1 for a mapping key
        bool isIndex() const { return index >= 0; }
        bool operator==(const Segment &other) const = default;
    };

    YamlPath() = default;
    explicit YamlPath(QList<Segment> segments) : m_segments(std::move(segments)) {}
    static Result<YamlPath> parse(const QString &text);
    // For a path given as separate keys, no parsing.
    static YamlPath fromKeys(const QStringList &keys);

    const QList<Segment> &segments() const { return m_segments; }
    bool isEmpty() const { return m_segments.isEmpty(); }
    qsizetype size() const { return m_segments.size(); }
    const Segment &at(qsizetype i) const { return m_segments.at(i); }
    const Segment &last() const { return m_segments.last(); }

    YamlPath parent() const;
    YamlPath child(const QString &key) const;
    YamlPath child(int index) const;
    YamlPath mid(qsizetype pos, qsizetype len = -1) const;
    YamlPath operator+(const YamlPath &tail) const;
    bool startsWith(const YamlPath &prefix) const;

    QString toString() const;
    bool operator==(const YamlPath &other) const = default;
    bool operator<(const YamlPath &other) const { return toString() < other.toString(); }

private:
    QList<Segment> m_segments;
};

size_t qHash(const YamlPath &path, size_t seed = 0);

} // namespace shipdeck
