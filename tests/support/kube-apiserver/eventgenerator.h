#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

class QTimer;

namespace shipdeck::kubetest {

struct ServerContext;

// Modifies pods of a namespace at a steady rate, so that watches see N MODIFIED events per
// second — the load of the 1,000 events/s benchmark. Mode Annotate changes an annotation
// (test.shipdeck.io/tick), which no pod table shows; mode Restarts bumps the first container's
// restartCount through the status subresource, a change every pod list shows (Restarts column).
class EventGenerator : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Annotate, Restarts };

    explicit EventGenerator(ServerContext &context, QObject *parent = nullptr);

    void start(const QString &ns, int perSecond, Mode mode = Mode::Annotate);
    Mode mode() const { return m_mode; }
    void stop();
    bool isRunning() const;
    QString ns() const { return m_ns; }
    int rate() const { return m_rate; }
    quint64 emitted() const { return m_emitted; }

private:
    void tick();

    ServerContext &m_ctx;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    QString m_ns;
    int m_rate = 0;
    Mode m_mode = Mode::Annotate;
    quint64 m_emitted = 0;
    quint64 m_startEmitted = 0;
    QStringList m_names;
    qsizetype m_next = 0;
};

} // namespace shipdeck::kubetest
