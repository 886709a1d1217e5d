-- Why: ingestion keeps what the user gave (the sentence itself, or a file's name and SHA-256)
-- beside what was parsed from it, so nothing typed is ever lost even when parsing fails; each
-- transaction remembers its import and the bank's own id (OFX FITID, a CSV id column), which is
-- what lets a re-import or an overlapping statement add no duplicates. An import is queued for
-- sync as one outbox entry (entity 'import'), not one per row: the outbox is rebuilt to allow it.

CREATE TABLE imports (
    id                   TEXT PRIMARY KEY,
    user_id              TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind                 TEXT NOT NULL CHECK (kind IN ('text', 'image', 'pdf', 'spreadsheet', 'ofx', 'qif')),
    source               TEXT NOT NULL,
    file_name            TEXT,
    sha256               TEXT,
    raw_text             TEXT,
    parsed_count         INTEGER NOT NULL DEFAULT 0,
    imported_count       INTEGER NOT NULL DEFAULT 0,
    duplicate_count      INTEGER NOT NULL DEFAULT 0,
    low_confidence_count INTEGER NOT NULL DEFAULT 0,
    diagnostics          TEXT NOT NULL DEFAULT '[]',
    created_at           TEXT NOT NULL
);
CREATE INDEX imports_by_user ON imports (user_id, created_at);

ALTER TABLE transactions ADD COLUMN import_id TEXT REFERENCES imports (id);
ALTER TABLE transactions ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX transactions_by_external_id ON transactions (user_id, external_id) WHERE external_id IS NOT NULL;
-- Duplicate matching looks up the same amount within a few days.
CREATE INDEX transactions_by_amount_date ON transactions (user_id, amount_cents, transaction_date);

CREATE TABLE outbox_next (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id         TEXT NOT NULL,
    entity          TEXT NOT NULL CHECK (entity IN ('user', 'intake', 'plan', 'goal', 'transaction', 'import')),
    entity_id       TEXT NOT NULL,
    op              TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    payload         TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'parked')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at TEXT,
    created_at      TEXT NOT NULL
);
INSERT INTO outbox_next SELECT * FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_next RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox (state, seq);
