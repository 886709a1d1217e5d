//! The facts a coach reply may use, as plain numbers. The engine fills it from the store; the
//! offline coach answers from it, and an LLM prompt carries it as a compact block.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use ozzie_core::transaction::Category;
use ozzie_core::{Currency, Language};

/// One goal and how it is going.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalFacts {
    pub name: String,
    /// A debt goal counts down to zero; a savings goal up to its target.
    pub debt: bool,
    pub target: i64,
    pub saved: i64,
    pub target_date: Option<NaiveDate>,
    /// What reaching the target by its date takes each month.
    pub monthly_needed: Option<i64>,
    /// What the plan puts toward it each month.
    pub monthly_capacity: Option<i64>,
    pub on_track: Option<bool>,
    pub projected: Option<NaiveDate>,
}

/// The user's debt from the intake, and when it is paid off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebtFacts {
    pub balance: i64,
    pub payment: i64,
    pub rate_bp: Option<i64>,
    /// At today's payment (None: never).
    pub payoff_now: Option<NaiveDate>,
    /// With the plan's extra payment.
    pub payoff_with_plan: Option<NaiveDate>,
    pub extra: i64,
    pub interest_saved: i64,
}

/// A money move to mention ("where can I cut back?").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveFacts {
    pub title: String,
    pub description: String,
    pub potential_savings: i64,
    /// Spending that can be cut (an overspent category, subscriptions), rather than saving to do.
    pub cut: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CoachContext {
    pub language: Language,
    pub currency: Currency,
    pub today: NaiveDate,
    pub name: Option<String>,
    pub monthly_income: i64,
    pub monthly_expenses: i64,
    pub recommended_monthly_savings: i64,
    /// What the plan leaves each month for living (needs and wants).
    pub living_budget: i64,
    pub current_savings: i64,
    pub emergency_fund_target: i64,
    pub goals: Vec<GoalFacts>,
    pub debt: Option<DebtFacts>,
    pub week_start: NaiveDate,
    pub week_to_date: BTreeMap<Category, i64>,
    pub month_start: NaiveDate,
    pub month_to_date: BTreeMap<Category, i64>,
    pub month_income: i64,
    pub category_targets: BTreeMap<Category, i64>,
    /// Subscriptions and their monthly cost.
    pub subscriptions: Vec<(String, i64)>,
    pub moves: Vec<MoveFacts>,
}

impl CoachContext {
    pub fn spent_this_month(&self) -> i64 {
        self.month_to_date.values().sum()
    }

    pub fn spent_this_week(&self) -> i64 {
        self.week_to_date.values().sum()
    }

    /// What is left of this month's living budget (negative when over).
    pub fn left_this_month(&self) -> i64 {
        self.living_budget - self.spent_this_month()
    }
}
