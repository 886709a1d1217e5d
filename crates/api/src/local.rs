//! The API inside the app: the desktop shell hands each UI request to the same router `ozzie
//! serve` runs, in process, so the UI speaks one contract (/v1) whether it runs in the app or in
//! a browser against a server, and the app opens no network port.

use axum::body::Body;
use axum::http::{Method, Request};
use serde_json::Value;
use tower::ServiceExt;

use crate::auth::LocalCaller;
use crate::AppState;

/// An answer as the UI reads it: the HTTP status and the JSON body.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LocalResponse {
    pub status: u16,
    pub body: Value,
}

/// The router, built once, for the app's requests.
#[derive(Clone)]
pub struct LocalApi {
    router: axum::Router,
}

impl LocalApi {
    pub fn new(state: AppState) -> LocalApi {
        LocalApi { router: crate::router(state) }
    }

    /// Routes one request (`path` with its query, e.g. "/v1/users/external:local/plan") through
    /// the API for the device's own users.
    pub async fn request(&self, method: &str, path: &str, body: Option<Value>) -> LocalResponse {
        let response = match self.respond(method, path, body).await {
            Ok(r) => r,
            Err(failed) => return failed,
        };
        let status = response.status().as_u16();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap_or_default();
        let body = serde_json::from_slice(&bytes).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        LocalResponse { status, body }
    }

    /// For a route that answers server-sent events (the streamed coach): hands `on_piece` the
    /// status, then each piece of the body as the router produces it, so the UI reads the same
    /// event stream a browser gets from `ozzie serve`.
    pub async fn stream(&self, method: &str, path: &str, body: Option<Value>, mut on_piece: impl FnMut(StreamPiece)) {
        use futures_util::StreamExt;
        let response = match self.respond(method, path, body).await {
            Ok(r) => r,
            Err(failed) => {
                on_piece(StreamPiece::Head { status: failed.status });
                on_piece(StreamPiece::Chunk { text: failed.body.to_string() });
                on_piece(StreamPiece::End);
                return;
            }
        };
        on_piece(StreamPiece::Head { status: response.status().as_u16() });
        let mut body = response.into_body().into_data_stream();
        while let Some(Ok(bytes)) = body.next().await {
            on_piece(StreamPiece::Chunk { text: String::from_utf8_lossy(&bytes).into_owned() });
        }
        on_piece(StreamPiece::End);
    }

    async fn respond(&self, method: &str, path: &str, body: Option<Value>) -> Result<axum::response::Response, LocalResponse> {
        let method = Method::from_bytes(method.to_ascii_uppercase().as_bytes()).unwrap_or(Method::GET);
        let payload = body.map(|b| b.to_string()).unwrap_or_default();
        let mut request = Request::builder()
            .method(method)
            .uri(path)
            .header("content-type", "application/json")
            .body(Body::from(payload))
            .map_err(|e| failure(400, "VALIDATION_ERROR", &format!("'{path}' is not a path of this API: {e}")))?;
        request.extensions_mut().insert(LocalCaller);
        match self.router.clone().oneshot(request).await {
            Ok(r) => Ok(r),
            Err(never) => match never {},
        }
    }
}

/// One piece of a streamed answer: the status first, then the body as it is written, then the
/// end (a receiver cannot tell the end from the command's own return: a Tauri channel's messages
/// may arrive after it).
#[derive(Debug, Clone, serde::Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum StreamPiece {
    Head { status: u16 },
    Chunk { text: String },
    End,
}

fn failure(status: u16, code: &str, message: &str) -> LocalResponse {
    LocalResponse { status, body: serde_json::json!({ "error": { "code": code, "message": message } }) }
}
