#include "backend/observe/downsampler.h"
#include "testsupport.h"

#include <QRandomGenerator>

#include <cmath>

using namespace shipdeck;

namespace {
QList<QPointF> noisySeries(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QPointF> points;
    points.reserve(n);
    for (int i = 0; i < n; ++i)
        points.append(QPointF(i, std::sin(i / 5000.0) * 10 + rng.generateDouble()));
    return points;
}
} // namespace

class tst_Downsampler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minMaxKeepsEveryBucketsExtremes()
    {
        QList<QPointF> points = noisySeries(100'000, 1);
        points[54'321].setY(1000);  // a spike
        points[77'777].setY(-1000); // a dip
        const int buckets = 500;
        const QList<QPointF> out = Downsampler::minMaxPerBucket(points, 0, 100'000, buckets);
        QVERIFY(out.size() <= buckets * 2 + 2);
        QVERIFY(out.size() >= buckets);
        QVERIFY(std::any_of(out.begin(), out.end(), [](const QPointF &p) { return p.y() == 1000; }));
        QVERIFY(std::any_of(out.begin(), out.end(), [](const QPointF &p) { return p.y() == -1000; }));
        QVERIFY(std::is_sorted(out.begin(), out.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        // Per bucket, the drawn min and max equal the data's min and max.
        const double width = 100'000.0 / buckets;
        for (int b = 0; b < buckets; b += 37) {
            double dataMin = 1e9, dataMax = -1e9, outMin = 1e9, outMax = -1e9;
            for (const auto &p : points) {
                if (int(std::floor(p.x() / width)) == b) {
                    dataMin = qMin(dataMin, p.y());
                    dataMax = qMax(dataMax, p.y());
                }
            }
            for (const auto &p : out) {
                if (int(std::floor(p.x() / width)) == b) {
                    outMin = qMin(outMin, p.y());
                    outMax = qMax(outMax, p.y());
                }
            }
            QCOMPARE(outMin, dataMin);
            QCOMPARE(outMax, dataMax);
        }
    }

    void smallInputsPassThrough()
    {
        const QList<QPointF> points{{0, 1}, {1, 2}, {2, 3}};
        QCOMPARE(Downsampler::minMaxPerBucket(points, 0, 2, 100), points);
        QVERIFY(Downsampler::minMaxPerBucket({}, 0, 1, 10).isEmpty());
        QVERIFY(Downsampler::minMaxPerBucket(points, 5, 1, 10).isEmpty());
    }

    void visibleRangeIncludesNeighbours()
    {
        QList<QPointF> points;
        for (int i = 0; i < 100; ++i)
            points.append(QPointF(i * 10, i));
        const auto [first, last] = Downsampler::visibleRange(points, 205, 395);
        QCOMPARE(first, 20); // x=200, the neighbour left of the window
        QCOMPARE(last, 41);  // one past x=400
    }

    void lttbKeepsShape()
    {
        QList<QPointF> points = noisySeries(50'000, 2);
        points[10'000].setY(500);
        const QList<QPointF> out = Downsampler::lttb(points, 1000);
        QCOMPARE(out.size(), 1000);
        QCOMPARE(out.first(), points.first());
        QCOMPARE(out.last(), points.last());
        QVERIFY(std::any_of(out.begin(), out.end(), [](const QPointF &p) { return p.y() == 500; }));
        QCOMPARE(Downsampler::lttb(points.mid(0, 10), 100).size(), 10);
    }
};

QTEST_GUILESS_MAIN(tst_Downsampler)
#include "tst_downsampler.moc"
