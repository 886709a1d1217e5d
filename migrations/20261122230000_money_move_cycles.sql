-- Why: seed 000 works in pay cycles: one money move per cycle, with checkable tasks, a due date
-- (the next payday) and a status (available → in_progress → completed, or expired when the
-- payday passes first). Cycles are kept as history; one per user and cycle start.
CREATE TABLE money_move_cycles (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    cycle_start TEXT NOT NULL,
    due_date    TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('available', 'in_progress', 'completed', 'expired')),
    title       TEXT NOT NULL,
    description TEXT NOT NULL,
    tasks       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (user_id, cycle_start)
);
CREATE INDEX money_move_cycles_by_user ON money_move_cycles (user_id, cycle_start DESC);
