#pragma once

namespace shipdeck {

class ActionRegistry;
class Backend;
class NotificationCenter;
class ThemeManager;

// What every page and shell part may use. Owned by the main window; outlives the pages.
struct UiContext
{
    Backend *backend = nullptr;        // Not owned.
    ActionRegistry *actions = nullptr; // Not owned.
    ThemeManager *theme = nullptr;     // Not owned.
    NotificationCenter *notifications = nullptr; // Not owned.
};

} // namespace shipdeck
