#include "models/rollouts/rolloutsviewmodel.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/facade/backend.h"
#include "models/rollouts/rolloutlistmodel.h"
#include "models/rollouts/rollouttext.h"

#include <QTimer>

namespace shipdeck {

RolloutsViewModel::RolloutsViewModel(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_client(new RolloutsClient(backend, this))
    , m_model(new RolloutListModel(this))
    , m_debounce(new QTimer(this))
    , m_ageTimer(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &RolloutsViewModel::refresh);
    m_ageTimer->setInterval(10'000);
    connect(m_ageTimer, &QTimer::timeout, m_model, &RolloutListModel::tick);
    m_ageTimer->start();
    connect(backend, &Backend::workspaceOpened, this, [this] {
        m_told.clear();
        m_client->setDriving(true);
        refresh();
    });
    connect(backend, &Backend::stateChanged, this, [this](BackendState state) {
        if (state != BackendState::Ready && state != BackendState::Opening) {
            m_model->setRollouts({});
            m_loaded = false;
        }
    });
    connect(m_client, &RolloutsClient::rolloutChanged, this, [this](const QJsonObject &r) { onChanged(r, true); });
    connect(m_client, &RolloutsClient::samplesAdded, this, [this](const QString &id, const QJsonArray &samples) {
        const double actual = actualCanaryWeight(samples);
        if (actual >= 0)
            m_model->setActualWeight(id, actual);
    });
    if (backend->state() == BackendState::Ready) {
        m_client->setDriving(true);
        refresh();
    }
}

RolloutsViewModel::~RolloutsViewModel() = default;

double RolloutsViewModel::actualCanaryWeight(const QJsonArray &samples)
{
    qint64 newest = 0;
    for (const QJsonValue &v : samples)
        newest = qMax(newest, qint64(v.toObject().value(QStringLiteral("at")).toDouble()));
    double canary = 0, total = 0;
    for (const QJsonValue &v : samples) {
        const QJsonObject s = v.toObject();
        if (qint64(s.value(QStringLiteral("at")).toDouble()) != newest)
            continue;
        const double requests = s.value(QStringLiteral("requests")).toDouble();
        total += requests;
        if (s.value(QStringLiteral("role")).toString() == QLatin1String("canary"))
            canary += requests;
    }
    return total > 0 ? 100.0 * canary / total : -1;
}

void RolloutsViewModel::refresh()
{
    if (!m_backend || m_backend->state() != BackendState::Ready)
        return;
    RolloutsClient::ListFilter filter;
    filter.limit = 500;
    m_client->list(filter).then(this, [this](const Result<QList<RolloutRecord>> &list) {
        if (!list) {
            m_error = list.error().toString();
            Q_EMIT failed(m_error);
            return;
        }
        m_error.clear();
        QList<QJsonObject> rows;
        for (const RolloutRecord &r : list.value())
            rows.append(r.toJson());
        m_model->setRollouts(rows);
        for (const QJsonObject &r : std::as_const(rows))
            onChanged(r, false);
        m_loaded = true;
        Q_EMIT loaded();
    });
}

void RolloutsViewModel::onChanged(const QJsonObject &r, bool live)
{
    const QString id = r.value(QStringLiteral("id")).toString();
    if (live) {
        const bool known = m_model->rowOf(id) >= 0;
        m_model->upsert(r);
        if (!known)
            m_debounce->start(); // a new rollout: a fresh list also picks up its siblings
    }
    const QString phase = r.value(QStringLiteral("phase")).toString();
    QString state;
    if (RolloutText::needsAttention(r))
        state = QStringLiteral("attention:%1:%2").arg(r.value(QStringLiteral("stepIndex")).toInt()).arg(RolloutText::needsText(r));
    else if (phase == QLatin1String("RolledBack") || phase == QLatin1String("Aborted"))
        state = QStringLiteral("stopped");
    else if (phase == QLatin1String("Healthy"))
        state = QStringLiteral("promoted");
    else
        state = QStringLiteral("active");
    const QString before = m_told.value(id);
    if (state == before)
        return;
    m_told.insert(id, state);
    // Endings are told when seen happening (live, or a snapshot after an earlier state), not
    // for old rollouts listed when the workspace opens.
    const bool witnessed = live || !before.isEmpty();
    if (state.startsWith(QLatin1String("attention")))
        Q_EMIT attentionNeeded(r);
    else if (state == QLatin1String("stopped") && witnessed)
        Q_EMIT rolloutStopped(r);
    else if (state == QLatin1String("promoted") && witnessed)
        Q_EMIT rolloutPromoted(r);
}

} // namespace shipdeck
