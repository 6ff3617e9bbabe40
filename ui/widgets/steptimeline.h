#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace shipdeck {

// A horizontal timeline of steps: done (filled), current (ring), pending (hollow), failed
// (cross) and skipped, each with a label under it and a detail line (duration or what it waits
// on). Wraps onto several rows when the steps do not fit.
class StepTimeline : public QWidget
{
    Q_OBJECT
public:
    enum class StepState { Pending, Current, Done, Failed, Skipped };
    struct Step
    {
        QString label;   // "10 %", "pause 5m", "analysis", "approval"
        QString detail;  // "2m 10s", "waiting for approval (1 of 2)"
        StepState state = StepState::Pending;
        QString toolTip;
    };

    explicit StepTimeline(QWidget *parent = nullptr);

    void setSteps(const QList<Step> &steps);
    const QList<Step> &steps() const { return m_steps; }
    int currentIndex() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int columnWidth() const;
    int rowHeight() const;
    QRect stepRect(int index, int width) const;

    QList<Step> m_steps;
};

} // namespace shipdeck
