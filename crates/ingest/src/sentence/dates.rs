//! Date phrases in a message ("yesterday", "anteontem", "el viernes pasado", "on the 3rd",
//! "3 de mayo", "05/03"), resolved against the context's today.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use ozzie_core::Language;

use super::amounts::currency_word;
use super::Word;
use crate::dates::{latest_on_or_before, month_from_name, parse_date, DateOrder};
use crate::Context;
/// A date phrase: the words it covers and the date it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DatePhrase {
    pub(super) span: (usize, usize),
    pub(super) date: NaiveDate,
}

pub(super) fn weekday(key: &str) -> Option<Weekday> {
    let k = key.trim_end_matches("-feira").trim_end_matches("feira");
    Some(match k {
        "monday" | "segunda" | "lunes" => Weekday::Mon,
        "tuesday" | "terca" | "martes" => Weekday::Tue,
        "wednesday" | "quarta" | "miercoles" => Weekday::Wed,
        "thursday" | "quinta" | "jueves" => Weekday::Thu,
        "friday" | "sexta" | "viernes" => Weekday::Fri,
        "saturday" | "sabado" | "sabados" => Weekday::Sat,
        "sunday" | "domingo" => Weekday::Sun,
        _ => return None,
    })
}

/// The most recent `day` on or before today (`strict`: before today).
pub(super) fn recent_weekday(today: NaiveDate, day: Weekday, strict: bool) -> Option<NaiveDate> {
    let back = (7 + today.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
    let back = if back == 0 && strict { 7 } else { back };
    today.checked_sub_days(Days::new(u64::from(back)))
}

/// The most recent date with this day of the month, on or before today.
pub(super) fn recent_day_of_month(today: NaiveDate, day: u32) -> Option<NaiveDate> {
    if !(1..=31).contains(&day) {
        return None;
    }
    let mut month = today.with_day(1)?;
    for _ in 0..12 {
        if let Some(date) = month.with_day(day).filter(|d| *d <= today) {
            return Some(date);
        }
        month = month.checked_sub_months(chrono::Months::new(1))?;
    }
    None
}

/// "3", "3rd", "21st", "1º", "2nd" → 3, 3, 21, 1, 2.
pub(super) fn ordinal(key: &str) -> Option<u32> {
    let digits = key
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th")
        .trim_end_matches(['º', 'ª', 'o']);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

pub(super) fn year(key: &str) -> Option<i32> {
    (key.len() == 4 && key.bytes().all(|b| b.is_ascii_digit())).then(|| key.parse().ok()).flatten().filter(|y| (1990..=2100).contains(y))
}

/// The date a month/day (and maybe year) means: the given year, else the latest on or before today.
pub(super) fn explicit(today: NaiveDate, month: u32, day: u32, year: Option<i32>) -> Option<NaiveDate> {
    match year {
        Some(y) => NaiveDate::from_ymd_opt(y, month, day),
        None => latest_on_or_before(month, day, today),
    }
}

/// Date words as a phone keyboard mistypes them ("Saturdya", "ontwm", "ayre"): one letter
/// changed, added or dropped, or two swapped, in a long date word; only two swapped in a short one.
fn date_word(key: &str) -> &str {
    const LONG: &[&str] = &[
        "yesterday", "ontem", "anteontem", "anteayer", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "miercoles", "viernes", "sabado",
    ];
    const SHORT: &[&str] = &["ayer", "hoje", "today"];
    // Real words one letter away from a date word.
    const NOT_TYPOS: &[&str] = &["sundae", "sundays", "fridays", "mondays"];
    if key.len() < 4 || !key.bytes().all(|b| b.is_ascii_lowercase()) || NOT_TYPOS.contains(&key) {
        return key;
    }
    let swapped = |word: &str| {
        let (a, b) = (key.as_bytes(), word.as_bytes());
        a.len() == b.len() && {
            let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
            diff.len() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
        }
    };
    LONG.iter()
        .find(|w| **w == key || (key.len() >= 5 && crate::categorize::within_one_edit(key, w)))
        .or_else(|| SHORT.iter().find(|w| **w == key || swapped(w)))
        .copied()
        .unwrap_or(key)
}

pub(super) fn find_dates(words: &[Word], ctx: &Context) -> Vec<DatePhrase> {
    let today = ctx.today;
    let keys: Vec<&str> = words.iter().map(|w| date_word(&w.key)).collect();
    let key = |i: usize| keys.get(i).copied().unwrap_or("");
    let order = if ctx.language == Language::En { DateOrder::MonthFirst } else { DateOrder::DayFirst };
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let k0 = key(i);
        let phrase: Option<(usize, Option<NaiveDate>)> = (|| {
            // Relative days.
            match (k0, key(i + 1), key(i + 2)) {
                ("day", "before", "yesterday") => return Some((3, today.checked_sub_days(Days::new(2)))),
                ("antes", "de", "ontem") | ("antes", "de", "ayer") => return Some((3, today.checked_sub_days(Days::new(2)))),
                ("anteontem" | "anteayer" | "antier", _, _) => return Some((1, today.checked_sub_days(Days::new(2)))),
                ("yesterday" | "ontem" | "ayer" | "anoche", _, _) => return Some((1, today.checked_sub_days(Days::new(1)))),
                ("last", "night", _) => return Some((2, today.checked_sub_days(Days::new(1)))),
                ("today" | "tonight" | "hoje" | "hoy", _, _) => return Some((1, Some(today))),
                ("this", "morning" | "afternoon" | "evening", _) => return Some((2, Some(today))),
                _ => {}
            }
            // Weekdays: "last friday", "on friday", "friday", "sexta passada", "na sexta",
            // "el viernes pasado", "el pasado viernes".
            let (lead, wd_at) = match k0 {
                "last" | "past" => (true, i + 1),
                "pasado" | "pasada" if weekday(key(i + 1)).is_some() => (true, i + 1),
                "on" | "na" | "no" | "nessa" | "nesta" | "el" | "este" | "this" if weekday(key(i + 1)).is_some() => (false, i + 1),
                _ => (false, i),
            };
            if let Some(day) = weekday(key(wd_at)) {
                let trailing = matches!(key(wd_at + 1), "passada" | "passado" | "pasado" | "pasada" | "retrasado");
                let strict = lead || trailing;
                let end = if trailing { wd_at + 2 } else { wd_at + 1 };
                return Some((end - i, recent_weekday(today, day, strict)));
            }
            // Day of month: "on the 3rd", "the 3rd", "dia 3", "no dia 3", "el día 3". English
            // needs the ordinal suffix ("on 5 coffees" is not a date).
            let (lead_len, needs_suffix) = match (k0, key(i + 1)) {
                ("on", "the") => (2, true),
                ("no" | "el" | "o", "dia") => (2, false),
                ("the" | "on", _) => (1, true),
                ("dia", _) => (1, false),
                _ => (0, false),
            };
            if lead_len > 0 {
                let day_key = key(i + lead_len);
                let suffixed = day_key.ends_with("st") || day_key.ends_with("nd") || day_key.ends_with("rd") || day_key.ends_with("th");
                if let Some(day) = ordinal(day_key).filter(|_| suffixed || !needs_suffix) {
                    let after = key(i + lead_len + 1);
                    if matches!(after, "of" | "de") {
                        if let Some(month) = month_from_name(key(i + lead_len + 2)) {
                            let (yr, extra) = year_after(key(i + lead_len + 3), key(i + lead_len + 4));
                            return Some((lead_len + 3 + extra, explicit(today, month, day, yr)));
                        }
                    }
                    if currency_word(after).is_none() {
                        return Some((lead_len + 1, recent_day_of_month(today, day)));
                    }
                }
            }
            // "May 3", "May 3rd, 2025": a month word followed by a day that is not money.
            if let Some(month) = month_from_name(k0) {
                if let Some(day) = ordinal(key(i + 1)).filter(|_| currency_word(key(i + 2)).is_none()) {
                    let yr = year(key(i + 2));
                    return Some((2 + usize::from(yr.is_some()), explicit(today, month, day, yr)));
                }
            }
            // "3 May", "3rd of May", "3 de maio (de 2025)".
            if let Some(day) = ordinal(k0) {
                let (of, m_at) = if matches!(key(i + 1), "of" | "de") { (true, i + 2) } else { (false, i + 1) };
                if let Some(month) = month_from_name(key(m_at)).filter(|_| of || is_full_month(key(m_at)) || key(m_at).len() == 3) {
                    let (yr, extra) = year_after(key(m_at + 1), key(m_at + 2));
                    return Some((m_at - i + 1 + extra, explicit(today, month, day, yr)));
                }
            }
            // Numeric dates in one word: "03/05", "3/5/2025", "2025-05-03".
            let numeric = k0;
            if numeric.contains(['/', '-']) && numeric.bytes().all(|b| b.is_ascii_digit() || b == b'/' || b == b'-') {
                if let Some(date) = parse_date(numeric, order, today) {
                    return Some((1, Some(date)));
                }
            }
            None
        })();
        match phrase {
            Some((len, Some(date))) if len > 0 => {
                // Bought for a day still to come ("fireworks … for the 4th of july" sent on 2
                // July): the day of the purchase is today, not that day a year ago.
                let for_it = matches!(key(i.wrapping_sub(1)), "for" | "para" | "pro" | "pra")
                    || matches!((key(i.wrapping_sub(2)), key(i.wrapping_sub(1))), ("for", "the") | ("para", "el" | "o" | "a" | "la"));
                let coming = date.year() + 1 == today.year()
                    && date.with_year(today.year()).is_some_and(|d| d > today && (d - today).num_days() <= 45);
                let date = if for_it && coming { today } else { date };
                found.push(DatePhrase { span: (i, i + len - 1), date });
                i += len;
            }
            _ => i += 1,
        }
    }
    found
}

/// A year after a date: "2025" or "de 2025" → (year, words used).
pub(super) fn year_after(first: &str, second: &str) -> (Option<i32>, usize) {
    match (first, second) {
        ("de" | "of", y) if year(y).is_some() => (year(y), 2),
        (y, _) if year(y).is_some() => (year(y), 1),
        _ => (None, 0),
    }
}

pub(super) fn is_full_month(key: &str) -> bool {
    key.len() > 3 && month_from_name(key).is_some()
}
