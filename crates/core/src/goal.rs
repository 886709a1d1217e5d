//! Goals (savings and debt) and the math that tracks them.
//!
//! ## Method
//!
//! - **Remaining**: a savings goal needs `target − current`; a debt goal needs `current − target`
//!   (the balance still owed down to the target balance, usually 0).
//! - **Schedule**: contributions start on the next pay date (or today when none is known or it
//!   has passed) and repeat monthly or every 14 days (the goal's cadence); see `calendar`.
//! - **Monthly contribution needed** (with a target date): remaining ÷ the monthly contributions
//!   that fit before the target date (5 May → 31 Dec holds 8: $5,000 ÷ 8 = $625, the seed's
//!   example). Rounded up to the minor unit, so paying it reaches the target.
//! - **Per pay period**: the same remaining divided by the contributions that fit at the goal's
//!   cadence (biweekly: every 14 days). For a biweekly goal the monthly figure is that amount
//!   × 26 ÷ 12, since 26 pay periods make 12 months.
//! - **Capacity**: what the plan sets aside each month for this kind of goal (savings: the
//!   recommended monthly savings; debt: the monthly debt payment plus the plan's extra payment).
//!   Goals of one kind share it: the goal with the earliest target date is served first, goals
//!   without a date come last in the order they were created.
//! - **On track**: the capacity this goal receives is at least its monthly contribution needed
//!   (a goal without a date is on track while it receives anything; a goal whose date comes
//!   before the first contribution is not). Unknown (`null`) until a plan exists.
//! - **Projected completion**: the date of the last contribution needed at the capacity received
//!   (biweekly goals receive 12/26 of the monthly amount each period).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use schemars::JsonSchema;

use crate::calendar::{
    biweekly_contributions_until, contribution_anchor, div_ceil, monthly_contributions_until, nth_biweekly, nth_monthly,
};
use crate::error::{DomainError, DomainResult};
use crate::intake::parse_date;
use crate::money::Currency;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GoalType {
    Savings,
    Debt,
}

impl GoalType {
    pub fn as_str(self) -> &'static str {
        match self {
            GoalType::Savings => "savings",
            GoalType::Debt => "debt",
        }
    }

    pub fn parse(raw: &str) -> DomainResult<Self> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "savings" => Ok(GoalType::Savings),
            "debt" => Ok(GoalType::Debt),
            other => Err(DomainError::validation(
                "goal_type",
                format!("'{other}' is not a goal type; use \"savings\" or \"debt\""),
            )),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Cadence {
    Biweekly,
    Monthly,
}

impl Cadence {
    pub fn as_str(self) -> &'static str {
        match self {
            Cadence::Biweekly => "biweekly",
            Cadence::Monthly => "monthly",
        }
    }

    pub fn parse(raw: &str) -> DomainResult<Self> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "biweekly" => Ok(Cadence::Biweekly),
            "monthly" => Ok(Cadence::Monthly),
            other => Err(DomainError::validation(
                "cadence",
                format!("'{other}' is not a cadence; use \"biweekly\" or \"monthly\""),
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    pub id: String,
    pub user_id: String,
    pub draft: GoalDraft,
    pub created_at: DateTime<Utc>,
}

/// A validated goal in minor units.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalDraft {
    pub goal_type: GoalType,
    pub name: String,
    pub currency: Currency,
    pub target_amount: i64,
    pub starting_amount: i64,
    pub current_amount: i64,
    pub target_date: Option<NaiveDate>,
    pub cadence: Cadence,
}

/// The goal body in both dialects: seed 001 (`name`, `target_amount`, `currency`, `target_date`)
/// and seed 000 (`goal_type`, `goal_name`, `target_amount`, `starting_amount`, `cadence`).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(example = serde_json::json!({"name": "Emergency Fund", "target_amount": 5000, "currency": "USD", "target_date": "2025-12-31"}))]
#[schemars(example = serde_json::json!({"goal_type": "debt", "goal_name": "Pay off the card", "target_amount": 0, "starting_amount": 6000, "cadence": "monthly"}))]
pub struct GoalInput {
    #[schemars(length(min = 1, max = 200))]
    pub name: Option<String>,
    #[schemars(length(min = 1, max = 200))]
    pub goal_name: Option<String>,
    #[schemars(extend("enum" = ["savings", "debt"]))]
    pub goal_type: Option<String>,
    #[schemars(range(min = 0, max = 1_000_000_000_000.0))]
    pub target_amount: Option<f64>,
    #[schemars(range(min = 0, max = 1_000_000_000_000.0))]
    pub starting_amount: Option<f64>,
    #[schemars(range(min = 0, max = 1_000_000_000_000.0))]
    pub current_amount: Option<f64>,
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    pub currency: Option<String>,
    #[schemars(extend("format" = "date"))]
    pub target_date: Option<String>,
    #[schemars(extend("enum" = ["biweekly", "monthly"]))]
    pub cadence: Option<String>,
}

impl GoalInput {
    pub fn validate(self, default_currency: Currency) -> DomainResult<GoalDraft> {
        let goal_type = self.goal_type.as_deref().map(GoalType::parse).transpose()?.unwrap_or(GoalType::Savings);
        let name = self
            .name
            .or(self.goal_name)
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .ok_or_else(|| DomainError::validation("name", "is required (or goal_name), e.g. \"Emergency Fund\""))?;
        if name.chars().count() > 200 {
            return Err(DomainError::validation("name", "must be at most 200 characters"));
        }
        let currency = match self.currency {
            Some(c) => Currency::parse("currency", &c)?,
            None => default_currency,
        };
        let amount = |field: &str, v: Option<f64>| v.map(|v| currency.minor_from_major(field, v)).transpose();
        let target = amount("target_amount", self.target_amount)?
            .ok_or_else(|| DomainError::validation("target_amount", "is required: the amount to reach"))?;
        let starting = amount("starting_amount", self.starting_amount)?;
        let current = amount("current_amount", self.current_amount)?;

        let (starting_amount, current_amount) = match goal_type {
            GoalType::Savings => {
                if target == 0 {
                    return Err(DomainError::validation("target_amount", "must be greater than 0 for a savings goal"));
                }
                let start = starting.or(current).unwrap_or(0);
                (start, current.unwrap_or(start))
            }
            GoalType::Debt => {
                let start = starting.or(current).ok_or_else(|| {
                    DomainError::validation("starting_amount", "is required for a debt goal: the balance owed now")
                })?;
                if start <= target {
                    return Err(DomainError::validation(
                        "starting_amount",
                        "must be more than target_amount for a debt goal (the balance owed now, paid down to the target)",
                    ));
                }
                (start, current.unwrap_or(start))
            }
        };
        Ok(GoalDraft {
            goal_type,
            name,
            currency,
            target_amount: target,
            starting_amount,
            current_amount,
            target_date: self.target_date.map(|d| parse_date("target_date", &d)).transpose()?,
            cadence: self.cadence.as_deref().map(Cadence::parse).transpose()?.unwrap_or(Cadence::Monthly),
        })
    }
}

impl GoalDraft {
    /// What is still to save, or still owed down to the target balance.
    pub fn remaining(&self) -> i64 {
        match self.goal_type {
            GoalType::Savings => (self.target_amount - self.current_amount).max(0),
            GoalType::Debt => (self.current_amount - self.target_amount).max(0),
        }
    }

    /// Share of the way from start to target, 0–100.
    pub fn progress_percent(&self) -> f64 {
        let (done, span) = match self.goal_type {
            GoalType::Savings => (self.current_amount, self.target_amount),
            GoalType::Debt => (self.starting_amount - self.current_amount, self.starting_amount - self.target_amount),
        };
        if span <= 0 {
            return 100.0;
        }
        ((done as f64 / span as f64) * 1000.0).round().clamp(0.0, 1000.0) / 10.0
    }
}

/// The computed state of one goal, given what the plan can put toward it.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalProjection {
    pub goal_id: String,
    pub remaining: i64,
    pub progress_percent: f64,
    pub monthly_contribution_needed: Option<i64>,
    pub contribution_per_period: Option<i64>,
    /// Monthly amount of the plan's capacity that reaches this goal (None: no plan yet).
    pub monthly_capacity: Option<i64>,
    pub on_track: Option<bool>,
    pub projected_completion_date: Option<NaiveDate>,
}

/// Monthly amounts the plan sets aside, by goal type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Capacity {
    pub savings: i64,
    pub debt: i64,
}

/// Projects every goal, sharing each type's capacity as the module docs describe.
/// `next_pay_date` anchors the contribution schedule when it has not passed.
pub fn project_goals(
    goals: &[Goal],
    capacity: Option<Capacity>,
    today: NaiveDate,
    next_pay_date: Option<NaiveDate>,
) -> Vec<GoalProjection> {
    let anchor = contribution_anchor(today, next_pay_date);
    let mut order: Vec<usize> = (0..goals.len()).collect();
    order.sort_by_key(|&i| (goals[i].draft.target_date.is_none(), goals[i].draft.target_date, goals[i].created_at));
    let mut left = capacity;
    let mut out: Vec<Option<GoalProjection>> = vec![None; goals.len()];
    for i in order {
        let goal = &goals[i];
        let pool = left.as_mut().map(|c| match goal.draft.goal_type {
            GoalType::Savings => &mut c.savings,
            GoalType::Debt => &mut c.debt,
        });
        let needed = monthly_requirement(&goal.draft, anchor);
        let received = pool.map(|pool| {
            let take = needed.unwrap_or(goal.draft.remaining()).min(*pool);
            *pool -= take;
            take
        });
        out[i] = Some(project_one(goal, needed, received, anchor));
    }
    out.into_iter().flatten().collect()
}

/// When `remaining` is reached at `monthly` a month on `cadence`'s schedule from `anchor`.
pub fn completion_date(remaining: i64, monthly: i64, cadence: Cadence, anchor: NaiveDate) -> Option<NaiveDate> {
    if remaining <= 0 {
        return Some(anchor);
    }
    match cadence {
        Cadence::Monthly if monthly > 0 => nth_monthly(anchor, div_ceil(remaining, monthly)),
        Cadence::Biweekly if monthly * 12 / 26 > 0 => nth_biweekly(anchor, div_ceil(remaining, monthly * 12 / 26)),
        _ => None,
    }
}

/// What must go to a dated goal each period so its last contribution lands by the target date.
fn per_period_needed(draft: &GoalDraft, anchor: NaiveDate) -> Option<i64> {
    draft.target_date.map(|date| {
        let periods = match draft.cadence {
            Cadence::Monthly => monthly_contributions_until(anchor, date),
            Cadence::Biweekly => biweekly_contributions_until(anchor, date),
        };
        div_ceil(draft.remaining(), periods)
    })
}

/// The per-period amount as a monthly figure (26 biweekly periods make 12 months).
fn monthly_requirement(draft: &GoalDraft, anchor: NaiveDate) -> Option<i64> {
    per_period_needed(draft, anchor).map(|per| match draft.cadence {
        Cadence::Monthly => per,
        Cadence::Biweekly => div_ceil(per * 26, 12),
    })
}

fn project_one(goal: &Goal, needed: Option<i64>, received: Option<i64>, anchor: NaiveDate) -> GoalProjection {
    let draft = &goal.draft;
    let remaining = draft.remaining();
    let per_period = per_period_needed(draft, anchor);
    // A target date before the first contribution cannot be met, whatever the amount.
    let too_late = draft.target_date.is_some_and(|date| date < anchor);
    let on_track = received.map(|got| match needed {
        _ if remaining == 0 => true,
        _ if too_late => false,
        Some(need) => got >= need,
        None => got > 0,
    });
    GoalProjection {
        goal_id: goal.id.clone(),
        remaining,
        progress_percent: draft.progress_percent(),
        monthly_contribution_needed: needed,
        contribution_per_period: per_period,
        monthly_capacity: received,
        on_track,
        projected_completion_date: received.and_then(|got| completion_date(remaining, got, draft.cadence, anchor)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    fn goal(id: &str, input: GoalInput) -> Goal {
        Goal {
            id: id.into(),
            user_id: "u".into(),
            draft: input.validate(Currency::USD).expect("valid goal"),
            created_at: DateTime::<Utc>::from_timestamp(0, 0).expect("epoch"),
        }
    }

    fn emergency_fund() -> GoalInput {
        GoalInput {
            name: Some("Emergency Fund".into()),
            target_amount: Some(5000.0),
            currency: Some("USD".into()),
            target_date: Some("2025-12-31".into()),
            ..Default::default()
        }
    }

    #[test]
    fn seed_example_needs_625_a_month_and_is_on_track_with_900() {
        let g = goal("g1", emergency_fund());
        let p = &project_goals(&[g], Some(Capacity { savings: 90_000, debt: 0 }), d(2025, 5, 5), None)[0];
        assert_eq!(p.monthly_contribution_needed, Some(62_500));
        assert_eq!(p.monthly_capacity, Some(62_500));
        assert_eq!(p.on_track, Some(true));
        // 5000 / 625 = 8 contributions: 5 May, 5 Jun, …, 5 Dec 2025.
        assert_eq!(p.projected_completion_date, Some(d(2025, 12, 5)));
    }

    #[test]
    fn biweekly_periods_count_from_the_next_pay_date() {
        let g = goal("g1", GoalInput { cadence: Some("biweekly".into()), ..emergency_fund() });
        let p = &project_goals(&[g], None, d(2025, 5, 5), Some(d(2025, 5, 15)))[0];
        // 15 May → 31 Dec: 230 days, 17 pay days; 5000 / 17 = 294.12 rounded up, which is
        // 294.12 × 26 / 12 = 637.26 a month.
        assert_eq!(p.contribution_per_period, Some(29_412));
        assert_eq!(p.monthly_contribution_needed, Some(63_726));
        assert_eq!(p.on_track, None, "unknown until a plan exists");
    }

    #[test]
    fn goals_share_capacity_earliest_date_first() {
        let soon = goal("soon", emergency_fund());
        let later = goal(
            "later",
            GoalInput { name: Some("Trip".into()), target_date: Some("2026-12-31".into()), ..emergency_fund() },
        );
        let ps = project_goals(&[later, soon], Some(Capacity { savings: 70_000, debt: 0 }), d(2025, 5, 5), None);
        let soon = ps.iter().find(|p| p.goal_id == "soon").expect("projected");
        let later = ps.iter().find(|p| p.goal_id == "later").expect("projected");
        assert_eq!(soon.monthly_capacity, Some(62_500));
        assert_eq!(later.monthly_capacity, Some(7_500));
        assert_eq!(later.monthly_contribution_needed, Some(25_000)); // 5000 / 20 months
        assert_eq!(later.on_track, Some(false));
    }

    #[test]
    fn debt_goal_counts_down_to_target_balance() {
        let g = goal(
            "d",
            GoalInput {
                goal_type: Some("debt".into()),
                goal_name: Some("Pay Off Debt".into()),
                target_amount: Some(0.0),
                starting_amount: Some(4850.0),
                cadence: Some("biweekly".into()),
                ..Default::default()
            },
        );
        assert_eq!(g.draft.remaining(), 485_000);
        let p = &project_goals(&[g], Some(Capacity { savings: 0, debt: 60_000 }), d(2025, 5, 5), None)[0];
        assert_eq!(p.on_track, Some(true));
        // Biweekly: 600 × 12 / 26 = 276.92 a period; 4850 / 276.92 → 18 payments, the last
        // 17 × 14 = 238 days after 5 May.
        assert_eq!(p.projected_completion_date, Some(d(2025, 12, 29)));
        assert_eq!(p.monthly_contribution_needed, None);
    }

    #[test]
    fn validation_names_fields() {
        let err = GoalInput { target_amount: Some(1.0), ..Default::default() }.validate(Currency::USD).unwrap_err();
        assert_eq!(err.field(), Some("name"));
        let err = GoalInput { goal_type: Some("debt".into()), target_amount: Some(0.0), name: Some("x".into()), ..Default::default() }
            .validate(Currency::USD)
            .unwrap_err();
        assert_eq!(err.field(), Some("starting_amount"));
        let err = GoalInput { target_date: Some("31/12/2025".into()), ..emergency_fund() }.validate(Currency::USD).unwrap_err();
        assert_eq!(err.field(), Some("target_date"));
    }
}
