#include "ui/logs/logview.h"

#include "models/logs/logdocument.h"
#include "models/logs/logfilter.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

namespace shipdeck {

namespace {
QString timeText(qint64 timeUs)
{
    if (timeUs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}
} // namespace

LogView::LogView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("logView"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Log lines"));
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(3);
    horizontalScrollBar()->setRange(0, 0);
    updateMetrics();
}

void LogView::setDocument(LogDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_selFirst = m_selLast = -1;
    if (m_document) {
        connect(m_document, &LogDocument::rowsChanged, this, &LogView::onRowsChanged);
        connect(m_document, &LogDocument::reset, this, [this] {
            m_selFirst = m_selLast = -1;
            onRowsChanged();
        });
        connect(m_document, &LogDocument::trimmed, this, &LogView::onRowsChanged);
    }
    onRowsChanged();
}

void LogView::setShowTimestamps(bool show)
{
    m_timestamps = show;
    updateMetrics();
    viewport()->update();
}

void LogView::setShowSources(bool show)
{
    m_sources = show;
    updateMetrics();
    viewport()->update();
}

void LogView::setFollow(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    if (m_follow)
        updateScrollBar();
    Q_EMIT followChanged(m_follow);
}

void LogView::setSourceColors(const QList<QColor> &colors)
{
    m_sourceColors = colors;
    viewport()->update();
}

void LogView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_lineHeight = fm.height() + 2;
    m_charWidth = fm.horizontalAdvance(QLatin1Char('M'));
    m_timeWidth = m_timestamps ? fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 2 * m_charWidth : 0;
    int source = 0;
    if (m_sources && m_document) {
        for (const QString &name : m_document->sources())
            source = qMax(source, fm.horizontalAdvance(name));
        source = qMin(source, 40 * m_charWidth) + 2 * m_charWidth;
    }
    m_sourceWidth = source;
    updateScrollBar();
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    QAbstractScrollArea::changeEvent(event);
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

int LogView::visibleRows() const
{
    return qMax(1, viewport()->height() / m_lineHeight);
}

qsizetype LogView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

void LogView::updateScrollBar()
{
    const qsizetype rows = m_document ? m_document->rowCount() : 0;
    m_adjusting = true;
    QScrollBar *bar = verticalScrollBar();
    // Scroll positions are rows (an int holds 2 billion of them).
    bar->setRange(0, int(qMax<qsizetype>(0, rows - visibleRows())));
    bar->setPageStep(visibleRows());
    if (m_follow)
        bar->setValue(bar->maximum());
    m_adjusting = false;
}

void LogView::onRowsChanged()
{
    if (m_sources && m_document && m_sourceWidth == 0)
        updateMetrics();
    updateScrollBar();
    viewport()->update();
}

void LogView::scrollContentsBy(int, int)
{
    if (!m_adjusting) {
        const QScrollBar *bar = verticalScrollBar();
        setFollow(bar->value() >= bar->maximum());
    }
    viewport()->update();
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    m_painted = 0;
    if (!m_document)
        return;
    const qsizetype first = firstVisibleRow();
    const int count = visibleRows() + 1;
    const QList<KubeLogBuffer::Line> lines = m_document->lines(first, count);
    const QStringList sources = m_sources ? m_document->sources() : QStringList();
    const LogFilterSpec &spec = m_document->filter();
    const LogFilter highlighter(spec);
    const QFontMetrics fm(font());
    const int textX = 6 + m_timeWidth + m_sourceWidth;
    QColor highlight = pal.color(QPalette::Highlight);
    highlight.setAlpha(90);
    for (int i = 0; i < lines.size(); ++i) {
        const qsizetype row = first + i;
        const QRect rect(0, i * m_lineHeight, viewport()->width(), m_lineHeight);
        const int baseline = rect.top() + fm.ascent() + 1;
        if (m_selFirst >= 0 && row >= qMin(m_selFirst, m_selLast) && row <= qMax(m_selFirst, m_selLast))
            painter.fillRect(rect, pal.color(QPalette::Highlight).lighter(pal.color(QPalette::Base).lightness() > 128 ? 170 : 60));
        const KubeLogBuffer::Line &line = lines.at(i);
        if (m_timestamps) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(6, baseline, timeText(line.timeUs));
        }
        if (m_sources && line.source >= 0 && line.source < sources.size()) {
            const QColor color = m_sourceColors.isEmpty() ? pal.color(QPalette::Link)
                                                          : m_sourceColors.at(line.source % m_sourceColors.size());
            painter.setPen(color);
            painter.drawText(6 + m_timeWidth, baseline,
                             fm.elidedText(sources.at(line.source), Qt::ElideMiddle, m_sourceWidth - 2 * m_charWidth));
        }
        const QString text = QString::fromUtf8(line.text);
        if (!spec.text.isEmpty() && highlighter.isValid()) {
            for (const auto &[start, length] : highlighter.matchRanges(text)) {
                const int x = textX + fm.horizontalAdvance(text.left(start));
                painter.fillRect(QRect(x, rect.top(), fm.horizontalAdvance(text.mid(start, length)), m_lineHeight), highlight);
            }
        }
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(textX, baseline, text);
        ++m_painted;
    }
}

qsizetype LogView::rowAt(int y) const
{
    if (!m_document)
        return -1;
    const qsizetype row = firstVisibleRow() + y / m_lineHeight;
    return row < m_document->rowCount() ? row : -1;
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    const qsizetype row = rowAt(int(event->position().y()));
    if (row < 0)
        return;
    if ((event->modifiers() & Qt::ShiftModifier) && m_selFirst >= 0)
        m_selLast = row;
    else
        m_selFirst = m_selLast = row;
    viewport()->update();
}

QString LogView::selectedText() const
{
    if (!m_document || m_selFirst < 0)
        return {};
    const qsizetype first = qMin(m_selFirst, m_selLast);
    const qsizetype count = qMin<qsizetype>(qAbs(m_selLast - m_selFirst) + 1, 200'000);
    const QStringList sources = m_document->sources();
    QStringList out;
    for (const KubeLogBuffer::Line &line : m_document->lines(first, count)) {
        QString text;
        if (m_timestamps && line.timeUs > 0)
            text += timeText(line.timeUs) + QLatin1Char(' ');
        if (m_sources && line.source >= 0 && line.source < sources.size())
            text += sources.at(line.source) + QLatin1Char(' ');
        out.append(text + QString::fromUtf8(line.text));
    }
    return out.join(QLatin1Char('\n'));
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *bar = verticalScrollBar();
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectedText());
    } else if (event->matches(QKeySequence::SelectAll) && m_document && m_document->rowCount() > 0) {
        m_selFirst = 0;
        m_selLast = m_document->rowCount() - 1;
        viewport()->update();
    } else if (event->key() == Qt::Key_End || event->matches(QKeySequence::MoveToEndOfDocument)) {
        setFollow(true);
    } else if (event->key() == Qt::Key_Home || event->matches(QKeySequence::MoveToStartOfDocument)) {
        bar->setValue(0);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace shipdeck
