#include "models/components/instancelogtail.h"

#include "backend/facade/backend.h"
#include "backend/providers/localproviderclient.h"
#include "models/components/instancelogmodel.h"

#include <QJsonArray>

namespace shipdeck {

InstanceLogTail::InstanceLogTail(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_model(new InstanceLogModel(this))
{
    connect(backend, &Backend::serviceEvent, this, [this](const QString &service, const QString &event, const QJsonObject &data) {
        if (m_instanceId.isEmpty() || service != QLatin1String("localprovider") || event != QLatin1String("instance.log"))
            return;
        if (data.value(QStringLiteral("instances")).toArray().contains(m_instanceId))
            fetch();
    });
}

void InstanceLogTail::follow(const QString &instanceId)
{
    if (instanceId == m_instanceId && m_nextSeq >= 0 && m_problem.isEmpty())
        return;
    ++m_generation;
    m_instanceId = instanceId;
    m_nextSeq = -1;
    m_missed = 0;
    m_problem.clear();
    m_fetching = false;
    m_again = false;
    m_model->clear();
    Q_EMIT stateChanged();
    if (!instanceId.isEmpty())
        fetch();
}

void InstanceLogTail::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    Q_EMIT stateChanged();
    if (!paused && !m_instanceId.isEmpty())
        fetch();
}

void InstanceLogTail::fetch()
{
    if (m_paused)
        return;
    if (m_fetching) {
        m_again = true;
        return;
    }
    m_fetching = true;
    const quint64 generation = m_generation;
    const bool first = m_nextSeq < 0;
    // The first read takes the newest lines; later ones everything new (bounded by the model).
    const qint64 from = first ? 0 : m_nextSeq;
    const int maxLines = first ? m_initialLines : m_model->maxLines();
    LocalProviderClient(m_backend).instanceLogSince(m_instanceId, from, maxLines)
        .then(this, [this, generation, first](const Result<InstanceLogChunk> &chunk) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!chunk) {
                m_problem = chunk.error().code() == ErrorCode::NotFound
                    ? tr("%1 no longer runs; its whole output is in the workspace's logs/instances folder.").arg(m_instanceId)
                    : chunk.error().toString();
                m_again = false;
                Q_EMIT stateChanged();
                return;
            }
            const bool hadProblem = !m_problem.isEmpty();
            m_problem.clear();
            m_nextSeq = chunk.value().nextSeq;
            if (first)
                m_missed = chunk.value().missed;
            const int count = int(chunk.value().lines.size());
            m_model->appendLines(chunk.value().lines);
            if (first || hadProblem)
                Q_EMIT stateChanged();
            if (count > 0)
                Q_EMIT linesAppended(count);
            if (std::exchange(m_again, false))
                fetch();
        });
}

} // namespace shipdeck
