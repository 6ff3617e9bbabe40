#include "httptestclient.h"

#include "testsupport.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

namespace shipdeck::test {

HttpTestClient::HttpTestClient(quint16 port) : m_port(port), m_socket(std::make_unique<QTcpSocket>()) {}

HttpTestClient::~HttpTestClient() = default;

bool HttpTestClient::connectToServer(int timeoutMs)
{
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    return QTest::qWaitFor([this] { return m_socket->state() == QAbstractSocket::ConnectedState
                                        || m_socket->state() == QAbstractSocket::UnconnectedState; }, timeoutMs)
        && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpTestClient::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

bool HttpTestClient::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool HttpTestClient::waitForClose(int timeoutMs)
{
    return QTest::qWaitFor([this] {
        m_buffer += m_socket->readAll();
        return m_socket->state() == QAbstractSocket::UnconnectedState;
    }, timeoutMs);
}

Result<HttpReply> HttpTestClient::readReply(int timeoutMs, bool headRequest)
{
    HttpReply reply;
    bool complete = false;
    HttpMessageParser parser(HttpMessageParser::Kind::Response, HttpMessageParser::Callbacks{
        [&](HttpHead &head) {
            if (head.status >= 200)
                reply.head = head;
            return false;
        },
        [&](const char *data, qsizetype size) { reply.body.append(data, size); },
        [&] { complete = reply.head.status >= 200; }});
    parser.setExpectNoBody(headRequest);
    QString failure;
    auto consume = [&] {
        m_buffer += m_socket->readAll();
        while (!m_buffer.isEmpty() && !complete) {
            auto used = parser.feed(m_buffer.constData(), m_buffer.size());
            if (!used) {
                failure = used.error().message();
                return true;
            }
            m_buffer.remove(0, used.value());
            if (parser.isPaused() && !complete)
                parser.resume(); // 1xx
            else if (!parser.isPaused())
                break;
        }
        if (!complete && m_socket->state() == QAbstractSocket::UnconnectedState && m_buffer.isEmpty()) {
            if (parser.inMessage() && parser.finish() && complete)
                return true;
            failure = QStringLiteral("connection closed before a complete response (%1)").arg(m_socket->errorString());
            return true;
        }
        return complete;
    };
    if (!QTest::qWaitFor(consume, timeoutMs))
        return Error(ErrorCode::Timeout, QStringLiteral("no complete response within %1 ms").arg(timeoutMs));
    if (!failure.isEmpty())
        return Error(ErrorCode::Network, failure);
    return reply;
}

Result<HttpReply> HttpTestClient::request(const QByteArray &raw, int timeoutMs)
{
    if (!isOpen() && !connectToServer())
        return Error(ErrorCode::Network, QStringLiteral("cannot connect to 127.0.0.1:%1").arg(m_port));
    send(raw);
    return readReply(timeoutMs, raw.startsWith("HEAD "));
}

QByteArray HttpTestClient::get(const QByteArray &path, const QByteArray &extraHeaders)
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n" + extraHeaders + "\r\n";
}

DemoServiceProcess::DemoServiceProcess(QStringList args) : m_args(std::move(args)) {}

DemoServiceProcess::~DemoServiceProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

bool DemoServiceProcess::start(int timeoutMs)
{
    m_process.setProgram(program(QStringLiteral("shipdeck-demo-service")));
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + m_args);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    QByteArray out;
    static const QRegularExpression re(QStringLiteral("listening on http://127.0.0.1:(\\d+)"));
    const bool ok = QTest::qWaitFor([&] {
        out += m_process.readAllStandardOutput();
        const auto m = re.match(QString::fromUtf8(out));
        if (m.hasMatch())
            m_port = quint16(m.captured(1).toUInt());
        return m_port != 0 || m_process.state() == QProcess::NotRunning;
    }, timeoutMs);
    return ok && m_port != 0;
}

} // namespace shipdeck::test
