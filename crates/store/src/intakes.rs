//! Queries of the `intakes` table: append-only snapshots; the newest is the one plans use.

use ozzie_core::intake::{FinancialGoal, Intake, IntakeDraft};
use ozzie_core::user::OnboardingStage;
use ozzie_core::wire::IntakeView;
use ozzie_core::Currency;
use rusqlite::{params, OptionalExtension, Row};

use crate::error::StoreResult;
use crate::outbox::{enqueue, Entity, Op};
use crate::users::advance_stage;
use crate::{bad_value, new_id, now, parse_date, parse_time, time_text, Store};

const COLUMNS: &str = "id, user_id, currency, monthly_income, monthly_expenses, fixed_expenses, variable_expenses, \
    total_debt, monthly_debt_payment, debt_interest_rate_bp, current_savings, financial_goal, next_pay_date, created_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Intake> {
    let currency: String = r.get(2)?;
    let goal: String = r.get(11)?;
    Ok(Intake {
        id: r.get(0)?,
        user_id: r.get(1)?,
        draft: IntakeDraft {
            currency: Currency::parse("currency", &currency).map_err(|e| bad_value(e.to_string()))?,
            monthly_income: r.get(3)?,
            monthly_expenses: r.get(4)?,
            fixed_expenses: r.get(5)?,
            variable_expenses: r.get(6)?,
            total_debt: r.get(7)?,
            monthly_debt_payment: r.get(8)?,
            debt_interest_rate_bp: r.get(9)?,
            current_savings: r.get(10)?,
            financial_goal: FinancialGoal::parse("financial_goal", &goal).map_err(|e| bad_value(e.to_string()))?,
            next_pay_date: r.get::<_, Option<String>>(12)?.as_deref().map(parse_date).transpose()?,
        },
        created_at: parse_time(&r.get::<_, String>(13)?)?,
    })
}

impl Store {
    /// Stores a new snapshot and moves the user to `plan_pending` (if not further already).
    pub fn insert_intake(&mut self, user_id: &str, draft: &IntakeDraft) -> StoreResult<Intake> {
        let tx = self.conn.transaction()?;
        let intake = Intake { id: new_id("intake"), user_id: user_id.to_string(), draft: draft.clone(), created_at: now() };
        tx.execute(
            &format!("INSERT INTO intakes ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
            params![
                intake.id,
                user_id,
                draft.currency.code(),
                draft.monthly_income,
                draft.monthly_expenses,
                draft.fixed_expenses,
                draft.variable_expenses,
                draft.total_debt,
                draft.monthly_debt_payment,
                draft.debt_interest_rate_bp,
                draft.current_savings,
                draft.financial_goal.as_str(),
                draft.next_pay_date.map(|d| d.format("%Y-%m-%d").to_string()),
                time_text(&intake.created_at),
            ],
        )?;
        advance_stage(&tx, user_id, OnboardingStage::PlanPending)?;
        enqueue(&tx, user_id, Entity::Intake, &intake.id, Op::Create, &IntakeView::from(&intake))?;
        tx.commit()?;
        Ok(intake)
    }

    pub fn latest_intake(&self, user_id: &str) -> StoreResult<Option<Intake>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM intakes WHERE user_id = ?1 ORDER BY created_at DESC, id DESC LIMIT 1"),
                [user_id],
                from_row,
            )
            .optional()?)
    }

    /// Every intake the user submitted, oldest first.
    pub fn intakes(&self, user_id: &str) -> StoreResult<Vec<Intake>> {
        let mut stmt = self.conn.prepare(&format!("SELECT {COLUMNS} FROM intakes WHERE user_id = ?1 ORDER BY created_at, id"))?;
        let rows = stmt.query_map([user_id], from_row)?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// One intake by id (the one a plan was made from).
    pub fn intake_by_id(&self, user_id: &str, id: &str) -> StoreResult<Option<Intake>> {
        Ok(self
            .conn
            .query_row(&format!("SELECT {COLUMNS} FROM intakes WHERE user_id = ?1 AND id = ?2"), [user_id, id], from_row)
            .optional()?)
    }
}
