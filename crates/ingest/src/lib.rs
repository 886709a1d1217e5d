//! Ozzie Local's offline ingestion: turns what people have — a sentence, a bank export, an OFX or
//! QIF file, a statement's text, a receipt's OCR text — into transactions, with a confidence for
//! each and diagnostics for what was skipped, in English, Portuguese and Spanish.
//!
//! Pure functions over `&str` / `&[u8]` (and one streaming reader for large spreadsheets):
//! reading files, extracting PDF text and running OCR happen at the edge, in the engine.
//! Parsers never panic on user input; what they cannot read comes back as a [`Diagnostic`].

pub mod amount;
pub mod categorize;
pub mod dates;
pub mod detect;
pub mod golden;
mod merchants_regional;
pub mod ofx;
pub mod qif;
pub mod receipt;
pub mod sentence;
pub mod spreadsheet;
pub mod statement;
pub mod text;
pub mod vocabulary;

use chrono::NaiveDate;
use ozzie_core::transaction::Category;
use ozzie_core::{Currency, Language};

/// What every parser needs to know about the person and the moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    pub language: Language,
    /// The user's currency, used when the input names none.
    pub currency: Currency,
    /// The day the input was given: resolves "yesterday", and the year of statements that omit it.
    pub today: NaiveDate,
}

/// One transaction read from an input.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub amount_cents: i64,
    pub currency: Currency,
    /// `Income` for money in; otherwise the spending category.
    pub category: Category,
    pub description: String,
    pub transaction_date: NaiveDate,
    /// 0.0–1.0: > 0.85 sure, 0.6–0.85 worth confirming, < 0.6 ambiguous.
    pub confidence: f64,
    /// The bank's own id for the transaction (OFX FITID, a CSV id column), for de-duplication.
    pub external_id: Option<String>,
}

impl Parsed {
    pub fn is_income(&self) -> bool {
        self.category == Category::Income
    }
}

/// Whether a parsed transaction could be stored as it is: the rules of every stored transaction
/// (`NewTransaction::validate`), a description with no control characters, and an amount no
/// larger than money fields accept
/// (`MAX_MAJOR_AMOUNT`), so sums over a person's history cannot overflow. Imports are all or
/// nothing, so one row breaking this would lose the whole file: the property tests and the fuzz
/// targets hold every parser to it.
pub fn check_storable(t: &Parsed) -> Result<(), String> {
    if t.description.contains(char::is_control) {
        return Err(format!("description {:?} holds control characters", t.description));
    }
    if !t.confidence.is_finite() {
        return Err(format!("confidence {} is not a number", t.confidence));
    }
    let whole_units = t.amount_cents / t.currency.minor_per_major().max(1);
    if whole_units as f64 > ozzie_core::money::MAX_MAJOR_AMOUNT {
        return Err(format!("amount {} {} is over the largest amount accepted", t.amount_cents, t.currency.code()));
    }
    let row = ozzie_core::transaction::NewTransaction {
        amount_cents: t.amount_cents,
        currency: t.currency,
        category: t.category,
        description: t.description.clone(),
        transaction_date: t.transaction_date,
        source: ozzie_core::transaction::Source::ApiText,
        ai_confidence: t.confidence,
    };
    row.validate().map(drop).map_err(|e| e.to_string())
}

/// Something an input contained that did not become a transaction, or a doubt about one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// 1-based line (or record) of the input, when it has lines.
    pub line: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    pub fn at(line: usize, message: impl Into<String>) -> Self {
        Diagnostic { line: Some(line), message: message.into() }
    }

    pub fn general(message: impl Into<String>) -> Self {
        Diagnostic { line: None, message: message.into() }
    }
}

/// The transactions read from one input, and what was skipped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parse {
    pub transactions: Vec<Parsed>,
    pub diagnostics: Vec<Diagnostic>,
}
