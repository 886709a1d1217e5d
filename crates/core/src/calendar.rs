//! Date arithmetic shared by plan and goal math.
//!
//! Money is set aside on a schedule: the first contribution on the *anchor* (the next pay date
//! when the intake gave one and it has not passed, otherwise today), then every month or every
//! 14 days. Counting contributions on that schedule is what makes "monthly contribution needed",
//! "on track" and "projected date" agree with each other.

use chrono::{Datelike, Days, Months, NaiveDate};

/// Where a contribution schedule starts.
pub fn contribution_anchor(today: NaiveDate, next_pay_date: Option<NaiveDate>) -> NaiveDate {
    next_pay_date.filter(|d| *d >= today).unwrap_or(today)
}

/// Monthly contributions from `anchor` (included) up to `to` (included): at least one.
/// 5 May → 31 Dec is 8 (5 May, 5 Jun, …, 5 Dec).
pub fn monthly_contributions_until(anchor: NaiveDate, to: NaiveDate) -> i64 {
    let months = (i64::from(to.year()) * 12 + i64::from(to.month0()))
        - (i64::from(anchor.year()) * 12 + i64::from(anchor.month0()));
    if months < 0 {
        return 1;
    }
    let last_fits = add_months(anchor, months).is_some_and(|d| d <= to);
    (if last_fits { months + 1 } else { months }).max(1)
}

/// Contributions every 14 days from `anchor` (included) up to `to` (included): at least one.
pub fn biweekly_contributions_until(anchor: NaiveDate, to: NaiveDate) -> i64 {
    let span = (to - anchor).num_days();
    if span < 0 {
        1
    } else {
        span / 14 + 1
    }
}

/// The date of the `n`th monthly contribution (the first is the anchor).
pub fn nth_monthly(anchor: NaiveDate, n: i64) -> Option<NaiveDate> {
    add_months(anchor, n - 1)
}

/// The date of the `n`th contribution every 14 days (the first is the anchor).
pub fn nth_biweekly(anchor: NaiveDate, n: i64) -> Option<NaiveDate> {
    u64::try_from((n - 1) * 14).ok().and_then(|days| anchor.checked_add_days(Days::new(days)))
}

/// `date` plus whole months, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29).
pub fn add_months(date: NaiveDate, months: i64) -> Option<NaiveDate> {
    u32::try_from(months).ok().and_then(|m| date.checked_add_months(Months::new(m)))
}

/// `ceil(a / b)` for positive `b`.
pub fn div_ceil(a: i64, b: i64) -> i64 {
    debug_assert!(b > 0);
    (a + b - 1).div_euclid(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn counts_contributions_on_the_schedule() {
        assert_eq!(monthly_contributions_until(d(2025, 5, 5), d(2025, 12, 31)), 8);
        assert_eq!(monthly_contributions_until(d(2025, 5, 15), d(2025, 12, 10)), 7);
        assert_eq!(monthly_contributions_until(d(2025, 5, 5), d(2025, 5, 31)), 1);
        assert_eq!(monthly_contributions_until(d(2025, 5, 5), d(2024, 1, 1)), 1);
        // Jan 31 and Feb 28 fit; the third (Mar 31) falls after Mar 30.
        assert_eq!(monthly_contributions_until(d(2025, 1, 31), d(2025, 3, 30)), 2);
        assert_eq!(biweekly_contributions_until(d(2025, 5, 15), d(2025, 12, 31)), 17);
        assert_eq!(nth_monthly(d(2025, 5, 5), 8), Some(d(2025, 12, 5)));
        assert_eq!(nth_biweekly(d(2025, 5, 5), 2), Some(d(2025, 5, 19)));
        assert_eq!(add_months(d(2025, 1, 31), 1), Some(d(2025, 2, 28)));
        assert_eq!(contribution_anchor(d(2025, 5, 5), Some(d(2025, 5, 15))), d(2025, 5, 15));
        assert_eq!(contribution_anchor(d(2025, 5, 5), Some(d(2025, 4, 15))), d(2025, 5, 5));
        assert_eq!(div_ceil(10, 3), 4);
        assert_eq!(div_ceil(9, 3), 3);
    }
}
