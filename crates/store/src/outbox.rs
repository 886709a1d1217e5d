//! The outbox: every syncable change, queued in the same transaction as the change itself, so a
//! crash can never leave a change that sync does not know about (or the reverse).
//!
//! The payload is the object as the seed's API shows it; the idempotency key lets the remote
//! recognise a retried operation. An entry is `pending` until the remote took it (then it is
//! removed, its ids kept in `sync_ids`) or refused it for good (`parked`, with the error, for the
//! person to see). Queuing a change also marks the remote-derived caches that depend on it stale
//! (`remote_cache.dirty_seq`), in the same transaction. Draining is in [`crate::sync`].

use rusqlite::{params, Transaction};
use serde::Serialize;

use crate::error::StoreResult;
use crate::{new_id, now_text, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    User,
    Intake,
    Plan,
    Goal,
    Transaction,
    Import,
}

impl Entity {
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::User => "user",
            Entity::Intake => "intake",
            Entity::Plan => "plan",
            Entity::Goal => "goal",
            Entity::Transaction => "transaction",
            Entity::Import => "import",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Create,
    Update,
    Delete,
}

impl Op {
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Create => "create",
            Op::Update => "update",
            Op::Delete => "delete",
        }
    }
}

/// Appends one entry inside the caller's transaction.
pub(crate) fn enqueue<T: Serialize>(
    tx: &Transaction<'_>,
    user_id: &str,
    entity: Entity,
    entity_id: &str,
    op: Op,
    payload: &T,
) -> StoreResult<()> {
    let payload = serde_json::to_string(payload).map_err(|e| crate::StoreError::Corrupt(e.to_string()))?;
    tx.execute(
        "INSERT INTO outbox (user_id, entity, entity_id, op, payload, idempotency_key, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![user_id, entity.as_str(), entity_id, op.as_str(), payload, new_id("idem"), now_text()],
    )?;
    let depends: &[&str] = match entity {
        Entity::User => &[],
        Entity::Intake | Entity::Plan | Entity::Goal => &["plan", "money_moves"],
        Entity::Transaction | Entity::Import => &["money_moves"],
    };
    for kind in depends {
        tx.prepare_cached("UPDATE remote_cache SET dirty_seq = last_insert_rowid() WHERE user_id = ?1 AND kind = ?2")?.execute(params![user_id, kind])?;
    }
    Ok(())
}

/// One queued change, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEntry {
    pub seq: i64,
    pub user_id: String,
    pub entity: String,
    pub entity_id: String,
    pub op: String,
    pub payload: String,
    pub idempotency_key: String,
    pub state: String,
    /// Sends tried so far.
    pub attempts: u32,
    /// Not to be sent before this time (RFC 3339), after a failed attempt.
    pub next_attempt_at: Option<String>,
    pub last_error: Option<String>,
}

pub(crate) const ENTRY_COLUMNS: &str = "seq, user_id, entity, entity_id, op, payload, idempotency_key, state, attempts, next_attempt_at, last_error";

pub(crate) fn entry_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<OutboxEntry> {
    Ok(OutboxEntry {
        seq: r.get(0)?,
        user_id: r.get(1)?,
        entity: r.get(2)?,
        entity_id: r.get(3)?,
        op: r.get(4)?,
        payload: r.get(5)?,
        idempotency_key: r.get(6)?,
        state: r.get(7)?,
        attempts: r.get(8)?,
        next_attempt_at: r.get(9)?,
        last_error: r.get(10)?,
    })
}

impl Store {
    /// Entries waiting to be sent, oldest first.
    pub fn pending_outbox(&self, limit: u32) -> StoreResult<Vec<OutboxEntry>> {
        let mut stmt = self.conn.prepare(&format!("SELECT {ENTRY_COLUMNS} FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?1"))?;
        let rows = stmt.query_map([limit], entry_from_row)?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Pending entries after position `after`, oldest first.
    pub fn pending_outbox_after(&self, after: i64, limit: u32) -> StoreResult<Vec<OutboxEntry>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {ENTRY_COLUMNS} FROM outbox WHERE state = 'pending' AND seq > ?1 ORDER BY seq LIMIT ?2"))?;
        let rows = stmt.query_map(params![after, limit], entry_from_row)?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    pub fn outbox_len(&self) -> StoreResult<u64> {
        let n: i64 = self.conn.query_row("SELECT count(*) FROM outbox WHERE state = 'pending'", [], |r| r.get(0))?;
        Ok(n.unsigned_abs())
    }
}
