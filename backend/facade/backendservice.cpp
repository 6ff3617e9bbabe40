#include "backend/facade/backendservice.h"

#include <QMutex>

#include <algorithm>

namespace shipdeck {

QFuture<Result<QJsonObject>> BackendService::seedDemo(BackendCore &)
{
    return QtFuture::makeReadyFuture(Result<QJsonObject>(QJsonObject{}));
}

namespace BackendServices {

namespace {
struct Entry
{
    int order;
    Factory factory;
};
QMutex &mutex()
{
    static QMutex m;
    return m;
}
QList<Entry> &entries()
{
    static QList<Entry> list;
    return list;
}
} // namespace

bool add(int order, Factory factory)
{
    QMutexLocker lock(&mutex());
    entries().append({order, std::move(factory)});
    return true;
}

QList<Factory> factories()
{
    QMutexLocker lock(&mutex());
    QList<Entry> sorted = entries();
    std::stable_sort(sorted.begin(), sorted.end(), [](const Entry &a, const Entry &b) { return a.order < b.order; });
    QList<Factory> out;
    for (const auto &e : sorted)
        out.append(e.factory);
    return out;
}

} // namespace BackendServices
} // namespace shipdeck
