//! API clients of `ozzie serve`: the secret is random, shown once, and kept only as a salted
//! SHA-256 hash; checking compares hashes in constant time.

use rusqlite::{params, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::error::{StoreError, StoreResult};
use crate::{new_id, now_text, Store};

/// What `ozzie api-client create` prints once.
#[derive(Clone, PartialEq, Eq)]
pub struct NewApiClient {
    pub client_id: String,
    pub client_secret: String,
}

impl std::fmt::Debug for NewApiClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewApiClient").field("client_id", &self.client_id).field("client_secret", &"<redacted>").finish()
    }
}

/// A client as the server needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiClient {
    pub client_id: String,
    pub name: String,
    pub requests_per_minute: u32,
}

fn random_hex(bytes: usize) -> StoreResult<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| StoreError::Corrupt(format!("no randomness available: {e}")))?;
    Ok(hex::encode(buf))
}

fn hash(salt: &str, secret: &str) -> String {
    hex::encode(Sha256::new().chain_update(salt.as_bytes()).chain_update(b"\0").chain_update(secret.as_bytes()).finalize())
}

impl Store {
    pub fn create_api_client(&mut self, name: &str, requests_per_minute: u32) -> StoreResult<NewApiClient> {
        let client_id = new_id("client");
        let secret = format!("ozs_{}", random_hex(32)?);
        let salt = random_hex(16)?;
        self.conn.execute(
            "INSERT INTO api_clients (client_id, name, secret_salt, secret_hash, requests_per_minute, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![client_id, name, salt, hash(&salt, &secret), requests_per_minute, now_text()],
        )?;
        Ok(NewApiClient { client_id, client_secret: secret })
    }

    /// The client when `secret` is its secret.
    pub fn authenticate_api_client(&self, client_id: &str, secret: &str) -> StoreResult<Option<ApiClient>> {
        let row: Option<(String, String, String, u32)> = self
            .conn
            .query_row(
                "SELECT name, secret_salt, secret_hash, requests_per_minute FROM api_clients WHERE client_id = ?1",
                [client_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((name, salt, stored, requests_per_minute)) = row else { return Ok(None) };
        let given = hash(&salt, secret);
        // Constant time: every byte is compared whatever the first difference.
        let same = given.len() == stored.len() && given.bytes().zip(stored.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0;
        Ok(same.then(|| ApiClient { client_id: client_id.to_string(), name, requests_per_minute }))
    }
}
