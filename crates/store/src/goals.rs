//! Queries of the `goals` table.

use ozzie_core::goal::{Cadence, Goal, GoalDraft, GoalType};
use ozzie_core::wire::GoalView;
use ozzie_core::Currency;
use rusqlite::{params, Row};

use crate::error::StoreResult;
use crate::outbox::{enqueue, Entity, Op};
use crate::{bad_value, new_id, now, parse_date, parse_time, time_text, Store};

const COLUMNS: &str = "id, user_id, goal_type, name, currency, target_amount, starting_amount, current_amount, \
    target_date, cadence, created_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Goal> {
    let conv = |e: ozzie_core::DomainError| bad_value(e.to_string());
    Ok(Goal {
        id: r.get(0)?,
        user_id: r.get(1)?,
        draft: GoalDraft {
            goal_type: GoalType::parse(&r.get::<_, String>(2)?).map_err(conv)?,
            name: r.get(3)?,
            currency: Currency::parse("currency", &r.get::<_, String>(4)?).map_err(conv)?,
            target_amount: r.get(5)?,
            starting_amount: r.get(6)?,
            current_amount: r.get(7)?,
            target_date: r.get::<_, Option<String>>(8)?.as_deref().map(parse_date).transpose()?,
            cadence: Cadence::parse(&r.get::<_, String>(9)?).map_err(conv)?,
        },
        created_at: parse_time(&r.get::<_, String>(10)?)?,
    })
}

impl Store {
    pub fn insert_goal(&mut self, user_id: &str, draft: &GoalDraft) -> StoreResult<Goal> {
        let tx = self.conn.transaction()?;
        let goal = Goal { id: new_id("goal"), user_id: user_id.to_string(), draft: draft.clone(), created_at: now() };
        let at = time_text(&goal.created_at);
        tx.execute(
            &format!("INSERT INTO goals ({COLUMNS}, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)"),
            params![
                goal.id,
                user_id,
                draft.goal_type.as_str(),
                draft.name,
                draft.currency.code(),
                draft.target_amount,
                draft.starting_amount,
                draft.current_amount,
                draft.target_date.map(|d| d.format("%Y-%m-%d").to_string()),
                draft.cadence.as_str(),
                at,
            ],
        )?;
        enqueue(&tx, user_id, Entity::Goal, &goal.id, Op::Create, &GoalView::new(&goal, None))?;
        tx.commit()?;
        Ok(goal)
    }

    /// The user's goals, oldest first.
    pub fn goals(&self, user_id: &str) -> StoreResult<Vec<Goal>> {
        let mut stmt = self.conn.prepare(&format!("SELECT {COLUMNS} FROM goals WHERE user_id = ?1 ORDER BY created_at, id"))?;
        let goals = stmt.query_map([user_id], from_row)?.collect::<Result<_, _>>()?;
        Ok(goals)
    }
}
