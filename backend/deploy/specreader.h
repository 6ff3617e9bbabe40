#pragma once

#include "backend/core/error.h"
#include "backend/deploy/deploymentspec.h"
#include "backend/deploy/yamldocument.h"

#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

namespace shipdeck {

// One thing wrong with a deployment file, with where it is.
struct SpecProblem
{
    int line = 0;
    int column = 0;
    QString path;    // "canary.steps[2].setWeight"
    QString message;
};

// Reads typed values out of a YamlNode tree and collects every problem with its line, so that
// a person sees all mistakes of a file at once. Used by the deployment and analysis parsers.
class SpecReader
{
public:
    explicit SpecReader(QString sourceName) : m_source(std::move(sourceName)) {}

    void problem(const YamlNode &at, const QString &path, const QString &message);
    void problemAt(const SpecLocation &at, const QString &path, const QString &message);
    const QList<SpecProblem> &problems() const { return m_problems; }
    bool hasProblems() const { return !m_problems.isEmpty(); }
    // A Validation error listing every problem ("file:line:col: path: message"), or success.
    Error toError() const;
    const QString &sourceName() const { return m_source; }

    static SpecLocation location(const YamlNode &node) { return {node.line, node.column}; }
    static QString join(const QString &path, const QString &key);

    bool expectMap(const YamlNode &node, const QString &path);
    bool expectSequence(const YamlNode &node, const QString &path);
    // Reports keys of `map` that are not in `allowed`, suggesting the closest allowed key.
    void checkKeys(const YamlNode &map, const QString &path, std::initializer_list<const char *> allowed);

    std::optional<QString> string(const YamlNode &map, const QString &key, const QString &path, bool required = false);
    std::optional<int> integer(const YamlNode &map, const QString &key, const QString &path, int min, int max,
                               bool required = false);
    std::optional<double> number(const YamlNode &map, const QString &key, const QString &path, double min, double max);
    std::optional<bool> boolean(const YamlNode &map, const QString &key, const QString &path);
    // "30s", "5m", "1h30m", "250ms", or a bare number of seconds.
    std::optional<qint64> duration(const YamlNode &map, const QString &key, const QString &path);
    std::optional<QStringList> stringList(const YamlNode &map, const QString &key, const QString &path);
    // An integer or a percentage ("25%"): returns {value, isPercent}.
    std::optional<std::pair<int, bool>> intOrPercent(const YamlNode &map, const QString &key, const QString &path,
                                                     int min, int max);

    // Scalar conversions used by the typed readers (exposed for reuse and tests).
    static std::optional<qint64> parseDuration(const QString &text);
    static std::optional<qint64> parseTimestamp(const QString &text);

private:
    QString m_source;
    QList<SpecProblem> m_problems;
};

} // namespace shipdeck
