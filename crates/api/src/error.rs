//! Errors as the seed shows them: `{"error": {"code", "message"[, "field"]}}` with the documented
//! status, for engine errors and for requests the server could not even read (bad JSON, a wrong
//! query string, an unknown route), so a client never sees a body that is not the seed's.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use ozzie_engine::domain::wire::ErrorEnvelope;
use ozzie_engine::domain::{DomainError, ErrorCode};
use ozzie_engine::EngineError;

/// An error as the seed shows it, with its HTTP status.
pub struct ApiError(pub(crate) EngineError);

impl From<EngineError> for ApiError {
    fn from(e: EngineError) -> Self {
        ApiError(e)
    }
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        ApiError(e.into())
    }
}

pub(crate) fn status_of(code: ErrorCode) -> StatusCode {
    match code {
        ErrorCode::ValidationError | ErrorCode::IntakeRequired | ErrorCode::PlanRequired | ErrorCode::PersonalityRequired => StatusCode::BAD_REQUEST,
        ErrorCode::Unauthorized => StatusCode::UNAUTHORIZED,
        ErrorCode::NotFound => StatusCode::NOT_FOUND,
        ErrorCode::Conflict => StatusCode::CONFLICT,
        ErrorCode::RateLimitExceeded => StatusCode::TOO_MANY_REQUESTS,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let code = self.0.code();
        if status_of(code).is_server_error() {
            // The person sees the message; the log keeps the kind only (messages may quote input).
            tracing::error!(code = code.as_str(), "request failed");
        }
        (status_of(code), Json(self.0.envelope())).into_response()
    }
}

/// A response with the seed's error envelope.
pub(crate) fn error_response(status: StatusCode, code: ErrorCode, message: impl Into<String>, field: Option<&str>) -> Response {
    (status, Json(ErrorEnvelope::new(code.as_str(), message, field.map(str::to_string)))).into_response()
}

pub(crate) fn invalid(field: &str, message: impl Into<String>) -> Response {
    error_response(StatusCode::BAD_REQUEST, ErrorCode::ValidationError, message, Some(field))
}

/// Any path the API does not have.
pub(crate) async fn no_route(uri: axum::http::Uri) -> Response {
    error_response(
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
        format!("There is no {} in this API; the routes are listed at /v1/openapi.json.", uri.path()),
        None,
    )
}

/// A known path with a method it does not take.
pub(crate) async fn wrong_method(method: axum::http::Method, uri: axum::http::Uri) -> Response {
    error_response(
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorCode::ValidationError,
        format!("{} does not take {method}; see /v1/openapi.json for its methods.", uri.path()),
        None,
    )
}
