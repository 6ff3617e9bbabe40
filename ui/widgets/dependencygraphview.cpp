#include "ui/widgets/dependencygraphview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace shipdeck {

namespace {
constexpr double kNodeWidth = 170;
constexpr double kNodeHeight = 52;
constexpr double kColumnGap = 80;
constexpr double kRowGap = 22;
constexpr double kMargin = 16;
} // namespace

DependencyGraphView::DependencyGraphView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Dependency graph"));
    setMinimumHeight(120);
}

void DependencyGraphView::setGraph(const QList<Node> &nodes, const QList<Edge> &edges)
{
    m_nodes = nodes;
    m_edges = edges;
    layout();
    updateGeometry();
    update();
}

void DependencyGraphView::layout()
{
    m_layers.clear();
    m_rects.clear();
    QHash<QString, QStringList> deps; // node -> its dependencies
    for (const Edge &e : std::as_const(m_edges))
        deps[e.to].append(e.from);
    // Longest-path layering; a cycle is cut at the iteration cap (cycles are reported elsewhere).
    for (const Node &n : std::as_const(m_nodes))
        m_layers.insert(n.id, 0);
    for (int pass = 0; pass < m_nodes.size(); ++pass) {
        bool changed = false;
        for (const Node &n : std::as_const(m_nodes)) {
            int layer = 0;
            for (const QString &d : deps.value(n.id))
                layer = qMax(layer, m_layers.value(d, 0) + 1);
            if (layer != m_layers.value(n.id) && layer < m_nodes.size()) {
                m_layers[n.id] = layer;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    int layers = 0;
    for (int l : std::as_const(m_layers))
        layers = qMax(layers, l + 1);
    QList<QStringList> columns(layers);
    for (const Node &n : std::as_const(m_nodes))
        columns[m_layers.value(n.id)].append(n.id);
    // Barycentre ordering, a few sweeps left to right.
    QHash<QString, double> position;
    for (const QStringList &column : std::as_const(columns)) {
        for (int i = 0; i < column.size(); ++i)
            position[column[i]] = i;
    }
    for (int sweep = 0; sweep < 4; ++sweep) {
        for (int c = 1; c < columns.size(); ++c) {
            QHash<QString, double> bary;
            for (const QString &id : std::as_const(columns[c])) {
                const QStringList ds = deps.value(id);
                double sum = 0;
                int count = 0;
                for (const QString &d : ds) {
                    if (position.contains(d)) {
                        sum += position.value(d);
                        ++count;
                    }
                }
                bary[id] = count ? sum / count : position.value(id);
            }
            std::stable_sort(columns[c].begin(), columns[c].end(),
                             [&bary](const QString &a, const QString &b) { return bary[a] < bary[b]; });
            for (int i = 0; i < columns[c].size(); ++i)
                position[columns[c][i]] = i;
        }
    }
    int tallest = 0;
    for (const QStringList &column : std::as_const(columns))
        tallest = qMax(tallest, int(column.size()));
    const double totalHeight = tallest * (kNodeHeight + kRowGap) - kRowGap;
    for (int c = 0; c < columns.size(); ++c) {
        const double columnHeight = columns[c].size() * (kNodeHeight + kRowGap) - kRowGap;
        const double top = kMargin + (totalHeight - columnHeight) / 2;
        for (int i = 0; i < columns[c].size(); ++i) {
            m_rects.insert(columns[c][i], QRectF(kMargin + c * (kNodeWidth + kColumnGap),
                                                 top + i * (kNodeHeight + kRowGap), kNodeWidth, kNodeHeight));
        }
    }
    // No nodes: no columns, and no gap to take away either.
    m_extent = QSize(int(2 * kMargin + qMax(0.0, layers * (kNodeWidth + kColumnGap) - kColumnGap)),
                     int(2 * kMargin + qMax(0.0, totalHeight)));
    setMinimumSize(m_extent);
}

QSize DependencyGraphView::sizeHint() const
{
    return m_extent.isValid() ? m_extent : QSize(300, 150);
}

void DependencyGraphView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QColor border = palette().color(QPalette::Mid);
    if (m_nodes.isEmpty()) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter, tr("No components registered"));
        return;
    }
    // Edges under the nodes.
    for (const Edge &e : std::as_const(m_edges)) {
        if (!m_rects.contains(e.from) || !m_rects.contains(e.to))
            continue;
        const QRectF a = m_rects.value(e.from), b = m_rects.value(e.to);
        const bool backwards = b.left() <= a.left(); // only in a cycle
        const QPointF start(a.right(), a.center().y());
        const QPointF end(b.left(), b.center().y());
        QPainterPath path(start);
        const double dx = qMax(40.0, std::abs(end.x() - start.x()) / 2);
        path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
        p.setPen(QPen(backwards ? QColor(Qt::red) : muted, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        QPolygonF head({end, end + QPointF(-8, -4), end + QPointF(-8, 4)});
        p.setBrush(backwards ? QColor(Qt::red) : muted);
        p.drawPolygon(head);
    }
    for (const Node &n : std::as_const(m_nodes)) {
        const QRectF r = m_rects.value(n.id);
        const bool selected = n.id == m_selected;
        p.setPen(QPen(selected ? palette().color(QPalette::Highlight) : border, selected ? 2 : 1));
        p.setBrush(palette().color(QPalette::Base));
        p.drawRoundedRect(r, 6, 6);
        if (n.status.isValid()) {
            p.setPen(Qt::NoPen);
            p.setBrush(n.status);
            p.drawEllipse(QPointF(r.left() + 12, r.top() + 16), 5, 5);
        }
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(text);
        const QRectF title(r.left() + 22, r.top() + 6, r.width() - 28, 20);
        p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(bold).elidedText(n.label, Qt::ElideRight, int(title.width())));
        p.setFont(font());
        p.setPen(muted);
        const QRectF sub(r.left() + 10, r.top() + 28, r.width() - 16, 18);
        p.drawText(sub, Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(n.subtitle, Qt::ElideRight, int(sub.width())));
    }
}

QString DependencyGraphView::nodeAt(const QPointF &pos) const
{
    for (auto it = m_rects.cbegin(); it != m_rects.cend(); ++it) {
        if (it.value().contains(pos))
            return it.key();
    }
    return {};
}

void DependencyGraphView::setSelectedNode(const QString &id)
{
    m_selected = id;
    update();
}

void DependencyGraphView::mousePressEvent(QMouseEvent *event)
{
    const QString id = nodeAt(event->position());
    if (!id.isEmpty()) {
        setSelectedNode(id);
        Q_EMIT nodeActivated(id);
    }
    QWidget::mousePressEvent(event);
}

void DependencyGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    mousePressEvent(event);
}

void DependencyGraphView::keyPressEvent(QKeyEvent *event)
{
    // Arrow keys move the selection through the nodes in reading order.
    if (m_nodes.isEmpty())
        return QWidget::keyPressEvent(event);
    QStringList order;
    for (const Node &n : std::as_const(m_nodes))
        order << n.id;
    std::sort(order.begin(), order.end(), [this](const QString &a, const QString &b) {
        const QRectF ra = m_rects.value(a), rb = m_rects.value(b);
        return ra.left() < rb.left() || (ra.left() == rb.left() && ra.top() < rb.top());
    });
    int index = int(order.indexOf(m_selected));
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Down)
        index = qMin(int(order.size()) - 1, index + 1);
    else if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Up)
        index = qMax(0, index - 1);
    else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (!m_selected.isEmpty())
            Q_EMIT nodeActivated(m_selected);
        return;
    } else
        return QWidget::keyPressEvent(event);
    setSelectedNode(order.value(qMax(0, index)));
    Q_EMIT nodeActivated(m_selected);
}

} // namespace shipdeck
