//! Request extractors whose failures are the seed's VALIDATION_ERROR naming the field at fault,
//! instead of axum's plain-text 415/422 rejections.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;
use ozzie_engine::domain::ErrorCode;
use serde::de::DeserializeOwned;

use crate::error::{error_response, invalid};

/// The largest request body taken: a receipt photo or a statement, base64-encoded, fits.
pub const MAX_BODY_BYTES: usize = 32 * 1024 * 1024;

/// A JSON body. Any content type is read as JSON (the seeds' clients all send JSON); an empty
/// body is `{}`, so a missing field is reported by name rather than as "no body".
pub struct Body<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                error_response(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    ErrorCode::ValidationError,
                    format!("The body is larger than {} MB; send a smaller file or split it.", MAX_BODY_BYTES / (1024 * 1024)),
                    Some("body"),
                )
            } else {
                invalid("body", format!("The body could not be read: {}", e.body_text()))
            }
        })?;
        let text: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) { b"{}" } else { &bytes };
        let mut json = serde_json::Deserializer::from_slice(text);
        let value = serde_path_to_error::deserialize(&mut json).map_err(|e| {
            let field = e.path().to_string();
            let field = if field.is_empty() || field == "." { "body".to_string() } else { field };
            invalid(&field, format!("The body is not valid JSON for this route: {}", e.into_inner()))
        })?;
        Ok(Body(value))
    }
}

/// The query string.
pub struct Params<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for Params<T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        serde_path_to_error::deserialize(de).map(Params).map_err(|e| {
            let field = e.path().to_string();
            let field = if field.is_empty() || field == "." { "query".to_string() } else { field };
            invalid(&field, format!("The query string is not valid: {}", e.into_inner()))
        })
    }
}

/// The `{id}` in a user's path: an Ozzie id or `external:{external_user_id}`.
pub struct User(pub ozzie_engine::UserRef);

impl<S: Send + Sync> FromRequestParts<S> for User {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let raw = path_param(parts, state, "id").await?;
        ozzie_engine::UserRef::parse(&raw).map(User).map_err(|e| {
            let e = crate::error::ApiError::from(e);
            axum::response::IntoResponse::into_response(e)
        })
    }
}

/// The `{transaction_id}` in a transaction's path.
pub struct TransactionId(pub String);

impl<S: Send + Sync> FromRequestParts<S> for TransactionId {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        path_param(parts, state, "transaction_id").await.map(TransactionId)
    }
}

/// The `{move_id}` and `{task_id}` of a money move's task.
pub struct MoveTask {
    pub move_id: String,
    pub task_id: String,
}

impl<S: Send + Sync> FromRequestParts<S> for MoveTask {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Ok(MoveTask { move_id: path_param(parts, state, "move_id").await?, task_id: path_param(parts, state, "task_id").await? })
    }
}

/// One named parameter of the matched route's path.
async fn path_param<S: Send + Sync>(parts: &mut Parts, state: &S, name: &str) -> Result<String, Response> {
    let axum::extract::Path(params) = axum::extract::Path::<std::collections::HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|e| invalid(name, format!("The path could not be read: {}", e.body_text())))?;
    params.get(name).cloned().ok_or_else(|| invalid(name, "is missing from the path"))
}
