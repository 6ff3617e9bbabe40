#include "ui/shell/page.h"

#include <algorithm>

namespace shipdeck::PageRegistry {

namespace {
struct Entry
{
    int order;
    Factory factory;
};
QList<Entry> &entries()
{
    static QList<Entry> list;
    return list;
}
} // namespace

bool add(int order, Factory factory)
{
    entries().append({order, std::move(factory)});
    return true;
}

QList<Factory> factories()
{
    QList<Entry> sorted = entries();
    std::stable_sort(sorted.begin(), sorted.end(), [](const Entry &a, const Entry &b) { return a.order < b.order; });
    QList<Factory> out;
    for (const auto &e : sorted)
        out.append(e.factory);
    return out;
}

} // namespace shipdeck::PageRegistry
