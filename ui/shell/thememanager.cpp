#include "ui/shell/thememanager.h"

#include <QApplication>
#include <QPixmapCache>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace shipdeck {

namespace {
QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x09, 0x69, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x77, 0x81));
    p.setColor(QPalette::Link, QColor(0x09, 0x69, 0xda));
    p.setColor(QPalette::Mid, QColor(0xd0, 0xd7, 0xde));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8c, 0x95, 0x9f));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x16, 0x1b, 0x22));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::Base, QColor(0x0d, 0x11, 0x17));
    p.setColor(QPalette::AlternateBase, QColor(0x16, 0x1b, 0x22));
    p.setColor(QPalette::Text, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::Button, QColor(0x21, 0x26, 0x2d));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x36, 0x3d));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x94, 0x9e));
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::Mid, QColor(0x30, 0x36, 0x3d));
    p.setColor(QPalette::Light, QColor(0x30, 0x36, 0x3d));
    p.setColor(QPalette::Dark, QColor(0x01, 0x04, 0x09));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x76, 0x81));
    return p;
}

QString styleSheet(const ThemeManager::Colors &c, const QPalette &p)
{
    return QStringLiteral(
        "QListView#navigation { background: %1; border: none; border-right: 1px solid %2; outline: 0; }"
        "QFrame#card { background: %3; border: 1px solid %2; border-radius: 6px; }"
        "QLabel#pageTitle { font-size: 17pt; font-weight: 600; }"
        "QLabel#sectionTitle { font-size: 11pt; font-weight: 600; }"
        "QLabel#muted { color: %4; }"
        "QLabel#tileValue { font-size: 20pt; font-weight: 600; }"
        "QLabel#tileTitle { color: %4; }"
        "QFrame#banner { border-radius: 6px; padding: 6px; }"
        "QTableView, QTreeView { gridline-color: %2; selection-background-color: %5; }"
        "QHeaderView::section { padding: 4px 6px; border: none; border-bottom: 1px solid %2;"
        " background: %3; font-weight: 600; }"
        "QStatusBar { border-top: 1px solid %2; }"
        "QLineEdit#paletteInput { font-size: 13pt; padding: 8px; border: none; border-bottom: 1px solid %2; }"
        "QFrame#palette { background: %3; border: 1px solid %2; border-radius: 8px; }")
        .arg(c.sidebar.name(), c.border.name(), c.surface.name(), c.muted.name(),
             p.color(QPalette::Highlight).name());
}
} // namespace

namespace {
ThemeManager *g_instance = nullptr;
}

ThemeManager *ThemeManager::instance()
{
    return g_instance;
}

ThemeManager::~ThemeManager()
{
    if (g_instance == this)
        g_instance = nullptr;
}

ThemeManager::ThemeManager(QObject *parent) : QObject(parent)
{
    g_instance = this;
    m_systemPalette = QApplication::palette();
    QSettings settings;
    m_mode = modeFromName(settings.value(QStringLiteral("appearance/theme"), QStringLiteral("system")).toString());
    const QString forced = qEnvironmentVariable("SHIPDECK_THEME");
    if (!forced.isEmpty())
        m_mode = modeFromName(forced);
}

QString ThemeManager::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System: return QStringLiteral("system");
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    }
    return {};
}

ThemeManager::Mode ThemeManager::modeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

bool ThemeManager::systemPrefersDark() const
{
    // Qt 6.4 has no colour-scheme hint: read the platform palette, then the GTK theme name.
    if (qEnvironmentVariable("GTK_THEME").contains(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    return m_systemPalette.color(QPalette::Window).lightness() < 128;
}

void ThemeManager::setMode(Mode mode)
{
    m_mode = mode;
    QSettings().setValue(QStringLiteral("appearance/theme"), modeName(mode));
    apply();
}

void ThemeManager::apply()
{
    m_dark = m_mode == Mode::Dark || (m_mode == Mode::System && systemPrefersDark());
    if (m_dark) {
        m_colors = {QColor(0x3f, 0xb9, 0x50), QColor(0xd2, 0x99, 0x22), QColor(0xf8, 0x51, 0x49),
                    QColor(0x58, 0xa6, 0xff), QColor(0x8b, 0x94, 0x9e), QColor(0x58, 0xa6, 0xff),
                    QColor(0x1c, 0x21, 0x28), QColor(0x30, 0x36, 0x3d), QColor(0x0d, 0x11, 0x17),
                    QColor(0xf0, 0x88, 0x3e), QColor(0x58, 0xa6, 0xff)};
    } else {
        m_colors = {QColor(0x1a, 0x7f, 0x37), QColor(0x9a, 0x67, 0x00), QColor(0xcf, 0x22, 0x2e),
                    QColor(0x09, 0x69, 0xda), QColor(0x59, 0x63, 0x6e), QColor(0x09, 0x69, 0xda),
                    Qt::white, QColor(0xd0, 0xd7, 0xde), QColor(0xee, 0xf1, 0xf4),
                    QColor(0xbc, 0x4c, 0x00), QColor(0x09, 0x69, 0xda)};
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette palette = m_dark ? darkPalette() : lightPalette();
    QApplication::setPalette(palette);
    qApp->setStyleSheet(styleSheet(m_colors, palette));
    QPixmapCache::clear();
    Q_EMIT themeChanged();
}

} // namespace shipdeck
