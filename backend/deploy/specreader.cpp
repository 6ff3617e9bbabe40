#include "backend/deploy/specreader.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QVariantList>

#include <cmath>

namespace shipdeck {

namespace {
int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1);
    QList<int> cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}
} // namespace

QString SpecReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void SpecReader::problem(const YamlNode &at, const QString &path, const QString &message)
{
    m_problems.append({at.line, at.column, path, message});
}

void SpecReader::problemAt(const SpecLocation &at, const QString &path, const QString &message)
{
    m_problems.append({at.line, at.column, path, message});
}

Error SpecReader::toError() const
{
    QStringList lines;
    QVariantList list;
    for (const SpecProblem &p : m_problems) {
        const QString where = p.line > 0 ? QStringLiteral("%1:%2:%3").arg(m_source).arg(p.line).arg(p.column) : m_source;
        lines.append(p.path.isEmpty() ? QStringLiteral("%1: %2").arg(where, p.message)
                                      : QStringLiteral("%1: %2: %3").arg(where, p.path, p.message));
        list.append(QVariantMap{{QStringLiteral("line"), p.line},
                                {QStringLiteral("column"), p.column},
                                {QStringLiteral("path"), p.path},
                                {QStringLiteral("message"), p.message}});
    }
    QString message = lines.value(0);
    if (lines.size() > 1)
        message = QStringLiteral("%1 problems in %2:\n  %3").arg(lines.size()).arg(m_source, lines.join(QStringLiteral("\n  ")));
    return Error(ErrorCode::Validation, message).withDetail(QStringLiteral("problems"), list);
}

bool SpecReader::expectMap(const YamlNode &node, const QString &path)
{
    if (node.isMap())
        return true;
    problem(node, path, QStringLiteral("expected a mapping (key: value lines), found a %1").arg(node.kindName()));
    return false;
}

bool SpecReader::expectSequence(const YamlNode &node, const QString &path)
{
    if (node.isSequence())
        return true;
    problem(node, path, QStringLiteral("expected a list (lines starting with '-'), found a %1").arg(node.kindName()));
    return false;
}

void SpecReader::checkKeys(const YamlNode &map, const QString &path, std::initializer_list<const char *> allowed)
{
    if (!map.isMap())
        return;
    for (const YamlNode &key : map.keys) {
        bool known = false;
        QString best;
        int bestDistance = 1 << 20;
        for (const char *a : allowed) {
            const QString candidate = QString::fromLatin1(a);
            if (candidate == key.scalar) {
                known = true;
                break;
            }
            const int d = editDistance(candidate, key.scalar);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        if (known)
            continue;
        QString message = QStringLiteral("unknown key '%1'").arg(key.scalar);
        if (!best.isEmpty() && bestDistance <= qMax(2, int(key.scalar.size()) / 3))
            message += QStringLiteral(" (did you mean '%1'?)").arg(best);
        problem(key, path, message);
    }
}

std::optional<QString> SpecReader::string(const YamlNode &map, const QString &key, const QString &path, bool required)
{
    const YamlNode *node = map.find(key);
    if (!node || node->isNull()) {
        if (required)
            problem(map, join(path, key), QStringLiteral("'%1' is required").arg(key));
        return std::nullopt;
    }
    if (!node->isScalar()) {
        problem(*node, join(path, key), QStringLiteral("expected a single value, found a %1").arg(node->kindName()));
        return std::nullopt;
    }
    return node->scalar;
}

std::optional<int> SpecReader::integer(const YamlNode &map, const QString &key, const QString &path, int min, int max,
                                       bool required)
{
    auto text = string(map, key, path, required);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok) {
        problem(*map.find(key), join(path, key), QStringLiteral("expected a whole number, found '%1'").arg(*text));
        return std::nullopt;
    }
    if (value < min || value > max) {
        problem(*map.find(key), join(path, key),
                QStringLiteral("%1 is out of range (allowed %2 to %3)").arg(value).arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

std::optional<double> SpecReader::number(const YamlNode &map, const QString &key, const QString &path, double min,
                                         double max)
{
    auto text = string(map, key, path);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const double value = text->toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        problem(*map.find(key), join(path, key), QStringLiteral("expected a number, found '%1'").arg(*text));
        return std::nullopt;
    }
    if (value < min || value > max) {
        problem(*map.find(key), join(path, key),
                QStringLiteral("%1 is out of range (allowed %2 to %3)").arg(value).arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> SpecReader::boolean(const YamlNode &map, const QString &key, const QString &path)
{
    auto text = string(map, key, path);
    if (!text)
        return std::nullopt;
    const QString t = text->toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off"))
        return false;
    problem(*map.find(key), join(path, key), QStringLiteral("expected true or false, found '%1'").arg(*text));
    return std::nullopt;
}

std::optional<qint64> SpecReader::parseDuration(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = t.toDouble(&ok);
    if (ok)
        return std::isfinite(seconds) && seconds >= 0 && seconds < 1e9 ? std::optional<qint64>(qint64(seconds * 1000))
                                                                         : std::nullopt;
    static const QRegularExpression part(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)"));
    qint64 total = 0;
    QString rest = t;
    while (!rest.isEmpty()) {
        const auto m = part.match(rest);
        if (!m.hasMatch())
            return std::nullopt;
        const double value = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        const double factor = unit == QLatin1String("ms") ? 1 : unit == QLatin1String("s") ? 1000
                            : unit == QLatin1String("m") ? 60'000 : unit == QLatin1String("h") ? 3'600'000 : 86'400'000;
        total += qint64(value * factor);
        if (total > qint64(1e12))
            return std::nullopt;
        rest = rest.mid(m.capturedLength(0));
    }
    return total;
}

std::optional<qint64> SpecReader::parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

std::optional<qint64> SpecReader::duration(const YamlNode &map, const QString &key, const QString &path)
{
    auto text = string(map, key, path);
    if (!text)
        return std::nullopt;
    auto ms = parseDuration(*text);
    if (!ms) {
        problem(*map.find(key), join(path, key),
                QStringLiteral("'%1' is not a duration (write e.g. 30s, 5m, 1h30m, 250ms, or a number of seconds)").arg(*text));
    }
    return ms;
}

std::optional<QStringList> SpecReader::stringList(const YamlNode &map, const QString &key, const QString &path)
{
    const YamlNode *node = map.find(key);
    if (!node || node->isNull())
        return std::nullopt;
    if (node->isScalar())
        return QStringList{node->scalar};
    if (!expectSequence(*node, join(path, key)))
        return std::nullopt;
    QStringList out;
    for (size_t i = 0; i < node->items.size(); ++i) {
        const YamlNode &item = node->items[i];
        if (!item.isScalar()) {
            problem(item, QStringLiteral("%1[%2]").arg(join(path, key)).arg(i), QStringLiteral("expected a single value"));
            continue;
        }
        out.append(item.scalar);
    }
    return out;
}

std::optional<std::pair<int, bool>> SpecReader::intOrPercent(const YamlNode &map, const QString &key,
                                                             const QString &path, int min, int max)
{
    auto text = string(map, key, path);
    if (!text)
        return std::nullopt;
    const bool percent = text->endsWith(QLatin1Char('%'));
    bool ok = false;
    const int value = (percent ? text->chopped(1) : *text).trimmed().toInt(&ok);
    if (!ok) {
        problem(*map.find(key), join(path, key), QStringLiteral("expected a whole number or a percentage like 25%, found '%1'").arg(*text));
        return std::nullopt;
    }
    const int hi = percent ? 100 : max;
    if (value < min || value > hi) {
        problem(*map.find(key), join(path, key), QStringLiteral("%1 is out of range (allowed %2 to %3%4)")
                                                     .arg(*text).arg(min).arg(hi).arg(percent ? QStringLiteral("%") : QString()));
        return std::nullopt;
    }
    return std::make_pair(value, percent);
}

} // namespace shipdeck
