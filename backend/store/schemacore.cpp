// Schema of the store and the orchestration engine (migration versions 1–99).
#include "backend/store/migrations.h"

SD_REGISTER_MIGRATION(1, "core tables", R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE jobs(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    queue TEXT NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    priority INTEGER NOT NULL DEFAULT 1,
    state TEXT NOT NULL CHECK (state IN ('ready', 'leased', 'done', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 5,
    available_at INTEGER NOT NULL,
    lease_owner TEXT,
    lease_expires_at INTEGER,
    idempotency_key TEXT,
    last_error TEXT,
    result TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE INDEX jobs_ready ON jobs(queue, priority DESC, seq) WHERE state = 'ready';
CREATE INDEX jobs_leased ON jobs(queue, lease_expires_at) WHERE state = 'leased';
CREATE UNIQUE INDEX jobs_idempotency ON jobs(idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE workflow_runs(
    id TEXT PRIMARY KEY,
    job_id TEXT,
    type TEXT NOT NULL,
    priority INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('running', 'succeeded', 'failed', 'cancelled')),
    requested_by TEXT,
    source TEXT,
    attempt INTEGER NOT NULL DEFAULT 1,
    queued_at INTEGER,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    duration_ms INTEGER,
    steps INTEGER NOT NULL DEFAULT 0,
    trace_id TEXT,
    result TEXT,
    error TEXT
);
CREATE INDEX workflow_runs_started ON workflow_runs(started_at DESC);

CREATE TABLE spans(
    span_id TEXT PRIMARY KEY,
    trace_id TEXT NOT NULL,
    parent_span_id TEXT,
    name TEXT NOT NULL,
    kind INTEGER NOT NULL DEFAULT 1,
    start_ns INTEGER NOT NULL,
    end_ns INTEGER NOT NULL,
    status INTEGER NOT NULL DEFAULT 0,
    status_message TEXT,
    attributes TEXT,
    events TEXT
);
CREATE INDEX spans_trace ON spans(trace_id);
CREATE INDEX spans_start ON spans(start_ns);

CREATE TABLE audit_log(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
)SQL");
