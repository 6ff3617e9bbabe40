#include "ui/shell/themeicons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace shipdeck {

namespace {
QByteArray svgSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
        QByteArray data;
        if (file.open(QIODevice::ReadOnly))
            data = file.readAll();
        else
            qWarning("missing icon %s", qPrintable(name));
        it = cache.insert(name, data);
    }
    return it.value();
}

class ThemedSvgEngine final : public QIconEngine
{
public:
    ThemedSvgEngine(QString name, QColor fixed) : m_name(std::move(name)), m_fixed(std::move(fixed)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(colouredSource(mode));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QSize device = size * scale;
        const QString key = QStringLiteral("sdicon:%1:%2:%3x%4:%5").arg(m_name).arg(int(mode))
                                .arg(device.width()).arg(device.height()).arg(colour(mode).name(QColor::HexArgb));
        QPixmap pm;
        if (!QPixmapCache::find(key, &pm)) {
            pm = QPixmap(device);
            pm.fill(Qt::transparent);
            QPainter painter(&pm);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, QRect(QPoint(), device), mode, state);
            painter.end();
            QPixmapCache::insert(key, pm);
        }
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QIconEngine *clone() const override { return new ThemedSvgEngine(m_name, m_fixed); }
    QString key() const override { return QStringLiteral("shipdeck-themed-svg"); }
    QString iconName() override { return m_name; }

private:
    QColor colour(QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        if (mode == QIcon::Disabled)
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        if (m_fixed.isValid())
            return m_fixed;
        if (mode == QIcon::Selected)
            return palette.color(QPalette::HighlightedText);
        return palette.color(QPalette::WindowText);
    }

    QByteArray colouredSource(QIcon::Mode mode) const
    {
        QByteArray source = svgSource(m_name);
        source.replace("currentColor", colour(mode).name(QColor::HexRgb).toLatin1());
        return source;
    }

    QString m_name;
    QColor m_fixed;
};
} // namespace

namespace ThemeIcons {

QIcon icon(const QString &name)
{
    return QIcon(new ThemedSvgEngine(name, QColor()));
}

QIcon icon(const QString &name, const QColor &color)
{
    return QIcon(new ThemedSvgEngine(name, color));
}

} // namespace ThemeIcons
} // namespace shipdeck
