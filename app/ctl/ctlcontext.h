#pragma once

#include "backend/core/result.h"
#include "backend/store/workspace.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

#include <memory>

namespace shipdeck {
class Backend;
}

namespace shipdeck::ctl {

// Global options and services shared by every command.
class CtlContext
{
public:
    CtlContext();
    ~CtlContext();

    bool json = false;
    bool quiet = false;
    QString workspaceDir; // --workspace, $SHIPDECK_WORKSPACE, or the default location
    QString actor;        // recorded in audit entries: $SHIPDECK_USER or the login name

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The backend (started on first use) with the workspace opened.
    Result<Backend *> backend(bool createWorkspace = false, bool demo = false);
    Backend *backendIfStarted() { return m_backend.get(); }

    // Waits for a future while keeping the event loop (and backend signals) running.
    template<typename T>
    T await(QFuture<T> future)
    {
        if (!future.isFinished()) {
            QFutureWatcher<T> watcher;
            QEventLoop loop;
            QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(future);
            if (!future.isFinished())
                loop.exec();
        }
        return future.result();
    }

    // Prints the error (as JSON with --json) on stderr and returns the matching exit code.
    int fail(const Error &error);
    int usage(const QString &message, const QString &usageText);
    // Prints a JSON document on stdout.
    void printJson(const QJsonValue &value);
    static int exitCodeFor(const Error &error);

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Backend> m_backend;
};

// Formats aligned text tables for human output.
class TextTable
{
public:
    explicit TextTable(QStringList headers) : m_headers(std::move(headers)) {}
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    void print(QTextStream &out) const;
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

QString formatTime(qint64 msSinceEpoch);
QString formatDuration(qint64 ms);
QString formatBytes(qint64 bytes);

} // namespace shipdeck::ctl
