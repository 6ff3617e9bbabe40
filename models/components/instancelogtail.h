#pragma once

#include <QObject>
#include <QString>

namespace shipdeck {

class Backend;
class InstanceLogModel;

// Follows the output of one instance on the local provider: loads its newest lines, then
// appends what it writes as the backend announces it ("instance.log" events), asking only for
// lines it has not seen. Never blocks: every read is a future on the backend thread.
class InstanceLogTail : public QObject
{
    Q_OBJECT
public:
    explicit InstanceLogTail(Backend *backend, QObject *parent = nullptr);

    InstanceLogModel *model() const { return m_model; }
    QString instanceId() const { return m_instanceId; }
    // Starts following an instance (an empty id stops following); the model starts afresh.
    void follow(const QString &instanceId);
    // While paused, new output is not fetched; resuming catches up.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Lines written before the first one shown (no longer in memory), for the view to say so.
    qint64 missedLines() const { return m_missed; }
    // Why nothing more comes ("storefront-1.4.2-3 no longer runs"); empty while following.
    QString problem() const { return m_problem; }
    int initialLines() const { return m_initialLines; }
    void setInitialLines(int lines) { m_initialLines = lines; }

Q_SIGNALS:
    // New lines arrived (after the model has them).
    void linesAppended(int count);
    void stateChanged();

private:
    void fetch();

    Backend *m_backend; // Not owned.
    InstanceLogModel *m_model;
    QString m_instanceId;
    quint64 m_generation = 0; // answers for an instance no longer followed are dropped
    qint64 m_nextSeq = -1;    // -1: nothing loaded yet
    qint64 m_missed = 0;
    QString m_problem;
    bool m_fetching = false;
    bool m_again = false;
    bool m_paused = false;
    int m_initialLines = 1'000;
};

} // namespace shipdeck
