//! `Idempotency-Key`: a request that changes something (POST, PUT, PATCH, DELETE) and carries the
//! header runs once; a retry with the same key gets the first answer (status and body, marked
//! `Idempotent-Replayed: true`) without running again. A device's sync relies on this after a lost
//! response: the remote committed, the answer never arrived, the device asks again.
//!
//! - Keys are scoped by the credentials (SHA-256 of the Authorization header): one client never
//!   sees another's answers.
//! - A key names one operation: reused on another method or path it is refused (409 CONFLICT).
//! - Requests with the same key at the same time take turns, so the second gets the first's answer.
//! - Kept: 2xx and 4xx answers but 401 and 429 (they depend on the moment) and streams. A 5xx is
//!   not kept: the retry runs again.
//! - Kept 30 days. The answer is recorded right after the handler's commit, not inside it: if the
//!   server died between the two, a retry would run again (the batch route stores each row id
//!   once, so transactions are safe even then).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ozzie_engine::domain::ErrorCode;
use ozzie_engine::sync::KeptResponse;
use sha2::{Digest, Sha256};

use crate::error::error_response;
use crate::{AppState, MAX_BODY_BYTES};

/// Keys with a request under way, one gate each.
#[derive(Default)]
pub(crate) struct InFlight(Mutex<HashMap<(String, String), Arc<tokio::sync::Mutex<()>>>>);

impl InFlight {
    fn gate(&self, scope: &str, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        let mut gates = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        gates.entry((scope.to_string(), key.to_string())).or_default().clone()
    }

    fn release(&self, scope: &str, key: &str) {
        let mut gates = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let id = (scope.to_string(), key.to_string());
        // Only this request still holds the gate: nobody waits on it.
        if gates.get(&id).is_some_and(|g| Arc::strong_count(g) <= 2) {
            gates.remove(&id);
        }
    }
}

fn hex_sha256(parts: &[&[u8]]) -> String {
    let mut hash = Sha256::new();
    for p in parts {
        hash.update(p);
        hash.update([0]);
    }
    hex::encode(hash.finalize())
}

fn kept(status: StatusCode) -> bool {
    (status.is_success() || status.is_client_error()) && !matches!(status.as_u16(), 401 | 429)
}

pub(crate) async fn layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let changes = !matches!(request.method().as_str(), "GET" | "HEAD" | "OPTIONS");
    let key = request.headers().get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::trim).filter(|k| !k.is_empty()).map(String::from);
    let auth = request.headers().get("authorization").map(|v| v.as_bytes().to_vec());
    let (Some(key), Some(auth), true) = (key, auth, changes) else { return next.run(request).await };
    if key.len() > 255 {
        return error_response(StatusCode::BAD_REQUEST, ErrorCode::ValidationError, "Idempotency-Key must be at most 255 characters", Some("Idempotency-Key"));
    }
    let scope = hex_sha256(&[&auth]);
    let fingerprint = hex_sha256(&[request.method().as_str().as_bytes(), request.uri().path().as_bytes()]);

    let gate = state.in_flight.gate(&scope, &key);
    let answer = {
        let _turn = gate.lock().await;
        answer_once(&state, &scope, &key, fingerprint, request, next).await
    };
    drop(gate);
    state.in_flight.release(&scope, &key);
    answer
}

async fn answer_once(state: &AppState, scope: &str, key: &str, fingerprint: String, request: Request, next: Next) -> Response {
    let (s, k) = (scope.to_string(), key.to_string());
    let earlier = state.run(move |e| e.kept_response(&s, &k)).await;
    match earlier {
        Ok(Some(earlier)) if earlier.fingerprint != fingerprint => {
            return error_response(StatusCode::CONFLICT, ErrorCode::Conflict, "this Idempotency-Key was used for another operation; use a new key for each operation", Some("Idempotency-Key"));
        }
        Ok(Some(earlier)) => {
            let status = StatusCode::from_u16(earlier.status).unwrap_or(StatusCode::OK);
            let mut response = (status, Body::from(earlier.body)).into_response();
            response.headers_mut().insert("content-type", HeaderValue::from_static("application/json"));
            response.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
            return response;
        }
        Ok(None) => {}
        Err(e) => return e.into_response(),
    }
    let response = next.run(request).await;
    let is_json = response.headers().get("content-type").is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !kept(response.status()) || !is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY_BYTES * 4).await else {
        return error_response(StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::InternalError, "the answer could not be read back to keep it; retry with the same key", None);
    };
    let answer = KeptResponse { fingerprint, status: parts.status.as_u16(), body: bytes.to_vec() };
    let (s, k) = (scope.to_string(), key.to_string());
    if let Err(e) = state.run(move |e| e.keep_response(&s, &k, &answer)).await {
        tracing::warn!(error = %e.0, "an answer could not be kept for its Idempotency-Key");
    }
    Response::from_parts(parts, Body::from(bytes))
}
