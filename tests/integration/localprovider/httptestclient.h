#pragma once

#include "backend/core/result.h"
#include "backend/providers/httpmessageparser.h"

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <memory>

class QTcpSocket;

namespace shipdeck::test {

struct HttpReply
{
    HttpHead head;
    QByteArray body;
    int status() const { return head.status; }
};

// A raw HTTP/1.1 client connection for tests: sends exactly the bytes given and parses the
// answer, waiting with the event loop running (never sleeping). Keeps the connection open so
// that keep-alive and pipelining can be checked.
class HttpTestClient
{
public:
    explicit HttpTestClient(quint16 port);
    ~HttpTestClient();

    bool connectToServer(int timeoutMs = 5'000);
    void send(const QByteArray &bytes);
    // Reads one response (after send); errors on timeout, close or malformed data.
    Result<HttpReply> readReply(int timeoutMs = 10'000, bool headRequest = false);
    Result<HttpReply> request(const QByteArray &raw, int timeoutMs = 10'000);
    bool isOpen() const;
    bool waitForClose(int timeoutMs = 5'000);
    QTcpSocket *socket() { return m_socket.get(); }

    static QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {});

private:
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

// Starts shipdeck-demo-service on a free port with extra arguments and waits until it listens.
class DemoServiceProcess
{
public:
    explicit DemoServiceProcess(QStringList args);
    ~DemoServiceProcess();
    bool start(int timeoutMs = 10'000);
    quint16 port() const { return m_port; }
    QProcess &process() { return m_process; }

private:
    QStringList m_args;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace shipdeck::test
