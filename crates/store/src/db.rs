//! Opening the encrypted database and bringing its schema up to date.
//!
//! Order matters for the promise "a failed open never modifies the file": the key is applied and
//! checked with a read before anything that writes (WAL mode, migrations) runs.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::error::{StoreError, StoreResult};
use crate::key::DbKey;

/// One embedded SQL file of `migrations/`.
pub struct Migration {
    pub name: &'static str,
    pub sql: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/migrations.rs"));

/// Milliseconds a writer waits for another connection's lock before giving up.
const BUSY_TIMEOUT_MS: u32 = 5_000;

/// The encrypted database of one device (or of one `ozzie serve`).
pub struct Store {
    pub(crate) conn: Connection,
    path: PathBuf,
    /// Counts of matching rows already computed, valid while nothing has written since.
    pub(crate) counts: crate::count_cache::CountCache,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish_non_exhaustive()
    }
}

/// A connection to `path` with `key` applied (not yet checked: the first read does that), and
/// SQLCipher's own log at `log_level` (NONE keeps a wrong key from printing its ERROR lines).
fn keyed_connection(path: &Path, flags: OpenFlags, key: &DbKey, log_level: &str) -> StoreResult<Connection> {
    let conn = Connection::open_with_flags(path, flags)?;
    let cipher: Option<String> = conn.query_row("PRAGMA cipher_version", [], |r| r.get(0)).optional()?;
    if cipher.filter(|v| !v.is_empty()).is_none() {
        return Err(StoreError::NotEncrypted);
    }
    conn.execute_batch(&format!("PRAGMA cipher_log_level = {log_level};"))?;
    conn.execute_batch(key.pragma().as_str())?;
    Ok(conn)
}

/// Connections are keyed one at a time within the process, and a keying that fails is tried again.
static KEYING: std::sync::Mutex<()> = std::sync::Mutex::new(());
const KEYING_ATTEMPTS: u64 = 3;

/// [`keyed_connection`], serialised and tried up to [`KEYING_ATTEMPTS`] times. SQLCipher has been
/// seen refusing a key before reading anything (its codec could not be set up) when several
/// connections were keyed at once under parallel tests, twice in a row on one occasion. Nothing is
/// written before the key is applied, so a fresh connection can try again; from the second try on,
/// SQLCipher's own error log is on, so a failure that stays says why.
fn keyed_connection_retrying(path: &Path, flags: OpenFlags, key: &DbKey) -> StoreResult<Connection> {
    let _one_at_a_time = KEYING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut attempt = 1;
    loop {
        let log_level = if attempt == 1 { "NONE" } else { "ERROR" };
        match keyed_connection(path, flags, key, log_level) {
            Err(StoreError::Sqlite(e)) if is_keying_failure(&e) && attempt < KEYING_ATTEMPTS => {
                tracing::warn!(error = %e, attempt, "SQLCipher could not apply the key; trying again on a new connection");
                std::thread::sleep(std::time::Duration::from_millis(20 * attempt));
                attempt += 1;
            }
            done => return done,
        }
    }
}

/// SQLCipher's answer when `PRAGMA key` itself fails (not a wrong key: that shows at the first read).
fn is_keying_failure(e: &rusqlite::Error) -> bool {
    e.to_string().contains("An error occurred with PRAGMA key")
}

impl Store {
    /// Opens (or creates) the database at `path` with `key`, then applies pending migrations.
    pub fn open(path: &Path, key: &DbKey) -> StoreResult<Store> {
        let existed = path.exists();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::Io { path: parent.to_path_buf(), source })?;
        }
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        if !existed {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = keyed_connection_retrying(path, flags, key)?;
        // The first read decrypts page 1: with a wrong key it fails here, before any write.
        if let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
            return Err(match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase) => StoreError::WrongKey { path: path.to_path_buf() },
                _ => StoreError::Sqlite(e),
            });
        }
        let mut store = Store { conn, path: path.to_path_buf(), counts: Default::default() };
        store.check_schema_is_known()?;
        let mode: String = store.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        debug_assert_eq!(mode.to_ascii_lowercase(), "wal");
        store.conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             PRAGMA synchronous = FULL;
             PRAGMA cache_size = -131072;",
        )?;
        store.conn.busy_timeout(std::time::Duration::from_millis(u64::from(BUSY_TIMEOUT_MS)))?;
        store.migrate()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Names of the migrations applied to this database, in order.
    pub fn applied_migrations(&self) -> StoreResult<Vec<String>> {
        let mut stmt = self.conn.prepare("SELECT name FROM schema_migrations ORDER BY name")?;
        let names = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        Ok(names)
    }

    /// Refuses a database that a newer Ozzie migrated (read-only check, before any write).
    fn check_schema_is_known(&self) -> StoreResult<()> {
        let has_table: bool = self.conn.query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
            [],
            |r| r.get(0),
        )?;
        if !has_table {
            return Ok(());
        }
        for (name, checksum) in self.applied_with_checksums()? {
            match MIGRATIONS.iter().find(|m| m.name == name) {
                None => return Err(StoreError::NewerSchema { path: self.path.clone(), name }),
                Some(m) if checksum_of(m.sql) != checksum => return Err(StoreError::MigrationChanged { name }),
                Some(_) => {}
            }
        }
        Ok(())
    }

    fn applied_with_checksums(&self) -> StoreResult<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare("SELECT name, checksum FROM schema_migrations ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Applies each embedded migration not yet applied, each in its own transaction.
    fn migrate(&mut self) -> StoreResult<()> {
        self.conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                 name       TEXT PRIMARY KEY,
                 checksum   TEXT NOT NULL,
                 applied_at TEXT NOT NULL
             );",
        )?;
        let applied = self.applied_migrations()?;
        let pending: Vec<&Migration> = MIGRATIONS.iter().filter(|m| !applied.iter().any(|a| a == m.name)).collect();
        if pending.is_empty() {
            return Ok(());
        }
        // A migration may rebuild a table others point at (SQLite's documented way to change a
        // table): with foreign keys on, dropping the old table would cascade into its children.
        // So they are off while migrating and checked, whole, before each migration commits.
        self.conn.execute_batch("PRAGMA foreign_keys = OFF;")?;
        let result = pending.into_iter().try_for_each(|m| self.apply(m));
        self.conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        result
    }

    fn apply(&mut self, m: &Migration) -> StoreResult<()> {
        let failed = |source| StoreError::Migration { name: m.name.into(), source };
        let tx = self.conn.transaction()?;
        tx.execute_batch(m.sql).map_err(failed)?;
        let broken: Option<String> = tx
            .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
            .optional()
            .map_err(failed)?;
        if let Some(table) = broken {
            return Err(StoreError::Migration {
                name: m.name.into(),
                source: rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
                    Some(format!("a row of {table} points at a missing row")),
                ),
            });
        }
        tx.execute(
            "INSERT INTO schema_migrations (name, checksum, applied_at) VALUES (?1, ?2, ?3)",
            rusqlite::params![m.name, checksum_of(m.sql), crate::now_text()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// `PRAGMA integrity_check` — "ok" when the file is sound.
    pub fn integrity_check(&self) -> StoreResult<String> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// Reads every page of the file (`ozzie check`, after a crash or a copy): SQLite's integrity
    /// and foreign-key checks, and how many rows the main tables hold.
    pub fn check(&self) -> StoreResult<DatabaseCheck> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check(20)")?;
        let problems: Vec<String> =
            stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?.into_iter().filter(|line| line != "ok").collect();
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let foreign_key_violations = stmt.query_map([], |_| Ok(()))?.count() as u64;
        let count = |table: &str| -> StoreResult<u64> {
            Ok(self.conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get::<_, i64>(0))?.unsigned_abs())
        };
        Ok(DatabaseCheck {
            problems,
            foreign_key_violations,
            users: count("users")?,
            transactions: count("transactions")?,
            imports: count("imports")?,
        })
    }
}

/// What `Store::check` found. The file is sound when `problems` is empty and no foreign key
/// points nowhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseCheck {
    /// SQLite's `integrity_check` findings (at most 20); empty when it said "ok".
    pub problems: Vec<String>,
    pub foreign_key_violations: u64,
    pub users: u64,
    pub transactions: u64,
    pub imports: u64,
}

impl DatabaseCheck {
    pub fn is_sound(&self) -> bool {
        self.problems.is_empty() && self.foreign_key_violations == 0
    }
}

fn checksum_of(sql: &str) -> String {
    hex::encode(Sha256::digest(sql.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ozzie_core::transaction::TransactionQueryInput;

    /// A database left by the release before `keyed_transactions`, with a user, an import and
    /// two transactions, keeps all of them (and their order) when opened now.
    #[test]
    fn keyed_transactions_migration_keeps_every_row() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("old.db");
        let key = DbKey::from_passphrase("migration-test");
        let split = MIGRATIONS.iter().position(|m| m.name.contains("keyed_transactions")).expect("migration exists");
        {
            let conn = Connection::open(&path).expect("open");
            conn.execute_batch(key.pragma().as_str()).expect("key");
            conn.execute_batch("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL);")
                .expect("table");
            for m in &MIGRATIONS[..split] {
                conn.execute_batch(m.sql).expect(m.name);
                conn.execute("INSERT INTO schema_migrations VALUES (?1, ?2, '2026-11-22T00:00:00Z')", [m.name, &checksum_of(m.sql)])
                    .expect("record");
            }
            conn.execute_batch(
                "INSERT INTO users (id, external_user_id, language, currency, onboarding_stage, created_at, updated_at)
                 VALUES ('ozz_usr_01KAQ0000000000000000000U1', 'me', 'en', 'USD', 'active', '2026-11-01T10:00:00.000000Z', '2026-11-01T10:00:00.000000Z');
                 INSERT INTO imports (id, user_id, kind, source, sha256, created_at)
                 VALUES ('ozz_imp_01KAQ0000000000000000000I1', 'ozz_usr_01KAQ0000000000000000000U1', 'spreadsheet', 'file_spreadsheet', 'ab', '2026-11-02T10:00:00.000000Z');
                 INSERT INTO transactions (id, user_id, amount_cents, currency, category, description, transaction_date, source, ai_confidence, created_at, import_id, external_id)
                 VALUES ('ozz_txn_01KAQ0000000000000000000T1', 'ozz_usr_01KAQ0000000000000000000U1', 4500, 'USD', 'food', 'WHOLEFDS', '2026-10-30', 'file_spreadsheet', 0.87, '2026-11-02T10:00:00.000000Z', 'ozz_imp_01KAQ0000000000000000000I1', 'FIT-1'),
                        ('ozz_txn_01KAQ0000000000000000000T2', 'ozz_usr_01KAQ0000000000000000000U1', 500, 'USD', 'food', 'coffee', '2026-10-30', 'manual', 1.0, '2026-11-03T10:00:00.000000Z', NULL, NULL);",
            )
            .expect("old rows");
        }
        let store = Store::open(&path, &key).expect("migrated");
        assert_eq!(store.applied_migrations().expect("applied").len(), MIGRATIONS.len());
        assert_eq!(store.integrity_check().expect("check"), "ok");
        let fk_problems: i64 = store.conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).expect("fk");
        assert_eq!(fk_problems, 0);
        let page = store
            .list_transactions("ozz_usr_01KAQ0000000000000000000U1", &TransactionQueryInput::default().validate().expect("query"))
            .expect("list");
        let seen: Vec<(String, String, i64, &str, f64, &str)> = page
            .transactions
            .iter()
            .map(|t| {
                (t.tx.transaction_date.to_string(), t.tx.description.clone(), t.tx.amount_cents, t.tx.category.as_str(), t.tx.ai_confidence, t.tx.source.as_str())
            })
            .collect();
        // Same date: the later one (higher key, from the later old id) comes first.
        assert_eq!(
            seen,
            vec![
                ("2026-10-30".into(), "coffee".into(), 500, "food", 1.0, "manual"),
                ("2026-10-30".into(), "WHOLEFDS".into(), 4500, "food", 0.87, "file_spreadsheet")
            ]
        );
        let last: i64 = store.conn.query_row("SELECT last_key FROM key_sequences WHERE name = 'transactions'", [], |r| r.get(0)).expect("seq");
        assert_eq!(last, 2);
        let foreign_keys: bool = store.conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).expect("pragma");
        assert!(foreign_keys, "foreign keys are back on after migrating");
    }
}
