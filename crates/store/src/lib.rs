//! Ozzie Local's store: an SQLCipher-encrypted SQLite file, its embedded migrations, one module of
//! queries per table, and the outbox.
//!
//! Invariants:
//! - This is the only crate that speaks SQL or depends on rusqlite.
//! - Every syncable mutation writes its row(s) and its outbox entry in one SQLite transaction
//!   ([`outbox::enqueue`] takes the open transaction).
//! - Money is stored as INTEGER minor units; timestamps as RFC 3339 UTC text; dates as YYYY-MM-DD
//!   text, except in `transactions`, which stores day numbers (see [`transactions`]).

pub mod api_clients;
pub mod chat;
mod count_cache;
mod db;
mod error;
pub mod goals;
pub mod imports;
pub mod inbound;
pub mod moves;
pub mod notices;
pub mod intakes;
pub mod key;
pub mod outbox;
pub mod plans;
pub mod settings;
pub mod sync;
pub mod transactions;
pub mod users;

pub use db::{DatabaseCheck, Migration, Store, MIGRATIONS};
pub use error::{StoreError, StoreResult};
pub use key::{resolve_key, DbKey, KeySource, OsKeyring, SecretStore};

use chrono::{DateTime, SecondsFormat, Utc};

/// A new prefixed, time-sortable id (`ozz_usr_01J…`): a ULID behind the seed's prefix.
pub(crate) fn new_id(prefix: &str) -> String {
    format!("ozz_{prefix}_{}", ulid::Ulid::new())
}

pub(crate) fn now() -> DateTime<Utc> {
    // Stored at microsecond precision; truncate so what is returned equals what is read back.
    let now = Utc::now();
    DateTime::from_timestamp_micros(now.timestamp_micros()).unwrap_or(now)
}

pub(crate) fn now_text() -> String {
    time_text(&now())
}

pub(crate) fn time_text(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

pub(crate) fn parse_time(raw: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(raw)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

pub(crate) fn parse_date(raw: &str) -> rusqlite::Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

pub(crate) fn bad_value(what: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, what.into())
}
