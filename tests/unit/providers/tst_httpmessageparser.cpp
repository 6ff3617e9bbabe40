// The HTTP/1.x message parser wrapper: requests, responses, pipelining and malformed input.
#include "testsupport.h"

#include "backend/providers/httpmessageparser.h"

using namespace shipdeck;

namespace {

struct Collected
{
    QList<HttpHead> heads;
    QList<QByteArray> bodies;
    int completed = 0;
};

HttpMessageParser::Callbacks collect(Collected &c)
{
    return {[&c](HttpHead &h) { c.heads.append(h); c.bodies.append(QByteArray()); return false; },
            [&c](const char *d, qsizetype n) { c.bodies.last().append(d, n); },
            [&c] { ++c.completed; }};
}

// Feeds everything, resuming after each complete message, one byte at a time when asked.
Result<void> feedAll(HttpMessageParser &p, const QByteArray &data, bool byteByByte)
{
    qsizetype offset = 0;
    while (offset < data.size()) {
        const qsizetype n = byteByByte ? 1 : data.size() - offset;
        SD_TRY(qsizetype used, p.feed(data.constData() + offset, n));
        offset += used;
        if (p.isPaused())
            p.resume();
    }
    return success();
}

} // namespace

class tst_HttpMessageParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPipelinedRequests_data()
    {
        QTest::addColumn<bool>("byteByByte");
        QTest::newRow("all at once") << false;
        QTest::newRow("byte by byte") << true;
    }

    void parsesPipelinedRequests()
    {
        QFETCH(bool, byteByByte);
        Collected c;
        HttpMessageParser p(HttpMessageParser::Kind::Request, collect(c));
        const QByteArray data = "GET /a?x=1 HTTP/1.1\r\nHost: h\r\nX-Multi: one\r\nX-Multi: two\r\n\r\n"
                                "POST /b HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                                "PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
                                "GET /d HTTP/1.0\r\n\r\n";
        QVERIFY_RESULT(feedAll(p, data, byteByByte));
        QCOMPARE(c.completed, 4);
        QCOMPARE(c.heads.at(0).method, QByteArray("GET"));
        QCOMPARE(c.heads.at(0).target, QByteArray("/a?x=1"));
        QCOMPARE(c.heads.at(0).headers.size(), 3);
        QCOMPARE(c.heads.at(0).header("x-multi"), QByteArray("one"));
        QCOMPARE(c.heads.at(1).contentLength, 5);
        QCOMPARE(c.bodies.at(1), QByteArray("hello"));
        QVERIFY(c.heads.at(2).chunked);
        QCOMPARE(c.heads.at(2).contentLength, -1);
        QCOMPARE(c.bodies.at(2), QByteArray("abcde"));
        QVERIFY(c.heads.at(2).keepAlive);
        QVERIFY(!c.heads.at(3).keepAlive); // HTTP/1.0 without keep-alive
    }

    void pausesAfterEachMessage()
    {
        Collected c;
        HttpMessageParser p(HttpMessageParser::Kind::Request, collect(c));
        const QByteArray two = "GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n";
        auto used = p.feed(two.constData(), two.size());
        QVERIFY_RESULT(used);
        QCOMPARE(used.value(), qsizetype(19));
        QVERIFY(p.isPaused());
        QCOMPARE(c.completed, 1);
        QCOMPARE(p.feed(two.constData() + 19, two.size() - 19).value(), qsizetype(0)); // still paused
        p.resume();
        QCOMPARE(p.feed(two.constData() + 19, two.size() - 19).value(), two.size() - 19);
        QCOMPARE(c.completed, 2);
    }

    void responseDelimitedByClose()
    {
        Collected c;
        HttpMessageParser p(HttpMessageParser::Kind::Response, collect(c));
        QVERIFY_RESULT(feedAll(p, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\npart one, ", false));
        QVERIFY_RESULT(feedAll(p, "part two", false));
        QCOMPARE(c.completed, 0);
        QVERIFY_RESULT(p.finish());
        QCOMPARE(c.completed, 1);
        QCOMPARE(c.bodies.first(), QByteArray("part one, part two"));
        QCOMPARE(c.heads.first().status, 200);
        QCOMPARE(c.heads.first().reason, QByteArray("OK"));
    }

    void responseToHeadHasNoBody()
    {
        Collected c;
        HttpMessageParser p(HttpMessageParser::Kind::Response, collect(c));
        p.setExpectNoBody(true);
        QVERIFY_RESULT(feedAll(p, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", false));
        QCOMPARE(c.completed, 1);
        QVERIFY(c.bodies.first().isEmpty());
    }

    void truncatedMessageIsAnError()
    {
        Collected c;
        HttpMessageParser p(HttpMessageParser::Kind::Response, collect(c));
        QVERIFY_RESULT(feedAll(p, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", false));
        auto finished = p.finish();
        QVERIFY(!finished);
        QVERIFY(finished.error().message().contains(QStringLiteral("closed the connection in the middle")));
        QCOMPARE(c.completed, 0);
    }

    void rejectsMalformedInput_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("not http") << 0 << QByteArray("HELLO WORLD\r\n\r\n");
        QTest::newRow("bad version") << 0 << QByteArray("GET / HTTP/x.y\r\n\r\n");
        QTest::newRow("invalid method") << 0 << QByteArray("G@T / HTTP/1.1\r\n\r\n");
        QTest::newRow("bad content length") << 0 << QByteArray("POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n");
        QTest::newRow("two content lengths") << 0 << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab");
        QTest::newRow("bad chunk size") << 0 << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("huge header") << 0 << ("GET / HTTP/1.1\r\nX-Big: " + QByteArray(100 * 1024, 'a') + "\r\n\r\n");
        QTest::newRow("websocket upgrade") << 0 << QByteArray("GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n");
        QTest::newRow("bad status") << 1 << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    }

    void rejectsMalformedInput()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, data);
        Collected c;
        HttpMessageParser p(kind == 0 ? HttpMessageParser::Kind::Request : HttpMessageParser::Kind::Response, collect(c));
        auto result = feedAll(p, data, false);
        QVERIFY(!result);
        QVERIFY(result.error().code() == ErrorCode::Parse || result.error().code() == ErrorCode::Unsupported);
        QVERIFY(!result.error().message().isEmpty());
        if (result.error().code() == ErrorCode::Parse)
            QCOMPARE(c.completed, 0); // an upgrade request itself is complete; only what follows is refused
    }
};

QTEST_GUILESS_MAIN(tst_HttpMessageParser)
#include "tst_httpmessageparser.moc"
