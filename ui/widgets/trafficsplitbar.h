#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace shipdeck {

// How traffic is split between versions: a thick bar of the desired weights and a thin bar of
// the measured ones under it, with a caption ("canary v1.5.0 10 % (actual 9.8 %) · stable 90 %").
class TrafficSplitBar : public QWidget
{
    Q_OBJECT
public:
    struct Segment
    {
        QString label;         // "canary v1.5.0"
        double desired = 0;    // percent
        double actual = -1;    // percent, -1 = not measured
        QColor color;
    };

    explicit TrafficSplitBar(QWidget *parent = nullptr);
    void setSegments(const QList<Segment> &segments);
    const QList<Segment> &segments() const { return m_segments; }
    QString caption() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Segment> m_segments;
};

} // namespace shipdeck
