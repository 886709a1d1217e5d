//! The store's errors. Each says what happened and what the person can do about it.

use std::path::PathBuf;

use ozzie_core::DomainError;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "The database at {path} could not be opened with this key. It was created with a different key: \
         if you set OZZIE_DB_KEY, use the value the database was created with (or unset it to use the key \
         in the OS keyring). The file was not changed."
    )]
    WrongKey { path: PathBuf },

    #[error(
        "No database key is available: {detail}. Either run inside a desktop session with a working \
         keyring (Secret Service: GNOME Keyring or KWallet; macOS Keychain; Windows Credential Manager), \
         or set OZZIE_DB_KEY to a long random value, e.g. `export OZZIE_DB_KEY=$(openssl rand -hex 32)`, \
         and keep it safe: it is the only way to open this database."
    )]
    KeyUnavailable { detail: String },

    #[error(
        "The database at {path} exists but its key is not in the OS keyring (it may have been created \
         with OZZIE_DB_KEY, or on another account or machine). Set OZZIE_DB_KEY to the value it was \
         created with. The file was not changed."
    )]
    KeyMissing { path: PathBuf },

    #[error("The OS keyring failed: {0}")]
    Keyring(String),

    #[error(
        "This build of Ozzie is not linked with SQLCipher, so it cannot encrypt the database; \
         rebuild with the `bundled-sqlcipher` feature of rusqlite."
    )]
    NotEncrypted,

    #[error(
        "The database at {path} was written by a newer version of Ozzie (migration {name} is unknown \
         to this one). Update Ozzie to open it; the file was not changed."
    )]
    NewerSchema { path: PathBuf, name: String },

    #[error(
        "Migration {name} was changed after it was applied to this database. Migrations are \
         append-only: restore the original file and add a new migration instead."
    )]
    MigrationChanged { name: String },

    #[error("Migration {name} failed: {source}")]
    Migration { name: String, source: rusqlite::Error },

    #[error(transparent)]
    Domain(#[from] DomainError),

    #[error("Database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    #[error("Could not use {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },

    #[error("A stored value is not valid: {0}")]
    Corrupt(String),
}

pub type StoreResult<T> = Result<T, StoreError>;
