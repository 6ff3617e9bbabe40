#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>

namespace shipdeck {

// Light and dark themes on the Fusion style, following the system or chosen by the user
// (stored in QSettings under appearance/theme). Also the semantic colours that carry meaning
// (status), so custom painting and charts match the theme.
class ThemeManager : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    struct Colors
    {
        QColor success;
        QColor warning;
        QColor danger;
        QColor info;
        QColor muted;
        QColor accent;
        QColor surface;   // cards and tiles
        QColor border;
        QColor sidebar;
        QColor canary;    // chart series: the version under test
        QColor baseline;  // chart series: the version it is compared with
    };

    explicit ThemeManager(QObject *parent = nullptr);
    ~ThemeManager() override;
    // The application's theme manager (the most recently created one), or nullptr.
    static ThemeManager *instance();

    Mode mode() const { return m_mode; }
    void setMode(Mode mode); // applies and stores
    bool isDark() const { return m_dark; }
    const Colors &colors() const { return m_colors; }
    void apply();

    static QString modeName(Mode mode);
    static Mode modeFromName(const QString &name);

Q_SIGNALS:
    void themeChanged();

private:
    bool systemPrefersDark() const;

    Mode m_mode = Mode::System;
    bool m_dark = false;
    Colors m_colors;
    QPalette m_systemPalette;
};

} // namespace shipdeck
