#pragma once

#include <QColor>

namespace shipdeck {

// The theme's status colours, handed to models that decorate cells with them (the models do
// not know the theme). Invalid colours mean: no decoration.
struct StatusColors
{
    QColor good;    // ready, healthy
    QColor warning; // degraded, starting
    QColor bad;     // unavailable, failing
    QColor neutral; // not running, supervisor notes
};

} // namespace shipdeck
