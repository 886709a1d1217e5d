//! Messages that arrive through a channel (the WhatsApp webhook): each id claimed once, with what
//! became of it. The message text is not kept here (a transaction keeps its own raw input).

use rusqlite::params;

use crate::error::StoreResult;
use crate::Store;

/// What claiming a message id found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// First delivery: handle it.
    New,
    /// Claimed before, but its handling never finished (the process stopped): handle it again.
    Unfinished,
    /// Handled before: a repeated delivery.
    Done,
}

impl Store {
    /// Claims a message id before it is handled.
    pub fn claim_inbound_message(&mut self, channel: &str, message_id: &str, user_id: Option<&str>, kind: &str, received_at: &str) -> StoreResult<Claim> {
        let inserted = self.conn.execute(
            "INSERT INTO inbound_messages (channel, message_id, user_id, kind, received_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
            params![channel, message_id, user_id, kind, received_at],
        )?;
        if inserted == 1 {
            return Ok(Claim::New);
        }
        let outcome: Option<String> =
            self.conn.query_row("SELECT outcome FROM inbound_messages WHERE channel = ?1 AND message_id = ?2", params![channel, message_id], |r| r.get(0))?;
        Ok(if outcome.is_some() { Claim::Done } else { Claim::Unfinished })
    }

    pub fn set_inbound_outcome(&mut self, channel: &str, message_id: &str, outcome: &str) -> StoreResult<()> {
        self.conn.execute("UPDATE inbound_messages SET outcome = ?3 WHERE channel = ?1 AND message_id = ?2", params![channel, message_id, outcome])?;
        Ok(())
    }

    /// The user (and the API client that owns it) whose phone is `phone` (E.164), oldest first
    /// when several clients know the same number.
    pub fn user_by_phone(&self, phone: &str) -> StoreResult<Option<(String, ozzie_core::user::User)>> {
        let found: Option<(String, String)> = rusqlite::OptionalExtension::optional(self.conn.query_row(
            "SELECT owner, id FROM users WHERE phone = ?1 ORDER BY created_at, id LIMIT 1",
            [phone],
            |r| Ok((r.get(0)?, r.get(1)?)),
        ))?;
        match found {
            None => Ok(None),
            Some((owner, id)) => Ok(self.user(&owner, &id)?.map(|u| (owner, u))),
        }
    }
}
