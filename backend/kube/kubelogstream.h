#pragma once

#include "backend/core/result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

namespace shipdeck {

class KubeLogBuffer;
class KubeRestClient;
class KubeStream;

struct KubeLogOptions
{
    bool follow = true;
    bool previous = false;     // the previous (crashed) container's log
    qint64 sinceSeconds = 0;
    QDateTime sinceTime;
    int tailLines = -1;        // -1 = all
    qint64 limitBytes = 0;
};

// Streams one container's log into a buffer (GET …/pods/P/log?follow=true&timestamps=true).
// Timestamps are always requested so lines of several containers merge by time and a
// reconnect resumes where it stopped (sinceTime, with the lines already seen at the last
// second skipped). A follow stream that ends — the API server's timeout, a dropped
// connection, the container restarting — reconnects with backoff while the pod exists.
class KubeLogStream : public QObject
{
    Q_OBJECT
public:
    KubeLogStream(KubeRestClient *client, QString ns, QString pod, QString container, KubeLogOptions options,
                  KubeLogBuffer *buffer, QObject *parent = nullptr);
    ~KubeLogStream() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    int reconnects() const { return m_reconnects; }
    qint64 linesReceived() const { return m_lines; }
    const QString &pod() const { return m_pod; }
    const QString &container() const { return m_container; }

Q_SIGNALS:
    void linesAdded(int count, qsizetype firstIndex);
    // The stream stopped for good: the log is complete, the pod is gone, or an error.
    void ended(const QString &reason);
    void problem(const QString &message);

private:
    void open();
    void onData(const QByteArray &data);
    void onFinished(const Result<void> &result);
    void addLine(const QByteArray &raw, int &count, qsizetype &first);
    void scheduleReconnect();
    void checkPodThenReconnect();

    QPointer<KubeRestClient> m_client;
    QString m_namespace;
    QString m_pod;
    QString m_container;
    KubeLogOptions m_options;
    KubeLogBuffer *m_buffer;
    int m_source = 0;
    KubeStream *m_stream = nullptr;
    QTimer *m_retry;
    QByteArray m_partial;
    qint64 m_lastTimeUs = 0;
    QSet<QByteArray> m_seenAtLast; // lines at m_lastTimeUs, to skip on resume
    bool m_running = false;
    bool m_resuming = false;
    int m_failures = 0;
    int m_reconnects = 0;
    qint64 m_lines = 0;
};

} // namespace shipdeck
