//! The patterns a statement's lines are read with: dates as statements print them (with or
//! without a year, numeric or with a month's name in en/pt/es), amounts with cents or in whole
//! units, and the shapes of a transaction line built from them.
//!
//! Every pattern is a constant, built with [`compile`], which keeps a bad edit from panicking at
//! run time (the unit tests check that each compiles).

use std::sync::LazyLock;

use ozzie_core::Currency;
use regex::Regex;

pub(super) use crate::text::compile;

/// Month names and abbreviations (en, pt, es), as statements print them.
pub(super) const MONTH: &str = r"(?i:jan(?:uary|eiro)?|ene(?:ro)?|feb(?:ruary|rero)?|fev(?:ereiro)?|mar(?:ch|ço|co|zo)?|apr(?:il)?|abr(?:il)?|may(?:o)?|mai(?:o)?|jun(?:e|ho|io)?|jul(?:y|ho|io)?|aug(?:ust)?|ago(?:sto)?|sept?(?:ember)?|set(?:embro)?|septiembre|setiembre|oct(?:ober|ubre)?|out(?:ubro)?|nov(?:ember|embro|iembre)?|dec(?:ember)?|dez(?:embro)?|dic(?:iembre)?)\b\.?";

/// "2025-05-02", "2028/01/03", "05/02(/2025)", "03.05.", "02/JUN(/25)", "26MAR", "02 MAI( 2025)", "01 Mar 26", "May 2(, 2025)";
/// `two_digit_years`: whether "01 Mar 26" may end in a year.
/// The three-letter months of a date written in one piece with its year ("04JAN28").
const MONTH_NO_BOUNDARY: &str = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|fev|mai|set|out|dez)";

pub(super) fn date_pattern(two_digit_years: bool) -> String {
    let short_year = if two_digit_years { r"|\s+\d{2}\b" } else { "" };
    format!(
        r"(?:\d{{4}}[/.\-]\d{{2}}[/.\-]\d{{2}}|\d{{1,2}}[/.\-]\d{{1,2}}(?:[/.\-]\d{{2,4}}|\.)?|\d{{1,2}}[/.\-]{MONTH}(?:[/.\-]\d{{2,4}})?|\d{{1,2}}{MONTH}|\d{{1,2}}{MONTH_NO_BOUNDARY}\d{{2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:\s+\d{{4}}{short_year})?|{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
    )
}

/// The direction marks a statement may print after an amount, maybe in a column of their own:
/// "650.00Cr", "12.00 DR", "0.15 DB", "4.870,00    C", "3.850.000,00    +", "350,00   Entrada"
/// (a last column naming the direction).
pub(super) const MARK: &str = r"(?:\s{0,8}(?i:CR|DR|DB|C|D)\b|\s{1,8}[+\-−](?:\s|$)|\s{1,12}(?i:entrada|sa[ií]da|cr[eé]dito|d[eé]bito|credit|debit)\s*$)";

/// An amount with cents: "1,234.56", "1234.56", "1.234,56", "1 234,56", "R$ 45,90", "EUR 47,12", "(12.00)", "45.00-", "4,250.00+",
/// "650.00 CR", "45,00 €".
pub(super) fn cents_amount() -> String {
    // (Indian statements group lakhs and crores by two: "1,42,850.00".)
    const UNITS: &str = r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[.,\s]\d{3})*|\d{4,9})";
    // A symbol, or a currency's code, before the number ("R$ 45,90", "EUR 47,12").
    const BEFORE: &str = r"(?:R\$|US\$|\$|€|£|₹|S/|(?:EUR|USD|GBP|BRL|CAD|AUD|NZD|MXN|ARS|CLP|COP|PEN|UYU|CHF|INR)\s)";
    // A sign may stand apart ("-      13.112,40"), and the cents a space after the rest ("3.187 ,50").
    // In parentheses only with a symbol: "(USD 44.99)" is a foreign amount's note, not a credit.
    format!(r"(?:\(\s*(?:R\$|US\$|\$|€|£)?\s?{UNITS}\s?(?:[.,]\d{{2}})\s*\)|[-+−]?\s{{0,8}}{BEFORE}?\s?[-+−]?{UNITS}\s?(?:[.,]\d{{2}})[-+]?{MARK}?(?:\s?(?:€|EUR|USD|BRL|GBP))?)")
}

/// An amount of a currency without minor units, as Chilean statements print pesos: grouped
/// ("42.380", "1.980.000") or with the sign ("$ 990", "-$ 385.420"). A bare number under 1,000 is
/// not read as an amount: it is as likely a reference, a branch or a count.
pub(super) fn whole_amount() -> String {
    format!(r"(?:\(\s*\$?\s?\d{{1,3}}(?:[.,]\d{{3}})*\s*\)|[-+−]?\s?\$\s?[-+−]?\d{{1,3}}(?:[.,]\d{{3}})*(?:,00)?-?{MARK}?|[-+−]?\d{{1,3}}(?:[.,]\d{{3}})+(?:,00)?-?{MARK}?)")
}

/// The line patterns of one way of writing amounts (with cents, or in whole units).
pub(super) struct Patterns {
    /// A dated transaction line: (a place,) a date (and a second one), the description, one to
    /// three amounts (the transaction, maybe a balance), maybe an installment count ("3/12").
    pub(super) line: Regex,
    /// For "02 MAR  02 MAR  DESCRIPTION": the second day is a second date, not a year.
    pub(super) line_no_short_year: Regex,
    /// A line under a day's heading, without a date of its own: "   Compra no débito   Padaria   23,80".
    /// Its amount stands apart, in a column: "   JANTAR 28,50" under an entry is that entry's detail.
    pub(super) undated: Regex,
    /// A line with the description first, then the date and the amount, each column apart:
    /// "Tesco        02.03.2028        -48.63€" (N26).
    pub(super) described_first: Regex,
    /// A line with the date after the amount, each column apart, maybe the balance last, as
    /// Canadian chequing statements print it: "LOBLAWS #1012 _F   86.43   JUN01   2,727.01".
    pub(super) date_after_amount: Regex,
    /// A line with the amount before the description, each column apart, as Colombian savings
    /// statements print it: "01 02   $ 4,250,000.00+   0000   Abono Nomina …" (the date may be
    /// a day and a month apart by a space).
    pub(super) amount_first: Regex,
    /// A paid check: "1204 ^   10/14   $1,275.00" (number, date paid, amount).
    pub(super) check: Regex,
    /// A paid check with its date first, maybe several to a line: "03/03/28   1041   1,650.00".
    pub(super) check_date_first: Regex,
    pub(super) amount: Regex,
    /// Amounts are whole units (no cents).
    pub(super) whole_units: bool,
}

impl Patterns {
    pub(super) fn new(amount: &str, whole_units: bool) -> Patterns {
        let amounts = format!(r"(?P<amounts>{amount}(?:\s+{amount}){{0,2}})");
        let line = |two_digit_years: bool| {
            let date = date_pattern(two_digit_years);
            // A card statement may open each line with the place ("LAS CONDES   22/04/27   LIDER")
            // or a reference number ("001   Dec 19   Dec 20   METRO 612"),
            // and mark a date with a star ("12/18/31*": the posting date, American Express). A
            // last column of four or more decimals is a unit's or a rate's value, not money
            // (a Chilean savings account's balance in UF, "51,0625"), and a last column of dates is
            // the settlement day ("-$86.41   -$86.41   01/05/2026"). An instalment's count may be
            // written "5 de 12" and followed by its rate ("0.00%", Mexican months without interest).
            compile(&format!(
                r"^\s*(?:(?P<place>\p{{Lu}}[\p{{Lu}}\p{{M}} .'\-]{{0,28}}\p{{Lu}})\s{{2,}}|\d{{1,4}}\s{{2,}})?{WEEKDAY_BEFORE}(?P<date>{date})\*?(?:\s+(?P<date2>{date})\*?)?\s+(?P<desc>\S.*?)\s+{amounts}(?:\s+(?P<counter>\d{{1,2}}/\d{{1,2}}|\d{{1,2}} (?:de|of) \d{{1,2}}))?(?:\s{{2,}}\d{{1,6}}[.,]\d{{4,6}}|\s{{2,}}\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\s{{2,}}\d{{1,3}}[.,]\d{{1,2}}\s?%)?\s*$"
            ))
        };
        Patterns {
            line: line(true),
            line_no_short_year: line(false),
            undated: compile(&format!(r"^\s+(?P<desc>\S.*?)\s{{2,}}{amounts}\s*$")),
            // Its date has a year or a month's name: "23.14" there is an amount. A day and a
            // month alone count when a second date (the value date) follows: "01/10   01/10   -850,00".
            described_first: compile(&format!(
                r"^\s*(?P<desc>\S.*?\p{{L}}.*?)\s{{2,}}(?:(?P<date>\d{{4}}[/.\-]\d{{2}}[/.\-]\d{{2}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{1,2}}[/.\-\s]?{MONTH}(?:[/.\-\s]\d{{2,4}})?|{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)|(?P<day_month>\d{{1,2}}[/.\-]\d{{1,2}})\s{{2,}}\d{{1,2}}[/.\-]\d{{1,2}})\s{{2,}}{amounts}\s*$"
            )),
            date_after_amount: compile(&format!(
                r"^\s*(?P<desc>\S.*?\p{{L}}.*?)\s{{2,}}(?P<amounts>{amount})\s{{2,}}(?P<date>{}|{MONTH_NO_BOUNDARY}\d{{2}}\b|\d{{2}} \d{{2}})(?:\s{{2,}}{amount})?\s*$",
                date_pattern(false)
            )),
            // (maybe with the bank's reference number before the amount: "1184   Feb 24   8324070856   450.00-").
            check: compile(&format!(r"^\s*(?P<number>\d{{3,7}})\s*[\^*]?\s+(?P<date>{})\s+(?:\d{{6,12}}\s+)?(?P<amounts>{amount})\s*$", date_pattern(false))),
            amount_first: compile(&format!(
                r"^\s*(?P<date>{}|\d{{2}} \d{{2}})\s{{2,}}(?P<amounts>{amount})\s{{2,}}(?P<desc>\S.*?\p{{L}}.*?)\s*$",
                date_pattern(false)
            )),
            // (maybe with the bank's reference number after the amount: "12/20   1187   1,450.00   078412951").
            check_date_first: compile(&format!(r"(?P<date>{})\s+(?P<number>\d{{3,7}})\s*[\^*]?\s+(?P<amounts>{amount})(?:\s+\d{{6,12}}\b)?", date_pattern(false))),
            amount: compile(amount),
            whole_units,
        }
    }

    /// The patterns for amounts in `currency`: whole units when it has no minor unit.
    pub(super) fn for_currency(currency: Currency) -> &'static Patterns {
        if currency.exponent() == 0 { &WHOLE } else { &CENTS }
    }
}

/// Cents a space after the rest of the amount ("3.187 ,50"), as some PDFs set them.
pub(super) static SPACED_CENTS: LazyLock<Regex> = LazyLock::new(|| compile(r"(\d)\s+([.,]\d{2})\b"));

/// The end of a line whose cents sit in a cell of their own ("1,249 00", "45 00   CR"), as some
/// card statements print them: the units, the cents, maybe a direction mark.
pub(super) static SPLIT_CENTS_END: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\s{2,}(?P<units>\d{1,3}(?:[.,]\d{3})*|\d{4,9}) (?P<cents>\d{2})(?P<mark>\s+(?i:CR|DR|C|D|-))?\s*$"));

/// A line that opens with a date (maybe a transaction's).
pub(super) static DATE_FIRST: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"^\s*(?:{})\s", date_pattern(false))));

pub(super) static CENTS: LazyLock<Patterns> = LazyLock::new(|| Patterns::new(&cents_amount(), false));

pub(super) static WHOLE: LazyLock<Patterns> = LazyLock::new(|| Patterns::new(&whole_amount(), true));


/// A dated line that ends in words, not an amount: "02 Nov 26   CR   MEDILINK HEALTHCARE LTD".
pub(super) static DATED_TEXT: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"^\s*{WEEKDAY_BEFORE}(?P<date>{})\*?\s+(?P<desc>\S.*?\p{{L}}.*?)\s*$", date_pattern(true))));

/// A day's heading alone: "01 JUL 2026", "Lunes 1 de noviembre de 2027", "Friday, May 2", maybe
/// with the day's closing balance ("1 de setembro de 2032     Saldo do dia: R$ 3.200,35").
pub(super) static DATE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^\s*(?:{WEEKDAY},?\s+)?(?P<date>{}|\d{{1,2}}\s+de\s+{MONTH}(?:\s+de\s+\d{{4}})?)(?:\s{{2,}}(?i:saldo\s+(?:do|del)\s+d[ií]a|daily\s+balance|end\s+of\s+day\s+balance)\b.*)?\s*$",
        date_pattern(false)
    ))
});

/// A weekday before a line's date, full or short: "Sat 15 Dec", "Lunes 3 ene", "qua, 02/01",
/// "mié 21/10" ("mar 06/10" is a Tuesday: a month's name is followed by its day, not a date).
const WEEKDAY_BEFORE: &str = r"(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|seg|ter|qua|qui|sex|s[aá]b|dom|lun|mar|mi[eé]|jue|vie)\.?,?\s+|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|segunda(?:-feira)?|ter[cç]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|s[aá]bado|domingo|lunes|martes|mi[eé]rcoles|jueves|viernes),?\s+)?";

/// Weekday names (en, pt, es) as a day's heading may open with them.
pub(super) const WEEKDAY: &str = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|segunda(?:-feira)?|ter[cç]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|s[aá]bado|domingo|lunes|martes|mi[eé]rcoles|jueves|viernes)";

pub(super) static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+)?[A-Za-zÀ-ÿ]{3,10}\.?\s+(?:de\s+)?\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b")
});


/// A date as the date patterns read it, as `parse_date` reads it: "03.05." (German day and month)
/// and "02 ene." (an abbreviated month) without the last dot, "26MAR" as "26 MAR".
pub(super) fn normalize_date(raw: &str) -> String {
    let raw = raw.trim_end_matches('.');
    // "1st Mar", "23rd Mar 2033": the day without its ordinal's letters.
    let digits = raw.bytes().take_while(u8::is_ascii_digit).count();
    let ordinal = (1..=2).contains(&digits) && ["st", "nd", "rd", "th"].iter().any(|o| raw[digits..].get(..2).is_some_and(|s| s.eq_ignore_ascii_case(o)) && raw[digits + 2..].starts_with(' '));
    let without_ordinal = ordinal.then(|| format!("{}{}", &raw[..digits], &raw[digits + 2..]));
    let raw = without_ordinal.as_deref().unwrap_or(raw);
    // "2028/01/03" (year first, as Portuguese banks print it) → "2028-01-03".
    if raw.len() == 10 && raw[..4].bytes().all(|b| b.is_ascii_digit()) && matches!(raw.as_bytes()[4], b'/' | b'.') {
        return raw.replace(['/', '.'], "-");
    }
    // "26MAR" → "26 MAR", "04JAN28" → "04 JAN 28": a space wherever digits and letters meet.
    let mut out = String::with_capacity(raw.len() + 2);
    let mut previous: Option<char> = None;
    for c in raw.chars() {
        if previous.is_some_and(|p| (p.is_ascii_digit() && c.is_alphabetic()) || (p.is_alphabetic() && c.is_ascii_digit())) {
            out.push(' ');
        }
        out.push(c);
        previous = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_compile() {
        let patterns = [&*CENTS, &*WHOLE].into_iter().flat_map(|p| [&p.line, &p.line_no_short_year, &p.undated, &p.described_first, &p.date_after_amount, &p.check, &p.check_date_first, &p.amount_first, &p.amount]);
        for re in patterns.chain([&*FULL_DATE, &*DATE_ONLY, &*DATED_TEXT, &*SPACED_CENTS, &*SPLIT_CENTS_END, &*DATE_FIRST]) {
            assert!(!re.as_str().is_empty());
            assert!(re.as_str() != crate::text::unreachable_regex().as_str());
        }
    }
}
