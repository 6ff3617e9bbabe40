#pragma once

#include <QAbstractScrollArea>
#include <QColor>
#include <QList>

namespace shipdeck {

class LogDocument;

// A virtualized view of a LogDocument: paints only the lines that are visible (one fixed
// line height, no per-line widgets or item model), so a log of millions of lines scrolls and
// filters smoothly while it streams. Columns: time (optional), source (pod/container, when
// the log merges several) and the text, with the filter's matches highlighted. Follows the
// end while the view is scrolled to the bottom; selecting lines (click, Shift+click,
// Ctrl+A) and Ctrl+C copy them.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);

    void setDocument(LogDocument *document);
    LogDocument *document() const { return m_document; }
    void setShowTimestamps(bool show);
    bool showTimestamps() const { return m_timestamps; }
    void setShowSources(bool show);
    // Keeps the last line in view as lines arrive (turned off by scrolling up).
    void setFollow(bool follow);
    bool follow() const { return m_follow; }
    void setSourceColors(const QList<QColor> &colors);

    int lineHeight() const { return m_lineHeight; }
    qsizetype firstVisibleRow() const;
    int visibleRows() const;
    // Text of the selected rows, one per line (what Ctrl+C copies).
    QString selectedText() const;
    qsizetype paintedLines() const { return m_painted; }

Q_SIGNALS:
    void followChanged(bool follow);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateMetrics();
    void updateScrollBar();
    void onRowsChanged();
    qsizetype rowAt(int y) const;

    LogDocument *m_document = nullptr;
    QList<QColor> m_sourceColors;
    int m_lineHeight = 16;
    int m_timeWidth = 0;
    int m_sourceWidth = 0;
    int m_charWidth = 8;
    qsizetype m_selFirst = -1;
    qsizetype m_selLast = -1;
    qsizetype m_painted = 0;
    bool m_timestamps = true;
    bool m_sources = false;
    bool m_follow = true;
    bool m_adjusting = false;
};

} // namespace shipdeck
