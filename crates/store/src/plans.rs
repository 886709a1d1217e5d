//! Queries of the `plans` table. A plan keeps the numbers the engine reads back as columns and the
//! whole document the user was shown, so `plan show` prints exactly what `plan generate` did.

use chrono::{DateTime, Utc};
use ozzie_core::plan::PlanDraft;
use ozzie_core::user::OnboardingStage;
use ozzie_core::wire::PlanView;
use rusqlite::{params, OptionalExtension};

use crate::error::{StoreError, StoreResult};
use crate::outbox::{enqueue, Entity, Op};
use crate::users::advance_stage;
use crate::{new_id, now, parse_time, time_text, Store};

/// A stored plan: its key numbers and its document.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredPlan {
    pub id: String,
    pub user_id: String,
    pub intake_id: String,
    pub recommended_monthly_savings: i64,
    pub recommended_extra_debt_payment: i64,
    pub document: serde_json::Value,
    pub created_at: DateTime<Utc>,
}

impl Store {
    /// Stores a plan as the user's active one (the previous becomes `superseded`) and moves the
    /// user to `active`.
    pub fn insert_plan(&mut self, user_id: &str, intake_id: &str, plan: &PlanDraft) -> StoreResult<StoredPlan> {
        let tx = self.conn.transaction()?;
        let id = new_id("plan");
        let created_at = now();
        let view = PlanView::new(&id, user_id, intake_id, plan, &created_at);
        let document = serde_json::to_value(&view).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        tx.execute("UPDATE plans SET status = 'superseded' WHERE user_id = ?1 AND status = 'active'", [user_id])?;
        tx.execute(
            "INSERT INTO plans (id, user_id, intake_id, status, currency, language, monthly_surplus,
                 recommended_monthly_savings, recommended_extra_debt_payment, savings_rate_percent, document, created_at)
             VALUES (?1, ?2, ?3, 'active', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                id,
                user_id,
                intake_id,
                plan.currency.code(),
                plan.language.as_str(),
                plan.monthly_surplus,
                plan.recommended_monthly_savings,
                plan.recommended_extra_debt_payment,
                plan.savings_rate_percent,
                document.to_string(),
                time_text(&created_at),
            ],
        )?;
        advance_stage(&tx, user_id, OnboardingStage::Active)?;
        // The coach gets its default tone with the first plan.
        tx.execute("UPDATE users SET personality = 'encouraging' WHERE id = ?1 AND personality IS NULL", [user_id])?;
        enqueue(&tx, user_id, Entity::Plan, &id, Op::Create, &document)?;
        tx.commit()?;
        Ok(StoredPlan {
            id,
            user_id: user_id.to_string(),
            intake_id: intake_id.to_string(),
            recommended_monthly_savings: plan.recommended_monthly_savings,
            recommended_extra_debt_payment: plan.recommended_extra_debt_payment,
            document,
            created_at,
        })
    }

    pub fn active_plan(&self, user_id: &str) -> StoreResult<Option<StoredPlan>> {
        let row = self
            .conn
            .query_row(
                "SELECT id, intake_id, recommended_monthly_savings, recommended_extra_debt_payment, document, created_at
                 FROM plans WHERE user_id = ?1 AND status = 'active' ORDER BY created_at DESC, id DESC LIMIT 1",
                [user_id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, String>(4)?,
                        parse_time(&r.get::<_, String>(5)?)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(id, intake_id, savings, extra, document, created_at)| {
            Ok(StoredPlan {
                id,
                user_id: user_id.to_string(),
                intake_id,
                recommended_monthly_savings: savings,
                recommended_extra_debt_payment: extra,
                document: serde_json::from_str(&document).map_err(|e| StoreError::Corrupt(e.to_string()))?,
                created_at,
            })
        })
        .transpose()
    }
}
