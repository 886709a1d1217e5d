//! Money as integer minor units of an ISO 4217 currency.
//!
//! Every amount stored or summed is an `i64` count of the currency's minor unit (cents for USD,
//! centavos for BRL, none for JPY). The seed's JSON uses decimal numbers in major units for intake,
//! plan and goal amounts; they are converted here, once, at that edge ([`Currency::minor_from_major`]
//! and [`Currency::major_from_minor`]), and never re-derived from floats afterwards.

use serde::{Deserialize, Serialize};

use crate::error::{DomainError, DomainResult};
use crate::language::Language;

/// Largest amount accepted from input, in major units: far above any household budget, far below
/// where `f64` stops representing cents exactly.
pub const MAX_MAJOR_AMOUNT: f64 = 1_000_000_000_000.0;

/// An ISO 4217 currency code with its minor-unit exponent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency {
    code: [u8; 3],
}

/// Currencies whose minor unit is not 1/100 (ISO 4217 list, the ones people use day to day).
const EXPONENT_EXCEPTIONS: &[(&str, u32)] = &[
    ("JPY", 0),
    ("KRW", 0),
    ("CLP", 0),
    ("ISK", 0),
    ("PYG", 0),
    ("VND", 0),
    ("UGX", 0),
    ("XAF", 0),
    ("XOF", 0),
    ("BHD", 3),
    ("KWD", 3),
    ("OMR", 3),
    ("JOD", 3),
    ("TND", 3),
];

impl Currency {
    pub const USD: Currency = Currency { code: *b"USD" };
    pub const BRL: Currency = Currency { code: *b"BRL" };
    pub const EUR: Currency = Currency { code: *b"EUR" };
    pub const GBP: Currency = Currency { code: *b"GBP" };
    pub const MXN: Currency = Currency { code: *b"MXN" };

    /// Parses a three-letter code, case-insensitively (`"usd"` → `USD`).
    pub fn parse(field: &str, code: &str) -> DomainResult<Currency> {
        let upper = code.trim().to_ascii_uppercase();
        let bytes = upper.as_bytes();
        if bytes.len() != 3 || !bytes.iter().all(u8::is_ascii_uppercase) {
            return Err(DomainError::validation(
                field,
                format!("'{code}' is not an ISO 4217 currency code; use three letters such as USD, BRL or EUR"),
            ));
        }
        Ok(Currency { code: [bytes[0], bytes[1], bytes[2]] })
    }

    pub fn code(&self) -> &str {
        // The bytes are checked ASCII uppercase on construction.
        std::str::from_utf8(&self.code).unwrap_or("XXX")
    }

    /// Digits after the decimal point of the minor unit.
    pub fn exponent(&self) -> u32 {
        EXPONENT_EXCEPTIONS
            .iter()
            .find(|(code, _)| code.as_bytes() == self.code)
            .map_or(2, |(_, exp)| *exp)
    }

    /// Minor units in one major unit (100 for USD, 1 for JPY).
    pub fn minor_per_major(&self) -> i64 {
        10_i64.pow(self.exponent())
    }

    /// The amount rounded to whole major units, formatted ("$150", not "$150.37"): how a coach
    /// says money.
    pub fn format_whole(&self, minor: i64, language: Language) -> String {
        let unit = self.minor_per_major();
        self.format((minor + unit / 2).div_euclid(unit) * unit, language)
    }

    /// Rounds down to a whole major unit ($900.50 → $900): recommendations are round numbers.
    pub fn floor_whole(&self, minor: i64) -> i64 {
        minor.div_euclid(self.minor_per_major()) * self.minor_per_major()
    }

    /// Converts a major-unit amount from JSON or a flag into minor units, rounding half away from
    /// zero to the nearest minor unit. Rejects NaN, infinities, negatives and absurd magnitudes.
    pub fn minor_from_major(&self, field: &str, major: f64) -> DomainResult<i64> {
        if !major.is_finite() {
            return Err(DomainError::validation(field, "must be a number"));
        }
        if major < 0.0 {
            return Err(DomainError::validation(field, "must not be negative"));
        }
        if major > MAX_MAJOR_AMOUNT {
            return Err(DomainError::validation(field, "is too large"));
        }
        // Scale through a decimal string so 0.1 + 0.2 style binary noise cannot shift a cent.
        let text = format!("{major:.*}", self.exponent() as usize + 2);
        let rounded: f64 = text.parse().unwrap_or(major);
        Ok((rounded * self.minor_per_major() as f64).round() as i64)
    }

    /// Converts minor units back to a major-unit JSON number: an integer when whole (`1800`),
    /// otherwise a decimal (`45.5`).
    pub fn major_from_minor(&self, minor: i64) -> serde_json::Number {
        let scale = self.minor_per_major();
        if minor % scale == 0 {
            serde_json::Number::from(minor / scale)
        } else {
            serde_json::Number::from_f64(minor as f64 / scale as f64)
                .unwrap_or_else(|| serde_json::Number::from(minor / scale))
        }
    }

    fn symbol(&self) -> Option<&'static str> {
        Some(match self.code() {
            "USD" => "$",
            "BRL" => "R$",
            "EUR" => "€",
            "GBP" => "£",
            "JPY" => "¥",
            "MXN" => "MX$",
            "CAD" => "CA$",
            "AUD" => "A$",
            _ => return None,
        })
    }

    /// The amount as a plain decimal in major units, with every minor digit and no grouping
    /// (`-1234.50`): what files for other tools (CSV, ledger journals) expect.
    pub fn plain_decimal(&self, minor: i64) -> String {
        let sign = if minor < 0 { "-" } else { "" };
        let abs = minor.unsigned_abs();
        let scale = self.minor_per_major().unsigned_abs();
        let digits = self.exponent() as usize;
        if digits == 0 {
            return format!("{sign}{abs}");
        }
        format!("{sign}{}.{:0digits$}", abs / scale, abs % scale)
    }

    /// Formats an amount for a sentence in `language`: `$1,800` / `R$ 1.800` / `1.800 €`.
    /// Whole amounts drop the minor digits, as people write them in conversation.
    pub fn format(&self, minor: i64, language: Language) -> String {
        let negative = minor < 0;
        let abs = minor.unsigned_abs();
        let scale = self.minor_per_major() as u64;
        let (whole, frac) = (abs / scale, abs % scale);
        let (group_sep, decimal_sep) = match language {
            Language::En => (',', '.'),
            Language::Pt | Language::Es => ('.', ','),
        };
        let mut digits = group_thousands(whole, group_sep);
        if frac != 0 {
            digits.push(decimal_sep);
            digits.push_str(&format!("{frac:0width$}", width = self.exponent() as usize));
        }
        let sign = if negative { "-" } else { "" };
        match (self.symbol(), language) {
            (Some(sym), Language::En) => format!("{sign}{sym}{digits}"),
            (Some(sym), Language::Pt) => format!("{sign}{sym} {digits}"),
            (Some(sym), Language::Es) => format!("{sign}{digits} {sym}"),
            (None, _) => format!("{sign}{digits} {}", self.code()),
        }
    }
}

fn group_thousands(value: u64, sep: char) -> String {
    let raw = value.to_string();
    let mut out = String::with_capacity(raw.len() + raw.len() / 3);
    for (i, ch) in raw.chars().enumerate() {
        if i > 0 && (raw.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

impl Default for Currency {
    fn default() -> Self {
        Currency::USD
    }
}

impl std::fmt::Display for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Currency::parse("currency", &raw).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_major_to_minor_without_float_noise() {
        let usd = Currency::USD;
        assert_eq!(usd.minor_from_major("x", 5000.0), Ok(500_000));
        assert_eq!(usd.minor_from_major("x", 0.1 + 0.2), Ok(30));
        assert_eq!(usd.minor_from_major("x", 19.999), Ok(2000));
        let jpy = Currency::parse("c", "jpy").expect("valid");
        assert_eq!(jpy.minor_from_major("x", 1500.4), Ok(1500));
        assert!(usd.minor_from_major("x", -1.0).is_err());
        assert!(usd.minor_from_major("x", f64::NAN).is_err());
    }

    #[test]
    fn major_numbers_are_integers_when_whole() {
        assert_eq!(Currency::USD.major_from_minor(180_000).to_string(), "1800");
        assert_eq!(Currency::USD.major_from_minor(4550).to_string(), "45.5");
    }

    #[test]
    fn formats_per_language() {
        assert_eq!(Currency::USD.format(180_000, Language::En), "$1,800");
        assert_eq!(Currency::BRL.format(180_050, Language::Pt), "R$ 1.800,50");
        assert_eq!(Currency::EUR.format(123_456_700, Language::Es), "1.234.567 €");
        let chf = Currency::parse("c", "CHF").expect("valid");
        assert_eq!(chf.format(500, Language::En), "5 CHF");
    }

    #[test]
    fn rejects_bad_codes() {
        assert!(Currency::parse("currency", "US").is_err());
        assert!(Currency::parse("currency", "U$D").is_err());
    }
}
