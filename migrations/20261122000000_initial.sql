-- Why: the first schema of Ozzie Local. Users (scoped by owner: the device itself, or an API
-- client of `ozzie serve`), intake snapshots (append-only: a plan names the snapshot it came
-- from), plans (the numbers the engine reads back, plus the full document the user was shown),
-- goals, transactions, chat messages, non-secret settings, and the outbox that sync drains.
-- Money columns are INTEGER minor units. Timestamps are RFC 3339 UTC text; dates are YYYY-MM-DD.
-- This file is never edited once released: later changes are new files.

CREATE TABLE users (
    id               TEXT PRIMARY KEY,
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
CREATE INDEX users_by_phone ON users (phone) WHERE phone IS NOT NULL;

CREATE TABLE intakes (
    id                    TEXT PRIMARY KEY,
    user_id               TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    currency              TEXT NOT NULL,
    monthly_income        INTEGER NOT NULL CHECK (monthly_income > 0),
    monthly_expenses      INTEGER NOT NULL CHECK (monthly_expenses >= 0),
    fixed_expenses        INTEGER CHECK (fixed_expenses >= 0),
    variable_expenses     INTEGER CHECK (variable_expenses >= 0),
    total_debt            INTEGER NOT NULL CHECK (total_debt >= 0),
    monthly_debt_payment  INTEGER NOT NULL CHECK (monthly_debt_payment >= 0),
    debt_interest_rate_bp INTEGER CHECK (debt_interest_rate_bp BETWEEN 0 AND 10000),
    current_savings       INTEGER NOT NULL CHECK (current_savings >= 0),
    financial_goal        TEXT NOT NULL CHECK (financial_goal IN ('savings', 'debt')),
    next_pay_date         TEXT,
    created_at            TEXT NOT NULL
);
CREATE INDEX intakes_by_user ON intakes (user_id, created_at, id);

CREATE TABLE plans (
    id                             TEXT PRIMARY KEY,
    user_id                        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    intake_id                      TEXT NOT NULL REFERENCES intakes (id),
    status                         TEXT NOT NULL CHECK (status IN ('active', 'superseded')),
    currency                       TEXT NOT NULL,
    language                       TEXT NOT NULL,
    monthly_surplus                INTEGER NOT NULL,
    recommended_monthly_savings    INTEGER NOT NULL CHECK (recommended_monthly_savings >= 0),
    recommended_extra_debt_payment INTEGER NOT NULL CHECK (recommended_extra_debt_payment >= 0),
    savings_rate_percent           INTEGER NOT NULL,
    document                       TEXT NOT NULL,
    created_at                     TEXT NOT NULL
);
CREATE INDEX plans_by_user ON plans (user_id, created_at, id);

CREATE TABLE goals (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    goal_type       TEXT NOT NULL CHECK (goal_type IN ('savings', 'debt')),
    name            TEXT NOT NULL,
    currency        TEXT NOT NULL,
    target_amount   INTEGER NOT NULL CHECK (target_amount >= 0),
    starting_amount INTEGER NOT NULL CHECK (starting_amount >= 0),
    current_amount  INTEGER NOT NULL CHECK (current_amount >= 0),
    target_date     TEXT,
    cadence         TEXT NOT NULL CHECK (cadence IN ('biweekly', 'monthly')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX goals_by_user ON goals (user_id, created_at, id);

CREATE TABLE transactions (
    id               TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    amount_cents     INTEGER NOT NULL CHECK (amount_cents > 0),
    currency         TEXT NOT NULL,
    category         TEXT NOT NULL CHECK (category IN ('food', 'transport', 'housing', 'utilities', 'health',
                                                       'entertainment', 'education', 'clothing', 'income', 'other')),
    description      TEXT NOT NULL,
    transaction_date TEXT NOT NULL,
    source           TEXT NOT NULL,
    ai_confidence    REAL NOT NULL CHECK (ai_confidence BETWEEN 0.0 AND 1.0),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
-- The listing order (date desc, id desc) is served straight from this index.
CREATE INDEX transactions_by_user_date ON transactions (user_id, transaction_date DESC, id DESC);

CREATE TABLE chat_messages (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
    message    TEXT NOT NULL,
    emotion    TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX chat_by_user ON chat_messages (user_id, created_at, id);

-- Non-secret settings only: secrets live in the OS keyring.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every syncable mutation appends here in the same transaction as the change itself.
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id         TEXT NOT NULL,
    entity          TEXT NOT NULL CHECK (entity IN ('user', 'intake', 'plan', 'goal', 'transaction')),
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
CREATE INDEX outbox_pending ON outbox (state, seq);
