#include "backend/observe/downsampler.h"

#include <algorithm>
#include <cmath>

namespace shipdeck::Downsampler {

QPair<qsizetype, qsizetype> visibleRange(const QList<QPointF> &points, double xFrom, double xTo)
{
    auto lower = std::lower_bound(points.begin(), points.end(), xFrom,
                                  [](const QPointF &p, double x) { return p.x() < x; });
    auto upper = std::upper_bound(points.begin(), points.end(), xTo,
                                  [](double x, const QPointF &p) { return x < p.x(); });
    qsizetype first = std::distance(points.begin(), lower);
    qsizetype last = std::distance(points.begin(), upper);
    first = std::max<qsizetype>(0, first - 1);
    last = std::min<qsizetype>(points.size(), last + 1);
    return {first, last};
}

QList<QPointF> minMaxPerBucket(const QList<QPointF> &points, double xFrom, double xTo, int buckets)
{
    QList<QPointF> out;
    if (points.isEmpty() || buckets <= 0 || xTo <= xFrom)
        return out;
    const auto [first, last] = visibleRange(points, xFrom, xTo);
    if (last - first <= qsizetype(buckets) * 2) {
        out = points.mid(first, last - first);
        return out;
    }
    out.reserve(buckets * 2 + 4);
    const double width = (xTo - xFrom) / buckets;
    // The points left and right of the window keep the line running to the edges.
    if (points[first].x() < xFrom)
        out.append(points[first]);
    qsizetype i = points[first].x() < xFrom ? first + 1 : first;
    const qsizetype end = (last > first && points[last - 1].x() > xTo) ? last - 1 : last;
    for (int bucket = 0; bucket < buckets && i < end; ++bucket) {
        // Bucket boundary by comparison, not division: one pass, no per-point floor().
        // Half-open buckets [start, end); the last one also takes x == xTo.
        const bool lastBucket = bucket + 1 == buckets;
        const double bucketEnd = xFrom + width * (bucket + 1);
        if (!lastBucket && points[i].x() >= bucketEnd)
            continue;
        qsizetype minIndex = i, maxIndex = i;
        double minY = points[i].y(), maxY = minY;
        for (++i; i < end && (lastBucket || points[i].x() < bucketEnd); ++i) {
            const double y = points[i].y();
            if (y < minY) {
                minY = y;
                minIndex = i;
            } else if (y > maxY) {
                maxY = y;
                maxIndex = i;
            }
        }
        // Minimum and maximum of the bucket, in x order: every column is drawn from its lowest
        // to its highest value, so spikes and dips survive.
        if (minIndex == maxIndex) {
            out.append(points[minIndex]);
        } else if (minIndex < maxIndex) {
            out.append(points[minIndex]);
            out.append(points[maxIndex]);
        } else {
            out.append(points[maxIndex]);
            out.append(points[minIndex]);
        }
    }
    if (end < last)
        out.append(points[end]);
    return out;
}

QList<QPointF> lttb(const QList<QPointF> &points, int threshold)
{
    const qsizetype n = points.size();
    if (threshold >= n || threshold < 3)
        return points;
    QList<QPointF> out;
    out.reserve(threshold);
    const double every = double(n - 2) / (threshold - 2);
    qsizetype a = 0;
    out.append(points[0]);
    for (int bucket = 0; bucket < threshold - 2; ++bucket) {
        // Average of the next bucket.
        qsizetype avgStart = qsizetype(std::floor((bucket + 1) * every)) + 1;
        qsizetype avgEnd = std::min<qsizetype>(qsizetype(std::floor((bucket + 2) * every)) + 1, n);
        double avgX = 0, avgY = 0;
        const qsizetype avgLength = std::max<qsizetype>(1, avgEnd - avgStart);
        for (qsizetype j = avgStart; j < avgEnd; ++j) {
            avgX += points[j].x();
            avgY += points[j].y();
        }
        avgX /= avgLength;
        avgY /= avgLength;
        // The point of this bucket forming the largest triangle with a and the average.
        const qsizetype rangeStart = qsizetype(std::floor(bucket * every)) + 1;
        const qsizetype rangeEnd = qsizetype(std::floor((bucket + 1) * every)) + 1;
        const QPointF pa = points[a];
        double maxArea = -1;
        qsizetype chosen = rangeStart;
        for (qsizetype j = rangeStart; j < rangeEnd && j < n; ++j) {
            const double area = std::abs((pa.x() - avgX) * (points[j].y() - pa.y())
                                         - (pa.x() - points[j].x()) * (avgY - pa.y()));
            if (area > maxArea) {
                maxArea = area;
                chosen = j;
            }
        }
        out.append(points[chosen]);
        a = chosen;
    }
    out.append(points[n - 1]);
    return out;
}

} // namespace shipdeck::Downsampler
