//! The database key: a random 256-bit key kept in the OS keyring, or derived from `OZZIE_DB_KEY`.
//!
//! SQLCipher gets the key raw (`PRAGMA key = "x'…'"`), which skips its passphrase KDF: opening
//! costs ~40 ms instead of ~390 ms, and the key is already uniformly random.
//!
//! - **Keyring** (default): on first run, 32 bytes from the OS RNG are stored hex-encoded in the
//!   keyring under service `ozzie-local`, account `database:<absolute db path>`.
//! - **`OZZIE_DB_KEY`** (headless: servers, CI): any non-empty string. The key is
//!   `SHA-256("ozzie-local/db-key/v1\0" ‖ value)`, so the same value always opens the same database.
//!   The value is the only protection of the data: use a long random one (`openssl rand -hex 32`).
//!
//! The key never appears in Debug output, logs or files, and is zeroed when dropped.

use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use crate::error::{StoreError, StoreResult};

pub const KEYRING_SERVICE: &str = "ozzie-local";
pub const ENV_VAR: &str = "OZZIE_DB_KEY";
const ENV_DOMAIN: &[u8] = b"ozzie-local/db-key/v1\0";

/// A 256-bit SQLCipher key.
pub struct DbKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbKey(<redacted>)")
    }
}

impl DbKey {
    /// Derives the key from an `OZZIE_DB_KEY` value (see the module docs).
    pub fn from_passphrase(value: &str) -> DbKey {
        let mut hasher = Sha256::new();
        hasher.update(ENV_DOMAIN);
        hasher.update(value.as_bytes());
        let mut bytes = Zeroizing::new([0u8; 32]);
        bytes.copy_from_slice(&hasher.finalize());
        DbKey(bytes)
    }

    pub fn random() -> StoreResult<DbKey> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        getrandom::fill(bytes.as_mut())
            .map_err(|e| StoreError::KeyUnavailable { detail: format!("the OS random generator failed ({e})") })?;
        Ok(DbKey(bytes))
    }

    fn from_hex(stored: &str) -> Option<DbKey> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        hex::decode_to_slice(stored.trim(), bytes.as_mut()).ok()?;
        Some(DbKey(bytes))
    }

    pub(crate) fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.0.as_ref()))
    }

    /// The `PRAGMA key` statement for this key (zeroed after use by the caller's drop).
    pub(crate) fn pragma(&self) -> Zeroizing<String> {
        let hex = self.to_hex();
        Zeroizing::new(format!("PRAGMA key = \"x'{}'\";", hex.as_str()))
    }
}

/// Where secrets are kept. The OS keyring in the product; an in-memory map in unit tests.
pub trait SecretStore {
    fn get(&self, account: &str) -> Result<Option<String>, String>;
    fn set(&self, account: &str, secret: &str) -> Result<(), String>;
}

/// The OS keyring through the `keyring` crate (Secret Service on Linux, Keychain, Credential Manager).
pub struct OsKeyring;

impl SecretStore for OsKeyring {
    fn get(&self, account: &str) -> Result<Option<String>, String> {
        let entry = keyring::Entry::new(KEYRING_SERVICE, account).map_err(|e| e.to_string())?;
        match entry.get_password() {
            Ok(secret) => Ok(Some(secret)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    fn set(&self, account: &str, secret: &str) -> Result<(), String> {
        let entry = keyring::Entry::new(KEYRING_SERVICE, account).map_err(|e| e.to_string())?;
        entry.set_password(secret).map_err(|e| e.to_string())
    }
}

/// Where the key in use came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    Env,
    KeyringExisting,
    KeyringCreated,
}

/// Picks the key for the database at `db_path`: `OZZIE_DB_KEY` when given (non-empty), else the
/// keyring's, creating one only when the database does not exist yet.
pub fn resolve_key(
    env_value: Option<&str>,
    secrets: &dyn SecretStore,
    db_path: &std::path::Path,
) -> StoreResult<(DbKey, KeySource)> {
    if let Some(value) = env_value {
        if value.is_empty() {
            return Err(StoreError::KeyUnavailable { detail: format!("{ENV_VAR} is set but empty") });
        }
        return Ok((DbKey::from_passphrase(value), KeySource::Env));
    }
    let account = format!("database:{}", db_path.display());
    let unavailable = |e: String| StoreError::KeyUnavailable {
        detail: format!("{ENV_VAR} is not set and the OS keyring cannot be used ({e})"),
    };
    match secrets.get(&account).map_err(unavailable)? {
        Some(mut stored) => {
            let key = DbKey::from_hex(&stored)
                .ok_or_else(|| StoreError::Keyring(format!("the keyring entry {account} is not a 256-bit hex key")));
            stored.zeroize();
            Ok((key?, KeySource::KeyringExisting))
        }
        None if db_path.exists() => Err(StoreError::KeyMissing { path: db_path.to_path_buf() }),
        None => {
            let key = DbKey::random()?;
            secrets.set(&account, key.to_hex().as_str()).map_err(unavailable)?;
            // Read it back: some keyrings accept a write they cannot keep (locked or mock stores).
            match secrets.get(&account).map_err(unavailable)? {
                Some(mut back) if back == *key.to_hex() => {
                    back.zeroize();
                    Ok((key, KeySource::KeyringCreated))
                }
                _ => Err(unavailable("the keyring did not keep the new key".into())),
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::HashMap;

    #[derive(Default)]
    pub struct MemorySecrets(pub RefCell<HashMap<String, String>>);

    impl SecretStore for MemorySecrets {
        fn get(&self, account: &str) -> Result<Option<String>, String> {
            Ok(self.0.borrow().get(account).cloned())
        }
        fn set(&self, account: &str, secret: &str) -> Result<(), String> {
            self.0.borrow_mut().insert(account.into(), secret.into());
            Ok(())
        }
    }

    struct NoKeyring;
    impl SecretStore for NoKeyring {
        fn get(&self, _: &str) -> Result<Option<String>, String> {
            Err("Unable to autolaunch a dbus-daemon".into())
        }
        fn set(&self, _: &str, _: &str) -> Result<(), String> {
            Err("Unable to autolaunch a dbus-daemon".into())
        }
    }

    #[test]
    fn env_value_derives_a_stable_key_and_debug_is_redacted() {
        let a = DbKey::from_passphrase("k");
        let b = DbKey::from_passphrase("k");
        assert_eq!(*a.to_hex(), *b.to_hex());
        assert_ne!(*a.to_hex(), *DbKey::from_passphrase("k2").to_hex());
        assert_eq!(format!("{a:?}"), "DbKey(<redacted>)");
    }

    #[test]
    fn keyring_key_is_created_once_then_reused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("ozzie.db");
        let secrets = MemorySecrets::default();
        let (k1, s1) = resolve_key(None, &secrets, &path).expect("created");
        assert_eq!(s1, KeySource::KeyringCreated);
        let (k2, s2) = resolve_key(None, &secrets, &path).expect("reused");
        assert_eq!(s2, KeySource::KeyringExisting);
        assert_eq!(*k1.to_hex(), *k2.to_hex());
    }

    #[test]
    fn no_keyring_and_no_env_says_how_to_fix_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = resolve_key(None, &NoKeyring, &dir.path().join("x.db")).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("OZZIE_DB_KEY") && text.contains("keyring"), "{text}");
        assert!(resolve_key(Some(""), &NoKeyring, &dir.path().join("x.db")).is_err());
    }

    #[test]
    fn existing_database_without_keyring_entry_is_not_given_a_new_key() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("ozzie.db");
        std::fs::write(&path, b"anything").expect("write");
        let err = resolve_key(None, &MemorySecrets::default(), &path).unwrap_err();
        assert!(matches!(err, StoreError::KeyMissing { .. }));
    }
}
