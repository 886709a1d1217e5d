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
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish_non_exhaustive()
    }
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
        let conn = Connection::open_with_flags(path, flags)?;
        let cipher: Option<String> = conn.query_row("PRAGMA cipher_version", [], |r| r.get(0)).optional()?;
        if cipher.filter(|v| !v.is_empty()).is_none() {
            return Err(StoreError::NotEncrypted);
        }
        // A wrong key would otherwise print SQLCipher's own ERROR lines on stderr.
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        conn.execute_batch(key.pragma().as_str())?;
        // The first read decrypts page 1: with a wrong key it fails here, before any write.
        if let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
            return Err(match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase) => StoreError::WrongKey { path: path.to_path_buf() },
                _ => StoreError::Sqlite(e),
            });
        }
        let mut store = Store { conn, path: path.to_path_buf() };
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
        for m in MIGRATIONS.iter().filter(|m| !applied.iter().any(|a| a == m.name)) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(m.sql).map_err(|source| StoreError::Migration { name: m.name.into(), source })?;
            tx.execute(
                "INSERT INTO schema_migrations (name, checksum, applied_at) VALUES (?1, ?2, ?3)",
                rusqlite::params![m.name, checksum_of(m.sql), crate::now_text()],
            )?;
            tx.commit()?;
        }
        Ok(())
    }

    /// `PRAGMA integrity_check` — "ok" when the file is sound.
    pub fn integrity_check(&self) -> StoreResult<String> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

fn checksum_of(sql: &str) -> String {
    hex::encode(Sha256::digest(sql.as_bytes()))
}
