//! The HTTP side: one request to the remote `/v1` API with client credentials and, for changes,
//! an `Idempotency-Key`. Nothing here decides what an answer means (that is [`crate::retry`]).

use std::time::Duration;

use ozzie_ai::ozzie::OzzieConfig;
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Patch,
    Delete,
}

/// One call to make, relative to the base URL (which ends in `/v1`).
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub body: Option<Value>,
    pub idempotency_key: Option<String>,
}

/// What the remote answered.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: u16,
    /// The JSON body (`Null` when there was none or it was not JSON).
    pub body: Value,
    /// The `Retry-After` header, in seconds.
    pub retry_after: Option<Duration>,
}

impl Reply {
    /// The envelope's `data`.
    pub fn data(&self) -> &Value {
        self.body.get("data").unwrap_or(&Value::Null)
    }

    /// "CODE: message" from the error envelope, or the status alone.
    pub fn error_text(&self) -> String {
        let error = self.body.get("error");
        let code = error.and_then(|e| e.get("code")).and_then(Value::as_str);
        let message = error.and_then(|e| e.get("message")).and_then(Value::as_str).unwrap_or("");
        match code {
            Some(code) => format!("{} {code}: {}", self.status, message.chars().take(300).collect::<String>()),
            None => format!("the remote answered {}", self.status),
        }
    }
}

/// No answer: the connection failed or timed out (offline, or the remote is down).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreachable(pub String);

impl std::fmt::Display for Unreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub struct Remote {
    config: OzzieConfig,
    http: reqwest::blocking::Client,
}

impl std::fmt::Debug for Remote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Remote").field("base_url", &self.config.base_url).finish_non_exhaustive()
    }
}

impl Remote {
    pub fn new(config: OzzieConfig) -> Result<Remote, Unreachable> {
        let http = reqwest::blocking::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .build()
            .map_err(|e| Unreachable(format!("the HTTP client could not start: {e}")))?;
        Ok(Remote { config, http })
    }

    pub fn base_url(&self) -> &str {
        &self.config.base_url
    }

    pub fn send(&self, request: &Request) -> Result<Reply, Unreachable> {
        let url = format!("{}{}", self.config.base_url.trim_end_matches('/'), request.path);
        let mut builder = match request.method {
            Method::Get => self.http.get(&url),
            Method::Post => self.http.post(&url),
            Method::Patch => self.http.patch(&url),
            Method::Delete => self.http.delete(&url),
        }
        .bearer_auth(self.config.bearer_token());
        if let Some(key) = &request.idempotency_key {
            builder = builder.header("Idempotency-Key", key);
        }
        if let Some(body) = &request.body {
            builder = builder.json(body);
        }
        let response = builder.send().map_err(|e| {
            if e.is_timeout() {
                Unreachable(format!("{} did not answer within {} seconds", self.config.base_url, self.config.timeout.as_secs()))
            } else {
                Unreachable(format!("{} could not be reached", self.config.base_url))
            }
        })?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        // A body cut off by a dropped connection is as good as no answer.
        let bytes = response.bytes().map_err(|_| Unreachable(format!("{} closed the connection before answering in full", self.config.base_url)))?;
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Ok(Reply { status, body, retry_after })
    }
}
