#pragma once

#include <QList>
#include <QPointF>

namespace shipdeck {

// Reduces a time series to what a chart of a given width can show, keeping its shape.
// Input points must be sorted by x.
namespace Downsampler {

// Per pixel column: the minimum and maximum point (in x order), so spikes and dips survive
// and every column of the drawn polyline spans the data's range there. At most 2 * buckets
// points (+ the neighbours just outside the range). O(n), no allocation beyond the output.
QList<QPointF> minMaxPerBucket(const QList<QPointF> &points, double xFrom, double xTo, int buckets);

// Largest-Triangle-Three-Buckets (Steinarsson 2013): `threshold` points that keep the visual
// shape; better for smooth lines, slower than min/max. O(n).
QList<QPointF> lttb(const QList<QPointF> &points, int threshold);

// The index range of points with x in [xFrom, xTo] plus one point on each side (binary search).
QPair<qsizetype, qsizetype> visibleRange(const QList<QPointF> &points, double xFrom, double xTo);

} // namespace Downsampler
} // namespace shipdeck
