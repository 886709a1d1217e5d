-- Why: the app asks for due notices (a money move is ready, payday, a category over its target,
-- a goal milestone) whenever it opens or wakes; each occasion must notify once. Its key is
-- claimed here when it is handed out.
CREATE TABLE notices_shown (
    user_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    shown_at  TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
) WITHOUT ROWID;
