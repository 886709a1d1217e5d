//! Money moves, recurring charges and debt payoff for a user: the data is read from the store
//! and handed to the rules in `ozzie_core` (`moves`, `recurring`, `debt`), which decide.
//!
//! Moves are recomputed on every call from the active plan and the transactions, so they always
//! reflect the latest import. A move's id is derived from the month and what it is about, so the
//! same move keeps its id all month.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use ozzie_core::calendar::add_months;
use ozzie_core::debt::{compare, Debt, PayoffComparison, PayoffError};
use ozzie_core::intake::IntakeDraft;
use ozzie_core::goal::Cadence;
use ozzie_core::money_move::{MoneyMoveCycle, MoneyMoveRecommendation, MoveStatus};
use ozzie_core::moves::{cycle_move, pay_cycle, recommend, MoveDraft, MoveKind, Situation};
use ozzie_store::moves::{parse_status, CycleDraft};
use ozzie_core::plan::{compute_plan, PlanDraft};
use ozzie_core::recurring::{detect, RecurringCharge};
use ozzie_core::transaction::Category;
use ozzie_core::user::User;
use ozzie_core::DomainError;
use sha2::{Digest, Sha256};

use crate::{Engine, EngineResult, UserRef};

/// How far back recurring charges are looked for: a yearly charge needs two years in view.
const RECURRING_LOOKBACK_DAYS: u64 = 800;
/// Whole months before this one that make the user's usual spending.
const USUAL_MONTHS: i64 = 3;

/// Everything the moves and the coach reason about, read once.
#[derive(Debug, Clone)]
pub struct Facts {
    pub user: User,
    pub plan: PlanDraft,
    pub intake: IntakeDraft,
    pub today: NaiveDate,
    pub month_start: NaiveDate,
    /// Money out per category from the first of the month to today.
    pub month_to_date: BTreeMap<Category, i64>,
    /// Money in this month.
    pub month_income: i64,
    /// Average money out per category over the last whole months with any spending.
    pub usual: Option<BTreeMap<Category, i64>>,
    pub recurring: Vec<RecurringCharge>,
}

impl Facts {
    pub fn situation(&self) -> Situation<'_> {
        Situation {
            plan: &self.plan,
            intake: &self.intake,
            month_to_date: &self.month_to_date,
            usual: self.usual.as_ref(),
            recurring: &self.recurring,
            language: self.user.language,
            today: self.today,
        }
    }
}

fn move_id(month_start: NaiveDate, m: &MoveDraft) -> String {
    let kind = match m.kind {
        MoveKind::Overspend => "overspend",
        MoveKind::Subscriptions => "subscriptions",
        MoveKind::Debt => "debt",
        MoveKind::EmergencyFund => "emergency_fund",
        MoveKind::Payday => "payday",
    };
    let digest = Sha256::digest(format!("{kind}/{}", m.category.as_str()).as_bytes());
    let mut random = [0u8; 16];
    random.copy_from_slice(&digest[..16]);
    let ms = month_start.and_hms_opt(0, 0, 0).map_or(0, |t| t.and_utc().timestamp_millis());
    format!("ozz_move_{}", ulid::Ulid::from_parts(u64::try_from(ms).unwrap_or(0), u128::from_be_bytes(random)))
}

impl Engine {
    /// The facts of a user with an active plan (PLAN_REQUIRED otherwise).
    pub fn facts(&mut self, who: &UserRef) -> EngineResult<Facts> {
        let user = self.user(who)?;
        let stored = self.store.active_plan(&user.id)?.ok_or(DomainError::PlanRequired)?;
        let intake = self.store.intake_by_id(&user.id, &stored.intake_id)?.ok_or(DomainError::IntakeRequired)?;
        let goals = self.store.goals(&user.id)?;
        // The stored plan's numbers, recomputed from what it was made of on the day it was made.
        let plan = compute_plan(&intake.draft, &goals, stored.created_at.date_naive(), user.language);
        let today = self.today();
        let month_start = today.with_day(1).unwrap_or(today);
        let currency = user.currency;
        let month_to_date = self.store.spending_by_category(&user.id, month_start, today, currency)?;
        let month_income = self.store.income_between(&user.id, month_start, today, currency)?;
        let mut months: Vec<BTreeMap<Category, i64>> = Vec::new();
        for back in 1..=USUAL_MONTHS {
            let (Some(from), Some(next)) = (add_months(month_start, -back), add_months(month_start, 1 - back)) else { continue };
            let spent = self.store.spending_by_category(&user.id, from, next.pred_opt().unwrap_or(next), currency)?;
            if !spent.is_empty() {
                months.push(spent);
            }
        }
        let usual = (!months.is_empty()).then(|| {
            let mut sum: BTreeMap<Category, i64> = BTreeMap::new();
            for m in &months {
                for (c, v) in m {
                    *sum.entry(*c).or_default() += v;
                }
            }
            let n = months.len() as i64;
            sum.into_iter().map(|(c, v)| (c, v / n)).collect()
        });
        let since = today.checked_sub_days(chrono::Days::new(RECURRING_LOOKBACK_DAYS)).unwrap_or(today);
        let recurring = detect(&self.store.transactions_since(&user.id, since)?, today);
        Ok(Facts { user, plan, intake: intake.draft, today, month_start, month_to_date, month_income, usual, recurring })
    }

    /// This month's spending per category against the plan's targets (every category but income).
    pub fn spending(&mut self, who: &UserRef) -> EngineResult<ozzie_core::wire::SpendingView> {
        Ok(spending_of(&self.facts(who)?))
    }

    /// Money out per month and category, between `from` and `to` (YYYY-MM-DD, inclusive; the
    /// whole history when left out).
    pub fn spending_report(&mut self, who: &UserRef, from: Option<&str>, to: Option<&str>) -> EngineResult<ozzie_core::wire::SpendingReportView> {
        let user = self.user(who)?;
        let from = from.map(|raw| ozzie_core::intake::parse_date("from", raw)).transpose()?.unwrap_or(NaiveDate::MIN);
        let to = to.map(|raw| ozzie_core::intake::parse_date("to", raw)).transpose()?.unwrap_or(NaiveDate::MAX);
        if from > to {
            return Err(DomainError::validation("from", format!("{from} is after to ({to})")).into());
        }
        let rows = self.store.monthly_spending(&user.id, from, to)?;
        Ok(ozzie_core::wire::SpendingReportView {
            rows: rows
                .into_iter()
                .map(|r| ozzie_core::wire::MonthlySpendingView {
                    month: r.month.format("%Y-%m").to_string(),
                    category: r.category.as_str(),
                    currency: r.currency,
                    spent_cents: r.spent_cents,
                    transactions: r.transactions,
                })
                .collect(),
        })
    }

    /// Seed 001's `GET /money-moves`: this month's recommendations, most important first.
    pub fn money_moves(&mut self, who: &UserRef) -> EngineResult<Vec<MoneyMoveRecommendation>> {
        let facts = self.facts(who)?;
        Ok(recommend(&facts.situation())
            .into_iter()
            .map(|m| MoneyMoveRecommendation {
                id: move_id(facts.month_start, &m),
                title: m.title,
                description: m.description,
                potential_savings_cents: m.potential_savings_cents,
                category: m.category,
                priority: m.priority,
            })
            .collect())
    }

    /// The recurring charges (and incomes) still active, dearest per month first.
    pub fn recurring(&mut self, who: &UserRef) -> EngineResult<Vec<RecurringCharge>> {
        let user = self.user(who)?;
        let today = self.today();
        let since = today.checked_sub_days(chrono::Days::new(RECURRING_LOOKBACK_DAYS)).unwrap_or(today);
        Ok(detect(&self.store.transactions_since(&user.id, since)?, today))
    }

    /// [`Engine::debt_plan`] for debts as a person writes them (major units of their currency).
    pub fn debt_payoff(&mut self, who: &UserRef, input: &ozzie_core::debt::DebtPayoffInput) -> EngineResult<DebtPlan> {
        let (debts, budget) = input.to_debts(self.user(who)?.currency)?;
        self.debt_plan(who, debts, budget)
    }

    /// Avalanche and snowball for `debts` paid with `monthly_budget`. Without debts, the intake's
    /// debt is the one debt, and the budget defaults to its payment plus the plan's extra.
    pub fn debt_plan(&mut self, who: &UserRef, debts: Vec<Debt>, monthly_budget: Option<i64>) -> EngineResult<DebtPlan> {
        let user = self.user(who)?;
        let (debts, default_budget) = if debts.is_empty() {
            let intake = self.store.latest_intake(&user.id)?.ok_or(DomainError::IntakeRequired)?.draft;
            if intake.total_debt <= 0 {
                return Err(DomainError::validation("debts", "no debt to plan: the intake has none; list one or more debts with their balance, yearly rate and minimum payment").into());
            }
            let extra = self.store.active_plan(&user.id)?.map_or(0, |p| p.recommended_extra_debt_payment);
            let debt = Debt {
                name: user.language.pick("Debt", "Dívida", "Deuda").to_string(),
                balance: intake.total_debt,
                rate_bp: intake.debt_interest_rate_bp.unwrap_or(0),
                minimum: intake.monthly_debt_payment,
            };
            (vec![debt], intake.monthly_debt_payment + extra)
        } else {
            let minimums = debts.iter().map(|d| d.minimum).sum();
            (debts, minimums)
        };
        let budget = monthly_budget.unwrap_or(default_budget);
        let cur = user.currency;
        let comparison = compare(&debts, budget, self.today()).map_err(|e| {
            let message = match e {
                PayoffError::Invalid(why) => why,
                PayoffError::BudgetBelowMinimums { budget, minimums } => format!(
                    "the monthly budget {} is less than the minimum payments, {}; raise it to at least {}",
                    cur.format(budget, user.language),
                    cur.format(minimums, user.language),
                    cur.format(minimums, user.language)
                ),
                PayoffError::NeverPaidOff => {
                    "at this budget the interest grows faster than the payments (or it takes more than 50 years); raise the monthly budget".into()
                }
            };
            DomainError::validation("monthly_budget", message)
        })?;
        Ok(DebtPlan { comparison, monthly_budget: budget, currency: cur })
    }
}

/// Both payoff orders for the same debts, and the monthly budget they were worked out with.
#[derive(Debug, Clone)]
pub struct DebtPlan {
    pub comparison: PayoffComparison,
    pub monthly_budget: i64,
    pub currency: ozzie_core::Currency,
}

impl DebtPlan {
    /// The seed-style document of both schedules.
    pub fn view(&self) -> ozzie_core::wire::DebtPayoffView {
        ozzie_core::wire::DebtPayoffView::new(&self.comparison, self.currency, self.monthly_budget)
    }
}

/// Seed 000's pay-cycle money moves.
impl Engine {
    /// How often the user is paid: their first goal's cadence (monthly without goals).
    fn pay_cadence(&mut self, user_id: &str) -> EngineResult<Cadence> {
        Ok(self.store.goals(user_id)?.first().map_or(Cadence::Monthly, |g| g.draft.cadence))
    }

    /// The pay cycle today falls in: its first day and its payday (see `core::moves::pay_cycle`).
    pub(crate) fn current_pay_cycle(&mut self, facts: &Facts) -> EngineResult<(NaiveDate, NaiveDate)> {
        let cadence = self.pay_cadence(&facts.user.id)?;
        Ok(pay_cycle(facts.today, facts.intake.next_pay_date, cadence))
    }

    /// `POST /money-moves/generate`: the money move of the current pay cycle, made on first
    /// call (earlier cycles whose payday passed expire); calling again in the same cycle returns
    /// the same one.
    pub fn generate_move_cycle(&mut self, who: &UserRef) -> EngineResult<MoneyMoveCycle> {
        let facts = self.facts(who)?;
        let user_id = facts.user.id.clone();
        self.store.expire_move_cycles(&user_id, facts.today)?;
        let cadence = self.pay_cadence(&user_id)?;
        let (start, due) = pay_cycle(facts.today, facts.intake.next_pay_date, cadence);
        if let Some(existing) = self.store.move_cycle_starting(&user_id, start)? {
            return Ok(existing);
        }
        let moves = recommend(&facts.situation());
        let (title, description, tasks) = cycle_move(&moves, &facts.plan, cadence, due, facts.user.language);
        let tasks: Vec<String> = tasks.into_iter().map(|t| t.title).collect();
        let draft = CycleDraft { user_id: &user_id, cycle_start: start, due_date: due, title: &title, description: &description, tasks: &tasks };
        Ok(self.store.insert_move_cycle(&draft, facts.today)?)
    }

    /// `GET /money-moves?status=…&limit=…` (seed 000): cycles, newest first.
    pub fn move_cycles(&mut self, who: &UserRef, status: Option<&str>, limit: u32) -> EngineResult<Vec<MoneyMoveCycle>> {
        let user = self.user(who)?;
        let status = status
            .map(|s| parse_status(s).ok_or_else(|| DomainError::validation("status", format!("'{s}' is not a status; use available, in_progress, completed or expired"))))
            .transpose()?;
        self.store.expire_move_cycles(&user.id, self.today())?;
        Ok(self.store.move_cycles(&user.id, status, limit.clamp(1, 100))?)
    }

    /// Checks a task off (or on again). All done completes the cycle; some done puts it in
    /// progress. An expired cycle stays as it was.
    pub fn set_move_task(&mut self, who: &UserRef, cycle_id: &str, task_id: &str, done: bool) -> EngineResult<MoneyMoveCycle> {
        let user = self.user(who)?;
        self.store.expire_move_cycles(&user.id, self.today())?;
        let mut cycle = self
            .store
            .move_cycles(&user.id, None, 1000)?
            .into_iter()
            .find(|c| c.id == cycle_id)
            .ok_or_else(|| DomainError::NotFound(format!("No money move with id '{cycle_id}'.")))?;
        if cycle.status == MoveStatus::Expired {
            return Err(DomainError::validation("money_move", format!("this money move expired on {}; generate the current one", cycle.due_date)).into());
        }
        let task = cycle.tasks.iter_mut().find(|t| t.id == task_id).ok_or_else(|| DomainError::NotFound(format!("No task with id '{task_id}' in this money move.")))?;
        task.done = done;
        let finished = cycle.tasks.iter().filter(|t| t.done).count();
        cycle.status = match finished {
            0 => MoveStatus::Available,
            n if n == cycle.tasks.len() => MoveStatus::Completed,
            _ => MoveStatus::InProgress,
        };
        self.store.update_move_cycle(&cycle)?;
        Ok(cycle)
    }
}

/// This month's spending per category against the plan's targets, from facts already read.
pub(crate) fn spending_of(facts: &Facts) -> ozzie_core::wire::SpendingView {
    let targets = ozzie_core::moves::category_targets(&facts.situation());
    let categories = Category::ALL
        .into_iter()
        .filter(|c| *c != Category::Income)
        .map(|c| ozzie_core::wire::CategorySpendingView {
            category: c.as_str(),
            spent_cents: facts.month_to_date.get(&c).copied().unwrap_or(0),
            target_cents: targets.get(&c).copied().unwrap_or(0),
        })
        .collect();
    ozzie_core::wire::SpendingView {
        month: facts.month_start.format("%Y-%m").to_string(),
        currency: facts.user.currency.code().to_string(),
        categories,
        income_cents: facts.month_income,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn move_ids_are_ulids_stable_within_a_month() {
        let m = MoveDraft {
            kind: MoveKind::Overspend,
            title: String::new(),
            description: String::new(),
            potential_savings_cents: 1,
            category: Category::Food,
            priority: ozzie_core::money_move::Priority::High,
        };
        let march = NaiveDate::from_ymd_opt(2026, 3, 1).expect("date");
        let a = move_id(march, &m);
        assert_eq!(a, move_id(march, &MoveDraft { potential_savings_cents: 99, ..m.clone() }));
        assert_ne!(a, move_id(march, &MoveDraft { category: Category::Transport, ..m.clone() }));
        assert!(a.starts_with("ozz_move_01") && a.len() == 35, "{a}");
    }
}
