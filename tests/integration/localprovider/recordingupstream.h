#pragma once

#include "backend/providers/httpmessageparser.h"

#include <QTcpServer>

#include <memory>

namespace shipdeck::test {

// An in-test HTTP upstream that records what reaches it: the last request head and how many
// body bytes have arrived so far (to prove that the proxy streams). It answers each complete
// request with 200 and a body naming X-Forwarded-For and the body size.
class RecordingUpstream : public QObject
{
public:
    RecordingUpstream();
    quint16 port() const { return m_server.serverPort(); }

    HttpHead lastHead;
    qint64 bodyBytes = 0;     // of the request in progress (or the last one)
    int requests = 0;
    int connections = 0;

private:
    QTcpServer m_server;
};

} // namespace shipdeck::test
