#pragma once

#include "backend/core/result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QString>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace shipdeck::test {

QString sourceDir();
QString fixturesDir();
QString binDir();
QString buildDir();
// Path of a built program (bin/<name>); fails the test if it is missing.
QString program(const QString &name);

// Waits for a future without sleeping: returns its result, or fails the test after timeoutMs.
template<typename T>
T await(QFuture<T> future, int timeoutMs = 15'000)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QSignalSpy spy(&watcher, &QFutureWatcher<T>::finished);
        watcher.setFuture(future);
        if (!future.isFinished())
            spy.wait(timeoutMs);
    }
    if (!future.isFinished())
        qFatal("future did not finish within %d ms", timeoutMs);
    return future.result();
}

// Prints the error of a failed Result so a test failure says why.
template<typename T>
bool okOrPrint(const Result<T> &result)
{
    if (!result.ok())
        qWarning("unexpected error: %s", qPrintable(result.error().toString()));
    return result.ok();
}

} // namespace shipdeck::test

// QVERIFY_RESULT(expr): fails the test with the error's text when expr holds an error.
#define QVERIFY_RESULT(expr)                                                             \
    do {                                                                                 \
        const auto &sdResult_ = (expr);                                                  \
        if (!sdResult_.ok())                                                             \
            QFAIL(qPrintable(QStringLiteral("%1: %2").arg(QStringLiteral(#expr),         \
                                                          sdResult_.error().toString()))); \
    } while (false)
