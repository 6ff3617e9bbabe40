#pragma once

#include "backend/core/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace shipdeck {

struct PromSample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
    qint64 timestampMs = 0;
    bool hasTimestamp = false;
};

struct PromFamily
{
    QString name;
    QString type = QStringLiteral("untyped"); // counter | gauge | histogram | summary | untyped
    QString help;
};

struct PromScrape
{
    QList<PromSample> samples;
    QHash<QString, PromFamily> families;
};

// Parser for the Prometheus text exposition format 0.0.4 (what /metrics endpoints serve):
// comments, HELP and TYPE lines, samples with escaped label values, +Inf/-Inf/NaN and
// optional timestamps. A malformed line is an error naming the line and what is wrong; a
// scrape is taken whole or not at all.
namespace PrometheusText {
Result<PromScrape> parse(const QByteArray &text, const QString &sourceName);
}

} // namespace shipdeck
