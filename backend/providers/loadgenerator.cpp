#include "backend/providers/loadgenerator.h"

#include "backend/providers/httpmessageparser.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace shipdeck {

// One keep-alive connection carrying one request at a time.
class LoadGenerator::Connection : public QObject
{
public:
    Connection(LoadGenerator *owner) : QObject(owner), m_owner(owner), m_timeout(new QTimer(this))
    {
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, [this] { fail(QStringLiteral("timed out")); });
    }

    bool busy() const { return m_busy; }

    void send(const QByteArray &request)
    {
        m_busy = true;
        m_started.start();
        m_status = 0;
        m_version.clear();
        m_timeout->start(m_owner->m_options.timeoutMs);
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
            reset();
            m_socket = new QTcpSocket(this);
            m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
            connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
                if (m_busy)
                    fail(m_socket->errorString());
            });
            connect(m_socket, &QTcpSocket::disconnected, this, [this] {
                if (m_busy)
                    fail(QStringLiteral("connection closed before the answer"));
            });
            const QUrl &url = m_owner->m_options.url;
            m_socket->connectToHost(url.host(), quint16(url.port(80)));
        }
        m_parser = std::make_unique<HttpMessageParser>(HttpMessageParser::Kind::Response, HttpMessageParser::Callbacks{
            [this](HttpHead &head) {
                if (head.status >= 200) {
                    m_status = head.status;
                    m_version = QString::fromUtf8(head.header("x-shipdeck-version"));
                    m_keepAlive = head.keepAlive;
                }
                return false;
            },
            {},
            [this] { m_complete = m_status >= 200; }});
        m_complete = false;
        m_socket->write(request);
    }

private:
    void onReadyRead()
    {
        const QByteArray data = m_socket->readAll();
        if (!m_busy)
            return;
        qsizetype offset = 0;
        while (offset < data.size()) {
            auto used = m_parser->feed(data.constData() + offset, data.size() - offset);
            if (!used) {
                fail(used.error().message());
                return;
            }
            offset += used.value();
            if (!m_parser->isPaused())
                break;
            if (m_complete)
                break;
            m_parser->resume(); // an interim 1xx answer
        }
        if (m_complete) {
            m_timeout->stop();
            m_busy = false;
            if (!m_keepAlive)
                reset();
            m_owner->requestDone(this, m_status, m_version, m_started.nsecsElapsed() / 1e6, {});
        }
    }

    void fail(const QString &why)
    {
        m_timeout->stop();
        m_busy = false;
        reset();
        m_owner->requestDone(this, 0, {}, m_started.nsecsElapsed() / 1e6, why);
    }

    void reset()
    {
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
            m_socket = nullptr;
        }
    }

    LoadGenerator *m_owner;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timeout;
    std::unique_ptr<HttpMessageParser> m_parser;
    QElapsedTimer m_started;
    int m_status = 0;
    QString m_version;
    bool m_keepAlive = true;
    bool m_complete = false;
    bool m_busy = false;
};

double LoadGenerator::Stats::percentileMs(double p) const
{
    if (latenciesMs.isEmpty())
        return 0;
    QList<double> sorted = latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype index = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * sorted.size())) - 1, 0, sorted.size() - 1);
    return sorted.at(index);
}

QJsonObject LoadGenerator::Stats::toJson() const
{
    QJsonObject classes;
    for (int i = 1; i < 6; ++i)
        classes.insert(QStringLiteral("%1xx").arg(i), double(byClass[size_t(i)]));
    QJsonObject versions;
    for (auto it = byVersion.cbegin(); it != byVersion.cend(); ++it)
        versions.insert(it.key(), double(it.value()));
    return {{QStringLiteral("sent"), double(sent)},
            {QStringLiteral("completed"), double(completed)},
            {QStringLiteral("failed"), double(failed)},
            {QStringLiteral("skipped"), double(skipped)},
            {QStringLiteral("statusClasses"), classes},
            {QStringLiteral("versions"), versions},
            {QStringLiteral("elapsedMs"), double(elapsedMs)},
            {QStringLiteral("p50Ms"), percentileMs(50)},
            {QStringLiteral("p99Ms"), percentileMs(99)},
            {QStringLiteral("lastFailure"), lastFailure}};
}

LoadGenerator::LoadGenerator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_ticker(new QTimer(this))
{
    m_ticker->setTimerType(Qt::PreciseTimer);
    connect(m_ticker, &QTimer::timeout, this, &LoadGenerator::tick);
}

LoadGenerator::~LoadGenerator() = default;

Result<void> LoadGenerator::start()
{
    const QUrl &url = m_options.url;
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("load target %1 is not an http:// URL").arg(url.toString()));
    if (m_options.ratePerSecond <= 0 || m_options.ratePerSecond > 100'000)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("load rate %1/s is outside 0–100000").arg(m_options.ratePerSecond));
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    m_request = "GET " + target + " HTTP/1.1\r\nHost: " + url.host().toUtf8() + ':' + QByteArray::number(url.port(80))
              + "\r\nUser-Agent: shipdeck-load\r\n";
    for (const auto &h : m_options.headers)
        m_request += h.first + ": " + h.second + "\r\n";
    m_request += "\r\n";
    for (int i = 0; i < std::max(1, m_options.maxConnections); ++i)
        m_connections.append(new Connection(this));
    m_stats = {};
    m_running = true;
    m_finishedSent = false;
    m_clock.start();
    m_ticker->start(5);
    return success();
}

void LoadGenerator::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_ticker->stop();
    m_stats.elapsedMs = m_clock.elapsed();
    maybeFinish();
}

void LoadGenerator::tick()
{
    const qint64 elapsed = m_clock.elapsed();
    if ((m_options.durationMs > 0 && elapsed >= m_options.durationMs)
        || (m_options.maxRequests > 0 && m_stats.sent + m_stats.skipped >= m_options.maxRequests)) {
        stop();
        return;
    }
    const qint64 due = qint64(elapsed * m_options.ratePerSecond / 1000.0) + 1 - m_stats.sent - m_stats.skipped;
    for (qint64 i = 0; i < due; ++i) {
        if (m_options.maxRequests > 0 && m_stats.sent + m_stats.skipped >= m_options.maxRequests)
            break;
        auto it = std::find_if(m_connections.begin(), m_connections.end(), [](Connection *c) { return !c->busy(); });
        if (it == m_connections.end()) {
            ++m_stats.skipped; // open loop: a request that cannot go now is not sent later
            continue;
        }
        ++m_stats.sent;
        (*it)->send(m_request);
    }
}

void LoadGenerator::requestDone(Connection *, int status, const QString &version, double ms, const QString &failure)
{
    if (status > 0) {
        ++m_stats.completed;
        ++m_stats.byClass[size_t(std::clamp(status / 100, 0, 5))];
        if (!version.isEmpty())
            ++m_stats.byVersion[version];
        if (m_stats.latenciesMs.size() < 100'000)
            m_stats.latenciesMs.append(ms);
    } else {
        ++m_stats.failed;
        m_stats.lastFailure = failure;
    }
    maybeFinish();
}

void LoadGenerator::maybeFinish()
{
    if (m_running)
        return;
    const bool idle = std::none_of(m_connections.cbegin(), m_connections.cend(), [](Connection *c) { return c->busy(); });
    if (idle && !m_finishedSent) {
        m_stats.elapsedMs = m_clock.elapsed();
        m_running = false;
        QMetaObject::invokeMethod(this, &LoadGenerator::finished, Qt::QueuedConnection);
        m_finishedSent = true;
    }
}

} // namespace shipdeck
