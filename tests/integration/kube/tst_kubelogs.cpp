#include "backend/kube/kubelogbuffer.h"
#include "backend/kube/kubelogsession.h"
#include "kubetesthelpers.h"
#include "kubetestserver.h"

#include <QSet>
#include <QTime>

#include <algorithm>

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

QByteArray deployment(const QString &name, int replicas, int intervalMs, int backlog = 0)
{
    return QStringLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: %1, namespace: default}\nspec:\n  replicas: %2\n"
                          "  selector: {matchLabels: {app: %1}}\n  template:\n    metadata:\n      labels: {app: %1}\n"
                          "      annotations: {test.shipdeck.io/log-interval-ms: \"%3\", test.shipdeck.io/log-backlog: \"%4\"}\n"
                          "    spec:\n      containers:\n      - {name: web, image: \"demo:1\"}\n      - {name: sidecar, image: \"proxy:1\"}\n")
        .arg(name).arg(replicas).arg(intervalMs).arg(backlog).toUtf8();
}

QStringList podsOf(KubeRestClient &client, const QString &app)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("labelSelector"), QStringLiteral("app=") + app);
    auto list = await(client.getJson(QStringLiteral("/api/v1/namespaces/default/pods"), q));
    QStringList out;
    if (list) {
        for (const auto &item : list->value(QLatin1String("items")).toArray()) {
            const QJsonObject pod = item.toObject();
            if (pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString() == QLatin1String("Running"))
                out.append(pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
        }
    }
    return out;
}

bool timeOrdered(const KubeLogBuffer &buffer)
{
    qint64 last = 0;
    for (const auto &line : buffer.lines(0, buffer.size())) {
        if (line.timeUs < last)
            return false;
        last = line.timeUs;
    }
    return true;
}

int duplicates(const KubeLogBuffer &buffer)
{
    QSet<QString> seen;
    int dup = 0;
    for (const auto &line : buffer.lines(0, buffer.size())) {
        const QString key = QStringLiteral("%1|%2|%3").arg(line.source).arg(line.timeUs).arg(QString::fromUtf8(line.text));
        if (seen.contains(key))
            ++dup;
        seen.insert(key);
    }
    return dup;
}

int count(const KubeLogBuffer &buffer, const QByteArray &text)
{
    const auto lines = buffer.lines(0, buffer.size());
    return int(std::count_if(lines.begin(), lines.end(), [&text](const KubeLogBuffer::Line &l) { return l.text == text; }));
}

qint64 timeOf(const KubeLogBuffer &buffer, const QByteArray &text)
{
    for (const auto &line : buffer.lines(0, buffer.size())) {
        if (line.text == text)
            return line.timeUs;
    }
    return -1;
}

} // namespace

class TestKubeLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<KubeRestClient>(kubeEndpoint(m_server.kubeconfigPath()));
    }

    void workloadLogsMergedSurviveRestartsAndDrops()
    {
        QVERIFY(m_server.apply(deployment(QStringLiteral("chatty"), 2, 40)));
        QTRY_COMPARE_WITH_TIMEOUT(podsOf(*m_client, QStringLiteral("chatty")).size(), 2, 15000);
        KubeLogOptions options;
        options.follow = true;
        KubeLogSession session(m_client.get(), {QStringLiteral("default"), {}, QStringLiteral("app=chatty"), {}}, options);
        QSignalSpy changed(&session, &KubeLogSession::changed);
        session.start();
        auto buffer = session.buffer();
        // Two pods × two containers, merged into one time-ordered log.
        QTRY_VERIFY_WITH_TIMEOUT(buffer->sources().size() == 4 && buffer->size() > 40, 15000);
        QVERIFY(timeOrdered(*buffer));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QVERIFY(changed.size() < buffer->size()); // batched, not one signal per line

        // A container restart: the stream of that pod continues with the new instance.
        const QString pod = podsOf(*m_client, QStringLiteral("chatty")).first();
        m_server.admin("POST", QStringLiteral("/pods/default/%1/restart").arg(pod), {{QStringLiteral("reason"), QStringLiteral("Error")}});
        const qsizetype before = buffer->size();
        const int source = int(buffer->sources().indexOf(pod + QStringLiteral("/web")));
        QVERIFY(source >= 0);
        auto linesOf = [&buffer](int src, qsizetype from) {
            int n = 0;
            for (const auto &l : buffer->lines(from, buffer->size() - from))
                n += l.source == src ? 1 : 0;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(linesOf(source, before) > 10, 15000);

        // Follow connections dropped by the server: reconnect, no duplicate lines.
        const int reconnectsBefore = session.totalReconnects();
        m_server.admin("POST", QStringLiteral("/logs/drop"));
        const qsizetype beforeDrop = buffer->size();
        QTRY_VERIFY_WITH_TIMEOUT(session.totalReconnects() > reconnectsBefore && buffer->size() > beforeDrop + 20, 15000);
        QCOMPARE(duplicates(*buffer), 0);
        QVERIFY(timeOrdered(*buffer));

        // A new pod of the workload joins the merged log.
        QVERIFY_RESULT(call(*m_client, "PATCH", QStringLiteral("/apis/apps/v1/namespaces/default/deployments/chatty"),
                            R"({"spec":{"replicas":3}})", "application/merge-patch+json"));
        QTRY_VERIFY_WITH_TIMEOUT(buffer->sources().size() >= 6, 15000);
        session.stop();
    }

    // One pod followed across a restart of its container: the old run's last lines, the new
    // run's first line and a line written right after the restart (in the same second as the
    // last line seen before it, which a reconnect resumes from) each arrive exactly once.
    void singlePodLineAfterRestartArrivesOnce()
    {
        QVERIFY(m_server.apply("apiVersion: v1\nkind: Pod\nmetadata: {name: restarter, namespace: default}\n"
                               "spec: {containers: [{name: main, image: \"restarter:1\"}]}\n"));
        QTRY_VERIFY_WITH_TIMEOUT(podPhase(QStringLiteral("restarter")) == QLatin1String("Running"), 15000);
        KubeLogOptions options;
        options.follow = true;
        KubeLogSession session(m_client.get(), {QStringLiteral("default"), QStringLiteral("restarter"), {}, QStringLiteral("main")}, options);
        session.start();
        auto buffer = session.buffer();
        const QByteArray started("starting container main (image restarter:1) in pod restarter");
        QTRY_COMPARE_WITH_TIMEOUT(count(*buffer, started), 1, 15000);
        // Early in a second, so that the lines before and after the restart share it.
        QTRY_VERIFY_WITH_TIMEOUT(QTime::currentTime().msec() < 300, 2000);
        QVERIFY(m_server.appendLogLines(QStringLiteral("default"), QStringLiteral("restarter"), QStringLiteral("main"),
                                        {QStringLiteral("before restart")}));
        QVERIFY(m_server.restartPod(QStringLiteral("default"), QStringLiteral("restarter")));
        QVERIFY(m_server.appendLogLines(QStringLiteral("default"), QStringLiteral("restarter"), QStringLiteral("main"),
                                        {QStringLiteral("after restart")}));
        QTRY_COMPARE_WITH_TIMEOUT(count(*buffer, "after restart"), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(count(*buffer, started), 2, 5000); // the new run's first line too
        QVERIFY(session.totalReconnects() >= 1);
        QCOMPARE(count(*buffer, "before restart"), 1);
        QCOMPARE(count(*buffer, "after restart"), 1);
        QCOMPARE(duplicates(*buffer), 0);
        QVERIFY(timeOrdered(*buffer));
        const qint64 before = timeOf(*buffer, "before restart");
        const qint64 after = timeOf(*buffer, "after restart");
        QVERIFY(before < after);
        QVERIFY2(before / 1'000'000 == after / 1'000'000, "the lines around the restart were meant to share a second");
        session.stop();
    }

    void previousContainerTailAndSince()
    {
        QVERIFY(m_server.apply(deployment(QStringLiteral("backlog"), 1, 60000, 500)));
        QTRY_COMPARE_WITH_TIMEOUT(podsOf(*m_client, QStringLiteral("backlog")).size(), 1, 15000);
        const QString pod = podsOf(*m_client, QStringLiteral("backlog")).first();
        KubeLogOptions tail;
        tail.follow = false;
        tail.tailLines = 5;
        KubeLogSession tailed(m_client.get(), {QStringLiteral("default"), pod, {}, QStringLiteral("web")}, tail);
        QSignalSpy finished(&tailed, &KubeLogSession::finished);
        tailed.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(tailed.buffer()->size(), 5);

        KubeLogOptions all;
        all.follow = false;
        KubeLogSession whole(m_client.get(), {QStringLiteral("default"), pod, {}, QStringLiteral("web")}, all);
        QSignalSpy wholeFinished(&whole, &KubeLogSession::finished);
        whole.start();
        QVERIFY(wholeFinished.wait(15000));
        QVERIFY2(whole.buffer()->size() >= 500, qPrintable(QString::number(whole.buffer()->size())));

        m_server.admin("POST", QStringLiteral("/pods/default/%1/restart").arg(pod), {{QStringLiteral("reason"), QStringLiteral("OOMKilled")}});
        KubeLogOptions previous;
        previous.follow = false;
        previous.previous = true;
        KubeLogSession crashed(m_client.get(), {QStringLiteral("default"), pod, {}, QStringLiteral("web")}, previous);
        QSignalSpy crashedFinished(&crashed, &KubeLogSession::finished);
        crashed.start();
        QVERIFY(crashedFinished.wait(15000));
        QVERIFY2(crashed.buffer()->size() >= 500, qPrintable(QString::number(crashed.buffer()->size())));
    }

    void bufferHoldsAMillionLines()
    {
        KubeLogBuffer buffer;
        const int source = buffer.addSource(QStringLiteral("p"), QStringLiteral("c"));
        const QByteArray text = QByteArrayLiteral("GET /api/v1/orders 200 12ms user=4711 trace=0af7651916cd43dd8448eb211c80319c");
        for (int i = 0; i < 1'000'000; ++i)
            buffer.append(source, 1'700'000'000'000'000 + i, text);
        QCOMPARE(buffer.size(), qsizetype(1'000'000));
        QCOMPARE(buffer.trimmedLines(), quint64(0));
        QCOMPARE(buffer.line(999'999).text, text);
        // 24 bytes of index per line plus the text itself.
        QVERIFY2(buffer.memoryBytes() < 1'000'000LL * (text.size() + 40), qPrintable(QString::number(buffer.memoryBytes())));
        // A late line from another container lands at its place in time.
        const int other = buffer.addSource(QStringLiteral("p2"), QStringLiteral("c"));
        const qsizetype at = buffer.append(other, 1'700'000'000'000'000 + 10, QByteArrayLiteral("late"));
        QCOMPARE(at, qsizetype(11));
        QCOMPARE(buffer.line(11).text, QByteArray("late"));
    }

    void timestampParsing_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("us");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("nanos") << QByteArray("2026-01-02T03:04:05.123456789Z hello") << true << qint64(1767323045123456) << QByteArray("hello");
        QTest::newRow("seconds") << QByteArray("2026-01-02T03:04:05Z x y") << true << qint64(1767323045000000) << QByteArray("x y");
        QTest::newRow("offset") << QByteArray("2026-01-02T04:04:05+01:00 z") << true << qint64(1767323045000000) << QByteArray("z");
        QTest::newRow("empty text") << QByteArray("2026-01-02T03:04:05Z") << true << qint64(1767323045000000) << QByteArray();
        QTest::newRow("no timestamp") << QByteArray("plain line") << false << qint64(0) << QByteArray();
        QTest::newRow("garbage date") << QByteArray("2026-xx-02T03:04:05Z a") << false << qint64(0) << QByteArray();
        QTest::newRow("truncated") << QByteArray("2026-01-02T03:04") << false << qint64(0) << QByteArray();
    }

    void timestampParsing()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, ok);
        QFETCH(qint64, us);
        QFETCH(QByteArray, text);
        qint64 t = 0;
        QByteArray rest;
        QCOMPARE(KubeLogBuffer::splitTimestamp(line, &t, &rest), ok);
        if (ok) {
            QCOMPARE(t, us);
            QCOMPARE(rest, text);
        }
    }

private:
    QString podPhase(const QString &pod)
    {
        auto object = await(m_client->getJson(QStringLiteral("/api/v1/namespaces/default/pods/") + pod));
        return object ? object->value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString() : QString();
    }

    KubeTestServer m_server;
    std::unique_ptr<KubeRestClient> m_client;
};

QTEST_GUILESS_MAIN(TestKubeLogs)
#include "tst_kubelogs.moc"
