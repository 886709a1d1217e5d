//! The financial intake: the numbers a plan is built from, in both seed dialects.
//!
//! Seed 001 sends `monthly_income`, `monthly_expenses` (total outgoings), `financial_goal` and
//! `next_pay_date`. Seed 000 sends `monthly_net_income`, `monthly_fixed_expenses`,
//! `monthly_variable_expenses`, `total_debt`, `monthly_debt_payment` and `primary_goal` (and reads
//! `current_savings`). Both normalise to one [`IntakeDraft`]:
//!
//! - `monthly_expenses` is always the total going out each month, debt payments included. In the
//!   000 dialect it is fixed + variable + debt payment; in the 001 dialect it is the number given,
//!   and a `monthly_debt_payment` sent alongside is taken as part of it.
//! - fixed / variable stay known when the 000 dialect gave them, so the plan can tell needs from
//!   wants exactly; otherwise the plan estimates the split (see `plan`).
//! - The response echoes both dialects' names so a client of either finds its fields.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use schemars::JsonSchema;

use crate::error::{DomainError, DomainResult};
use crate::money::Currency;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FinancialGoal {
    Savings,
    Debt,
}

impl FinancialGoal {
    pub fn parse(field: &str, raw: &str) -> DomainResult<Self> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "savings" => Ok(FinancialGoal::Savings),
            "debt" => Ok(FinancialGoal::Debt),
            other => Err(DomainError::validation(
                field,
                format!("'{other}' is not a goal Ozzie plans for; use \"savings\" or \"debt\""),
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FinancialGoal::Savings => "savings",
            FinancialGoal::Debt => "debt",
        }
    }
}

/// The intake body as sent, in either dialect (amounts in major units, as JSON numbers).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(example = serde_json::json!({"monthly_income": 5000, "monthly_expenses": 3200, "financial_goal": "savings", "next_pay_date": "2025-05-15"}))]
#[schemars(example = serde_json::json!({"monthly_net_income": 4000, "monthly_fixed_expenses": 1800, "monthly_variable_expenses": 700, "total_debt": 6000, "monthly_debt_payment": 200, "primary_goal": "debt", "current_savings": 500}))]
pub struct IntakeInput {
    // seed 001
    #[schemars(range(min = 0, max = 1_000_000_000_000.0))]
    pub monthly_income: Option<f64>,
    #[schemars(range(min = 0, max = 1_000_000_000_000.0))]
    pub monthly_expenses: Option<f64>,
    #[schemars(extend("enum" = ["savings", "debt"]))]
    pub financial_goal: Option<String>,
    #[schemars(extend("format" = "date"))]
    pub next_pay_date: Option<String>,
    // seed 000
    #[schemars(range(min = 0, max = 1_000_000_000_000.0))]
    pub monthly_net_income: Option<f64>,
    #[schemars(range(min = 0, max = 1_000_000_000_000.0))]
    pub monthly_fixed_expenses: Option<f64>,
    #[schemars(range(min = 0, max = 1_000_000_000_000.0))]
    pub monthly_variable_expenses: Option<f64>,
    #[schemars(range(min = 0, max = 1_000_000_000_000.0))]
    pub total_debt: Option<f64>,
    #[schemars(range(min = 0, max = 1_000_000_000_000.0))]
    pub monthly_debt_payment: Option<f64>,
    #[schemars(extend("enum" = ["savings", "debt"]))]
    pub primary_goal: Option<String>,
    #[schemars(range(min = 0, max = 1_000_000_000_000.0))]
    pub current_savings: Option<f64>,
    // Ozzie Local: the debt's yearly interest rate, for a truthful debt-free date.
    #[schemars(range(min = 0, max = 100))]
    pub debt_interest_rate_percent: Option<f64>,
}

/// A validated intake in minor units, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct IntakeDraft {
    pub currency: Currency,
    pub monthly_income: i64,
    pub monthly_expenses: i64,
    pub fixed_expenses: Option<i64>,
    pub variable_expenses: Option<i64>,
    pub total_debt: i64,
    pub monthly_debt_payment: i64,
    /// Yearly rate in basis points (1850 = 18.50 %), when the user gave one.
    pub debt_interest_rate_bp: Option<i64>,
    pub current_savings: i64,
    pub financial_goal: FinancialGoal,
    pub next_pay_date: Option<NaiveDate>,
}

impl IntakeDraft {
    /// Income minus everything going out (can be negative: a shortfall).
    pub fn monthly_surplus(&self) -> i64 {
        self.monthly_income - self.monthly_expenses
    }
}

/// A stored intake snapshot. The newest one is the one plans use.
#[derive(Debug, Clone, PartialEq)]
pub struct Intake {
    pub id: String,
    pub user_id: String,
    pub draft: IntakeDraft,
    pub created_at: DateTime<Utc>,
}

/// Takes a value that either dialect may send under its own name; both present must agree.
fn one_of(
    a_name: &'static str,
    a: Option<f64>,
    b_name: &'static str,
    b: Option<f64>,
) -> DomainResult<Option<(&'static str, f64)>> {
    match (a, b) {
        (Some(x), Some(y)) if (x - y).abs() > 0.001 => Err(DomainError::validation(
            a_name,
            format!("{a_name} ({x}) and {b_name} ({y}) disagree; send one of them"),
        )),
        (Some(x), _) => Ok(Some((a_name, x))),
        (None, Some(y)) => Ok(Some((b_name, y))),
        (None, None) => Ok(None),
    }
}

pub fn parse_date(field: &str, raw: &str) -> DomainResult<NaiveDate> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| {
        DomainError::validation(field, format!("'{raw}' is not a date; use YYYY-MM-DD, e.g. 2025-05-15"))
    })
}

impl IntakeInput {
    pub fn validate(self, currency: Currency) -> DomainResult<IntakeDraft> {
        let (income_field, income) =
            one_of("monthly_income", self.monthly_income, "monthly_net_income", self.monthly_net_income)?
                .ok_or_else(|| {
                    DomainError::validation(
                        "monthly_income",
                        "is required (or monthly_net_income): the money that comes in each month",
                    )
                })?;
        let monthly_income = currency.minor_from_major(income_field, income)?;
        if monthly_income == 0 {
            return Err(DomainError::validation(
                income_field,
                "must be greater than 0; a plan divides your money, so it needs the income it divides",
            ));
        }

        let amount = |field: &str, value: Option<f64>| -> DomainResult<Option<i64>> {
            value.map(|v| currency.minor_from_major(field, v)).transpose()
        };
        let fixed = amount("monthly_fixed_expenses", self.monthly_fixed_expenses)?;
        let variable = amount("monthly_variable_expenses", self.monthly_variable_expenses)?;
        let total_debt = amount("total_debt", self.total_debt)?.unwrap_or(0);
        let debt_payment = amount("monthly_debt_payment", self.monthly_debt_payment)?.unwrap_or(0);
        let current_savings = amount("current_savings", self.current_savings)?.unwrap_or(0);
        let total = amount("monthly_expenses", self.monthly_expenses)?;

        let monthly_expenses = match (total, fixed, variable) {
            (Some(total), None, None) => {
                if debt_payment > total {
                    return Err(DomainError::validation(
                        "monthly_debt_payment",
                        "is larger than monthly_expenses, which is the total of everything going out including debt payments",
                    ));
                }
                total
            }
            (Some(total), f, v) => {
                let parts = f.unwrap_or(0) + v.unwrap_or(0) + debt_payment;
                if parts != total {
                    return Err(DomainError::validation(
                        "monthly_expenses",
                        "does not equal monthly_fixed_expenses + monthly_variable_expenses + monthly_debt_payment; send either the total or the parts",
                    ));
                }
                total
            }
            (None, None, None) => {
                return Err(DomainError::validation(
                    "monthly_expenses",
                    "is required (or monthly_fixed_expenses and monthly_variable_expenses): what goes out each month",
                ))
            }
            (None, f, v) => f.unwrap_or(0) + v.unwrap_or(0) + debt_payment,
        };

        if debt_payment > 0 && total_debt == 0 {
            return Err(DomainError::validation(
                "total_debt",
                "is needed when monthly_debt_payment is given: how much is still owed in all",
            ));
        }

        let debt_interest_rate_bp =
            self.debt_interest_rate_percent.map(|rate| crate::debt::rate_bp_of("debt_interest_rate_percent", rate)).transpose()?;

        let goal = match (self.financial_goal, self.primary_goal) {
            (Some(g), _) => FinancialGoal::parse("financial_goal", &g)?,
            (None, Some(g)) => FinancialGoal::parse("primary_goal", &g)?,
            (None, None) => {
                return Err(DomainError::validation(
                    "financial_goal",
                    "is required (or primary_goal): \"savings\" or \"debt\"",
                ))
            }
        };

        Ok(IntakeDraft {
            currency,
            monthly_income,
            monthly_expenses,
            fixed_expenses: fixed,
            variable_expenses: variable,
            total_debt,
            monthly_debt_payment: debt_payment,
            debt_interest_rate_bp,
            current_savings,
            financial_goal: goal,
            next_pay_date: self.next_pay_date.map(|d| parse_date("next_pay_date", &d)).transpose()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_001_dialect() {
        let draft = IntakeInput {
            monthly_income: Some(5000.0),
            monthly_expenses: Some(3200.0),
            financial_goal: Some("savings".into()),
            next_pay_date: Some("2025-05-15".into()),
            ..Default::default()
        }
        .validate(Currency::USD)
        .expect("valid");
        assert_eq!(draft.monthly_surplus(), 180_000);
        assert_eq!(draft.next_pay_date, NaiveDate::from_ymd_opt(2025, 5, 15));
    }

    #[test]
    fn seed_000_dialect_counts_debt_payment_as_outgoing() {
        let draft = IntakeInput {
            monthly_net_income: Some(3750.0),
            monthly_fixed_expenses: Some(1800.0),
            monthly_variable_expenses: Some(950.0),
            total_debt: Some(4850.0),
            monthly_debt_payment: Some(200.0),
            primary_goal: Some("savings".into()),
            ..Default::default()
        }
        .validate(Currency::USD)
        .expect("valid");
        assert_eq!(draft.monthly_expenses, 295_000);
        assert_eq!(draft.monthly_surplus(), 80_000);
    }

    #[test]
    fn names_missing_and_bad_fields() {
        let err = IntakeInput::default().validate(Currency::USD).unwrap_err();
        assert_eq!(err.field(), Some("monthly_income"));
        let err = IntakeInput {
            monthly_income: Some(100.0),
            monthly_expenses: Some(50.0),
            financial_goal: Some("yacht".into()),
            ..Default::default()
        }
        .validate(Currency::USD)
        .unwrap_err();
        assert_eq!(err.field(), Some("financial_goal"));
        let err = IntakeInput {
            monthly_income: Some(100.0),
            monthly_expenses: Some(-5.0),
            financial_goal: Some("debt".into()),
            ..Default::default()
        }
        .validate(Currency::USD)
        .unwrap_err();
        assert_eq!(err.field(), Some("monthly_expenses"));
        let err = IntakeInput {
            monthly_income: Some(100.0),
            monthly_net_income: Some(90.0),
            monthly_expenses: Some(5.0),
            financial_goal: Some("debt".into()),
            ..Default::default()
        }
        .validate(Currency::USD)
        .unwrap_err();
        assert_eq!(err.field(), Some("monthly_income"));
    }
}
