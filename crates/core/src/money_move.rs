//! Money moves, in both seed dialects (types only; the rules come with the intelligence work).
//!
//! Seed 001 returns *recommendations* (title, description, potential savings, category, priority);
//! seed 000 works in *cycles*: one move per pay cycle with checkable tasks, a due date and a status.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use schemars::JsonSchema;

use crate::transaction::Category;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    High,
    Medium,
    Low,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MoneyMoveRecommendation {
    pub id: String,
    pub title: String,
    pub description: String,
    pub potential_savings_cents: i64,
    pub category: Category,
    pub priority: Priority,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MoveStatus {
    Available,
    InProgress,
    Completed,
    Expired,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MoveTask {
    pub id: String,
    pub title: String,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MoneyMoveCycle {
    pub id: String,
    pub user_id: String,
    pub title: String,
    pub description: String,
    pub cycle_start: NaiveDate,
    pub due_date: NaiveDate,
    pub status: MoveStatus,
    pub tasks: Vec<MoveTask>,
    pub created_at: DateTime<Utc>,
}
