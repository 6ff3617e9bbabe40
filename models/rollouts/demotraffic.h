#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace shipdeck {

class Backend;
class LocalProviderClient;

// The demo's live traffic: starts the demo storefront's stable version (with its dependencies)
// on the local provider, waits until every instance is ready, then sends it a steady load so
// that canaries have requests to be judged on. Stops with the workspace.
class DemoTraffic : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Failed };

    explicit DemoTraffic(Backend *backend, QObject *parent = nullptr);
    ~DemoTraffic() override;

    void start(const QString &component = QStringLiteral("storefront"), double ratePerSecond = 100);
    void stop();
    State state() const { return m_state; }
    const QString &detail() const { return m_detail; }
    const QString &endpoint() const { return m_endpoint; }

Q_SIGNALS:
    void stateChanged(shipdeck::DemoTraffic::State state);

private:
    void setState(State state, const QString &detail);
    void poll();

    QPointer<Backend> m_backend;
    LocalProviderClient *m_provider;
    QTimer *m_poll;
    QString m_component;
    QString m_endpoint;
    QString m_loadId;
    double m_rate = 100;
    int m_polls = 0;
    State m_state = State::Stopped;
    QString m_detail;
};

} // namespace shipdeck
