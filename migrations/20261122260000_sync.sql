-- Why: sync (issue 7). The device sends its outbox to a remote Ozzie endpoint and keeps what the
-- remote derived; the serving side answers a retried request from what it answered before.
--
-- sync_ids:      each synced local id (user, goal, transaction…) and its id on the remote, so a
--                later edit or delete names the right remote row and a pulled row is not pulled twice.
-- remote_cache:  the remote's plan and money moves for a user, with the outbox position the remote
--                had seen when they were fetched (source_seq) and the position of the newest local
--                change they depend on (dirty_seq): stale while dirty_seq > source_seq.
-- sync_state:    the worker's last attempt, last success and last error, for the status screens.
-- idempotency_keys: on the serving side, the response to each request sent with an
--                Idempotency-Key, per API credential, so a retry after a lost response gets the
--                same answer instead of a second copy.
CREATE TABLE sync_ids (
    local_id   TEXT PRIMARY KEY,
    remote_id  TEXT NOT NULL,
    user_id    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sync_ids_by_remote ON sync_ids (user_id, remote_id);

CREATE TABLE remote_cache (
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('plan', 'money_moves')),
    body        TEXT,
    fetched_at  TEXT,
    source_seq  INTEGER NOT NULL DEFAULT 0,
    dirty_seq   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, kind)
) WITHOUT ROWID;

CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE idempotency_keys (
    scope        TEXT NOT NULL,
    key          TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    status       INTEGER NOT NULL,
    body         BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (scope, key)
) WITHOUT ROWID;
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
