//! What sync keeps on the device, and what the serving side keeps to answer retries.
//!
//! - The outbox's life after it is queued: taken by the remote (the entry goes, its ids stay in
//!   `sync_ids`, in one transaction, so a crash either keeps the entry to resend with the same
//!   idempotency key or has both), tried again later (`attempts`, `next_attempt_at`,
//!   `last_error`), or refused for good (`parked`, shown to the person until they try again).
//! - `remote_cache`: the remote's plan and money moves, stale while a local change they depend on
//!   (`dirty_seq`, set by [`crate::outbox::enqueue`]) is newer than what the remote had seen when
//!   they were fetched (`source_seq`).
//! - `idempotency_keys`: on the serving side, the answer to each request sent with an
//!   Idempotency-Key, kept 30 days.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::StoreResult;
use crate::outbox::{entry_from_row, OutboxEntry, ENTRY_COLUMNS};
use crate::{now_text, Store};

/// Records that `local_id` is `remote_id` on the remote.
pub(crate) fn map_id(tx: &Transaction<'_>, user_id: &str, local_id: &str, remote_id: &str) -> rusqlite::Result<()> {
    tx.prepare_cached("INSERT INTO sync_ids (local_id, remote_id, user_id) VALUES (?1, ?2, ?3) ON CONFLICT (local_id) DO UPDATE SET remote_id = excluded.remote_id")?
        .execute(params![local_id, remote_id, user_id])?;
    Ok(())
}

/// One remote-derived document kept for a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedRemote {
    /// `plan` or `money_moves`.
    pub kind: String,
    /// The remote's `data`, as JSON text.
    pub body: Option<String>,
    pub fetched_at: Option<String>,
    /// A local change it depends on is newer than what the remote had seen.
    pub stale: bool,
}

/// An answer kept for an Idempotency-Key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptResponse {
    pub fingerprint: String,
    pub status: u16,
    pub body: Vec<u8>,
}

impl Store {
    /// The pending entry `seq`, if it is still pending.
    pub fn outbox_entry(&self, seq: i64) -> StoreResult<Option<OutboxEntry>> {
        Ok(self
            .conn
            .query_row(&format!("SELECT {ENTRY_COLUMNS} FROM outbox WHERE seq = ?1 AND state = 'pending'"), [seq], entry_from_row)
            .optional()?)
    }

    /// The remote took entry `seq`: its ids are recorded and the entry leaves the queue, together.
    pub fn outbox_synced(&mut self, seq: i64, user_id: &str, ids: &[(String, String)]) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        for (local, remote) in ids {
            map_id(&tx, user_id, local, remote)?;
        }
        tx.execute("DELETE FROM outbox WHERE seq = ?1", [seq])?;
        tx.commit()?;
        Ok(())
    }

    /// Entry `seq` failed in a way that may pass: try again at `next_attempt_at` (RFC 3339).
    pub fn outbox_retry_later(&mut self, seq: i64, error: &str, next_attempt_at: &str) -> StoreResult<()> {
        self.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3 WHERE seq = ?1",
            params![seq, error, next_attempt_at],
        )?;
        Ok(())
    }

    /// The remote refused entry `seq` for a reason a retry cannot fix: kept, with the reason, for
    /// the person to see.
    pub fn outbox_park(&mut self, seq: i64, error: &str) -> StoreResult<()> {
        self.conn.execute("UPDATE outbox SET state = 'parked', attempts = attempts + 1, last_error = ?2, next_attempt_at = NULL WHERE seq = ?1", params![seq, error])?;
        Ok(())
    }

    /// Entries the remote refused, oldest first.
    pub fn parked_outbox(&self, limit: u32) -> StoreResult<Vec<OutboxEntry>> {
        let mut stmt = self.conn.prepare(&format!("SELECT {ENTRY_COLUMNS} FROM outbox WHERE state = 'parked' ORDER BY seq LIMIT ?1"))?;
        let rows = stmt.query_map([limit], entry_from_row)?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    pub fn parked_len(&self) -> StoreResult<u64> {
        let n: i64 = self.conn.query_row("SELECT count(*) FROM outbox WHERE state = 'parked'", [], |r| r.get(0))?;
        Ok(n.unsigned_abs())
    }

    /// Puts the parked entries back in the queue, to be tried now; returns how many.
    pub fn retry_parked(&mut self) -> StoreResult<usize> {
        Ok(self.conn.execute("UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = NULL WHERE state = 'parked'", [])?)
    }

    /// Whether `user_id` still has changes waiting to be sent.
    pub fn user_has_pending(&self, user_id: &str) -> StoreResult<bool> {
        Ok(self.conn.prepare_cached("SELECT 1 FROM outbox WHERE user_id = ?1 AND state = 'pending'")?.exists([user_id])?)
    }

    /// The newest outbox position ever handed out.
    pub fn outbox_last_seq(&self) -> StoreResult<i64> {
        Ok(self.conn.query_row("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0)", [], |r| r.get(0))?)
    }

    /// What `local_id` is on the remote, once synced.
    pub fn remote_id(&self, local_id: &str) -> StoreResult<Option<String>> {
        Ok(self.conn.prepare_cached("SELECT remote_id FROM sync_ids WHERE local_id = ?1")?.query_row([local_id], |r| r.get(0)).optional()?)
    }

    /// The external id of user `user_id`, whoever's user it is.
    pub fn external_user_id(&self, user_id: &str) -> StoreResult<Option<String>> {
        Ok(self.conn.prepare_cached("SELECT external_user_id FROM users WHERE id = ?1")?.query_row([user_id], |r| r.get(0)).optional()?)
    }

    /// The users the remote knows (their creation was synced), as (local id, remote id).
    pub fn synced_users(&self) -> StoreResult<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare("SELECT s.local_id, s.remote_id FROM sync_ids s JOIN users u ON u.id = s.local_id ORDER BY u.created_at")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// The user's cached remote documents.
    pub fn remote_cache(&self, user_id: &str) -> StoreResult<Vec<CachedRemote>> {
        let mut stmt = self.conn.prepare_cached("SELECT kind, body, fetched_at, dirty_seq > source_seq FROM remote_cache WHERE user_id = ?1 ORDER BY kind")?;
        let rows = stmt
            .query_map([user_id], |r| Ok(CachedRemote { kind: r.get(0)?, body: r.get(1)?, fetched_at: r.get(2)?, stale: r.get(3)? }))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Keeps the remote's `kind` document for the user, as of outbox position `source_seq`.
    pub fn put_remote_cache(&mut self, user_id: &str, kind: &str, body: &str, source_seq: i64) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO remote_cache (user_id, kind, body, fetched_at, source_seq) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (user_id, kind) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at, source_seq = excluded.source_seq",
            params![user_id, kind, body, now_text(), source_seq],
        )?;
        Ok(())
    }

    pub fn sync_state(&self, key: &str) -> StoreResult<Option<String>> {
        Ok(self.conn.prepare_cached("SELECT value FROM sync_state WHERE key = ?1")?.query_row([key], |r| r.get(0)).optional()?)
    }

    pub fn set_sync_state(&mut self, key: &str, value: Option<&str>) -> StoreResult<()> {
        match value {
            Some(v) => self.conn.execute("INSERT INTO sync_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", params![key, v])?,
            None => self.conn.execute("DELETE FROM sync_state WHERE key = ?1", [key])?,
        };
        Ok(())
    }

    /// The answer kept for `key` under `scope` (a credential's hash).
    pub fn kept_response(&self, scope: &str, key: &str) -> StoreResult<Option<KeptResponse>> {
        Ok(self
            .conn
            .prepare_cached("SELECT fingerprint, status, body FROM idempotency_keys WHERE scope = ?1 AND key = ?2")?
            .query_row(params![scope, key], |r| Ok(KeptResponse { fingerprint: r.get(0)?, status: r.get(1)?, body: r.get(2)? }))
            .optional()?)
    }

    /// Keeps the answer to `key` (the first one kept stays), and forgets answers older than 30 days.
    pub fn keep_response(&mut self, scope: &str, key: &str, kept: &KeptResponse) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO idempotency_keys (scope, key, fingerprint, status, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
            params![scope, key, kept.fingerprint, kept.status, kept.body, now_text()],
        )?;
        let month_ago = crate::time_text(&(crate::now() - chrono::TimeDelta::days(30)));
        tx.execute("DELETE FROM idempotency_keys WHERE created_at < ?1", [month_ago])?;
        tx.commit()?;
        Ok(())
    }
}
