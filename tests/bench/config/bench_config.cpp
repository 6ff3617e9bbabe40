// Benchmarks of the configuration workspace on a generated repository of 1,000 YAML files:
//  1. open the repository and compute every effective value of every environment, against
//     `git status` on the same repository (the cheapest thing any git tool does on open);
//  2. diff two revisions (200 files changed) with patches, against `git diff A B`.
// Each figure is the median of several runs; the ratio to the reference is what to compare.
#include "backend/config/configstore.h"
#include "backend/config/configworkspace.h"
#include "backend/config/gitrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace shipdeck;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
}

void git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Bench"), QStringLiteral("-c"),
                                               QStringLiteral("user.email=bench@example.com")} + args);
    if (!p.waitForFinished(300'000) || p.exitCode() != 0)
        qFatal("git %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
}

QByteArray baseFile(int n, int variant)
{
    QByteArray t = "# service " + QByteArray::number(n) + "\nserver:\n  host: 0.0.0.0\n  port: " + QByteArray::number(8000 + n)
                   + "  # listener\n  workers: " + QByteArray::number(2 + variant) + "\nlimits:\n";
    for (int i = 0; i < 12; ++i)
        t += "  key" + QByteArray::number(i) + ": \"value " + QByteArray::number(i * n) + "\"\n";
    t += "features: {a: true, b: false, c: true}\nhosts:\n  - one.internal\n  - two.internal\n";
    return t;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double timeMs(const std::function<void()> &fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = 7;
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("config"));
    const QStringList envs = {QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production")};
    // 250 namespaces: base + 3 overlays each = 1,000 files.
    for (int n = 0; n < 250; ++n) {
        const QString ns = QStringLiteral("svc%1").arg(n, 3, 10, QLatin1Char('0'));
        write(root + QStringLiteral("/base/") + ns + QStringLiteral(".yaml"), baseFile(n, 0));
        for (const QString &env : envs) {
            write(root + QStringLiteral("/environments/") + env + QLatin1Char('/') + ns + QStringLiteral(".yaml"),
                  "server:\n  workers: " + QByteArray::number(n % 7 + 1) + "\nlimits:\n  key3: \"" + env.toUtf8() + "\"\n");
        }
    }
    write(root + QStringLiteral("/shipdeck-config.yaml"), "version: 0\nenvironments: [development, staging, production]\n");
    git(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    git(root, {QStringLiteral("add"), QStringLiteral("-A")});
    git(root, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")});

    // 1. Open + effective values of every environment.
    QList<double> ours, reference, openOnly;
    qsizetype values = 0;
    for (int i = 0; i < runs; ++i) {
        ours.append(timeMs([&] {
            QElapsedTimer t;
            t.start();
            auto ws = ConfigWorkspace::open(root);
            if (!ws)
                qFatal("%s", qPrintable(ws.error().toString()));
            openOnly.append(double(t.nsecsElapsed()) / 1e6);
            values = 0;
            for (const QString &env : QStringList{QString()} + envs)
                values += ws.value()->store().effective(env).value().size();
        }));
        reference.append(timeMs([&] { git(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}); }));
    }
    out << QStringLiteral("open 1000 files + %1 effective values (4 layers): %2 ms median of %3 | git status: %4 ms | ratio %5\n")
               .arg(values).arg(median(ours), 0, 'f', 1).arg(runs).arg(median(reference), 0, 'f', 1)
               .arg(median(ours) / median(reference), 0, 'f', 2);
    out << QStringLiteral("  of which reading and parsing the 1000 files: %1 ms\n").arg(median(openOnly), 0, 'f', 1);

    // 2. Diff two revisions: 200 files with one changed value each.
    auto ws = ConfigWorkspace::open(root);
    for (int n = 0; n < 200; ++n) {
        const QString key = QStringLiteral("svc%1.server.port").arg(n, 3, 10, QLatin1Char('0'));
        if (!ws.value()->store().set(key, QString(), 9000 + n))
            qFatal("set failed");
    }
    if (!ws.value()->commit(QStringLiteral("two"), {QStringLiteral("Bench"), QStringLiteral("bench@example.com")}))
        qFatal("commit failed");
    QList<double> diffOurs, diffRef;
    int files = 0;
    for (int i = 0; i < runs; ++i) {
        diffOurs.append(timeMs([&] {
            auto diff = ws.value()->git().diffRevisions(QStringLiteral("HEAD~1"), QStringLiteral("HEAD"));
            files = int(diff.value().size());
        }));
        diffRef.append(timeMs([&] { git(root, {QStringLiteral("diff"), QStringLiteral("HEAD~1"), QStringLiteral("HEAD")}); }));
    }
    out << QStringLiteral("diff two revisions (%1 files, patches): %2 ms median of %3 | git diff: %4 ms | ratio %5\n")
               .arg(files).arg(median(diffOurs), 0, 'f', 1).arg(runs).arg(median(diffRef), 0, 'f', 1)
               .arg(median(diffOurs) / median(diffRef), 0, 'f', 2);
    out.flush();
    return 0;
}
