-- Why: importing a bank's whole history writes a million transaction rows, and each row carried
-- three 34-character ids (its own, its user's, its import's), a creation time and a source that
-- its import already knows, a ten-character date, a category word, a REAL confidence, and a
-- second b-tree for its text primary key: about 330 bytes written per row, seven times what the
-- row says. Transactions now live in a rowid table keyed by an integer (`key`), point at their
-- user and import by integer keys, leave source and creation time NULL when they are their
-- import's, and store the date as a day number (days since 1970-01-01), the category as a code
-- (0 food, 1 transport, 2 housing, 3 utilities, 4 health, 5 entertainment, 6 education,
-- 7 clothing, 8 income, 9 other: fixed forever, crates/store/src/transactions.rs) and the
-- confidence in hundredths. A transaction's public id is still a ULID behind `ozz_txn_`: its
-- time part is the creation time and its 80-bit random part is the key, so ids look and sort
-- like every other id without a second index. Keys are never reused: `key_sequences` remembers
-- the last key handed out.
--
-- Users and imports gain the integer keys the transactions point at (tables rebuilt; their text
-- ids stay). No release has shipped before this migration; existing transactions get new ids in
-- their old id order, and outbox entries already queued keep the id they were queued with.
-- Migrations run with foreign keys off and checked before commit (crates/store/src/db.rs).

CREATE TABLE users_keyed (
    key              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    owner            TEXT NOT NULL DEFAULT 'local',
    external_user_id TEXT NOT NULL,
    name             TEXT,
    email            TEXT,
    phone            TEXT,
    language         TEXT NOT NULL CHECK (language IN ('en', 'pt', 'es')),
    currency         TEXT NOT NULL,
    onboarding_stage TEXT NOT NULL CHECK (onboarding_stage IN ('intake_pending', 'plan_pending', 'active')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (owner, external_user_id)
);
INSERT INTO users_keyed (id, owner, external_user_id, name, email, phone, language, currency, onboarding_stage, created_at, updated_at)
SELECT id, owner, external_user_id, name, email, phone, language, currency, onboarding_stage, created_at, updated_at
FROM users ORDER BY id;
DROP TABLE users;
ALTER TABLE users_keyed RENAME TO users;
CREATE INDEX users_by_phone ON users (phone) WHERE phone IS NOT NULL;

CREATE TABLE imports_keyed (
    key                  INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
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
INSERT INTO imports_keyed (id, user_id, kind, source, file_name, sha256, raw_text, parsed_count, imported_count,
                           duplicate_count, low_confidence_count, diagnostics, created_at)
SELECT id, user_id, kind, source, file_name, sha256, raw_text, parsed_count, imported_count,
       duplicate_count, low_confidence_count, diagnostics, created_at
FROM imports ORDER BY id;
DROP TABLE imports;
ALTER TABLE imports_keyed RENAME TO imports;
CREATE INDEX imports_by_user ON imports (user_id, created_at);

-- `import_key` is not a foreign key on purpose: deleting a user cascades to its imports, and a
-- foreign key here would make each of those deletions scan the transactions for its import.
CREATE TABLE transactions_keyed (
    key             INTEGER PRIMARY KEY,
    user_key        INTEGER NOT NULL REFERENCES users (key) ON DELETE CASCADE,
    transaction_day INTEGER NOT NULL,
    amount_cents    INTEGER NOT NULL CHECK (amount_cents > 0),
    currency        TEXT NOT NULL,
    category_code   INTEGER NOT NULL CHECK (category_code BETWEEN 0 AND 9),
    description     TEXT NOT NULL,
    confidence_pct  INTEGER NOT NULL CHECK (confidence_pct BETWEEN 0 AND 100),
    import_key      INTEGER,
    source          TEXT,
    created_at      TEXT,
    external_id     TEXT,
    updated_at      TEXT,
    CHECK (import_key IS NOT NULL OR (source IS NOT NULL AND created_at IS NOT NULL))
);
INSERT INTO transactions_keyed (user_key, transaction_day, amount_cents, currency, category_code, description, confidence_pct,
                                import_key, source, created_at, external_id, updated_at)
SELECT u.key, CAST(julianday(t.transaction_date) - julianday('1970-01-01') AS INTEGER), t.amount_cents, t.currency,
       CASE t.category WHEN 'food' THEN 0 WHEN 'transport' THEN 1 WHEN 'housing' THEN 2 WHEN 'utilities' THEN 3
                       WHEN 'health' THEN 4 WHEN 'entertainment' THEN 5 WHEN 'education' THEN 6 WHEN 'clothing' THEN 7
                       WHEN 'income' THEN 8 ELSE 9 END,
       t.description, CAST(round(t.ai_confidence * 100) AS INTEGER), i.key, t.source, t.created_at, t.external_id, t.updated_at
FROM transactions t JOIN users u ON u.id = t.user_id LEFT JOIN imports i ON i.id = t.import_id
ORDER BY t.id;
DROP TABLE transactions;
ALTER TABLE transactions_keyed RENAME TO transactions;
-- The listing order (date desc, key desc) is this index read backwards (the key is its last column).
CREATE INDEX transactions_by_user_day ON transactions (user_key, transaction_day);
CREATE UNIQUE INDEX transactions_by_external_id ON transactions (user_key, external_id) WHERE external_id IS NOT NULL;

CREATE TABLE key_sequences (
    name     TEXT PRIMARY KEY,
    last_key INTEGER NOT NULL
);
INSERT INTO key_sequences (name, last_key) SELECT 'transactions', COALESCE(max(key), 0) FROM transactions;
