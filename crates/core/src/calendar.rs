//! Date arithmetic shared by plan and goal math (months counted the way people count them).

use chrono::{Datelike, Months, NaiveDate};

/// Calendar months from `from`'s month to `to`'s month, counting both: May → December is 8.
/// This is the number of monthly contributions left when the current month still counts.
pub fn months_inclusive(from: NaiveDate, to: NaiveDate) -> i64 {
    let a = i64::from(from.year()) * 12 + i64::from(from.month0());
    let b = i64::from(to.year()) * 12 + i64::from(to.month0());
    (b - a + 1).max(1)
}

/// Pay periods of `days` length from `anchor` (the next pay date, or today) up to `to`, counting
/// the anchor itself: at least one.
pub fn periods_inclusive(anchor: NaiveDate, to: NaiveDate, days: i64) -> i64 {
    let span = (to - anchor).num_days();
    if span < 0 {
        1
    } else {
        span / days + 1
    }
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
    fn counts_months_like_people_do() {
        assert_eq!(months_inclusive(d(2025, 5, 5), d(2025, 12, 31)), 8);
        assert_eq!(months_inclusive(d(2025, 5, 5), d(2025, 5, 31)), 1);
        assert_eq!(months_inclusive(d(2025, 5, 5), d(2024, 1, 1)), 1);
        assert_eq!(periods_inclusive(d(2025, 5, 15), d(2025, 12, 31), 14), 17);
        assert_eq!(add_months(d(2025, 1, 31), 1), Some(d(2025, 2, 28)));
        assert_eq!(div_ceil(10, 3), 4);
        assert_eq!(div_ceil(9, 3), 3);
    }
}
