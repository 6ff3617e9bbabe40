#pragma once

#include "backend/core/result.h"

#include <QString>
#include <QStringList>

namespace shipdeck::kubetest {

// The command line of shipdeck-test-apiserver (documented in docs/testing-kube.md; keep it stable).
struct ServerOptions
{
    QString bindAddress = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    quint16 adminPort = 0;
    bool plainHttp = false;
    QString kubeconfigPath;
    QString dataDir;
    QStringList tokens; // TOKEN[:USER[:GROUP,GROUP]]
    bool anonymous = false;
    QStringList tlsSans;
    QString fixturesDir;
    bool argoCrds = true;
    int nodes = 3;
    int podReadyDelayMs = 300;
    int logIntervalMs = 1000;
    int bookmarkIntervalMs = 5000;
    int watchHistory = 50'000;
    QStringList faults;
    int bulkPods = 0;
    QString bulkNamespace = QStringLiteral("bulk");
    int eventRate = 0;
    QString eventNamespace = QStringLiteral("bulk");
    qint64 parentPid = 0;
    bool exitOnStdinEof = false;
    QString serverVersion = QStringLiteral("v1.32.4");
    bool aggregatedDiscovery = true;
    bool verbose = false;

    static Result<ServerOptions> parse(const QStringList &arguments);
};

} // namespace shipdeck::kubetest
