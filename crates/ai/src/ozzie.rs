//! A remote Ozzie endpoint as the coach and the parser (`provider = ozzie`): the seed's `/v1`
//! API with client credentials (`Authorization: Bearer base64(client_id:client_secret)`).
//!
//! The local user is registered there once under its own id as `external_user_id` (a CONFLICT
//! means it already is, and its remote id is looked up). Chat goes to `POST /users/{id}/chat`
//! (seed 001; seed 000's `reply` field is read too); sentences to `POST /users/{id}/transactions`
//! with `type: "text"`. Every failure is a [`RemoteError`] the caller falls back on.

use std::time::Duration;

use base64::Engine as _;
use chrono::NaiveDate;
use ozzie_core::transaction::Category;
use ozzie_core::{Currency, Language};
use serde_json::{json, Value};

use crate::extract::Candidate;

#[derive(Clone, PartialEq, Eq)]
pub struct ClientSecret(String);

impl ClientSecret {
    pub fn new(secret: impl Into<String>) -> Option<ClientSecret> {
        let s = secret.into();
        (!s.trim().is_empty()).then(|| ClientSecret(s.trim().to_string()))
    }
}

impl std::fmt::Debug for ClientSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClientSecret(<redacted>)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RemoteError {
    #[error("the Ozzie endpoint at {0} could not be reached")]
    Unreachable(String),
    #[error("the Ozzie endpoint did not answer within {0} seconds")]
    Timeout(u64),
    #[error("the Ozzie endpoint answered {status} {code}: {message}")]
    Api { status: u16, code: String, message: String },
    #[error("the Ozzie endpoint's answer could not be read: {0}")]
    Malformed(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct OzzieConfig {
    /// Up to and including `/v1`.
    pub base_url: String,
    pub client_id: String,
    pub client_secret: ClientSecret,
    pub timeout: Duration,
}

impl OzzieConfig {
    /// The seed's bearer token: base64 of `client_id:client_secret`.
    pub fn bearer_token(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", self.client_id, self.client_secret.0))
    }
}

pub struct OzzieClient {
    config: OzzieConfig,
    http: reqwest::blocking::Client,
}

impl std::fmt::Debug for OzzieClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OzzieClient").field("config", &self.config).finish_non_exhaustive()
    }
}

impl OzzieClient {
    pub fn new(config: OzzieConfig) -> Result<OzzieClient, RemoteError> {
        let http = reqwest::blocking::Client::builder()
            .timeout(config.timeout)
            .build()
            .map_err(|e| RemoteError::Unreachable(e.to_string()))?;
        Ok(OzzieClient { config, http })
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.config.base_url.trim_end_matches('/'))
    }

    fn send(&self, request: reqwest::blocking::RequestBuilder) -> Result<(u16, Value), RemoteError> {
        let response = request.bearer_auth(self.config.bearer_token()).send().map_err(|e| {
            if e.is_timeout() {
                RemoteError::Timeout(self.config.timeout.as_secs())
            } else {
                RemoteError::Unreachable(self.config.base_url.clone())
            }
        })?;
        let status = response.status().as_u16();
        let body: Value = response.json().map_err(|e| RemoteError::Malformed(e.to_string()))?;
        Ok((status, body))
    }

    fn data(&self, status: u16, body: Value) -> Result<Value, RemoteError> {
        if (200..300).contains(&status) {
            return body.get("data").cloned().ok_or_else(|| RemoteError::Malformed("no data in the envelope".into()));
        }
        let error = body.get("error").cloned().unwrap_or(Value::Null);
        Err(RemoteError::Api {
            status,
            code: error.get("code").and_then(Value::as_str).unwrap_or("UNKNOWN").to_string(),
            message: error.get("message").and_then(Value::as_str).unwrap_or("").chars().take(300).collect(),
        })
    }

    /// The remote id of the local user `external_id`, registering it on first use.
    pub fn ensure_user(&self, external_id: &str, language: Language, name: Option<&str>) -> Result<String, RemoteError> {
        let body = json!({ "external_user_id": external_id, "language": language.as_str(), "name": name });
        let (status, answer) = self.send(self.http.post(self.url("/users")).json(&body))?;
        let data = if status == 409 {
            let (status, answer) = self.send(self.http.get(self.url(&format!("/users/external:{external_id}"))))?;
            self.data(status, answer)?
        } else {
            self.data(status, answer)?
        };
        data.get("id").and_then(Value::as_str).map(String::from).ok_or_else(|| RemoteError::Malformed("the user has no id".into()))
    }

    /// The remote coach's reply.
    pub fn chat(&self, remote_user: &str, message: &str, language: Language) -> Result<String, RemoteError> {
        let body = json!({ "message": message, "language": language.as_str() });
        let (status, answer) = self.send(self.http.post(self.url(&format!("/users/{remote_user}/chat"))).json(&body))?;
        let data = self.data(status, answer)?;
        data.get("message")
            .or_else(|| data.get("reply"))
            .and_then(Value::as_str)
            .filter(|m| !m.trim().is_empty())
            .map(String::from)
            .ok_or_else(|| RemoteError::Malformed("the reply has no message".into()))
    }

    /// The remote parser's reading of a sentence, checked like an LLM's.
    pub fn parse(&self, remote_user: &str, text: &str, language: Language, currency: Currency, today: NaiveDate) -> Result<Vec<Candidate>, RemoteError> {
        let body = json!({ "type": "text", "content": text, "language": language.as_str() });
        let (status, answer) = self.send(self.http.post(self.url(&format!("/users/{remote_user}/transactions"))).json(&body))?;
        let data = self.data(status, answer)?;
        let items = data.get("transactions").and_then(Value::as_array).ok_or_else(|| RemoteError::Malformed("no transactions".into()))?;
        items
            .iter()
            .map(|t| {
                let bad = |what: &str| RemoteError::Malformed(format!("a transaction has no valid {what}"));
                let amount_cents = t.get("amount_cents").and_then(Value::as_i64).filter(|a| *a > 0).ok_or_else(|| bad("amount_cents"))?;
                let currency = match t.get("currency").and_then(Value::as_str) {
                    Some(c) => Currency::parse("currency", c).map_err(|_| bad("currency"))?,
                    None => currency,
                };
                let category = t.get("category").and_then(Value::as_str).and_then(|c| Category::parse("category", c).ok()).ok_or_else(|| bad("category"))?;
                let date = match t.get("transaction_date").and_then(Value::as_str) {
                    Some(d) => NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").map_err(|_| bad("transaction_date"))?,
                    None => today,
                };
                let description = t.get("description").and_then(Value::as_str).unwrap_or("").chars().take(200).collect();
                Ok(Candidate { amount_cents, currency, category, description, date })
            })
            .collect()
    }
}
