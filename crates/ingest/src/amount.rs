//! Reading money amounts: decimal and thousands separators of each language, signs written the
//! ways banks write them, currency symbols and codes.
//!
//! Separator rule: with both `.` and `,` present, the last one is the decimal separator. With
//! one kind only: repeated → thousands; once and followed by exactly three digits → thousands
//! (money is not written with three decimals); otherwise decimal. "1.450,00" and "1,450.00" are
//! both 1450.00; "45,90" is 45.90; "1.500" is 1500.

use ozzie_core::Currency;

/// A decimal number as read: `digits` × 10^-`scale`, with its sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    pub negative: bool,
    pub digits: i128,
    pub scale: u32,
}

impl Decimal {
    /// Rounds half away from zero to the currency's minor unit. `None` above the largest amount
    /// money fields accept (`MAX_MAJOR_AMOUNT`): "7777777677777600" is a reference number or a
    /// misread, not money, and sums over a person's history must not overflow.
    pub fn to_minor(self, currency: Currency) -> Option<i64> {
        let exp = currency.exponent();
        let value = if self.scale <= exp {
            self.digits.checked_mul(10_i128.checked_pow(exp - self.scale)?)?
        } else {
            let div = 10_i128.checked_pow(self.scale - exp)?;
            (self.digits + div / 2) / div
        };
        let largest = ozzie_core::money::MAX_MAJOR_AMOUNT as i128 * i128::from(currency.minor_per_major());
        if value > largest {
            return None;
        }
        let value = i64::try_from(value).ok()?;
        Some(if self.negative { -value } else { value })
    }

    /// Multiplies by 10^`power` (for "1.5k" and "2 mil").
    pub fn times_ten_pow(self, power: u32) -> Option<Decimal> {
        if self.scale >= power {
            Some(Decimal { scale: self.scale - power, ..self })
        } else {
            Some(Decimal { digits: self.digits.checked_mul(10_i128.checked_pow(power - self.scale)?)?, scale: 0, ..self })
        }
    }
}

/// Which separator a number uses for decimals, when the number alone cannot tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalMark {
    Dot,
    Comma,
}

/// Parses the digits-and-separators part of an amount (no symbols, no sign): "1.450,00".
pub fn parse_unsigned(raw: &str, hint: Option<DecimalMark>) -> Option<Decimal> {
    let s: String = raw.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’')).collect();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    if !s.bytes().any(|b| b.is_ascii_digit()) || s.starts_with(['.', ',']) && s.len() == 1 {
        return None;
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots + commas;
            let after = s.rsplit(sep).next().unwrap_or("");
            if count > 1 {
                None
            } else if after.len() == 3 && !s.starts_with(sep) {
                // "1.500" / "1,500": thousands, unless the hint says this mark is decimal and the
                // integer part is 0 ("0.125" is not money-like either way).
                if s.starts_with("0") && hint.is_some() {
                    Some(sep)
                } else {
                    None
                }
            } else {
                Some(sep)
            }
        }
        _ => {
            let last_dot = s.rfind('.').unwrap_or(0);
            let last_comma = s.rfind(',').unwrap_or(0);
            Some(if last_dot > last_comma { '.' } else { ',' })
        }
    };
    let (int_part, frac_part) = match decimal {
        Some(sep) => {
            let idx = s.rfind(sep)?;
            (&s[..idx], &s[idx + 1..])
        }
        None => (s.as_str(), ""),
    };
    // The thousands separator must be the other mark, in groups of three — or, as Indian
    // amounts group lakhs and crores, in twos before the last three ("1,42,850.00").
    let thousands: Vec<&str> = int_part.split(['.', ',']).collect();
    let by_threes = |groups: &[&str]| !groups[0].is_empty() && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
    let by_lakhs = |groups: &[&str]| {
        groups.len() > 2 && (1..=2).contains(&groups[0].len()) && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2) && groups[groups.len() - 1].len() == 3
    };
    if thousands.len() > 1 && !by_threes(&thousands) && !by_lakhs(&thousands) {
        return None;
    }
    if frac_part.contains(['.', ',']) || frac_part.len() > 6 {
        return None;
    }
    let digits_str: String = int_part.chars().filter(char::is_ascii_digit).chain(frac_part.chars()).collect();
    if digits_str.len() > 30 {
        return None;
    }
    let digits: i128 = digits_str.parse().ok()?;
    Some(Decimal { negative: false, digits, scale: frac_part.len() as u32 })
}

/// A currency named by a symbol or code inside an amount or a sentence.
pub fn currency_from_symbol(symbol: &str, default: Currency) -> Option<Currency> {
    let s = symbol.trim().to_ascii_uppercase();
    Some(match s.as_str() {
        "R$" | "BRL" | "REAIS" | "REAL" => Currency::BRL,
        "US$" | "USD" | "U$" | "U$S" => Currency::USD,
        "€" | "EUR" | "EUROS" | "EURO" => Currency::EUR,
        "£" | "GBP" | "POUNDS" | "POUND" | "QUID" => Currency::parse("c", "GBP").ok()?,
        "MX$" | "MXN" => Currency::parse("c", "MXN").ok()?,
        "NZ$" => Currency::parse("c", "NZD").ok()?,
        "A$" | "AU$" => Currency::parse("c", "AUD").ok()?,
        "C$" | "CA$" => Currency::parse("c", "CAD").ok()?,
        "¥" | "JPY" | "YEN" => Currency::parse("c", "JPY").ok()?,
        "S/" | "S/." | "SOLES" => Currency::parse("c", "PEN").ok()?,
        "₹" | "RUPEES" | "RUPEE" => Currency::parse("c", "INR").ok()?,
        "$" | "DOLLARS" | "DOLLAR" | "BUCKS" | "BUCK" => dollar_like(default),
        "PESOS" | "PESO" => match default.code() {
            "MXN" | "ARS" | "CLP" | "COP" | "UYU" => default,
            _ => Currency::parse("c", "MXN").ok()?,
        },
        code if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) => Currency::parse("c", code).ok()?,
        _ => return None,
    })
}

/// `$` means the user's own dollar-sign currency when they have one (MXN, CAD, …), else USD.
fn dollar_like(default: Currency) -> Currency {
    match default.code() {
        "USD" | "CAD" | "AUD" | "NZD" | "MXN" | "ARS" | "CLP" | "COP" | "SGD" | "HKD" => default,
        _ => Currency::USD,
    }
}

/// "-12.94", "2500", "0.5": an optional minus, digits, and a dot with one or two decimals, which
/// every separator rule reads the same way. Anything else is left to [`parse_cell`]'s walk.
fn plain_number(s: &str) -> Option<Decimal> {
    let b = s.as_bytes();
    let (negative, b) = match b.first()? {
        b'-' => (true, &b[1..]),
        _ => (false, b),
    };
    let (int, frac) = match b.iter().position(|&c| c == b'.') {
        Some(i) => (&b[..i], &b[i + 1..]),
        None => (b, &b[b.len()..]),
    };
    let dotted = int.len() < b.len();
    if int.is_empty() || int.len() > 15 || (dotted && !(1..=2).contains(&frac.len())) {
        return None;
    }
    let mut digits: i128 = 0;
    for &c in int.iter().chain(frac) {
        if !c.is_ascii_digit() {
            return None;
        }
        digits = digits * 10 + i128::from(c - b'0');
    }
    Some(Decimal { negative, digits, scale: frac.len() as u32 })
}

/// A cell of a bank export: "-1.234,56", "(45.00)", "45.00-", "R$ 1.234,56", "12,50 €", "+3.00".
/// Returns the signed amount in minor units and the currency when the cell names one.
pub fn parse_cell(raw: &str, default: Currency, hint: Option<DecimalMark>) -> Option<(i64, Option<Currency>)> {
    // Most exports write plain numbers ("-12.94", "2500"): read those without the general walk.
    if let Some(dec) = plain_number(raw.trim()) {
        return Some((dec.to_minor(default)?, None));
    }
    let mut s = raw.trim().to_string();
    if s.is_empty() {
        return None;
    }
    let mut negative = false;
    if s.starts_with('(') && s.ends_with(')') {
        negative = true;
        s = s[1..s.len() - 1].trim().to_string();
    }
    // Currency symbols or codes before or after the number.
    let mut currency = None;
    let body: String = {
        let first_digit = s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len());
        // ".50" / ",50": a leading separator belongs to the number.
        let number_start = match s[..first_digit].char_indices().last() {
            Some((i, '.' | ',')) => i,
            _ => first_digit,
        };
        let number_end = s.rfind(|c: char| c.is_ascii_digit() || c == '-').map_or(0, |i| i + 1);
        if number_end <= number_start {
            return None;
        }
        let prefix = s[..number_start].trim();
        let suffix = s[number_end..].trim();
        for part in [prefix, suffix] {
            if part.is_empty() {
                continue;
            }
            let part_clean = part.trim_matches(|c: char| c == '-' || c == '+' || c.is_whitespace());
            match part_clean.to_ascii_uppercase().as_str() {
                "" => {}
                "CR" | "C" => {}
                "DR" | "DB" | "D" => negative = !negative,
                other => currency = Some(currency_from_symbol(other, default)?),
            }
            if part.contains('-') {
                negative = !negative;
            }
        }
        s[number_start..number_end].to_string()
    };
    let mut body = body.trim();
    if let Some(rest) = body.strip_prefix('-') {
        negative = !negative;
        body = rest.trim_start();
    } else if let Some(rest) = body.strip_prefix('+') {
        body = rest.trim_start();
    }
    if let Some(rest) = body.strip_suffix('-') {
        negative = !negative;
        body = rest.trim_end();
    }
    let mut dec = parse_unsigned(body, hint)?;
    dec.negative = negative;
    let minor = dec.to_minor(currency.unwrap_or(default))?;
    Some((minor, currency))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minor(raw: &str) -> Option<i64> {
        parse_cell(raw, Currency::USD, None).map(|(m, _)| m)
    }

    #[test]
    fn separators_of_every_language() {
        assert_eq!(minor("1,450.00"), Some(145_000));
        assert_eq!(minor("1.450,00"), Some(145_000));
        assert_eq!(minor("45,90"), Some(4_590));
        assert_eq!(minor("4.5"), Some(450));
        assert_eq!(minor("1.500"), Some(150_000));
        assert_eq!(minor("1,500"), Some(150_000));
        assert_eq!(minor("1 234,56"), Some(123_456));
        assert_eq!(minor("12.345.678,9"), Some(1_234_567_890));
        assert_eq!(minor("1,2,3"), None);
        assert_eq!(minor("12,34,56"), None);
        // Lakhs and crores, grouped by two before the last three.
        assert_eq!(minor("1,42,850.00"), Some(14_285_000));
        assert_eq!(minor("12,34,56,789.50"), Some(123_456_789_50));
        assert_eq!(minor("1,2,345.00"), None);
    }

    #[test]
    fn signs_as_banks_write_them() {
        assert_eq!(minor("-45.00"), Some(-4_500));
        assert_eq!(minor("(45.00)"), Some(-4_500));
        assert_eq!(minor("45.00-"), Some(-4_500));
        assert_eq!(minor("+3.00"), Some(300));
        assert_eq!(minor("- 1.234,56"), Some(-123_456));
        assert_eq!(minor("12.00 DR"), Some(-1_200));
        assert_eq!(minor("0.15 DB"), Some(-15));
        assert_eq!(minor("12.00 CR"), Some(1_200));
    }

    #[test]
    fn currencies_in_cells() {
        assert_eq!(parse_cell("R$ 1.234,56", Currency::USD, None), Some((123_456, Some(Currency::BRL))));
        assert_eq!(parse_cell("12,50 €", Currency::USD, None), Some((1_250, Some(Currency::EUR))));
        assert_eq!(parse_cell("-£3.20", Currency::USD, None).map(|x| x.0), Some(-320));
        assert_eq!(parse_cell("1500 JPY", Currency::USD, None), Some((1_500, Currency::parse("c", "JPY").ok())));
        assert_eq!(parse_cell("abc", Currency::USD, None), None);
        assert_eq!(parse_cell("", Currency::USD, None), None);
        assert_eq!(parse_cell("-", Currency::USD, None), None);
    }
}
