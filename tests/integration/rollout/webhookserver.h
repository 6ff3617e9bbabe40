#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>

namespace shipdeck::test {

// A webhook receiver for gate tests on 127.0.0.1 (ephemeral port): each path answers with a
// status code, or never answers (a hanging gate). Records every request it gets.
class WebhookServer : public QObject
{
    Q_OBJECT
public:
    explicit WebhookServer(QObject *parent = nullptr);
    bool listen();
    QString url(const QString &path) const;

    void answer(const QString &path, int status) { m_status.insert(path, status); m_hang.remove(path); }
    void hang(const QString &path) { m_hang.insert(path, true); }

    struct Request
    {
        QString path;
        QJsonObject body;
    };
    QList<Request> requests;
    int count(const QString &path) const;

Q_SIGNALS:
    void received(const QString &path);

private:
    void serve(QTcpSocket *socket);
    QTcpServer m_server;
    QHash<QString, int> m_status;
    QHash<QString, bool> m_hang;
};

} // namespace shipdeck::test
