// Schema of the deploy module (migration versions 120-199).
#include "backend/store/migrations.h"

SD_REGISTER_MIGRATION(120, "rollouts", R"SQL(
CREATE TABLE rollouts(
    id TEXT PRIMARY KEY,
    deployment_id TEXT NOT NULL,
    component TEXT NOT NULL,
    environment TEXT NOT NULL,
    strategy TEXT NOT NULL,
    provider TEXT NOT NULL,
    revision INTEGER NOT NULL,
    name TEXT NOT NULL,
    spec_yaml TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    plan TEXT NOT NULL,
    stable_version TEXT NOT NULL DEFAULT '',
    target_version TEXT NOT NULL,
    replicas INTEGER NOT NULL,
    phase TEXT NOT NULL CHECK (phase IN ('Progressing', 'Paused', 'Degraded', 'Healthy', 'Aborted', 'RolledBack')),
    message TEXT NOT NULL DEFAULT '',
    pause_conditions TEXT NOT NULL DEFAULT '[]',
    user_paused INTEGER NOT NULL DEFAULT 0,
    step_index INTEGER NOT NULL DEFAULT 0,
    step_state TEXT NOT NULL DEFAULT '{}',
    traffic TEXT NOT NULL DEFAULT '{}',
    abort_reason TEXT NOT NULL DEFAULT '',
    aborted_by TEXT NOT NULL DEFAULT '',
    promote_full INTEGER NOT NULL DEFAULT 0,
    finalizer TEXT NOT NULL DEFAULT '{}',
    background TEXT NOT NULL DEFAULT '{}',
    depends_on TEXT NOT NULL DEFAULT '[]',
    generation INTEGER NOT NULL DEFAULT 0,
    pending_transition INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    started_at INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    finished_at INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT '',
    change_commit TEXT NOT NULL DEFAULT '',
    change_created_at INTEGER NOT NULL DEFAULT 0,
    undo_of_revision INTEGER NOT NULL DEFAULT 0,
    trace_id TEXT NOT NULL DEFAULT '',
    span_id TEXT NOT NULL DEFAULT '',
    job_id TEXT NOT NULL DEFAULT '',
    lease_owner TEXT NOT NULL DEFAULT '',
    lease_expires_at INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX rollouts_revision ON rollouts(component, environment, revision);
CREATE INDEX rollouts_recent ON rollouts(created_at DESC);
CREATE INDEX rollouts_unfinished ON rollouts(finished_at) WHERE finished_at = 0;
CREATE INDEX rollouts_deployment ON rollouts(deployment_id);

-- Write-ahead log of the state machine: every provider action is recorded as an intent before
-- it is taken and gets its result after; an intent without result is replayed after a crash.
CREATE TABLE rollout_transitions(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    rollout_id TEXT NOT NULL REFERENCES rollouts(id),
    generation INTEGER NOT NULL,
    step_index INTEGER NOT NULL,
    action TEXT NOT NULL,
    intent TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('intent', 'done', 'failed', 'superseded')),
    error TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL DEFAULT '',
    intent_at INTEGER NOT NULL,
    result_at INTEGER NOT NULL DEFAULT 0,
    UNIQUE(rollout_id, generation)
);

CREATE TABLE rollout_events(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    rollout_id TEXT NOT NULL REFERENCES rollouts(id),
    at INTEGER NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('Normal', 'Warning')),
    reason TEXT NOT NULL,
    message TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX rollout_events_rollout ON rollout_events(rollout_id, seq);

-- Actions asked for by a person (possibly in another process), applied by the process driving
-- the rollout.
CREATE TABLE rollout_requests(
    id TEXT PRIMARY KEY,
    rollout_id TEXT NOT NULL REFERENCES rollouts(id),
    action TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'applied', 'refused')),
    result TEXT NOT NULL DEFAULT '',
    applied_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX rollout_requests_pending ON rollout_requests(rollout_id) WHERE state = 'pending';

CREATE TABLE rollout_approvals(
    id TEXT PRIMARY KEY,
    rollout_id TEXT NOT NULL REFERENCES rollouts(id),
    step_index INTEGER NOT NULL,
    generation INTEGER NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX rollout_approvals_rollout ON rollout_approvals(rollout_id);

CREATE TABLE analysis_runs(
    id TEXT PRIMARY KEY,
    rollout_id TEXT NOT NULL REFERENCES rollouts(id),
    kind TEXT NOT NULL,
    step_index INTEGER NOT NULL,
    templates TEXT NOT NULL,
    phase TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    started_at INTEGER NOT NULL,
    finished_at INTEGER NOT NULL DEFAULT 0,
    metrics TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX analysis_runs_rollout ON analysis_runs(rollout_id, started_at);

-- Every verdict with the numbers behind it, so a person can see why.
CREATE TABLE analysis_verdicts(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    rollout_id TEXT NOT NULL REFERENCES rollouts(id),
    run_id TEXT NOT NULL,
    metric TEXT NOT NULL,
    kind TEXT NOT NULL,
    phase TEXT NOT NULL,
    summary TEXT NOT NULL,
    numbers TEXT NOT NULL DEFAULT '{}',
    at INTEGER NOT NULL
);
CREATE INDEX analysis_verdicts_rollout ON analysis_verdicts(rollout_id, seq);

-- Per-second traffic of the canary and the stable version during a rollout (charts, analysis).
CREATE TABLE rollout_samples(
    rollout_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('canary', 'stable')),
    version TEXT NOT NULL,
    window_ms INTEGER NOT NULL,
    requests REAL NOT NULL,
    errors REAL NOT NULL,
    latency_sum REAL NOT NULL,
    latency_count REAL NOT NULL,
    buckets TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (rollout_id, role, at)
) WITHOUT ROWID;
)SQL");
