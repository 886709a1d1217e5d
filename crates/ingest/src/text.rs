//! Text normalisation shared by the parsers: case and accent folding, so "Açúcar", "ACUCAR" and
//! "acucar" match the same dictionary entry.

pub use ozzie_core::text::{fold, words};

use regex::Regex;

/// A constant pattern, compiled; the readers' patterns are constants checked by their tests, and
/// this keeps a bad edit from panicking at run time (it matches nothing instead).
pub(crate) fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|_| unreachable_regex())
}

/// A pattern that matches nothing.
pub(crate) fn unreachable_regex() -> Regex {
    Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!("a constant, valid pattern"))
}


/// What a transaction with no readable description is called: every stored one has some text.
pub const NO_DESCRIPTION: &str = "(no description)";

/// The first of `candidates` (payee, memo, …) that still says something once tidied (or a later
/// one that is the whole of it), else [`NO_DESCRIPTION`].
pub fn description_of<'a>(candidates: impl IntoIterator<Item = &'a str>) -> String {
    let mut said = candidates.into_iter().map(|c| tidy(c, 200)).filter(|d| !d.is_empty());
    let Some(first) = said.next() else { return NO_DESCRIPTION.to_string() };
    // A name cut short (OFX allows 32 characters: "Debit Card Purchase - HARRIS TEE") with the
    // whole of it in the memo: the memo.
    let cut_short = |whole: &String| whole.len() > first.len() && whole.get(..first.len()).is_some_and(|head| head.eq_ignore_ascii_case(&first));
    said.find(cut_short).unwrap_or(first)
}

/// Trims, collapses inner whitespace and caps the length of a description.
pub fn tidy(input: &str, max_chars: usize) -> String {
    // Most descriptions are already tidy: no copy-and-join for them.
    let already = !input.starts_with(char::is_whitespace)
        && !input.ends_with(char::is_whitespace)
        && !input.contains("  ")
        && !input.contains(char::is_control)
        && input.len() <= max_chars;
    if already {
        return input.to_string();
    }
    // Control characters (NUL, backspace… from a damaged file or OCR) are dropped, not shown.
    let visible: String = input.chars().filter(|c| !c.is_control() || c.is_whitespace()).collect();
    let joined = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.chars().take(max_chars).collect()
}

/// Does `haystack` contain `needle` (lowercase ASCII) in any letter case? Without allocating:
/// a cheap first test run on every row of a file.
pub fn contains_ignoring_ascii_case(haystack: &str, needle: &str) -> bool {
    let needle = needle.as_bytes();
    !needle.is_empty() && haystack.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

/// Upper-cases the first letter ("groceries at whole foods" → "Groceries at whole foods").
pub fn capitalize(input: &str) -> String {
    let mut chars = input.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_cut_short_gives_way_to_the_whole_of_it() {
        assert_eq!(description_of(["Debit Card Purchase - HARRIS TEE", "Debit Card Purchase - HARRIS TEETER #0231 RALEIGH NC"]), "Debit Card Purchase - HARRIS TEETER #0231 RALEIGH NC");
        assert_eq!(description_of(["ACME PAYROLL", "DIRECT DEP"]), "ACME PAYROLL");
        assert_eq!(description_of(["  ", "", "DEBIT"]), "DEBIT");
        assert_eq!(description_of(["ÁÉ", "áé x"]), "ÁÉ");
    }

    #[test]
    fn folds_and_splits_words() {
        assert_eq!(fold("Pão de Açúcar"), "pao de acucar");
        assert_eq!(words("PAG*Pão-de-Açúcar 123"), " pag pao de acucar 123 ");
        assert_eq!(tidy("  a   b\tc ", 10), "a b c");
        assert_eq!(capitalize("ônibus"), "Ônibus");
    }
}
