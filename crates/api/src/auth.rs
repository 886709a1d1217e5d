//! Client credentials and per-client rate limits.
//!
//! A request carries `Authorization: Bearer base64(client_id:client_secret)` of a client made
//! with `ozzie api-client create`; the secret is checked against its salted hash in the store.
//! Each client's requests are counted in one-minute windows; past its limit the request is
//! answered 429 RATE_LIMIT_EXCEEDED with `Retry-After`, before any work is done.
//!
//! A token that checked out is remembered for a minute by its SHA-256 (never the token itself),
//! so a busy client does not cost a database read and a hash check on every request.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::FromRequestParts;
use sha2::{Digest, Sha256};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use ozzie_engine::domain::ErrorCode;

use crate::error::error_response;
use crate::AppState;

/// Each client's request count in its current window.
#[derive(Default)]
pub(crate) struct RateWindows(Mutex<HashMap<String, Window>>);

#[derive(Debug, Clone, Copy)]
struct Window {
    started: Instant,
    count: u32,
}

const WINDOW: Duration = Duration::from_secs(60);

impl RateWindows {
    /// Counts a request of `client`; past its limit, how many seconds until the window ends.
    fn admit(&self, client: &str, per_minute: u32) -> Result<(), u64> {
        let Ok(mut windows) = self.0.lock() else { return Ok(()) };
        let now = Instant::now();
        let w = windows.entry(client.to_string()).or_insert(Window { started: now, count: 0 });
        if now.duration_since(w.started) >= WINDOW {
            *w = Window { started: now, count: 0 };
        }
        if w.count >= per_minute {
            let left = WINDOW.saturating_sub(now.duration_since(w.started));
            return Err(left.as_secs().max(1));
        }
        w.count += 1;
        Ok(())
    }
}

/// Tokens that authenticated recently, by their SHA-256.
#[derive(Default)]
pub(crate) struct KnownTokens(Mutex<HashMap<[u8; 32], (Known, Instant)>>);

#[derive(Debug, Clone)]
struct Known {
    client_id: String,
    requests_per_minute: u32,
}

const REMEMBER_TOKEN: Duration = Duration::from_secs(60);
const MAX_TOKENS: usize = 10_000;

impl KnownTokens {
    fn get(&self, digest: &[u8; 32]) -> Option<Known> {
        let map = self.0.lock().ok()?;
        map.get(digest).filter(|(_, at)| at.elapsed() < REMEMBER_TOKEN).map(|(k, _)| k.clone())
    }

    fn put(&self, digest: [u8; 32], known: Known) {
        if let Ok(mut map) = self.0.lock() {
            if map.len() >= MAX_TOKENS {
                map.retain(|_, (_, at)| at.elapsed() < REMEMBER_TOKEN);
            }
            map.insert(digest, (known, Instant::now()));
        }
    }
}

const HOW: &str = "Send Authorization: Bearer base64(client_id:client_secret), with a client made by `ozzie api-client create NAME`.";

fn unauthorized(message: &str) -> Response {
    error_response(StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized, message, None)
}

/// The API client a request authenticated as.
pub struct Client {
    pub client_id: String,
}

/// A request from the device's own app (in process); anything else is NOT_FOUND, so device
/// settings are never reachable over the network.
pub struct Device;

impl<S: Send + Sync> FromRequestParts<S> for Device {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        if parts.extensions.get::<LocalCaller>().is_some() {
            return Ok(Device);
        }
        Err(error_response(StatusCode::NOT_FOUND, ErrorCode::NotFound, "Device settings are only available inside the app.", None))
    }
}

/// Marks a request made inside this process by the device's own app (see [`crate::local`]): it
/// acts for the device's users, with no credentials and no rate limit. Only code in this process
/// can attach it; nothing from the network can.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LocalCaller;

impl FromRequestParts<AppState> for Client {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if parts.extensions.get::<LocalCaller>().is_some() {
            return Ok(Client { client_id: ozzie_engine::LOCAL_OWNER.to_string() });
        }
        let header = parts.headers.get("authorization").and_then(|v| v.to_str().ok()).ok_or_else(|| unauthorized(&format!("Missing credentials. {HOW}")))?;
        let token = header.strip_prefix("Bearer ").ok_or_else(|| unauthorized(&format!("Not a Bearer token. {HOW}")))?;
        let digest: [u8; 32] = Sha256::digest(token.trim().as_bytes()).into();
        let known = match state.known_tokens.get(&digest) {
            Some(known) => known,
            None => {
                let known = check_token(state, token).await?;
                state.known_tokens.put(digest, known.clone());
                known
            }
        };
        if let Err(retry_after) = state.rate_windows.admit(&known.client_id, known.requests_per_minute) {
            let message = format!("This client may make {} requests a minute. Retry after {retry_after} seconds.", known.requests_per_minute);
            let mut response = error_response(StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimitExceeded, message, None);
            response.headers_mut().insert("retry-after", retry_after.into());
            return Err(response.into_response());
        }
        Ok(Client { client_id: known.client_id })
    }
}

/// Checks a token against the stored clients.
async fn check_token(state: &AppState, token: &str) -> Result<Known, Response> {
    let decoded = base64::engine::general_purpose::STANDARD.decode(token.trim()).ok().and_then(|b| String::from_utf8(b).ok());
    let (id, secret) = decoded.as_deref().and_then(|d| d.split_once(':')).ok_or_else(|| unauthorized(&format!("The token is not base64(client_id:client_secret). {HOW}")))?;
    let (id, secret) = (id.to_string(), secret.to_string());
    let client = state.run(move |e| e.authenticate(&id, &secret)).await.map_err(|_| unauthorized("The server could not check the credentials."))?;
    let Some(c) = client else { return Err(unauthorized("Unknown client or wrong secret.")) };
    Ok(Known { client_id: c.client_id, requests_per_minute: c.requests_per_minute })
}
