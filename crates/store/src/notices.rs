//! Which notices were already handed out: each occasion's key is claimed once per user.

use rusqlite::params;

use crate::error::StoreResult;
use crate::Store;

impl Store {
    /// Claims `keys` for `user_id` in one transaction and returns whether each was new (not
    /// handed out before).
    pub fn claim_notices(&mut self, user_id: &str, keys: &[&str], shown_at: &str) -> StoreResult<Vec<bool>> {
        let tx = self.conn.transaction()?;
        let mut fresh = Vec::with_capacity(keys.len());
        {
            let mut insert = tx.prepare("INSERT INTO notices_shown (user_id, key, shown_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")?;
            for key in keys {
                fresh.push(insert.execute(params![user_id, key, shown_at])? == 1);
            }
        }
        tx.commit()?;
        Ok(fresh)
    }
}
