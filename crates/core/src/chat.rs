//! Chat messages between the user and the coach (types only; the coach lives in `ai`).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use schemars::JsonSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    User,
    Assistant,
}

/// The tone of a coach reply (seed 000 returns it beside `reply`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Emotion {
    Encouraging,
    Celebratory,
    Concerned,
    Neutral,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChatMessage {
    pub id: String,
    pub user_id: String,
    pub role: Role,
    pub message: String,
    pub emotion: Option<Emotion>,
    pub created_at: DateTime<Utc>,
}

/// The coach's tone. Set to [`Personality::Encouraging`] when the first plan is generated; the
/// user can change it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Personality {
    Encouraging,
    Direct,
    Cheerful,
}

impl Personality {
    pub fn as_str(self) -> &'static str {
        match self {
            Personality::Encouraging => "encouraging",
            Personality::Direct => "direct",
            Personality::Cheerful => "cheerful",
        }
    }

    pub fn parse(field: &str, raw: &str) -> crate::DomainResult<Personality> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "encouraging" => Ok(Personality::Encouraging),
            "direct" => Ok(Personality::Direct),
            "cheerful" => Ok(Personality::Cheerful),
            _ => Err(crate::DomainError::validation(field, format!("'{raw}' is not a personality; use \"encouraging\", \"direct\" or \"cheerful\""))),
        }
    }
}
