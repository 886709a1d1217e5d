-- Why: `ozzie serve` answers API clients (the seed's client credentials). A client's secret is
-- shown once when it is created and stored only as a salted SHA-256 hash; each client sees only
-- the users it created (users.owner = client_id). The rate limit is per client.
CREATE TABLE api_clients (
    client_id             TEXT PRIMARY KEY,
    name                  TEXT NOT NULL,
    secret_salt           TEXT NOT NULL,
    secret_hash           TEXT NOT NULL,
    requests_per_minute   INTEGER NOT NULL DEFAULT 120 CHECK (requests_per_minute > 0),
    created_at            TEXT NOT NULL
);
