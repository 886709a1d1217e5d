//! Chat messages between the user and the coach (types only; the coach lives in `ai`).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    User,
    Assistant,
}

/// The tone of a coach reply (seed 000 returns it beside `reply`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
