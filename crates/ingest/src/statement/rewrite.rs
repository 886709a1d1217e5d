//! Rewrites of a statement's text before its lines are read, each keeping every column where
//! it was: the text moved to the margin, empty cells printed as words emptied, cents printed in
//! a cell of their own joined to their units, dates printed in cells that each show only what
//! changed filled in whole, dates written in words ("04 de jun. 2030") shortened, and rows dated
//! by their day alone (a "DIA" column) given the period's month.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::decimal_of;
use super::patterns::{compile, Patterns, DATE_FIRST, SPLIT_CENTS_END};
use crate::amount::DecimalMark;
use crate::dates::month_from_name;

/// A statement that prints its cents in a cell of their own ("89 99", "1,249 00   CR"), with
/// them joined to their units ("89.99"); None when its dated lines do not end that way (one or
/// two such lines are a description's number and a whole amount, not cents).
pub(super) fn with_split_cents_joined(text: &str, patterns: &Patterns) -> Option<String> {
    if patterns.whole_units {
        return None;
    }
    let dated = || text.lines().filter(|l| DATE_FIRST.is_match(l));
    let split = dated().filter(|l| SPLIT_CENTS_END.is_match(l)).count();
    let whole_cents = dated().filter(|l| patterns.amount.find_iter(l).last().is_some_and(|m| l[m.end()..].trim().is_empty())).count();
    if split < 3 || split <= whole_cents {
        return None;
    }
    let document_mark = decimal_of(text, patterns);
    let joined = text.lines().map(|line| match SPLIT_CENTS_END.captures(line) {
        Some(c) => {
            let units = &c["units"];
            let point = if units.contains(',') || (!units.contains('.') && document_mark == DecimalMark::Dot) { '.' } else { ',' };
            // The space between units and cents becomes the point: every column keeps its place.
            let space = c.name("units").map_or(line.len(), |m| m.end());
            format!("{}{point}{}", &line[..space], &line[space + 1..])
        }
        None => line.to_string(),
    });
    Some(joined.collect::<Vec<_>>().join("\n"))
}

/// The text moved to the left margin: how far in a statement's text starts (its margins, or how
/// it was extracted) says nothing; what stands at the margin and what is indented under it does.
pub(super) fn at_the_margin(text: &str) -> Option<String> {
    // A page break (form feed) opens the first line of each page but the first.
    let page_break = |l: &str| l.len() - l.trim_start_matches('\u{c}').len();
    let indent = text.lines().filter(|l| !l.trim().is_empty()).map(|l| l.trim_start_matches('\u{c}')).map(|l| l.len() - l.trim_start_matches(' ').len()).min().unwrap_or(0);
    (indent > 0).then(|| {
        text.lines()
            .map(|l| {
                let (breaks, rest) = l.split_at(page_break(l));
                if rest.trim().is_empty() { breaks.to_string() } else { format!("{breaks}{}", &rest[indent..]) }
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// Empty money cells printed as the word "blank" (for screen readers, as Lloyds does: "23.50
/// blank 842.21"), emptied: the amount beside it is then in its own column.
pub(super) fn without_blank_cells(text: &str) -> Option<String> {
    static BLANK_CELL: LazyLock<Regex> = LazyLock::new(|| compile(r"(?m)(\s{2,})blank(\s{2,}|[ \t]*$)"));
    (BLANK_CELL.find_iter(text).count() >= 3).then(|| BLANK_CELL.replace_all(text, "${1}     ${2}").into_owned())
}


/// Dates printed as a year, a month and a day in cells of their own, each only when it changes,
/// as Argentine card statements print them ("27 Octubre   08", then "    Julio   22", then a day
/// alone, "   04"), written whole on every line ("2027-10-08"), in the place of those cells; None
/// when the text has no such dates (a line with all three and a line with a month and a day
/// below it, their months in one column).
pub(super) fn with_year_month_day_filled(text: &str) -> Option<String> {
    static FULL: LazyLock<Regex> = LazyLock::new(|| compile(r"^(\s*)(\d{2})\s+(\p{L}+\.?)\s+(\d{1,2})(?:\s{2,}\S|\s*$)"));
    static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| compile(r"^(\s+)(\p{L}+\.?)\s+(\d{1,2})\s{2,}\S"));
    static DAY: LazyLock<Regex> = LazyLock::new(|| compile(r"^(\s+)(\d{1,2})\s{2,}\S"));
    // Columns in characters: where the month cell starts, where the day cell ends (the patterns
    // match from the line's start).
    let columns = |line: &str, caps: &regex::Captures<'_>, month: usize, day: usize| {
        let column = |at: usize| line[..at].chars().count();
        (caps.get(month).map_or(0, |m| column(m.start())), caps.get(day).map_or(0, |m| column(m.end())))
    };
    // pdftotext places a cell within a character or two of where the one above it is.
    let near = |a: (usize, usize), b: (usize, usize)| a.0.abs_diff(b.0) <= 2 && a.1.abs_diff(b.1) <= 2;
    let full_columns = text.lines().find_map(|l| FULL.captures(l).filter(|c| month_from_name(&c[3]).is_some()).map(|c| columns(l, &c, 3, 4)))?;
    let aligned_month_day = text.lines().any(|l| MONTH_DAY.captures(l).is_some_and(|c| month_from_name(&c[2]).is_some() && near(columns(l, &c, 2, 3), full_columns)));
    if !aligned_month_day {
        return None;
    }
    let (mut year, mut month) = (None, None);
    let filled = text.lines().map(|line| {
        let (cells_end, day) = if let Some(c) = FULL.captures(line).filter(|c| near(columns(line, c, 3, 4), full_columns)) {
            year = c[2].parse::<i32>().ok().map(|y| 2000 + y);
            month = month_from_name(&c[3]);
            (c.get(4).map_or(0, |m| m.end()), c[4].parse::<u32>().ok())
        } else if let Some(c) = MONTH_DAY.captures(line).filter(|c| near(columns(line, c, 2, 3), full_columns)) {
            month = month_from_name(&c[2]);
            (c.get(3).map_or(0, |m| m.end()), c[3].parse::<u32>().ok())
        } else if let Some(c) = DAY.captures(line).filter(|c| columns(line, c, 2, 2).1.abs_diff(full_columns.1) <= 2) {
            (c.get(2).map_or(0, |m| m.end()), c[2].parse::<u32>().ok())
        } else {
            return line.to_string();
        };
        let date = match (year, month, day) {
            (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, m, d),
            _ => None,
        };
        match date {
            Some(date) => {
                let cells = line[..cells_end].chars().count();
                format!("{:<cells$}{}", date.format("%Y-%m-%d"), &line[cells_end..])
            }
            None => line.to_string(),
        }
    });
    Some(filled.collect::<Vec<_>>().join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_month_and_day_each_printed_when_it_changes_are_written_whole() {
        let text = "FECHA              COMPROBANTE DETALLE                 PESOS      DÓLARES\n\
                    27 Octubre       08              SU PAGO EN PESOS      -245.318,40\n\
                    27 Mayo          14     001882 K MERPAGO*FRAVEGA C.06/06   18.333,33\n\
                    \x20   Septie.      30     328815 * CARREFOUR               54.320,15\n\
                    \x20               04     118204 * OPENAI *CHATGPT                      20,00\n\
                    \x20                             TARJETA 4471 Total Consumos 72.653,48";
        let filled = with_year_month_day_filled(text).expect("dates in three cells");
        let lines: Vec<&str> = filled.lines().collect();
        assert_eq!(lines[1], "2027-10-08                       SU PAGO EN PESOS      -245.318,40");
        assert!(lines[2].starts_with("2027-05-14         "));
        assert!(lines[3].starts_with("2027-09-30         "));
        assert!(lines[4].starts_with("2027-09-04         "));
        assert_eq!(lines[4].chars().count(), text.lines().nth(4).map_or(0, |l| l.chars().count()), "the columns stay where they were");
        assert_eq!(lines[5], text.lines().nth(5).unwrap_or(""));
        // "27 Oct 08" alone is a day, a month and a year: nothing below it says otherwise.
        assert!(with_year_month_day_filled("27 Oct 08   TESCO   12.00\n28 Oct 08   ASDA   9.00").is_none());
    }
}

/// Rows dated in words, as Portuguese and Spanish write them ("04 de jun. 2030", "15 de abril de
/// 2030", "3 de mayo"): the date as "04 jun 2030", padded to the width it had so the columns stay.
pub(super) fn with_dates_in_words_shortened(text: &str) -> Option<String> {
    static IN_WORDS: LazyLock<Regex> = LazyLock::new(|| compile(r"^(\s*)(\d{1,2}) de (\p{L}+)\.?(?: de)?(?: (\d{4}))?(\s|$)"));
    let mut changed = false;
    let shortened: Vec<String> = text
        .lines()
        .map(|line| {
            let Some(c) = IN_WORDS.captures(line).filter(|c| month_from_name(&c[3]).is_some()) else { return line.to_string() };
            changed = true;
            let end = c.get(5).map_or(line.len(), |m| m.start());
            let date = match c.get(4) {
                Some(year) => format!("{}{} {} {}", &c[1], &c[2], &c[3], year.as_str()),
                None => format!("{}{} {}", &c[1], &c[2], &c[3]),
            };
            let width = line[..end].chars().count();
            format!("{date:<width$}{}", &line[end..])
        })
        .collect();
    changed.then(|| shortened.join("\n"))
}

/// Rows dated by the day alone under a "DIA" / "DÍA" / "DAY" heading (a Brazilian state bank's
/// extrato: "02   DEBITO AUTOMATICO"): the day with the period's month ("02/12"), or the month
/// before for a day after the period's last (a period from the 15th to the 14th).
pub(super) fn with_days_given_their_month(text: &str, today: NaiveDate) -> Option<String> {
    static DAY_HEADING: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*(?:dia|día|day)\s{2,}\S"));
    static DAY_ROW: LazyLock<Regex> = LazyLock::new(|| compile(r"^(\s*)(\d{1,2})(\s{2,})\S"));
    let lines: Vec<&str> = text.lines().collect();
    let heading = lines.iter().position(|l| DAY_HEADING.is_match(l) && super::table::names_columns(l))?;
    let end = super::period_end(&lines, crate::dates::DateOrder::DayFirst, today)?;
    let month_of = |day: u32| {
        let (year, month) = if day <= end.day() { (end.year(), end.month()) } else if end.month() == 1 { (end.year() - 1, 12) } else { (end.year(), end.month() - 1) };
        NaiveDate::from_ymd_opt(year, month, day)
    };
    let mut changed = false;
    let dated: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(n, line)| {
            let Some(c) = DAY_ROW.captures(line).filter(|_| n > heading) else { return line.to_string() };
            let Some(date) = c[2].parse().ok().and_then(month_of) else { return line.to_string() };
            changed = true;
            // "02" becomes "02/12/2030", taking the characters it adds from the spaces after it.
            let date = date.format("%d/%m/%Y").to_string();
            let spaces = (c[2].len() + c[3].len()).saturating_sub(date.len()).max(2);
            format!("{}{date}{}{}", &c[1], " ".repeat(spaces), &line[c.get(3).map_or(0, |m| m.end())..])
        })
        .collect();
    changed.then(|| dated.join("\n"))
}
