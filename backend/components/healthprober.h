#pragma once

#include "backend/components/componentdefinition.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QTimer;

namespace shipdeck {

// Probes one instance on 127.0.0.1 with Kubernetes semantics: waits initialDelay, then probes
// every period (each probe bounded by timeout); the instance becomes ready after
// successThreshold consecutive successes and unready after failureThreshold consecutive
// failures. HTTP (status within the expected range), TCP connect, or exec (exit code 0). Kind
// None is ready at once. Fully asynchronous on the owner's thread.
class HealthProber : public QObject
{
    Q_OBJECT
public:
    // `nam` may be shared between probers (not owned); `execCommand` is the already expanded
    // argv of an exec probe.
    HealthProber(HealthCheck check, quint16 port, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HealthProber() override;

    void setExecCommand(const QStringList &argv) { m_execCommand = argv; }
    void start();
    void stop();

    bool isReady() const { return m_ready; }
    int consecutiveSuccesses() const { return m_successes; }
    int consecutiveFailures() const { return m_failures; }
    int probesRun() const { return m_probes; }
    const QString &lastResult() const { return m_lastResult; }

Q_SIGNALS:
    void readyChanged(bool ready);
    // One probe finished (success or not, with a description such as "HTTP 503").
    void probed(bool success, const QString &detail);

private:
    void runProbe();
    void probeHttp();
    void probeTcp();
    void probeExec();
    void finishProbe(bool success, const QString &detail);

    HealthCheck m_check;
    quint16 m_port;
    QPointer<QNetworkAccessManager> m_nam;
    QStringList m_execCommand;
    QTimer *m_timer;        // Owned (child): next probe
    QObject *m_inFlight = nullptr; // Owned: context of the probe in progress
    bool m_ready = false;
    bool m_running = false;
    int m_successes = 0;
    int m_failures = 0;
    int m_probes = 0;
    QString m_lastResult;
};

} // namespace shipdeck
