#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace shipdeck {

class Backend;
class DemoTraffic;
class RolloutsClient;

// In the demo workspace: starts the demo storefront with live traffic and offers its two
// deployment files — a healthy canary and a bad one the engine rolls back on its own.
class DemoBanner : public QFrame
{
    Q_OBJECT
public:
    DemoBanner(Backend *backend, RolloutsClient *client, QWidget *parent = nullptr);

    DemoTraffic *traffic() const { return m_traffic; }
    QPushButton *trafficButton() const { return m_start; }
    QPushButton *healthyButton() const { return m_healthy; }
    QPushButton *badButton() const { return m_bad; }
    QString deploymentFile(const QString &name) const;
    void startTraffic();

Q_SIGNALS:
    void deployRequested(const QString &yamlFile);
    void rolloutStarted(const QString &rolloutId);

private:
    void update();

    DemoTraffic *m_traffic;
    QLabel *m_text;
    QPushButton *m_start;
    QPushButton *m_healthy;
    QPushButton *m_bad;
    QString m_workspace;
};

} // namespace shipdeck
