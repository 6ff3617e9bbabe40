#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace shipdeck {

// Draws a dependency graph left to right: each node in the column after everything it depends
// on (longest path), nodes ordered within a column to reduce crossings (barycentre), edges as
// curves with arrowheads from a dependency to its dependent. A node's colour carries its health.
class DependencyGraphView : public QWidget
{
    Q_OBJECT
public:
    struct Node
    {
        QString id;
        QString label;
        QString subtitle; // "v1.4.2 · 2/2 ready"
        QColor status;    // invalid = neutral
    };
    struct Edge
    {
        QString from; // the dependency
        QString to;   // the component that depends on it
    };

    explicit DependencyGraphView(QWidget *parent = nullptr);

    void setGraph(const QList<Node> &nodes, const QList<Edge> &edges);
    QRectF nodeRect(const QString &id) const { return m_rects.value(id); }
    int layerOf(const QString &id) const { return m_layers.value(id, -1); }
    QString selectedNode() const { return m_selected; }
    void setSelectedNode(const QString &id);

    QSize sizeHint() const override;

Q_SIGNALS:
    void nodeActivated(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void layout();
    QString nodeAt(const QPointF &pos) const;

    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QHash<QString, int> m_layers;
    QHash<QString, QRectF> m_rects;
    QSize m_extent;
    QString m_selected;
};

} // namespace shipdeck
