#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QTimer;

namespace shipdeck {

class Backend;
class RolloutListModel;
class RolloutsClient;

// What the Rollouts page shows: every rollout, kept current from the engine's signals, with
// the canary's measured weight. Turns driving on when a workspace opens so that rollouts
// progress while the GUI runs. Tells when an approval starts waiting or a rollout fails.
class RolloutsViewModel : public QObject
{
    Q_OBJECT
public:
    explicit RolloutsViewModel(Backend *backend, QObject *parent = nullptr);
    ~RolloutsViewModel() override;

    RolloutsClient *client() const { return m_client; }
    RolloutListModel *rollouts() const { return m_model; }
    bool isLoaded() const { return m_loaded; }
    const QString &lastError() const { return m_error; }

    void refresh();
    // The canary's share of requests in the newest window of samples (percent), or -1.
    static double actualCanaryWeight(const QJsonArray &samples);

Q_SIGNALS:
    void loaded();
    void failed(const QString &error);
    // Emitted once per rollout and step when it starts waiting for an approval or a decision.
    void attentionNeeded(const QJsonObject &rollout);
    // Emitted once when a rollout ends rolled back or aborted.
    void rolloutStopped(const QJsonObject &rollout);
    void rolloutPromoted(const QJsonObject &rollout);

private:
    void onChanged(const QJsonObject &rollout, bool live);

    QPointer<Backend> m_backend;
    RolloutsClient *m_client;
    RolloutListModel *m_model;
    QTimer *m_debounce;
    QTimer *m_ageTimer;
    QHash<QString, QString> m_told; // rollout id -> what we last told about it
    bool m_loaded = false;
    QString m_error;
};

} // namespace shipdeck
