#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace shipdeck {

// Icons from the SVG files under :/icons, drawn in the current theme's text colour (the SVGs
// use "currentColor"), sharp at any device pixel ratio. Disabled icons are drawn muted.
namespace ThemeIcons {
QIcon icon(const QString &name);
// An icon in a fixed colour (status icons).
QIcon icon(const QString &name, const QColor &color);
} // namespace ThemeIcons

} // namespace shipdeck
