//! Reading dates as banks and people write them.
//!
//! Numeric dates are ambiguous (03/05 is 3 May or 5 March), so a file's order is inferred from
//! all its dates at once ([`infer_order`]): one date with a first part above 12 proves day-first,
//! one with a second part above 12 proves month-first. When no date decides it, US-dollar users
//! get month-first and everyone else day-first. Month names are read in en, pt and es.

use chrono::{Datelike, NaiveDate};

use std::sync::LazyLock;

use regex::Regex;

use crate::text::{compile, fold, words};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    DayFirst,
    MonthFirst,
}

/// Month number (1–12) of a month name or abbreviation in en, pt or es ("mai", "Sept", "diciembre").
pub fn month_from_name(word: &str) -> Option<u32> {
    let w = fold(word.trim().trim_end_matches('.'));
    if w.len() < 3 {
        return None;
    }
    const MONTHS: [&[&str]; 12] = [
        &["january", "janeiro", "enero", "jan", "ene"],
        &["february", "fevereiro", "febrero", "feb", "fev"],
        &["march", "marco", "marzo", "mar"],
        &["april", "abril", "apr", "abr"],
        &["may", "maio", "mayo", "mai"],
        &["june", "junho", "junio", "jun"],
        &["july", "julho", "julio", "jul"],
        &["august", "agosto", "aug", "ago"],
        &["september", "setembro", "septiembre", "setiembre", "sep", "sept", "set"],
        &["october", "outubro", "octubre", "oct", "out"],
        &["november", "novembro", "noviembre", "nov"],
        &["december", "dezembro", "diciembre", "dec", "dez", "dic"],
    ];
    let abbreviated = word.trim().ends_with('.');
    // "Septie.", "Noviem.": a month's name cut short and marked so.
    MONTHS
        .iter()
        .position(|names| names.contains(&w.as_str()) || (abbreviated && names.iter().any(|n| n.len() > 4 && n.starts_with(w.as_str()))))
        .map(|i| i as u32 + 1)
}

/// The numeric parts of a date cell, before deciding which is the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Year first: certain.
    Ymd(i32, u32, u32),
    /// Two small numbers and maybe a year: day/month order to decide.
    Ambiguous(u32, u32, Option<i32>),
    /// A month name fixed the month.
    Named { day: u32, month: u32, year: Option<i32> },
}

fn expand_year(y: i32) -> i32 {
    if y < 100 {
        2000 + y
    } else {
        y
    }
}

fn shape(raw: &str) -> Option<Shape> {
    // Drop a time part: "2025-05-03 10:00:00", "2025-05-03T10:00:00Z", "05/03/2025 14:22".
    let s = raw.trim().trim_matches('"');
    let s = s.split(['T', ' ']).next().filter(|first| first.len() >= 6 && first.bytes().any(|b| b == b'/' || b == b'-' || b == b'.') && first.bytes().all(|b| b.is_ascii_digit() || b"/-.".contains(&b))).unwrap_or(s);
    let s = s.trim();
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = s[..4].parse().ok()?;
        if (1990..=2100).contains(&y) {
            return Some(Shape::Ymd(y, s[4..6].parse().ok()?, s[6..].parse().ok()?));
        }
        // "01072025": day and month first (Mexican and Spanish exports), order decided as usual.
        let y: i32 = s[4..].parse().ok()?;
        if (1990..=2100).contains(&y) {
            return Some(Shape::Ambiguous(s[..2].parse().ok()?, s[2..4].parse().ok()?, Some(y)));
        }
        return None;
    }
    let parts: Vec<&str> = s
        .split(['/', '-', '.', ' ', ',', '\''])
        .map(str::trim)
        .filter(|p| !p.is_empty() && !matches!(fold(p).as_str(), "de" | "del" | "of"))
        .collect();
    if parts.len() < 2 || parts.len() > 3 {
        return None;
    }
    let num = |p: &str| -> Option<i64> {
        let digits = p.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 3rd, 1st, 2º
        let digits = digits.trim_end_matches(['º', 'ª']);
        if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    };
    let named: Vec<Option<u32>> = parts.iter().map(|p| if p.bytes().any(|b| !b.is_ascii_digit()) { month_from_name(p) } else { None }).collect();
    if let Some(month_idx) = named.iter().position(Option::is_some) {
        let month = named[month_idx]?;
        let others: Vec<i64> = parts.iter().enumerate().filter(|(i, _)| *i != month_idx).map(|(_, p)| num(p)).collect::<Option<_>>()?;
        return match others.as_slice() {
            [d] if (1..=31).contains(d) => Some(Shape::Named { day: *d as u32, month, year: None }),
            [a, b] if *a > 31 => Some(Shape::Named { day: u32::try_from(*b).ok()?, month, year: Some(expand_year(*a as i32)) }),
            [a, b] => Some(Shape::Named { day: u32::try_from(*a).ok()?, month, year: Some(expand_year(i32::try_from(*b).ok()?)) }),
            _ => None,
        };
    }
    let nums: Vec<i64> = parts.iter().map(|p| num(p)).collect::<Option<_>>()?;
    match nums.as_slice() {
        [y, m, d] if *y > 31 => Some(Shape::Ymd(i32::try_from(*y).ok()?, u32::try_from(*m).ok()?, u32::try_from(*d).ok()?)),
        [a, b, y] => Some(Shape::Ambiguous(u32::try_from(*a).ok()?, u32::try_from(*b).ok()?, Some(expand_year(i32::try_from(*y).ok()?)))),
        [a, b] if *a <= 31 && *b <= 31 => Some(Shape::Ambiguous(*a as u32, *b as u32, None)),
        _ => None,
    }
}

/// Evidence one date gives about the order, if any.
pub fn order_evidence(raw: &str) -> Option<DateOrder> {
    // An ISO date says nothing about the order of the others (and most exports write them).
    let b = raw.trim().as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' && b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    match shape(raw)? {
        Shape::Ambiguous(a, b, _) if a > 12 && b <= 12 => Some(DateOrder::DayFirst),
        Shape::Ambiguous(a, b, _) if b > 12 && a <= 12 => Some(DateOrder::MonthFirst),
        _ => None,
    }
}

/// Is this a date whose day and month could be either way round ("03/05/2025")?
pub fn is_ambiguous(raw: &str) -> bool {
    matches!(shape(raw), Some(Shape::Ambiguous(..)))
}

/// Decides the order from many dates; `None` when none of them tells.
pub fn infer_order<'a>(dates: impl IntoIterator<Item = &'a str>) -> Option<DateOrder> {
    let (mut day_first, mut month_first) = (0usize, 0usize);
    for d in dates {
        match order_evidence(d) {
            Some(DateOrder::DayFirst) => day_first += 1,
            Some(DateOrder::MonthFirst) => month_first += 1,
            None => {}
        }
    }
    match (day_first, month_first) {
        (0, 0) => None,
        (d, m) if d >= m => Some(DateOrder::DayFirst),
        _ => Some(DateOrder::MonthFirst),
    }
}

/// Reads a date cell. A date without a year takes the latest year that keeps it on or before
/// `today` (a statement from January lists December's purchases of the year before).
pub fn parse_date(raw: &str, order: DateOrder, today: NaiveDate) -> Option<NaiveDate> {
    // ISO dates (most exports) without splitting and folding.
    let b = raw.trim().as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' && (b.len() == 10 || matches!(b[10], b' ' | b'T')) {
        let num = |r: std::ops::Range<usize>| std::str::from_utf8(&b[r]).ok()?.parse::<u32>().ok();
        if let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) {
            return NaiveDate::from_ymd_opt(y as i32, m, d);
        }
    }
    let (y, m, d) = match shape(raw)? {
        Shape::Ymd(y, m, d) => (Some(y), m, d),
        Shape::Named { day, month, year } => (year, month, day),
        Shape::Ambiguous(a, b, y) => match order {
            DateOrder::DayFirst => (y, b, a),
            DateOrder::MonthFirst => (y, a, b),
        },
    };
    match y {
        Some(y) => NaiveDate::from_ymd_opt(y, m, d),
        None => latest_on_or_before(m, d, today),
    }
}

/// The most recent `month`/`day` on or before `today`.
pub fn latest_on_or_before(month: u32, day: u32, today: NaiveDate) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(today.year(), month, day);
    match this_year {
        Some(date) if date <= today => Some(date),
        _ => NaiveDate::from_ymd_opt(today.year() - 1, month, day),
    }
}

/// The order to use when no date in the input decides it.
pub fn default_order(currency: ozzie_core::Currency) -> DateOrder {
    if currency.code() == "USD" {
        DateOrder::MonthFirst
    } else {
        DateOrder::DayFirst
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid")
    }

    #[test]
    fn a_card_purchase_is_dated_by_the_day_printed_inside_it() {
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("date");
        let inside = |text: &str, booked: &str, order: DateOrder| purchase_day_inside(text, day(booked), order).map(|d| d.to_string());
        assert_eq!(inside("POS Debit- Debit Card 7735 03-11-29 Food Lion #1287", "2029-03-13", DateOrder::MonthFirst), Some("2029-03-11".into()));
        assert_eq!(inside("Debit Card Transaction NTUC FP-AMK HUB SI NG 29SEP 4628-4500-XXXX-3385", "2029-10-01", DateOrder::DayFirst), Some("2029-09-29".into()));
        assert_eq!(inside("Purchase authorized on 02/28 Safeway #1234", "2030-03-01", DateOrder::MonthFirst), Some("2030-02-28".into()));
        assert_eq!(inside("DEBIT CARD CREDIT, *****44120877131234, AUT 071930 VISA DDA REF", "2030-07-22", DateOrder::MonthFirst), Some("2030-07-19".into()));
        assert_eq!(inside("WOOLWORTHS 1234 SYDNEY Card xx4521 Value Date: 30/05/2029", "2029-06-01", DateOrder::DayFirst), Some("2029-05-30".into()));
        // Not the day paid: a refund names the purchase's day, a transfer's day is its own, an
        // instalment counter is far from the booking, a card number is no date.
        assert_eq!(inside("Visa Purchase 09Apr BAKERS DELIGHT NAREL NARELLAN", "2033-04-11", DateOrder::DayFirst), Some("2033-04-09".into()));
        assert_eq!(inside("POS PURCHASE (EFFEC 26022033) CHECKERS HYPER", "2033-02-28", DateOrder::DayFirst), Some("2033-02-26".into()));
        assert_eq!(inside("Eftpos Refund 02Apr KMART NARELLAN", "2033-04-04", DateOrder::DayFirst), Some("2033-04-02".into()));
        assert_eq!(inside("Estorno de Compra 18/06 DROGARIA ARAUJO", "2026-06-26", DateOrder::DayFirst), None);
        assert_eq!(inside("Online Transfer to Savings on 03/14", "2030-03-15", DateOrder::MonthFirst), None);
        assert_eq!(inside("COMPRA MAGAZINE LUIZA PARC 03/10", "2029-06-14", DateOrder::DayFirst), None);
        assert_eq!(inside("Debit Card 4628-4500-XXXX-3385", "2029-10-01", DateOrder::DayFirst), None);
    }

    #[test]
    fn reads_the_common_formats() {
        let today = d(2025, 6, 1);
        let day_first = |s| parse_date(s, DateOrder::DayFirst, today);
        assert_eq!(day_first("2025-05-03"), Some(d(2025, 5, 3)));
        assert_eq!(day_first("2025-05-03 10:22:01"), Some(d(2025, 5, 3)));
        assert_eq!(day_first("2025-05-03T10:22:01Z"), Some(d(2025, 5, 3)));
        assert_eq!(day_first("20250503"), Some(d(2025, 5, 3)));
        assert_eq!(day_first("03052025"), Some(d(2025, 5, 3)));
        assert_eq!(parse_date("05032025", DateOrder::MonthFirst, today), Some(d(2025, 5, 3)));
        assert_eq!(day_first("03/05/2025"), Some(d(2025, 5, 3)));
        assert_eq!(day_first("3.5.25"), Some(d(2025, 5, 3)));
        assert_eq!(parse_date("05/03/2025", DateOrder::MonthFirst, today), Some(d(2025, 5, 3)));
        assert_eq!(day_first("05 May 2025"), Some(d(2025, 5, 5)));
        assert_eq!(day_first("May 5, 2025"), Some(d(2025, 5, 5)));
        assert_eq!(day_first("5 de maio de 2025"), Some(d(2025, 5, 5)));
        assert_eq!(day_first("05-may-2025"), Some(d(2025, 5, 5)));
        assert_eq!(day_first("02 MAI"), Some(d(2025, 5, 2)));
        assert_eq!(day_first("28 DEZ"), Some(d(2024, 12, 28)));
        assert_eq!(day_first("15/07"), Some(d(2024, 7, 15)));
        assert_eq!(day_first("31/02/2025"), None);
        assert_eq!(day_first("hello"), None);
        assert_eq!(day_first(""), None);
    }

    #[test]
    fn month_names_whole_and_cut_short_with_a_point() {
        assert_eq!(month_from_name("Octubre"), Some(10));
        assert_eq!(month_from_name("Septie."), Some(9));
        assert_eq!(month_from_name("Noviem."), Some(11));
        assert_eq!(month_from_name("Septie"), None, "cut short without its point: a word");
        assert_eq!(month_from_name("sal."), None);
    }

    #[test]
    fn order_comes_from_any_decisive_date() {
        assert_eq!(infer_order(["01/02/2025", "03/04/2025", "25/04/2025"]), Some(DateOrder::DayFirst));
        assert_eq!(infer_order(["01/02/2025", "04/25/2025"]), Some(DateOrder::MonthFirst));
        assert_eq!(infer_order(["01/02/2025", "2025-04-25"]), None);
    }
}

/// A day written inside a description: "03-11-29", "02/28", "29SEP", "16 Feb", an
/// authorization's "AUT 071930", an effective date "EFFEC 26022033".
static DAY_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?:(?P<numeric>\d{1,2}[-/]\d{1,2}(?:[-/]\d{2}(?:\d{2})?)?)|(?P<day>\d{1,2}) ?(?P<month>[A-Za-z]{3,})\.?|AUT (?P<aut>\d{6})|EFFEC (?P<effec>\d{8}))\b")
});

/// The day a card purchase was made, when its row (booked days later) prints it inside the
/// description: "POS Debit- Debit Card 7735 03-11-29 Food Lion", "NTUC FP-AMK HUB SI NG 29SEP",
/// "Purchase authorized on 02/28", "Value Date: 30/05/2029", "Visa Purchase 09Apr", "POS
/// PURCHASE (EFFEC 26022033)". The day paid wins over the day booked (the fixture README's
/// rule). Only a day up to ten days before the booking, and only where a label names it or on a
/// card's row that is no refund: "PARC 03/10" counts instalments, "on 03/15" after a transfer is
/// the day it was sent, "Estorno de Compra 18/06" names the day of the purchase refunded
/// (an "Eftpos Refund 02Apr" is dated by the day of the refund it prints).
pub fn purchase_day_inside(description: &str, booked: NaiveDate, order: DateOrder) -> Option<NaiveDate> {
    const LABELS: &[&str] = &[" value date ", " authorized on ", " purchase date ", " fecha compra ", " data compra ", " effec "];
    const CARD_WORDS: &[&str] = &[" card ", " pos ", " eftpos ", " visa ", " mastercard ", " maestro ", " purchase ", " compra ", " tarjeta ", " cartao "];
    // A refund that names the purchase it returns dates that purchase, not itself.
    const REFUND_WORDS: &[&str] = &[" estorno de compra ", " devolucion de compra ", " devolucao de compra ", " refund of purchase ", " reembolso de compra "];
    // Most rows write no day: look for one before folding the words (a spreadsheet calls this
    // on every row).
    let mut days = DAY_IN_TEXT.captures_iter(description).peekable();
    days.peek()?;
    let w = words(description);
    let says = |keys: &[&str]| keys.iter().any(|k| w.contains(k));
    if !says(LABELS) && (!says(CARD_WORDS) || says(REFUND_WORDS)) {
        return None;
    }
    days.find_map(|caps| {
        let day = if let Some(numeric) = caps.name("numeric") {
            parse_date(numeric.as_str(), order, booked)?
        } else if let Some(digits) = caps.name("aut").or_else(|| caps.name("effec")).map(|d| d.as_str()) {
            // Six or eight digits in the statement's order: "071930" is 19 July 2030 on a US
            // statement, "26022033" 26 February 2033 on a South African one.
            parse_date(&format!("{}/{}/{}", digits.get(..2)?, digits.get(2..4)?, digits.get(4..)?), order, booked)?
        } else {
            let month = month_from_name(caps.name("month")?.as_str())?;
            latest_on_or_before(month, caps.name("day")?.as_str().parse().ok()?, booked)?
        };
        let before = (booked - day).num_days();
        (1..=10).contains(&before).then_some(day)
    })
}
