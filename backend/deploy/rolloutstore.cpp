#include "backend/deploy/rolloutstore.h"

#include "backend/core/clock.h"
#include "backend/core/ids.h"
#include "backend/store/database.h"

#include <QHostInfo>
#include <QJsonDocument>

#include <csignal>
#include <cerrno>

namespace shipdeck {

namespace {
const QString kColumns = QStringLiteral(
    "id, deployment_id, component, environment, strategy, provider, revision, name, spec_yaml, source, plan, "
    "stable_version, target_version, replicas, phase, message, pause_conditions, user_paused, step_index, step_state, "
    "traffic, abort_reason, aborted_by, promote_full, finalizer, background, depends_on, generation, pending_transition, "
    "created_by, reason, created_at, started_at, updated_at, finished_at, outcome, change_commit, change_created_at, "
    "undo_of_revision, trace_id, span_id, job_id, lease_owner, lease_expires_at");

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
QJsonArray array(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QJsonArray pausesToJson(const QList<PauseCondition> &pauses)
{
    QJsonArray out;
    for (const PauseCondition &p : pauses) {
        out.append(QJsonObject{{QStringLiteral("reason"), pauseReasonName(p.reason)},
                               {QStringLiteral("startedAt"), p.startedAtMs},
                               {QStringLiteral("message"), p.message}});
    }
    return out;
}

RolloutRecord readRow(Statement &s)
{
    RolloutRecord r;
    int c = 0;
    r.id = s.text(c++);
    r.deploymentId = s.text(c++);
    r.component = s.text(c++);
    r.environment = s.text(c++);
    r.strategy = strategyFromName(s.text(c++)).value_or(DeployStrategy::Canary);
    r.provider = s.text(c++);
    r.revision = int(s.int64(c++));
    r.name = s.text(c++);
    r.specYaml = s.text(c++);
    r.source = s.text(c++);
    for (const QJsonValue &v : array(s.text(c++)))
        r.plan.append(PlanStep::fromJson(v.toObject()));
    r.stableVersion = s.text(c++);
    r.targetVersion = s.text(c++);
    r.replicas = int(s.int64(c++));
    r.phase = rolloutPhaseFromName(s.text(c++)).value_or(RolloutPhase::Degraded);
    r.message = s.text(c++);
    for (const QJsonValue &v : array(s.text(c++))) {
        const QJsonObject o = v.toObject();
        r.pauseConditions.append({pauseReasonFromName(o.value(QStringLiteral("reason")).toString()).value_or(PauseReason::User),
                                  qint64(o.value(QStringLiteral("startedAt")).toDouble()),
                                  o.value(QStringLiteral("message")).toString()});
    }
    r.userPaused = s.int64(c++) != 0;
    r.stepIndex = int(s.int64(c++));
    r.stepState = object(s.text(c++));
    r.traffic = trafficFromJson(object(s.text(c++)));
    r.abortReason = s.text(c++);
    r.abortedBy = s.text(c++);
    r.promoteFull = s.int64(c++) != 0;
    r.finalizer = object(s.text(c++));
    r.background = object(s.text(c++));
    for (const QJsonValue &v : array(s.text(c++)))
        r.dependsOn.append(v.toString());
    r.generation = s.int64(c++);
    r.pendingTransition = s.int64(c++);
    r.createdBy = s.text(c++);
    r.reason = s.text(c++);
    r.createdAtMs = s.int64(c++);
    r.startedAtMs = s.int64(c++);
    r.updatedAtMs = s.int64(c++);
    r.finishedAtMs = s.int64(c++);
    r.outcome = s.text(c++);
    r.changeCommit = s.text(c++);
    r.changeCreatedAtMs = s.int64(c++);
    r.undoOfRevision = int(s.int64(c++));
    r.traceId = s.text(c++);
    r.spanId = s.text(c++);
    r.jobId = s.text(c++);
    r.leaseOwner = s.text(c++);
    r.leaseExpiresAtMs = s.int64(c++);
    return r;
}

QJsonArray planToJson(const QList<PlanStep> &plan)
{
    QJsonArray out;
    for (const PlanStep &s : plan)
        out.append(s.toJson());
    return out;
}

Error leaseLost(const RolloutRecord &r, const QString &owner)
{
    return Error(ErrorCode::Conflict, QStringLiteral("rollout %1 (%2) is driven by another process; %3 no longer holds its lease")
                                          .arg(r.id, r.target(), owner));
}
} // namespace

RolloutStore::RolloutStore(Database &db, const Clock *clock) : m_db(db), m_clock(clock ? clock : Clock::system()) {}

Result<int> RolloutStore::nextRevision(const QString &component, const QString &environment)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "SELECT COALESCE(MAX(revision), 0) + 1 FROM rollouts WHERE component = ?1 AND environment = ?2")));
    s->bind(1, component).bind(2, environment);
    SD_TRY(bool row, s->step());
    const int next = row ? int(s->int64(0)) : 1;
    s->reset();
    return next;
}

Result<void> RolloutStore::insert(const RolloutRecord &r)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral("INSERT INTO rollouts(%1) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                                                     "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, "
                                                     "?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, "
                                                     "?39, ?40, ?41, ?42, ?43, ?44)").arg(kColumns)));
    int c = 1;
    s->bind(c++, r.id).bind(c++, r.deploymentId).bind(c++, r.component).bind(c++, r.environment)
        .bind(c++, strategyName(r.strategy)).bind(c++, r.provider).bind(c++, r.revision).bind(c++, r.name)
        .bind(c++, r.specYaml).bind(c++, r.source).bind(c++, compact(planToJson(r.plan))).bind(c++, r.stableVersion)
        .bind(c++, r.targetVersion).bind(c++, r.replicas).bind(c++, rolloutPhaseName(r.phase)).bind(c++, r.message)
        .bind(c++, compact(pausesToJson(r.pauseConditions))).bind(c++, r.userPaused ? 1 : 0).bind(c++, r.stepIndex)
        .bind(c++, compact(r.stepState)).bind(c++, compact(trafficToJson(r.traffic))).bind(c++, r.abortReason)
        .bind(c++, r.abortedBy).bind(c++, r.promoteFull ? 1 : 0).bind(c++, compact(r.finalizer)).bind(c++, compact(r.background))
        .bind(c++, compact(QJsonArray::fromStringList(r.dependsOn))).bind(c++, r.generation).bind(c++, r.pendingTransition)
        .bind(c++, r.createdBy).bind(c++, r.reason).bind(c++, r.createdAtMs).bind(c++, r.startedAtMs).bind(c++, r.updatedAtMs)
        .bind(c++, r.finishedAtMs).bind(c++, r.outcome).bind(c++, r.changeCommit).bind(c++, r.changeCreatedAtMs)
        .bind(c++, r.undoOfRevision).bind(c++, r.traceId).bind(c++, r.spanId).bind(c++, r.jobId).bind(c++, r.leaseOwner)
        .bind(c++, r.leaseExpiresAtMs);
    return s->run();
}

Result<QList<RolloutRecord>> RolloutStore::query(const QString &where, const std::function<void(Statement &)> &bind)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral("SELECT %1 FROM rollouts %2").arg(kColumns, where)));
    bind(*s);
    QList<RolloutRecord> out;
    for (;;) {
        auto row = s->step();
        if (!row) {
            s->reset();
            return row.error();
        }
        if (!row.value())
            break;
        out.append(readRow(*s));
    }
    s->reset();
    return out;
}

Result<std::optional<RolloutRecord>> RolloutStore::find(const QString &id)
{
    SD_TRY(auto rows, query(QStringLiteral("WHERE id = ?1"), [&](Statement &s) { s.bind(1, id); }));
    if (rows.isEmpty())
        return std::optional<RolloutRecord>();
    return std::optional<RolloutRecord>(rows.first());
}

Result<RolloutRecord> RolloutStore::resolve(const QString &ref)
{
    if (ref.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("name a rollout: its id, a component, component/environment or component@revision"));
    SD_TRY(auto byId, find(ref));
    if (byId)
        return *byId;
    QString component = ref;
    QString environment;
    int revision = 0;
    if (const int at = int(ref.indexOf(QLatin1Char('@'))); at > 0) {
        component = ref.left(at);
        revision = ref.mid(at + 1).toInt();
    }
    if (const int slash = int(component.indexOf(QLatin1Char('/'))); slash > 0) {
        environment = component.mid(slash + 1);
        component = component.left(slash);
    }
    QString where = QStringLiteral("WHERE component = ?1 AND (?2 = '' OR environment = ?2) AND (?3 = 0 OR revision = ?3) "
                                   "ORDER BY (finished_at = 0) DESC, created_at DESC LIMIT 1");
    SD_TRY(auto rows, query(where, [&](Statement &s) { s.bind(1, component).bind(2, environment).bind(3, revision); }));
    if (rows.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("no rollout matches '%1'").arg(ref));
    return rows.first();
}

Result<QList<RolloutRecord>> RolloutStore::list(const RolloutFilter &f)
{
    return query(QStringLiteral("WHERE (?1 = '' OR component = ?1) AND (?2 = '' OR environment = ?2) AND (?3 = 0 OR finished_at = 0) "
                                "AND created_at >= ?4 ORDER BY created_at DESC, revision DESC LIMIT ?5"),
                 [&](Statement &s) {
                     s.bind(1, f.component).bind(2, f.environment).bind(3, f.unfinishedOnly ? 1 : 0).bind(4, f.sinceMs)
                         .bind(5, f.limit);
                 });
}

Result<QList<RolloutRecord>> RolloutStore::byDeployment(const QString &deploymentId)
{
    return query(QStringLiteral("WHERE deployment_id = ?1 ORDER BY created_at, id"), [&](Statement &s) { s.bind(1, deploymentId); });
}

Result<std::optional<RolloutRecord>> RolloutStore::unfinishedFor(const QString &component, const QString &environment)
{
    SD_TRY(auto rows, query(QStringLiteral("WHERE component = ?1 AND environment = ?2 AND finished_at = 0 ORDER BY created_at DESC LIMIT 1"),
                            [&](Statement &s) { s.bind(1, component).bind(2, environment); }));
    return rows.isEmpty() ? std::optional<RolloutRecord>() : std::optional<RolloutRecord>(rows.first());
}

Result<std::optional<RolloutRecord>> RolloutStore::revision(const QString &component, const QString &environment, int revision)
{
    SD_TRY(auto rows, query(QStringLiteral("WHERE component = ?1 AND environment = ?2 AND revision = ?3"),
                            [&](Statement &s) { s.bind(1, component).bind(2, environment).bind(3, revision); }));
    return rows.isEmpty() ? std::optional<RolloutRecord>() : std::optional<RolloutRecord>(rows.first());
}

Result<std::optional<RolloutRecord>> RolloutStore::lastHealthy(const QString &component, const QString &environment)
{
    SD_TRY(auto rows, query(QStringLiteral("WHERE component = ?1 AND environment = ?2 AND phase = 'Healthy' ORDER BY finished_at DESC, revision DESC LIMIT 1"),
                            [&](Statement &s) { s.bind(1, component).bind(2, environment); }));
    return rows.isEmpty() ? std::optional<RolloutRecord>() : std::optional<RolloutRecord>(rows.first());
}

Result<void> RolloutStore::save(RolloutRecord &r, const QString &owner)
{
    r.updatedAtMs = m_clock->nowMs();
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "UPDATE rollouts SET plan = ?2, stable_version = ?3, phase = ?4, message = ?5, pause_conditions = ?6, "
        "user_paused = ?7, step_index = ?8, step_state = ?9, traffic = ?10, abort_reason = ?11, aborted_by = ?12, "
        "promote_full = ?13, finalizer = ?14, background = ?15, generation = ?16, pending_transition = ?17, "
        "started_at = ?18, updated_at = ?19, finished_at = ?20, outcome = ?21, trace_id = ?22, span_id = ?23 "
        "WHERE id = ?1 AND (?24 = '' OR lease_owner = ?24)")));
    int c = 1;
    s->bind(c++, r.id).bind(c++, compact(planToJson(r.plan))).bind(c++, r.stableVersion).bind(c++, rolloutPhaseName(r.phase))
        .bind(c++, r.message).bind(c++, compact(pausesToJson(r.pauseConditions))).bind(c++, r.userPaused ? 1 : 0)
        .bind(c++, r.stepIndex).bind(c++, compact(r.stepState)).bind(c++, compact(trafficToJson(r.traffic)))
        .bind(c++, r.abortReason).bind(c++, r.abortedBy).bind(c++, r.promoteFull ? 1 : 0).bind(c++, compact(r.finalizer))
        .bind(c++, compact(r.background)).bind(c++, r.generation).bind(c++, r.pendingTransition).bind(c++, r.startedAtMs)
        .bind(c++, r.updatedAtMs).bind(c++, r.finishedAtMs).bind(c++, r.outcome).bind(c++, r.traceId).bind(c++, r.spanId)
        .bind(c++, owner);
    SD_CHECK(s->run());
    if (m_db.changes() != 1)
        return leaseLost(r, owner);
    return success();
}

Result<qint64> RolloutStore::beginIntent(RolloutRecord &r, const QString &owner, const QString &action,
                                         const QJsonObject &intent, const QString &actor)
{
    if (r.pendingTransition)
        return Error(ErrorCode::Internal, QStringLiteral("rollout %1 already has an intent in flight (transition %2)").arg(r.id).arg(r.pendingTransition));
    RolloutRecord next = r;
    auto result = m_db.transaction([&]() -> Result<qint64> {
        SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
            "INSERT INTO rollout_transitions(rollout_id, generation, step_index, action, intent, state, actor, intent_at) "
            "VALUES(?1, ?2, ?3, ?4, ?5, 'intent', ?6, ?7)")));
        next.generation = r.generation + 1;
        s->bind(1, r.id).bind(2, next.generation).bind(3, r.stepIndex).bind(4, action).bind(5, compact(intent))
            .bind(6, actor).bind(7, m_clock->nowMs());
        SD_CHECK(s->run());
        next.pendingTransition = m_db.lastInsertRowId();
        SD_CHECK(save(next, owner));
        return next.pendingTransition;
    });
    if (result)
        r = next;
    return result;
}

Result<void> RolloutStore::finishIntent(RolloutRecord &r, const QString &owner, bool ok, const QString &error)
{
    if (!r.pendingTransition)
        return Error(ErrorCode::Internal, QStringLiteral("rollout %1 has no intent in flight").arg(r.id));
    RolloutRecord next = r;
    auto result = m_db.transaction([&]() -> Result<void> {
        SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
            "UPDATE rollout_transitions SET state = ?2, error = ?3, result_at = ?4 WHERE seq = ?1 AND state = 'intent'")));
        s->bind(1, r.pendingTransition).bind(2, ok ? QStringLiteral("done") : QStringLiteral("failed")).bind(3, error)
            .bind(4, m_clock->nowMs());
        SD_CHECK(s->run());
        if (m_db.changes() != 1)
            return Error(ErrorCode::Conflict, QStringLiteral("transition %1 of rollout %2 already has a result").arg(r.pendingTransition).arg(r.id));
        next.pendingTransition = 0;
        return save(next, owner);
    });
    if (result)
        r = next;
    return result;
}

Result<std::optional<RolloutTransition>> RolloutStore::transition(qint64 seq)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "SELECT seq, rollout_id, generation, step_index, action, intent, state, error, actor, intent_at, result_at "
        "FROM rollout_transitions WHERE seq = ?1")));
    s->bind(1, seq);
    SD_TRY(bool row, s->step());
    std::optional<RolloutTransition> out;
    if (row) {
        out = RolloutTransition{s->int64(0), s->text(1), s->int64(2), int(s->int64(3)), s->text(4), object(s->text(5)),
                                s->text(6), s->text(7), s->text(8), s->int64(9), s->int64(10)};
    }
    s->reset();
    return out;
}

Result<QList<RolloutTransition>> RolloutStore::transitions(const QString &rolloutId)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "SELECT seq, rollout_id, generation, step_index, action, intent, state, error, actor, intent_at, result_at "
        "FROM rollout_transitions WHERE rollout_id = ?1 ORDER BY seq")));
    s->bind(1, rolloutId);
    QList<RolloutTransition> out;
    for (;;) {
        SD_TRY(bool row, s->step());
        if (!row)
            break;
        out.append({s->int64(0), s->text(1), s->int64(2), int(s->int64(3)), s->text(4), object(s->text(5)), s->text(6),
                    s->text(7), s->text(8), s->int64(9), s->int64(10)});
    }
    s->reset();
    return out;
}

Result<RolloutEvent> RolloutStore::addEvent(const QString &rolloutId, const QString &type, const QString &reason,
                                            const QString &message, const QJsonObject &data)
{
    RolloutEvent e{0, rolloutId, m_clock->nowMs(), type, reason, message, data};
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "INSERT INTO rollout_events(rollout_id, at, type, reason, message, data) VALUES(?1, ?2, ?3, ?4, ?5, ?6)")));
    s->bind(1, rolloutId).bind(2, e.atMs).bind(3, type).bind(4, reason).bind(5, message).bind(6, compact(data));
    SD_CHECK(s->run());
    e.seq = m_db.lastInsertRowId();
    return e;
}

Result<QList<RolloutEvent>> RolloutStore::events(const QString &rolloutId, qint64 afterSeq, int limit)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "SELECT seq, rollout_id, at, type, reason, message, data FROM rollout_events WHERE rollout_id = ?1 AND seq > ?2 "
        "ORDER BY seq LIMIT ?3")));
    s->bind(1, rolloutId).bind(2, afterSeq).bind(3, limit);
    QList<RolloutEvent> out;
    for (;;) {
        SD_TRY(bool row, s->step());
        if (!row)
            break;
        out.append({s->int64(0), s->text(1), s->int64(2), s->text(3), s->text(4), s->text(5), object(s->text(6))});
    }
    s->reset();
    return out;
}

Result<void> RolloutStore::addApproval(const RolloutApproval &a, qint64 generation)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "INSERT INTO rollout_approvals(id, rollout_id, step_index, generation, actor, reason, at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")));
    s->bind(1, a.id).bind(2, a.rolloutId).bind(3, a.stepIndex).bind(4, generation).bind(5, a.actor).bind(6, a.reason).bind(7, a.atMs);
    return s->run();
}

Result<QList<RolloutApproval>> RolloutStore::approvals(const QString &rolloutId, int stepIndex, qint64 generation)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "SELECT id, rollout_id, step_index, actor, reason, at FROM rollout_approvals WHERE rollout_id = ?1 "
        "AND (?2 < 0 OR step_index = ?2) AND (?3 < 0 OR generation >= ?3) ORDER BY at")));
    s->bind(1, rolloutId).bind(2, stepIndex).bind(3, generation);
    QList<RolloutApproval> out;
    for (;;) {
        SD_TRY(bool row, s->step());
        if (!row)
            break;
        out.append({s->text(0), s->text(1), int(s->int64(2)), s->text(3), s->text(4), s->int64(5)});
    }
    s->reset();
    return out;
}

Result<QString> RolloutStore::addRequest(const QString &rolloutId, RolloutAction action, const QString &actor, const QString &reason)
{
    const QString id = Ulid::generate(m_clock);
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "INSERT INTO rollout_requests(id, rollout_id, action, actor, reason, created_at, state) VALUES(?1, ?2, ?3, ?4, ?5, ?6, 'pending')")));
    s->bind(1, id).bind(2, rolloutId).bind(3, rolloutActionName(action)).bind(4, actor).bind(5, reason).bind(6, m_clock->nowMs());
    SD_CHECK(s->run());
    return id;
}

Result<QList<RolloutStore::Request>> RolloutStore::pendingRequests(const QString &rolloutId)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "SELECT id, rollout_id, action, actor, reason, created_at, state, result FROM rollout_requests "
        "WHERE rollout_id = ?1 AND state = 'pending' ORDER BY created_at, id")));
    s->bind(1, rolloutId);
    QList<Request> out;
    for (;;) {
        SD_TRY(bool row, s->step());
        if (!row)
            break;
        out.append({s->text(0), s->text(1), rolloutActionFromName(s->text(2)).value_or(RolloutAction::Pause), s->text(3),
                    s->text(4), s->int64(5), s->text(6), s->text(7)});
    }
    s->reset();
    return out;
}

Result<void> RolloutStore::finishRequest(const QString &id, bool applied, const QString &result)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "UPDATE rollout_requests SET state = ?2, result = ?3, applied_at = ?4 WHERE id = ?1 AND state = 'pending'")));
    s->bind(1, id).bind(2, applied ? QStringLiteral("applied") : QStringLiteral("refused")).bind(3, result).bind(4, m_clock->nowMs());
    return s->run();
}

Result<std::optional<RolloutStore::Request>> RolloutStore::request(const QString &id)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "SELECT id, rollout_id, action, actor, reason, created_at, state, result FROM rollout_requests WHERE id = ?1")));
    s->bind(1, id);
    SD_TRY(bool row, s->step());
    std::optional<Request> out;
    if (row) {
        out = Request{s->text(0), s->text(1), rolloutActionFromName(s->text(2)).value_or(RolloutAction::Pause), s->text(3),
                      s->text(4), s->int64(5), s->text(6), s->text(7)};
    }
    s->reset();
    return out;
}

bool RolloutStore::ownerIsAlive(const QString &owner)
{
    // owner = host:pid:random (Engine's format).
    const QStringList parts = owner.split(QLatin1Char(':'));
    if (parts.size() < 3 || parts.at(0) != QHostInfo::localHostName())
        return true; // another host: only the expiry tells
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return true;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

Result<bool> RolloutStore::acquireLease(const QString &rolloutId, const QString &owner, qint64 ttlMs)
{
    return m_db.transaction([&]() -> Result<bool> {
        SD_TRY(Statement *q, m_db.prepare(QStringLiteral("SELECT lease_owner, lease_expires_at, finished_at FROM rollouts WHERE id = ?1")));
        q->bind(1, rolloutId);
        SD_TRY(bool row, q->step());
        if (!row) {
            q->reset();
            return Error(ErrorCode::NotFound, QStringLiteral("no rollout %1").arg(rolloutId));
        }
        const QString current = q->text(0);
        const qint64 expires = q->int64(1);
        q->reset();
        const qint64 now = m_clock->nowMs();
        const bool free = current.isEmpty() || current == owner || expires < now || !ownerIsAlive(current);
        if (!free)
            return false;
        SD_TRY(Statement *u, m_db.prepare(QStringLiteral("UPDATE rollouts SET lease_owner = ?2, lease_expires_at = ?3 WHERE id = ?1")));
        u->bind(1, rolloutId).bind(2, owner).bind(3, now + ttlMs);
        SD_CHECK(u->run());
        return true;
    });
}

Result<void> RolloutStore::releaseLease(const QString &rolloutId, const QString &owner)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "UPDATE rollouts SET lease_owner = '', lease_expires_at = 0 WHERE id = ?1 AND lease_owner = ?2")));
    s->bind(1, rolloutId).bind(2, owner);
    return s->run();
}

Result<bool> RolloutStore::leasedByOther(const QString &rolloutId, const QString &owner)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral("SELECT lease_owner, lease_expires_at FROM rollouts WHERE id = ?1")));
    s->bind(1, rolloutId);
    SD_TRY(bool row, s->step());
    bool other = false;
    if (row) {
        const QString current = s->text(0);
        other = !current.isEmpty() && current != owner && s->int64(1) >= m_clock->nowMs() && ownerIsAlive(current);
    }
    s->reset();
    return other;
}

} // namespace shipdeck
