//! What every fuzz target shares: the first input byte picks the language, currency and today the
//! parser runs with; the rest is the input. Beyond not panicking, each target checks that every
//! transaction a parser yields could be stored as it is (`ozzie_ingest::check_storable`), since
//! one row the store refused would fail a whole all-or-nothing import.

use chrono::{Days, NaiveDate};
use ozzie_core::{Currency, Language};
use ozzie_ingest::{check_storable, Context, Parse};

/// The context picked by `data[0]`, and the input after it.
pub fn split(data: &[u8]) -> Option<(Context, &[u8])> {
    let (&pick, input) = data.split_first()?;
    let language = [Language::En, Language::Pt, Language::Es][usize::from(pick % 3)];
    let currency = [Currency::USD, Currency::BRL, Currency::EUR, Currency::GBP, Currency::MXN][usize::from(pick / 3 % 5)];
    let today = NaiveDate::from_ymd_opt(2025, 1, 1)? + Days::new(u64::from(pick) * 7);
    Some((Context { language, currency, today }, input))
}

/// Panics (a finding) when a parsed transaction breaks a rule of stored transactions.
pub fn check(parse: &Parse, ctx: &Context) {
    for t in &parse.transactions {
        if let Err(problem) = check_storable(t) {
            panic!("{problem}: {t:?} (context {ctx:?})");
        }
    }
}
