//! Paying off several debts: the avalanche (highest rate first) and snowball (smallest balance
//! first) schedules, month by month, with each debt's payoff date and the total interest.
//!
//! The method, the same for both: every month each debt accrues interest at its rate / 12
//! (rounded to the minor unit), every debt gets its minimum (or what is left of it), and the
//! rest of the monthly budget goes to the target debt; when a debt is paid off, what it took
//! rolls over to the next target the same month. The budget stays constant, so freed minimums
//! "snowball" into the next debt in both strategies. The first payment is on `anchor`.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Deserialize;

use crate::calendar::nth_monthly;
use crate::error::{DomainError, DomainResult};
use crate::money::Currency;

/// Schedules longer than this (50 years) are treated as never ending.
pub const MAX_MONTHS: i64 = 600;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debt {
    pub name: String,
    /// Minor units owed now.
    pub balance: i64,
    /// Yearly interest rate in basis points (19.99 % = 1999).
    pub rate_bp: i64,
    /// Minimum monthly payment, minor units.
    pub minimum: i64,
}

/// One debt as a person writes it: amounts in major units of their currency.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DebtInput {
    #[schemars(length(min = 1, max = 100), example = &"Visa")]
    pub name: String,
    /// Owed now, e.g. 4200.00.
    #[schemars(range(min = 0.0))]
    pub balance: f64,
    /// Yearly interest rate, e.g. 22.9.
    #[schemars(range(min = 0.0, max = 100.0))]
    pub interest_rate_percent: f64,
    /// Minimum monthly payment.
    #[schemars(range(min = 0.0))]
    pub minimum_payment: f64,
}

/// What to compare: `debts` (none: the intake's debt) paid with `monthly_budget` (none: the
/// minimums, or the intake's payment plus the plan's extra).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(example = serde_json::json!({"debts": [{"name": "Visa", "balance": 4200, "interest_rate_percent": 22.9, "minimum_payment": 120}, {"name": "Car loan", "balance": 9000, "interest_rate_percent": 6.5, "minimum_payment": 250}], "monthly_budget": 600}))]
pub struct DebtPayoffInput {
    #[serde(default)]
    #[schemars(length(max = 50))]
    pub debts: Vec<DebtInput>,
    #[schemars(range(min = 0.0))]
    pub monthly_budget: Option<f64>,
}

/// A yearly interest rate in percent (e.g. 22.9) as basis points, refused outside 0–100.
pub fn rate_bp_of(field: &str, percent: f64) -> DomainResult<i64> {
    if !percent.is_finite() || !(0.0..=100.0).contains(&percent) {
        return Err(DomainError::validation(field, "must be a yearly rate between 0 and 100, e.g. 18.5"));
    }
    Ok((percent * 100.0).round() as i64)
}

impl DebtInput {
    /// The debt in minor units; `field` names it in errors (e.g. "debts[0]").
    pub fn to_debt(&self, currency: Currency, field: &str) -> DomainResult<Debt> {
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(DomainError::validation(format!("{field}.name"), "is required (up to 100 characters), e.g. \"Visa\""));
        }
        let rate_bp = rate_bp_of(&format!("{field}.interest_rate_percent"), self.interest_rate_percent)?;
        let amount = |name: &str, value: f64| {
            let field = format!("{field}.{name}");
            if value < 0.0 {
                return Err(DomainError::validation(&field, "must not be negative"));
            }
            currency.minor_from_major(&field, value)
        };
        Ok(Debt {
            name: name.to_string(),
            balance: amount("balance", self.balance)?,
            rate_bp,
            minimum: amount("minimum_payment", self.minimum_payment)?,
        })
    }
}

impl DebtPayoffInput {
    /// The debts and the budget in minor units.
    pub fn to_debts(&self, currency: Currency) -> DomainResult<(Vec<Debt>, Option<i64>)> {
        if self.debts.len() > 50 {
            return Err(DomainError::validation("debts", "has more than 50 debts; compare up to 50 at a time"));
        }
        let debts = self.debts.iter().enumerate().map(|(i, d)| d.to_debt(currency, &format!("debts[{i}]"))).collect::<DomainResult<Vec<_>>>()?;
        let budget = match self.monthly_budget {
            Some(b) if b < 0.0 => return Err(DomainError::validation("monthly_budget", "must not be negative")),
            Some(b) => Some(currency.minor_from_major("monthly_budget", b)?),
            None => None,
        };
        Ok((debts, budget))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// Highest interest rate first: the least interest paid.
    Avalanche,
    /// Smallest balance first: the fastest first win.
    Snowball,
}

impl Strategy {
    pub fn as_str(self) -> &'static str {
        match self {
            Strategy::Avalanche => "avalanche",
            Strategy::Snowball => "snowball",
        }
    }
}

/// When one debt is paid off under a strategy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebtOutcome {
    pub name: String,
    pub months: i64,
    pub paid_off: NaiveDate,
    pub interest: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoffSchedule {
    pub strategy: Strategy,
    /// Months until the last debt is paid off.
    pub months: i64,
    pub debt_free: NaiveDate,
    pub total_interest: i64,
    /// In the order the debts are paid off.
    pub debts: Vec<DebtOutcome>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PayoffError {
    /// No debts, or a debt with a negative balance, rate or minimum.
    Invalid(String),
    /// The budget does not cover the minimums.
    BudgetBelowMinimums { budget: i64, minimums: i64 },
    /// Interest grows faster than the payments, or it takes longer than [`MAX_MONTHS`].
    NeverPaidOff,
}

/// Both schedules, and which one costs less interest (avalanche on a tie: it never costs more).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoffComparison {
    pub avalanche: PayoffSchedule,
    pub snowball: PayoffSchedule,
    pub cheaper: Strategy,
    /// How much less interest the cheaper one pays.
    pub interest_saved: i64,
}

fn monthly_interest(balance: i64, rate_bp: i64) -> i64 {
    // balance × rate / 12, rounded half up: rate_bp / 10_000 / 12 = rate_bp / 120_000.
    let exact = i128::from(balance) * i128::from(rate_bp);
    i64::try_from((exact + 60_000) / 120_000).unwrap_or(i64::MAX)
}

/// The schedule of one strategy.
pub fn schedule(debts: &[Debt], monthly_budget: i64, strategy: Strategy, anchor: NaiveDate) -> Result<PayoffSchedule, PayoffError> {
    if debts.is_empty() {
        return Err(PayoffError::Invalid("there are no debts to pay off".into()));
    }
    if let Some(d) = debts.iter().find(|d| d.balance < 0 || d.rate_bp < 0 || d.minimum < 0) {
        return Err(PayoffError::Invalid(format!("'{}' has a negative balance, rate or minimum", d.name)));
    }
    let minimums: i64 = debts.iter().filter(|d| d.balance > 0).map(|d| d.minimum).sum();
    if monthly_budget < minimums || monthly_budget <= 0 {
        return Err(PayoffError::BudgetBelowMinimums { budget: monthly_budget, minimums });
    }
    // The order targets are chosen in; ties keep the user's order.
    let mut order: Vec<usize> = (0..debts.len()).collect();
    match strategy {
        Strategy::Avalanche => order.sort_by_key(|&i| (std::cmp::Reverse(debts[i].rate_bp), debts[i].balance)),
        Strategy::Snowball => order.sort_by_key(|&i| (debts[i].balance, std::cmp::Reverse(debts[i].rate_bp))),
    }
    let mut balance: Vec<i64> = debts.iter().map(|d| d.balance).collect();
    let mut interest: Vec<i64> = vec![0; debts.len()];
    let mut done: Vec<Option<i64>> = debts.iter().map(|d| (d.balance == 0).then_some(0)).collect();
    let mut outcomes: Vec<DebtOutcome> = Vec::new();
    for month in 1..=MAX_MONTHS {
        let owed_before: i64 = balance.iter().sum();
        for i in 0..debts.len() {
            if balance[i] > 0 {
                let charge = monthly_interest(balance[i], debts[i].rate_bp);
                balance[i] += charge;
                interest[i] += charge;
            }
        }
        let mut left = monthly_budget;
        for i in 0..debts.len() {
            let pay = debts[i].minimum.min(balance[i]).min(left);
            balance[i] -= pay;
            left -= pay;
        }
        for &i in &order {
            if left == 0 {
                break;
            }
            let pay = balance[i].min(left);
            balance[i] -= pay;
            left -= pay;
        }
        for &i in &order {
            if balance[i] == 0 && done[i].is_none() {
                done[i] = Some(month);
                let paid_off = nth_monthly(anchor, month).ok_or(PayoffError::NeverPaidOff)?;
                outcomes.push(DebtOutcome { name: debts[i].name.clone(), months: month, paid_off, interest: interest[i] });
            }
        }
        if balance.iter().all(|b| *b == 0) {
            let total_interest = interest.iter().sum();
            let debt_free = nth_monthly(anchor, month).ok_or(PayoffError::NeverPaidOff)?;
            return Ok(PayoffSchedule { strategy, months: month, debt_free, total_interest, debts: outcomes });
        }
        if balance.iter().sum::<i64>() >= owed_before {
            return Err(PayoffError::NeverPaidOff);
        }
    }
    Err(PayoffError::NeverPaidOff)
}

/// Avalanche and snowball side by side.
pub fn compare(debts: &[Debt], monthly_budget: i64, anchor: NaiveDate) -> Result<PayoffComparison, PayoffError> {
    let avalanche = schedule(debts, monthly_budget, Strategy::Avalanche, anchor)?;
    let snowball = schedule(debts, monthly_budget, Strategy::Snowball, anchor)?;
    let (cheaper, interest_saved) = if snowball.total_interest < avalanche.total_interest {
        (Strategy::Snowball, avalanche.total_interest - snowball.total_interest)
    } else {
        (Strategy::Avalanche, snowball.total_interest - avalanche.total_interest)
    };
    Ok(PayoffComparison { avalanche, snowball, cheaper, interest_saved })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(name: &str, balance: i64, rate_bp: i64, minimum: i64) -> Debt {
        Debt { name: name.into(), balance, rate_bp, minimum }
    }

    fn day(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).expect("date")
    }

    /// Worked by hand for month 1: card $1,000 at 24 % accrues $20.00 and car $5,000 at 6 %
    /// accrues $25.00; minimums $50 + $100 leave $250 of the $400 for the avalanche target (the
    /// card): card 1,020 − 300 = 720, car 5,025 − 100 = 4,925. The full schedules were checked
    /// against an independent script (tests/fixtures/intelligence/debt_reference.py).
    #[test]
    fn avalanche_and_snowball_with_worked_numbers() {
        let debts = [d("Car loan", 500_000, 600, 10_000), d("Card", 100_000, 2400, 5_000)];
        let first = schedule(&debts, 40_000, Strategy::Avalanche, day(2026, 1, 1)).expect("plan");
        assert_eq!(first.debts[0].name, "Card");
        assert_eq!(first.debts[0].months, 4);
        assert_eq!(first.debts[0].paid_off, day(2026, 4, 1));
        assert_eq!(first.debts[0].interest, 4_595);
        assert_eq!((first.months, first.debt_free, first.total_interest), (16, day(2027, 4, 1), 28_972));
        let c = compare(&debts, 40_000, day(2026, 1, 1)).expect("both");
        // Here the smallest balance is also the dearest: both orders are the same.
        assert_eq!(c.snowball.total_interest, c.avalanche.total_interest);
        assert_eq!(c.cheaper, Strategy::Avalanche);
    }

    #[test]
    fn avalanche_pays_less_when_the_small_debt_is_cheap() {
        let debts = [d("Store card", 80_000, 900, 2_500), d("Credit card", 600_000, 2499, 15_000), d("Student loan", 1_200_000, 450, 12_000)];
        let c = compare(&debts, 60_000, day(2026, 2, 15)).expect("both");
        assert_eq!(c.snowball.debts[0].name, "Store card");
        assert_eq!(c.avalanche.debts[0].name, "Credit card");
        assert_eq!(c.cheaper, Strategy::Avalanche);
        assert_eq!(c.avalanche.total_interest, 227_549);
        assert_eq!(c.snowball.total_interest, 243_273);
        assert_eq!(c.interest_saved, 15_724);
        assert_eq!((c.avalanche.months, c.snowball.months), (36, 36));
        assert_eq!(c.snowball.debts[0].paid_off, day(2026, 4, 15));
        assert_eq!(c.avalanche.debt_free, day(2029, 1, 15));
    }

    #[test]
    fn impossible_budgets_say_why() {
        let debts = [d("Card", 100_000, 2400, 5_000), d("Loan", 100_000, 500, 8_000)];
        assert_eq!(schedule(&debts, 10_000, Strategy::Avalanche, day(2026, 1, 1)), Err(PayoffError::BudgetBelowMinimums { budget: 10_000, minimums: 13_000 }));
        // $2 a month against $20 of monthly interest never ends.
        assert_eq!(schedule(&[d("Card", 100_000, 2400, 200)], 200, Strategy::Snowball, day(2026, 1, 1)), Err(PayoffError::NeverPaidOff));
        assert!(matches!(schedule(&[], 100, Strategy::Snowball, day(2026, 1, 1)), Err(PayoffError::Invalid(_))));
    }

    #[test]
    fn a_zero_rate_debt_is_simple_division() {
        let s = schedule(&[d("Friend", 120_000, 0, 10_000)], 10_000, Strategy::Avalanche, day(2026, 3, 31)).expect("plan");
        assert_eq!((s.months, s.total_interest, s.debt_free), (12, 0, day(2027, 2, 28)));
    }
}
