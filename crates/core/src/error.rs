//! Errors of the domain, each with the seed's stable error code.
//!
//! Every host (CLI, HTTP API, desktop shell) shows the same code and message, so the message is
//! written for the person who has to fix the input: it names the field and says what is accepted.

use serde::Serialize;

/// The seed's stable error codes (`error.code` in the error envelope).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    ValidationError,
    Conflict,
    NotFound,
    IntakeRequired,
    PlanRequired,
    PersonalityRequired,
    Unauthorized,
    RateLimitExceeded,
    /// Ozzie Local: the encrypted database cannot be opened (wrong or missing key).
    DatabaseKeyError,
    InternalError,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::ValidationError => "VALIDATION_ERROR",
            ErrorCode::Conflict => "CONFLICT",
            ErrorCode::NotFound => "NOT_FOUND",
            ErrorCode::IntakeRequired => "INTAKE_REQUIRED",
            ErrorCode::PlanRequired => "PLAN_REQUIRED",
            ErrorCode::PersonalityRequired => "PERSONALITY_REQUIRED",
            ErrorCode::Unauthorized => "UNAUTHORIZED",
            ErrorCode::RateLimitExceeded => "RATE_LIMIT_EXCEEDED",
            ErrorCode::DatabaseKeyError => "DATABASE_KEY_ERROR",
            ErrorCode::InternalError => "INTERNAL_ERROR",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A domain rule was broken. The variants are the seed's error codes that the domain itself can
/// decide; hosts add UNAUTHORIZED and RATE_LIMIT_EXCEEDED.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("{field}: {message}")]
    Validation { field: String, message: String },
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    NotFound(String),
    #[error("A financial intake snapshot is required before generating a plan. Submit the intake first (POST /v1/users/{{user_id}}/financial-intake, or `ozzie intake set`), then retry.")]
    IntakeRequired,
    #[error("A plan is required first. Generate one (POST /v1/users/{{user_id}}/plan/generate, or `ozzie plan generate`), then retry.")]
    PlanRequired,
    #[error("The coach's personality is set when the first plan is generated. Generate a plan (`ozzie plan generate`), then retry.")]
    PersonalityRequired,
}

impl DomainError {
    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        DomainError::Validation { field: field.into(), message: message.into() }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            DomainError::Validation { .. } => ErrorCode::ValidationError,
            DomainError::Conflict(_) => ErrorCode::Conflict,
            DomainError::NotFound(_) => ErrorCode::NotFound,
            DomainError::IntakeRequired => ErrorCode::IntakeRequired,
            DomainError::PlanRequired => ErrorCode::PlanRequired,
            DomainError::PersonalityRequired => ErrorCode::PersonalityRequired,
        }
    }

    /// The field a validation error is about, for the error envelope.
    pub fn field(&self) -> Option<&str> {
        match self {
            DomainError::Validation { field, .. } => Some(field),
            _ => None,
        }
    }
}

pub type DomainResult<T> = Result<T, DomainError>;
