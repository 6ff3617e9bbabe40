// A git smart-HTTP server for tests: serves the bare repositories under --root through the
// real `git http-backend` (CGI) on 127.0.0.1, behind HTTP Basic authentication. Prints its port
// on stdout, handles one connection at a time, and exits after --idle-exit seconds without a
// request.
//   githttpserver --root DIR --user NAME --password SECRET [--idle-exit 120]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace {

struct Request
{
    QByteArray method, target;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

bool readRequest(QTcpSocket &s, Request &r)
{
    QByteArray head;
    while (!head.contains("\r\n\r\n")) {
        if (!s.waitForReadyRead(10'000))
            return false;
        head += s.readAll();
    }
    const qsizetype end = head.indexOf("\r\n\r\n");
    QByteArray rest = head.mid(end + 4);
    const QList<QByteArray> lines = head.left(end).split('\n');
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() < 2)
        return false;
    r.method = first.at(0);
    r.target = first.at(1);
    for (int i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    if (r.headers.value("transfer-encoding").toLower() == "chunked") {
        // Decode chunks: size line, data, CRLF … until a zero-size chunk.
        QByteArray buf = rest;
        for (;;) {
            qsizetype lineEnd;
            while ((lineEnd = buf.indexOf("\r\n")) < 0) {
                if (!s.waitForReadyRead(10'000))
                    return false;
                buf += s.readAll();
            }
            bool ok = false;
            const qsizetype size = buf.left(lineEnd).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok)
                return false;
            while (buf.size() < lineEnd + 2 + size + 2) {
                if (!s.waitForReadyRead(10'000))
                    return false;
                buf += s.readAll();
            }
            if (size == 0)
                break;
            r.body += buf.mid(lineEnd + 2, size);
            buf = buf.mid(lineEnd + 2 + size + 2);
        }
    } else {
        const qsizetype length = r.headers.value("content-length", "0").toLongLong();
        r.body = rest;
        while (r.body.size() < length) {
            if (!s.waitForReadyRead(10'000))
                return false;
            r.body += s.readAll();
        }
    }
    return true;
}

void respond(QTcpSocket &s, const QByteArray &status, const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + status + "\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    s.write(out);
    s.flush();
    s.waitForBytesWritten(10'000);
    s.disconnectFromHost();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("root"), QStringLiteral("folder of bare repositories"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("user name"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("password"), QStringLiteral("password"), QStringLiteral("secret")});
    parser.addOption({QStringLiteral("idle-exit"), QStringLiteral("seconds"), QStringLiteral("s"), QStringLiteral("120")});
    parser.process(app);
    const QByteArray expected = "Basic " + (parser.value(QStringLiteral("user")) + QLatin1Char(':') + parser.value(QStringLiteral("password"))).toUtf8().toBase64();
    const QString root = parser.value(QStringLiteral("root"));

    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("%d\n", int(server.serverPort()));
    std::fflush(stdout);
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(parser.value(QStringLiteral("idle-exit")).toInt() * 1000);
    QObject::connect(&idle, &QTimer::timeout, &app, &QCoreApplication::quit);
    idle.start();

    QObject::connect(&server, &QTcpServer::newConnection, &app, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            idle.start();
            Request r;
            if (!readRequest(*socket, r)) {
                socket->deleteLater();
                continue;
            }
            if (qEnvironmentVariableIsSet("GITHTTPSERVER_TRACE")) {
                std::fprintf(stderr, "%s %s\n", r.method.constData(), r.target.constData());
                for (auto it = r.headers.begin(); it != r.headers.end(); ++it)
                    std::fprintf(stderr, "  %s: %s\n", it.key().constData(), it.value().constData());
            }
            if (r.headers.value("authorization") != expected) {
                // No body: libgit2 1.5 keeps an unread 401 body of a closed connection in its
                // parser buffer and then fails on the retried request.
                respond(*socket, "401 Unauthorized", {"WWW-Authenticate: Basic realm=\"shipdeck-test\""}, QByteArray());
                socket->deleteLater();
                continue;
            }
            const qsizetype q = r.target.indexOf('?');
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("GIT_PROJECT_ROOT"), root);
            env.insert(QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1"));
            env.insert(QStringLiteral("REQUEST_METHOD"), QString::fromLatin1(r.method));
            env.insert(QStringLiteral("PATH_INFO"), QString::fromUtf8(q < 0 ? r.target : r.target.left(q)));
            env.insert(QStringLiteral("QUERY_STRING"), QString::fromUtf8(q < 0 ? QByteArray() : r.target.mid(q + 1)));
            env.insert(QStringLiteral("CONTENT_TYPE"), QString::fromLatin1(r.headers.value("content-type")));
            env.insert(QStringLiteral("CONTENT_LENGTH"), QString::number(r.body.size()));
            env.insert(QStringLiteral("REMOTE_USER"), parser.value(QStringLiteral("user")));
            env.insert(QStringLiteral("REMOTE_ADDR"), QStringLiteral("127.0.0.1"));
            if (!r.headers.value("content-encoding").isEmpty())
                env.insert(QStringLiteral("HTTP_CONTENT_ENCODING"), QString::fromLatin1(r.headers.value("content-encoding")));
            if (!r.headers.value("git-protocol").isEmpty())
                env.insert(QStringLiteral("GIT_PROTOCOL"), QString::fromLatin1(r.headers.value("git-protocol")));
            QProcess cgi;
            cgi.setProcessEnvironment(env);
            cgi.start(QStringLiteral("git"), {QStringLiteral("http-backend")});
            cgi.write(r.body);
            cgi.closeWriteChannel();
            cgi.waitForFinished(60'000);
            const QByteArray output = cgi.readAllStandardOutput();
            const qsizetype split = output.indexOf("\r\n\r\n") >= 0 ? output.indexOf("\r\n\r\n") : output.indexOf("\n\n");
            const int sepLen = output.indexOf("\r\n\r\n") >= 0 ? 4 : 2;
            QByteArray status = "200 OK";
            QList<QByteArray> headers;
            for (const QByteArray &line : output.left(split).split('\n')) {
                const QByteArray l = line.trimmed();
                if (l.toLower().startsWith("status:"))
                    status = l.mid(7).trimmed();
                else if (!l.isEmpty())
                    headers.append(l);
            }
            respond(*socket, status, headers, split < 0 ? QByteArray() : output.mid(split + sepLen));
            socket->deleteLater();
        }
    });
    return app.exec();
}
