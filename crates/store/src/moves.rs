//! Money-move cycles (seed 000): one per user and pay cycle, tasks as JSON, kept as history.

use chrono::NaiveDate;
use ozzie_core::money_move::{MoneyMoveCycle, MoveStatus, MoveTask};
use rusqlite::{params, OptionalExtension, Row};

use crate::error::{StoreError, StoreResult};
use crate::{bad_value, new_id, now, parse_date, parse_time, time_text, Store};

const COLUMNS: &str = "id, user_id, cycle_start, due_date, status, title, description, tasks, created_at";

fn status_text(s: MoveStatus) -> &'static str {
    match s {
        MoveStatus::Available => "available",
        MoveStatus::InProgress => "in_progress",
        MoveStatus::Completed => "completed",
        MoveStatus::Expired => "expired",
    }
}

pub fn parse_status(raw: &str) -> Option<MoveStatus> {
    Some(match raw {
        "available" => MoveStatus::Available,
        "in_progress" => MoveStatus::InProgress,
        "completed" => MoveStatus::Completed,
        "expired" => MoveStatus::Expired,
        _ => return None,
    })
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<MoneyMoveCycle> {
    let status: String = r.get(4)?;
    let tasks: String = r.get(7)?;
    Ok(MoneyMoveCycle {
        id: r.get(0)?,
        user_id: r.get(1)?,
        cycle_start: parse_date(&r.get::<_, String>(2)?)?,
        due_date: parse_date(&r.get::<_, String>(3)?)?,
        status: parse_status(&status).ok_or_else(|| bad_value(format!("status {status}")))?,
        title: r.get(5)?,
        description: r.get(6)?,
        tasks: serde_json::from_str(&tasks).map_err(|e| bad_value(e.to_string()))?,
        created_at: parse_time(&r.get::<_, String>(8)?)?,
    })
}

impl Store {
    /// The user's cycle starting on `cycle_start`, if there is one.
    pub fn move_cycle_starting(&self, user_id: &str, cycle_start: NaiveDate) -> StoreResult<Option<MoneyMoveCycle>> {
        Ok(self
            .conn
            .query_row(&format!("SELECT {COLUMNS} FROM money_move_cycles WHERE user_id = ?1 AND cycle_start = ?2"), params![user_id, cycle_start.to_string()], from_row)
            .optional()?)
    }

    /// Expires the cycles whose payday passed before they were completed, then stores a new
    /// available cycle with `tasks` (ids given here).
    pub fn insert_move_cycle(&mut self, draft: &CycleDraft<'_>, today: NaiveDate) -> StoreResult<MoneyMoveCycle> {
        let cycle = MoneyMoveCycle {
            id: new_id("move"),
            user_id: draft.user_id.to_string(),
            title: draft.title.to_string(),
            description: draft.description.to_string(),
            cycle_start: draft.cycle_start,
            due_date: draft.due_date,
            status: MoveStatus::Available,
            tasks: draft.tasks.iter().map(|t| MoveTask { id: new_id("task"), title: t.clone(), done: false }).collect(),
            created_at: now(),
        };
        let tx = self.conn.transaction()?;
        expire(&tx, &cycle.user_id, today)?;
        let tasks = serde_json::to_string(&cycle.tasks).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        tx.execute(
            &format!("INSERT INTO money_move_cycles ({COLUMNS}, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)"),
            params![
                cycle.id,
                cycle.user_id,
                cycle.cycle_start.to_string(),
                cycle.due_date.to_string(),
                status_text(cycle.status),
                cycle.title,
                cycle.description,
                tasks,
                time_text(&cycle.created_at)
            ],
        )?;
        tx.commit()?;
        Ok(cycle)
    }

    /// Marks expired the cycles whose payday has come before they were completed.
    pub fn expire_move_cycles(&mut self, user_id: &str, today: NaiveDate) -> StoreResult<()> {
        expire(&self.conn, user_id, today)
    }

    /// Newest first, optionally only those in `status`.
    pub fn move_cycles(&self, user_id: &str, status: Option<MoveStatus>, limit: u32) -> StoreResult<Vec<MoneyMoveCycle>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM money_move_cycles WHERE user_id = ?1 AND (?2 IS NULL OR status = ?2) ORDER BY cycle_start DESC LIMIT ?3"
        ))?;
        let rows = stmt.query_map(params![user_id, status.map(status_text), limit], from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Saves a cycle's tasks and status (checking a task off).
    pub fn update_move_cycle(&mut self, cycle: &MoneyMoveCycle) -> StoreResult<()> {
        let tasks = serde_json::to_string(&cycle.tasks).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.conn.execute(
            "UPDATE money_move_cycles SET tasks = ?3, status = ?4, updated_at = ?5 WHERE user_id = ?1 AND id = ?2",
            params![cycle.user_id, cycle.id, tasks, status_text(cycle.status), time_text(&now())],
        )?;
        Ok(())
    }
}

/// What a new cycle holds.
#[derive(Debug, Clone)]
pub struct CycleDraft<'a> {
    pub user_id: &'a str,
    pub cycle_start: NaiveDate,
    pub due_date: NaiveDate,
    pub title: &'a str,
    pub description: &'a str,
    pub tasks: &'a [String],
}

fn expire(conn: &rusqlite::Connection, user_id: &str, today: NaiveDate) -> StoreResult<()> {
    conn.execute(
        "UPDATE money_move_cycles SET status = 'expired', updated_at = ?3
         WHERE user_id = ?1 AND due_date <= ?2 AND status IN ('available', 'in_progress')",
        params![user_id, today.to_string(), time_text(&now())],
    )?;
    Ok(())
}
