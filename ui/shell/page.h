#pragma once

#include "ui/shell/uicontext.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

namespace shipdeck {

// One page of the main window (Overview, Jobs, Rollouts …). Pages register a factory with
// SD_REGISTER_PAGE; the main window lists them in the sidebar in `order`.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(const UiContext &context, QWidget *parent = nullptr) : QWidget(parent), m_context(context) {}

    virtual QString pageId() const = 0;   // stable, for settings and --page
    virtual QString title() const = 0;    // translated
    virtual QString iconName() const = 0; // an icon under :/icons
    // Called when the page becomes visible (refresh what is stale).
    virtual void activated() {}
    // Shows one item of the page (a rollout, a job …), e.g. from a notification or a link.
    virtual void openItem(const QString &itemId) { Q_UNUSED(itemId) }
    int badge() const { return m_badge; }

Q_SIGNALS:
    // A count the sidebar shows next to the title (e.g. approvals waiting); 0 hides it.
    void badgeChanged(int count);
    // Asks the main window to show another page (e.g. a click on an Overview tile).
    void navigateRequested(const QString &pageId, const QString &item);

protected:
    void setBadge(int count)
    {
        if (count != m_badge) {
            m_badge = count;
            Q_EMIT badgeChanged(count);
        }
    }
    const UiContext &context() const { return m_context; }

private:
    UiContext m_context;
    int m_badge = 0;
};

namespace PageRegistry {
using Factory = std::function<Page *(const UiContext &)>;
bool add(int order, Factory factory);
QList<Factory> factories();
} // namespace PageRegistry

} // namespace shipdeck

#define SD_REGISTER_PAGE(Class, order)                                                           \
    static const bool sdPage_##Class = ::shipdeck::PageRegistry::add(                            \
        order, [](const ::shipdeck::UiContext &context) -> ::shipdeck::Page * { return new Class(context); })
