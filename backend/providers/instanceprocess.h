#pragma once

#include "backend/components/componentdefinition.h"
#include "backend/core/retrypolicy.h"
#include "backend/providers/instancelog.h"
#include "backend/providers/provider.h"

#include <QMap>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace shipdeck {

class HealthProber;

// One supervised instance of a component version: a child process on an ephemeral 127.0.0.1
// port with its arguments and environment expanded ({port}, {version}, {component}, {instance}),
// its output captured, its readiness probed, restarted with exponential backoff when it exits
// unasked (each restart on a freshly chosen port), and stopped gracefully (SIGTERM, then SIGKILL
// after the grace period).
class InstanceProcess : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        InstanceLogLimits logLimits;
        QString id;         // "storefront-1.5.0-2"
        QString component;
        QString version;
        int index = 0;
        QString program;    // resolved, executable
        QStringList args;   // templates
        QMap<QString, QString> env; // templates
        HealthCheck check;
        RetryPolicy restartPolicy{1'000'000, 200, 30'000, 2.0, 0.2};
        int stableAfterMs = 30'000; // a run this long resets the backoff
        int graceMs = 5'000;
        QString logPath;    // empty = no file
    };

    InstanceProcess(Spec spec, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~InstanceProcess() override;

    void start();
    // Graceful stop; emits stopped() when the process has ended (at once if not running).
    void stop();
    // Stops the process gracefully and starts it again on a fresh port (an operator's restart:
    // not counted in restarts, which count unasked exits).
    void restart();
    // Blocks up to graceMs for a graceful end, then kills (used when the workspace closes).
    void stopBlocking();

    const Spec &spec() const { return m_spec; }
    InstanceStatus status() const;
    bool isReady() const { return m_ready; }
    quint16 port() const { return m_port; }
    InstanceLog &log() { return *m_log; }
    int consecutiveCrashes() const { return m_crashes; }

    // Replaces {port}, {version}, {component} and {instance}.
    static QString expand(const QString &text, quint16 port, const Spec &spec);
    // Binds 127.0.0.1:0 to learn a free port, avoiding ports handed out recently.
    static quint16 freePort();

Q_SIGNALS:
    void statusChanged();
    void readyChanged(bool ready);
    void restartScheduled(int delayMs);
    void stopped();
    // New output (or a supervisor note) was added to the log.
    void logAppended();

private:
    void launch();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onFailedToStart();
    void scheduleRestart(const QString &why);
    void setReady(bool ready);
    void note(const QString &text);

    Spec m_spec;
    QNetworkAccessManager *m_nam; // Not owned.
    QProcess *m_process = nullptr; // Owned (child), replaced on each start
    HealthProber *m_prober = nullptr; // Owned (child)
    QTimer *m_restartTimer; // Owned (child)
    QTimer *m_killTimer;    // Owned (child)
    std::unique_ptr<InstanceLog> m_log;
    quint16 m_port = 0;
    bool m_wanted = false;   // should be running
    bool m_ready = false;
    bool m_restartRequested = false; // restart() waits for the process to end
    int m_restarts = 0;
    int m_crashes = 0;       // consecutive, for the backoff
    qint64 m_startedAtMs = 0;
    QString m_lastError;
    QString m_lastProbe;
    bool m_lastProbeOk = false;
    qint64 m_lastProbeAtMs = 0;
};

} // namespace shipdeck
