#pragma once

#include "backend/core/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace shipdeck {

class BackendCore;

// A backend module's service (rollouts, config, secrets, kube …). Services register a factory
// with SD_REGISTER_BACKEND_SERVICE; BackendCore creates them, in order of `order`, when a
// workspace opens (after the store and the engine are ready) and closes them in reverse order.
// They live on the backend thread. Others reach a service with core.service<T>().
class BackendService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~BackendService() override = default;

    virtual QString name() const = 0;
    // Opens the service on the workspace; register workflows with core.engine() here.
    virtual Result<void> open(BackendCore &core) = 0;
    // Stops timers, processes and connections; called before the workspace closes.
    virtual void close() {}
    // Adds this module's demo content to a new demo workspace (optional).
    virtual QFuture<Result<QJsonObject>> seedDemo(BackendCore &core);
};

namespace BackendServices {
using Factory = std::function<std::unique_ptr<BackendService>()>;
bool add(int order, Factory factory);
// Factories sorted by order.
QList<Factory> factories();
} // namespace BackendServices

} // namespace shipdeck

#define SD_REGISTER_BACKEND_SERVICE(Class, order)                                    \
    static const bool sdBackendService_##Class = ::shipdeck::BackendServices::add(  \
        order, [] { return std::unique_ptr<::shipdeck::BackendService>(new Class); })
