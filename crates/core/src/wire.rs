//! The seed's JSON shapes: `{"object": …, "data": …}` envelopes and the objects inside them.
//!
//! This is the one place where minor units become the seed's major-unit numbers (intake, plan and
//! goal amounts) and where both dialects' field names are written out side by side, so every host
//! (CLI `--json`, HTTP API, desktop shell) prints exactly the same document.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::Serialize;
use schemars::JsonSchema;
use serde_json::Number;

use crate::error::DomainError;
use crate::goal::{Goal, GoalProjection};
use crate::intake::Intake;
use crate::money::Currency;
use crate::plan::{GoalBasis, PlanDraft};
use crate::recurring::{Evidence, RecurringCharge};
use crate::transaction::{Transaction, TransactionPage};
use crate::user::User;

/// The seed's success envelope.
#[derive(Debug, Clone, Serialize)]
pub struct Envelope<T: Serialize> {
    pub object: &'static str,
    pub data: T,
}

impl<T: Serialize> Envelope<T> {
    pub fn new(object: &'static str, data: T) -> Self {
        Envelope { object, data }
    }
}

/// The seed's error envelope: `{"error": {"code": …, "message": …}}` (+ `field` for validation).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ErrorEnvelope {
    pub error: ErrorBody,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ErrorBody {
    #[schemars(extend("enum" = ["VALIDATION_ERROR", "CONFLICT", "NOT_FOUND", "INTAKE_REQUIRED", "PLAN_REQUIRED", "PERSONALITY_REQUIRED", "UNAUTHORIZED", "RATE_LIMIT_EXCEEDED", "DATABASE_KEY_ERROR", "INTERNAL_ERROR"]))]
    pub code: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ErrorEnvelope {
    pub fn new(code: &'static str, message: impl Into<String>, field: Option<String>) -> Self {
        ErrorEnvelope { error: ErrorBody { code, message: message.into(), field } }
    }
}

impl From<&DomainError> for ErrorEnvelope {
    fn from(err: &DomainError) -> Self {
        ErrorEnvelope::new(err.code().as_str(), err.to_string(), err.field().map(str::to_string))
    }
}

pub fn timestamp(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// YYYY-MM-DD (NaiveDate's ISO 8601 Display, without parsing a format string per call).
fn date(d: &NaiveDate) -> String {
    d.to_string()
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct UserView {
    pub id: String,
    pub external_user_id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    #[schemars(extend("enum" = ["en", "pt", "es"]))]
    pub language: &'static str,
    pub currency: String,
    #[schemars(extend("enum" = ["intake_pending", "plan_pending", "active"]))]
    pub onboarding_stage: &'static str,
    pub created_at: String,
    pub updated_at: String,
}

impl From<&User> for UserView {
    fn from(u: &User) -> Self {
        UserView {
            id: u.id.clone(),
            external_user_id: u.external_user_id.clone(),
            name: u.name.clone(),
            email: u.email.clone(),
            phone: u.phone.clone(),
            language: u.language.as_str(),
            currency: u.currency.code().to_string(),
            onboarding_stage: u.onboarding_stage.as_str(),
            created_at: timestamp(&u.created_at),
            updated_at: timestamp(&u.updated_at),
        }
    }
}

/// The intake echoed in both dialects' names.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct IntakeView {
    pub id: String,
    pub user_id: String,
    pub currency: String,
    pub monthly_income: Number,
    pub monthly_net_income: Number,
    pub monthly_expenses: Number,
    pub monthly_fixed_expenses: Option<Number>,
    pub monthly_variable_expenses: Option<Number>,
    pub total_debt: Number,
    pub monthly_debt_payment: Number,
    pub debt_interest_rate_percent: Option<f64>,
    pub current_savings: Number,
    pub monthly_surplus: Number,
    #[schemars(extend("enum" = ["savings", "debt"]))]
    pub financial_goal: &'static str,
    #[schemars(extend("enum" = ["savings", "debt"]))]
    pub primary_goal: &'static str,
    pub next_pay_date: Option<String>,
    pub created_at: String,
}

impl From<&Intake> for IntakeView {
    fn from(i: &Intake) -> Self {
        let d = &i.draft;
        let c = d.currency;
        IntakeView {
            id: i.id.clone(),
            user_id: i.user_id.clone(),
            currency: c.code().to_string(),
            monthly_income: c.major_from_minor(d.monthly_income),
            monthly_net_income: c.major_from_minor(d.monthly_income),
            monthly_expenses: c.major_from_minor(d.monthly_expenses),
            monthly_fixed_expenses: d.fixed_expenses.map(|v| c.major_from_minor(v)),
            monthly_variable_expenses: d.variable_expenses.map(|v| c.major_from_minor(v)),
            total_debt: c.major_from_minor(d.total_debt),
            monthly_debt_payment: c.major_from_minor(d.monthly_debt_payment),
            debt_interest_rate_percent: d.debt_interest_rate_bp.map(|bp| bp as f64 / 100.0),
            current_savings: c.major_from_minor(d.current_savings),
            monthly_surplus: signed_major(c, d.monthly_surplus()),
            financial_goal: d.financial_goal.as_str(),
            primary_goal: d.financial_goal.as_str(),
            next_pay_date: d.next_pay_date.as_ref().map(date),
            created_at: timestamp(&i.created_at),
        }
    }
}

/// Minor units → a signed major-unit JSON number (a shortfall keeps its sign).
pub fn signed_major(currency: Currency, minor: i64) -> Number {
    if minor >= 0 {
        return currency.major_from_minor(minor);
    }
    let positive = currency.major_from_minor(-minor);
    match (positive.as_i64(), positive.as_f64()) {
        (Some(i), _) => Number::from(-i),
        (None, Some(f)) => Number::from_f64(-f).unwrap_or(positive),
        _ => positive,
    }
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AllocationView {
    pub name: &'static str,
    pub label: &'static str,
    pub amount: Number,
    pub amount_cents: i64,
    pub percent: f64,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct KeyMetricsView {
    pub monthly_surplus: Number,
    pub savings_rate_percent: i64,
    pub emergency_fund_target: Number,
    pub emergency_fund_months: Option<f64>,
    #[schemars(extend("enum" = ["goal", "emergency_fund", "debt"]))]
    pub goal_basis: &'static str,
    pub goal_id: Option<String>,
    pub goal_name: Option<String>,
    pub months_to_goal: Option<i64>,
    pub projected_goal_date: Option<String>,
    pub debt_free_date: Option<String>,
    pub months_to_debt_free: Option<i64>,
    pub total_interest: Option<Number>,
    pub flexible_amount: Number,
    pub monthly_shortfall: Number,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ActionItemView {
    pub kind: &'static str,
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PlanView {
    pub id: String,
    pub user_id: String,
    pub intake_id: String,
    #[schemars(extend("enum" = ["savings", "debt"]))]
    pub financial_goal: &'static str,
    pub currency: String,
    #[schemars(extend("enum" = ["en", "pt", "es"]))]
    pub language: &'static str,
    pub monthly_income: Number,
    pub monthly_expenses: Number,
    pub monthly_surplus: Number,
    pub recommended_monthly_savings: Number,
    pub recommended_extra_debt_payment: Number,
    pub savings_rate_percent: i64,
    pub summary: String,
    pub status: &'static str,
    pub allocations: Vec<AllocationView>,
    pub key_metrics: KeyMetricsView,
    pub focus_areas: Vec<&'static str>,
    pub action_items: Vec<ActionItemView>,
    pub created_at: String,
}

impl PlanView {
    pub fn new(id: &str, user_id: &str, intake_id: &str, plan: &PlanDraft, created_at: &DateTime<Utc>) -> Self {
        let c = plan.currency;
        let m = &plan.key_metrics;
        let (basis, goal_id, goal_name) = match &m.goal_basis {
            GoalBasis::Goal { id, name } => ("goal", Some(id.clone()), Some(name.clone())),
            GoalBasis::EmergencyFund => ("emergency_fund", None, None),
            GoalBasis::Debt => ("debt", None, None),
        };
        let payoff = m.debt_payoff.clone().flatten();
        PlanView {
            id: id.to_string(),
            user_id: user_id.to_string(),
            intake_id: intake_id.to_string(),
            financial_goal: plan.financial_goal.as_str(),
            currency: c.code().to_string(),
            language: plan.language.as_str(),
            monthly_income: c.major_from_minor(plan.monthly_income),
            monthly_expenses: c.major_from_minor(plan.monthly_expenses),
            monthly_surplus: signed_major(c, plan.monthly_surplus),
            recommended_monthly_savings: c.major_from_minor(plan.recommended_monthly_savings),
            recommended_extra_debt_payment: c.major_from_minor(plan.recommended_extra_debt_payment),
            savings_rate_percent: plan.savings_rate_percent,
            summary: plan.summary.clone(),
            status: "active",
            allocations: plan
                .allocations
                .iter()
                .map(|a| AllocationView {
                    name: a.bucket.as_str(),
                    label: a.bucket.label(plan.language),
                    amount: c.major_from_minor(a.amount),
                    amount_cents: a.amount,
                    percent: a.percent_tenths as f64 / 10.0,
                })
                .collect(),
            key_metrics: KeyMetricsView {
                monthly_surplus: signed_major(c, plan.monthly_surplus),
                savings_rate_percent: plan.savings_rate_percent,
                emergency_fund_target: c.major_from_minor(m.emergency_fund_target),
                emergency_fund_months: m.emergency_fund_months_tenths.map(|t| t as f64 / 10.0),
                goal_basis: basis,
                goal_id,
                goal_name,
                months_to_goal: m.months_to_goal,
                projected_goal_date: m.projected_goal_date.as_ref().map(date),
                debt_free_date: payoff.as_ref().map(|p| date(&p.date)),
                months_to_debt_free: payoff.as_ref().map(|p| p.months),
                total_interest: payoff.as_ref().map(|p| c.major_from_minor(p.total_interest)),
                flexible_amount: c.major_from_minor(m.flexible_amount),
                monthly_shortfall: c.major_from_minor(m.monthly_shortfall),
            },
            focus_areas: plan.focus_areas.iter().map(|f| f.as_str()).collect(),
            action_items: plan
                .action_items
                .iter()
                .map(|a| ActionItemView { kind: a.kind, title: a.title.clone(), description: a.description.clone() })
                .collect(),
            created_at: timestamp(created_at),
        }
    }
}

/// A goal in both dialects' names, with its projection.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct GoalView {
    pub id: String,
    pub user_id: String,
    #[schemars(extend("enum" = ["savings", "debt"]))]
    pub goal_type: &'static str,
    pub name: String,
    pub goal_name: String,
    pub target_amount: Number,
    pub starting_amount: Number,
    pub current_amount: Number,
    pub currency: String,
    pub target_date: Option<String>,
    #[schemars(extend("enum" = ["biweekly", "monthly"]))]
    pub cadence: &'static str,
    pub monthly_contribution_needed: Option<Number>,
    pub contribution_per_period: Option<Number>,
    pub progress_percent: f64,
    pub on_track: Option<bool>,
    pub projected_completion_date: Option<String>,
    pub created_at: String,
}

impl GoalView {
    pub fn new(goal: &Goal, projection: Option<&GoalProjection>) -> Self {
        let d = &goal.draft;
        let c = d.currency;
        GoalView {
            id: goal.id.clone(),
            user_id: goal.user_id.clone(),
            goal_type: d.goal_type.as_str(),
            name: d.name.clone(),
            goal_name: d.name.clone(),
            target_amount: c.major_from_minor(d.target_amount),
            starting_amount: c.major_from_minor(d.starting_amount),
            current_amount: c.major_from_minor(d.current_amount),
            currency: c.code().to_string(),
            target_date: d.target_date.as_ref().map(date),
            cadence: d.cadence.as_str(),
            monthly_contribution_needed: projection
                .and_then(|p| p.monthly_contribution_needed)
                .map(|v| c.major_from_minor(v)),
            contribution_per_period: projection.and_then(|p| p.contribution_per_period).map(|v| c.major_from_minor(v)),
            progress_percent: d.progress_percent(),
            on_track: projection.and_then(|p| p.on_track),
            projected_completion_date: projection.and_then(|p| p.projected_completion_date).as_ref().map(date),
            created_at: timestamp(&goal.created_at),
        }
    }
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TransactionView {
    pub id: String,
    pub user_id: String,
    pub amount_cents: i64,
    pub currency: String,
    #[schemars(with = "crate::transaction::Category")]
    pub category: &'static str,
    pub description: String,
    pub transaction_date: String,
    pub source: &'static str,
    pub ai_confidence: f64,
    pub created_at: String,
}

impl From<&Transaction> for TransactionView {
    fn from(t: &Transaction) -> Self {
        TransactionView {
            id: t.id.clone(),
            user_id: t.user_id.clone(),
            amount_cents: t.tx.amount_cents,
            currency: t.tx.currency.code().to_string(),
            category: t.tx.category.as_str(),
            description: t.tx.description.clone(),
            transaction_date: date(&t.tx.transaction_date),
            source: t.tx.source.as_str(),
            ai_confidence: t.tx.ai_confidence,
            created_at: timestamp(&t.created_at),
        }
    }
}

/// A transaction read from input but not stored (a preview: `ozzie parse`, the app's quick-add).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ParsedTransactionView {
    pub amount_cents: i64,
    pub currency: String,
    #[schemars(with = "crate::transaction::Category")]
    pub category: &'static str,
    pub description: String,
    pub transaction_date: String,
    pub source: &'static str,
    pub ai_confidence: f64,
}

impl From<&crate::transaction::NewTransaction> for ParsedTransactionView {
    fn from(t: &crate::transaction::NewTransaction) -> Self {
        ParsedTransactionView {
            amount_cents: t.amount_cents,
            currency: t.currency.code().to_string(),
            category: t.category.as_str(),
            description: t.description.clone(),
            transaction_date: date(&t.transaction_date),
            source: t.source.as_str(),
            ai_confidence: t.ai_confidence,
        }
    }
}

/// `{"transactions": […]}` of previews, with what could not be read.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ParsedListView {
    pub transactions: Vec<ParsedTransactionView>,
    pub diagnostics: Vec<String>,
}

/// `{"transactions": […]}`, the data of a `transaction_list` (what a submission produced).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TransactionListView {
    pub transactions: Vec<TransactionView>,
}

/// A page of `GET /transactions` (object `list`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TransactionPageView {
    pub transactions: Vec<TransactionView>,
    pub has_more: bool,
    pub next_cursor: Option<String>,
    pub total_count: u64,
}

impl From<&TransactionPage> for TransactionPageView {
    fn from(p: &TransactionPage) -> Self {
        TransactionPageView {
            transactions: p.transactions.iter().map(TransactionView::from).collect(),
            has_more: p.has_more,
            next_cursor: p.next_cursor.clone(),
            total_count: p.total_count,
        }
    }
}

/// `{"goals": […]}` for `GET /goals`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct GoalListView {
    pub goals: Vec<GoalView>,
}

/// This month's money out per category next to the plan's target for it (the dashboard's chart).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SpendingView {
    /// The month, YYYY-MM; the amounts run from its first day to today.
    pub month: String,
    pub currency: String,
    pub categories: Vec<CategorySpendingView>,
    /// Money in this month, in minor units.
    pub income_cents: i64,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CategorySpendingView {
    #[schemars(with = "crate::transaction::Category")]
    pub category: &'static str,
    /// Money out so far this month, in minor units.
    pub spent_cents: i64,
    /// What the plan leaves for this category this month, in minor units.
    pub target_cents: i64,
}

/// Money out per month and category over the stored history (`ozzie report`), oldest month
/// first; income is left out. One row per month, category and currency that has spending.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SpendingReportView {
    pub rows: Vec<MonthlySpendingView>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MonthlySpendingView {
    /// YYYY-MM
    pub month: String,
    #[schemars(with = "crate::transaction::Category")]
    pub category: &'static str,
    pub currency: String,
    /// Money out in that month and category, in minor units.
    pub spent_cents: i64,
    pub transactions: u64,
}

/// A user's transactions written for another tool (Ozzie Local's export).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ExportView {
    #[schemars(extend("enum" = ["csv", "json", "hledger", "beancount"]))]
    pub format: &'static str,
    /// A file name to save it under, e.g. ozzie-2025-05-05.csv.
    pub file_name: String,
    pub transactions: usize,
    /// The file's text.
    pub content: String,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
/// A recurring charge that now costs more.
pub struct PriceIncreaseView {
    pub from_cents: i64,
    pub to_cents: i64,
    pub on: String,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
/// A charge that comes back on a rhythm (a subscription, a bill, a salary).
pub struct RecurringView {
    pub merchant: String,
    #[schemars(with = "crate::transaction::Category")]
    pub category: &'static str,
    pub currency: String,
    #[schemars(extend("enum" = ["weekly", "biweekly", "monthly", "yearly"]))]
    pub cadence: &'static str,
    pub typical_amount_cents: i64,
    pub last_amount_cents: i64,
    pub monthly_cost_cents: i64,
    pub last_date: String,
    pub next_date: String,
    pub charges: usize,
    pub income: bool,
    /// "rhythm" (seen on a steady rhythm) or "known_service" (a subscription service seen once)
    #[schemars(extend("enum" = ["rhythm", "known_service"]))]
    pub evidence: &'static str,
    pub price_increase: Option<PriceIncreaseView>,
}

impl From<&RecurringCharge> for RecurringView {
    fn from(r: &RecurringCharge) -> Self {
        RecurringView {
            merchant: r.merchant.clone(),
            category: r.category.as_str(),
            currency: r.currency.code().to_string(),
            cadence: r.cadence.as_str(),
            typical_amount_cents: r.typical_amount,
            last_amount_cents: r.last_amount,
            monthly_cost_cents: r.monthly_cost,
            last_date: r.last_date.to_string(),
            next_date: r.next_date.to_string(),
            charges: r.charges,
            income: r.income,
            evidence: match r.evidence {
                Evidence::Rhythm => "rhythm",
                Evidence::KnownService => "known_service",
            },
            price_increase: r.price_increase.as_ref().map(|p| PriceIncreaseView { from_cents: p.from, to_cents: p.to, on: p.on.to_string() }),
        }
    }
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
/// `{"recurring": […]}`.
pub struct RecurringListView {
    pub recurring: Vec<RecurringView>,
}


/// One message of a conversation: the person's question or the coach's reply. A reply carries
/// seed 000's `reply` (the same text) beside seed 001's `message`, and its `emotion`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ChatMessageView {
    pub id: String,
    pub user_id: String,
    /// `user` or `assistant`.
    #[schemars(extend("enum" = ["user", "assistant"]))]
    pub role: &'static str,
    pub message: String,
    /// Replies only: seed 000's name for `message`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply: Option<String>,
    pub emotion: Option<crate::chat::Emotion>,
    pub created_at: String,
}

impl From<&crate::chat::ChatMessage> for ChatMessageView {
    fn from(m: &crate::chat::ChatMessage) -> Self {
        let assistant = m.role == crate::chat::Role::Assistant;
        ChatMessageView {
            id: m.id.clone(),
            user_id: m.user_id.clone(),
            role: if assistant { "assistant" } else { "user" },
            message: m.message.clone(),
            reply: assistant.then(|| m.message.clone()),
            emotion: m.emotion,
            created_at: m.created_at.to_rfc3339_opts(SecondsFormat::Secs, true),
        }
    }
}

/// `{"messages": […]}`: the latest messages, oldest first.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ChatHistoryView {
    pub messages: Vec<ChatMessageView>,
}

/// When one debt is paid off under one strategy.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DebtOutcomeView {
    pub name: String,
    pub months: i64,
    /// YYYY-MM-DD.
    pub paid_off: String,
    pub interest_cents: i64,
}

/// One strategy's schedule: the debts in the order they are paid off.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PayoffScheduleView {
    /// `avalanche` (highest rate first) or `snowball` (smallest balance first).
    #[schemars(extend("enum" = ["avalanche", "snowball"]))]
    pub strategy: &'static str,
    pub months: i64,
    /// YYYY-MM-DD.
    pub debt_free_date: String,
    pub total_interest_cents: i64,
    pub debts: Vec<DebtOutcomeView>,
}

impl From<&crate::debt::PayoffSchedule> for PayoffScheduleView {
    fn from(s: &crate::debt::PayoffSchedule) -> Self {
        PayoffScheduleView {
            strategy: s.strategy.as_str(),
            months: s.months,
            debt_free_date: s.debt_free.to_string(),
            total_interest_cents: s.total_interest,
            debts: s
                .debts
                .iter()
                .map(|d| DebtOutcomeView { name: d.name.clone(), months: d.months, paid_off: d.paid_off.to_string(), interest_cents: d.interest })
                .collect(),
        }
    }
}

/// Avalanche and snowball side by side, and which one pays less interest.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DebtPayoffView {
    pub currency: String,
    pub monthly_budget_cents: i64,
    pub avalanche: PayoffScheduleView,
    pub snowball: PayoffScheduleView,
    #[schemars(extend("enum" = ["avalanche", "snowball"]))]
    pub cheaper: &'static str,
    pub interest_saved_cents: i64,
}

impl DebtPayoffView {
    pub fn new(c: &crate::debt::PayoffComparison, currency: crate::money::Currency, monthly_budget: i64) -> Self {
        DebtPayoffView {
            currency: currency.code().to_string(),
            monthly_budget_cents: monthly_budget,
            avalanche: PayoffScheduleView::from(&c.avalanche),
            snowball: PayoffScheduleView::from(&c.snowball),
            cheaper: c.cheaper.as_str(),
            interest_saved_cents: c.interest_saved,
        }
    }
}
