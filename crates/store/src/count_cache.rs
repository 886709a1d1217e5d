//! Row counts remembered until the database changes.
//!
//! A page of transactions carries the total number that match (the seed's `total_count`), and
//! counting is a scan of the user's index range: at a million rows that would dominate every
//! page. The count is kept with a stamp of the database's state — this connection's total
//! changes (`sqlite3_total_changes`, every insert, update and delete it made) and `PRAGMA
//! data_version` (commits by other connections, e.g. a CLI import while `ozzie serve` runs) —
//! and reused only while both are unchanged.

use std::cell::RefCell;
use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

/// At most this many distinct counts are kept (one per filter combination asked for).
const MAX_ENTRIES: usize = 256;

#[derive(Default)]
pub(crate) struct CountCache(RefCell<HashMap<String, (Stamp, i64)>>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    own_changes: u64,
    data_version: i64,
}

fn stamp(conn: &Connection) -> rusqlite::Result<Stamp> {
    let data_version = conn.prepare_cached("PRAGMA data_version")?.query_row([], |r| r.get(0))?;
    Ok(Stamp { own_changes: conn.total_changes(), data_version })
}

impl CountCache {
    /// `SELECT count(*) …` with `args`, from the cache when the database has not changed.
    pub(crate) fn count(&self, conn: &Connection, sql: &str, args: &[Value]) -> rusqlite::Result<i64> {
        let key = format!("{sql}\u{1f}{args:?}");
        let now = stamp(conn)?;
        if let Some((at, n)) = self.0.borrow().get(&key) {
            if *at == now {
                return Ok(*n);
            }
        }
        let n: i64 = conn.prepare_cached(sql)?.query_row(params_from_iter(args.iter()), |r| r.get(0))?;
        let mut map = self.0.borrow_mut();
        if map.len() >= MAX_ENTRIES {
            map.clear();
        }
        map.insert(key, (now, n));
        Ok(n)
    }
}
