//! Transactions: the seed's ten categories and its sources, and the list query.
//!
//! `amount_cents` is always positive; money coming in is the `income` category (salary, refunds),
//! as in the seed. Listing is ordered by `transaction_date` descending, then by id descending so
//! that pages never skip or repeat rows that share a date (see [`Cursor`]).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use schemars::JsonSchema;

use crate::error::{DomainError, DomainResult};
use crate::intake::parse_date;
use crate::language::Language;
use crate::money::Currency;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Food,
    Transport,
    Housing,
    Utilities,
    Health,
    Entertainment,
    Education,
    Clothing,
    Income,
    Other,
}

impl Category {
    pub const ALL: [Category; 10] = [
        Category::Food,
        Category::Transport,
        Category::Housing,
        Category::Utilities,
        Category::Health,
        Category::Entertainment,
        Category::Education,
        Category::Clothing,
        Category::Income,
        Category::Other,
    ];

    /// The category's name as people read it.
    pub fn label(self, lang: Language) -> &'static str {
        match self {
            Category::Food => lang.pick("Food", "Alimentação", "Comida"),
            Category::Transport => lang.pick("Transport", "Transporte", "Transporte"),
            Category::Housing => lang.pick("Housing", "Moradia", "Vivienda"),
            Category::Utilities => lang.pick("Utilities", "Contas da casa", "Suministros"),
            Category::Health => lang.pick("Health", "Saúde", "Salud"),
            Category::Entertainment => lang.pick("Entertainment", "Lazer", "Ocio"),
            Category::Education => lang.pick("Education", "Educação", "Educación"),
            Category::Clothing => lang.pick("Clothing", "Roupas", "Ropa"),
            Category::Income => lang.pick("Income", "Receita", "Ingreso"),
            Category::Other => lang.pick("Other", "Outros", "Otros"),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Food => "food",
            Category::Transport => "transport",
            Category::Housing => "housing",
            Category::Utilities => "utilities",
            Category::Health => "health",
            Category::Entertainment => "entertainment",
            Category::Education => "education",
            Category::Clothing => "clothing",
            Category::Income => "income",
            Category::Other => "other",
        }
    }

    pub fn parse(field: &str, raw: &str) -> DomainResult<Category> {
        let wanted = raw.trim().to_ascii_lowercase();
        Category::ALL.into_iter().find(|c| c.as_str() == wanted).ok_or_else(|| {
            DomainError::validation(
                field,
                format!(
                    "'{raw}' is not a category; use one of {}",
                    Category::ALL.map(Category::as_str).join(", ")
                ),
            )
        })
    }
}

/// How a transaction reached Ozzie. The first six are the seed's (its REST API and WhatsApp);
/// the rest are this app's own ways in: `manual` (typed field by field), `app_text` /
/// `app_image` (a sentence or a receipt photo given to the app), and `file_*` (an imported file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    WhatsappText,
    WhatsappImage,
    ApiText,
    ApiImage,
    ApiPdf,
    ApiSpreadsheet,
    Manual,
    AppText,
    AppImage,
    FileSpreadsheet,
    FilePdf,
    FileOfx,
    FileQif,
}

impl Source {
    pub const ALL: [Source; 13] = [
        Source::WhatsappText,
        Source::WhatsappImage,
        Source::ApiText,
        Source::ApiImage,
        Source::ApiPdf,
        Source::ApiSpreadsheet,
        Source::Manual,
        Source::AppText,
        Source::AppImage,
        Source::FileSpreadsheet,
        Source::FilePdf,
        Source::FileOfx,
        Source::FileQif,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Source::WhatsappText => "whatsapp_text",
            Source::WhatsappImage => "whatsapp_image",
            Source::ApiText => "api_text",
            Source::ApiImage => "api_image",
            Source::ApiPdf => "api_pdf",
            Source::ApiSpreadsheet => "api_spreadsheet",
            Source::Manual => "manual",
            Source::AppText => "app_text",
            Source::AppImage => "app_image",
            Source::FileSpreadsheet => "file_spreadsheet",
            Source::FilePdf => "file_pdf",
            Source::FileOfx => "file_ofx",
            Source::FileQif => "file_qif",
        }
    }

    pub fn parse(raw: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.as_str() == raw)
    }
}

const MAX_DESCRIPTION_LEN: usize = 500;

/// A transaction ready to store (already structured: parsed, or typed field by field).
#[derive(Debug, Clone, PartialEq)]
pub struct NewTransaction {
    pub amount_cents: i64,
    pub currency: Currency,
    pub category: Category,
    pub description: String,
    pub transaction_date: NaiveDate,
    pub source: Source,
    pub ai_confidence: f64,
}

impl NewTransaction {
    /// Checks the invariants every stored transaction keeps.
    pub fn validate(self) -> DomainResult<NewTransaction> {
        if self.amount_cents <= 0 {
            return Err(DomainError::validation(
                "amount_cents",
                "must be a positive whole number of cents; money coming in uses the category \"income\"",
            ));
        }
        let description = self.description.trim().to_string();
        if description.is_empty() {
            return Err(DomainError::validation("description", "must not be empty"));
        }
        if description.chars().count() > MAX_DESCRIPTION_LEN {
            return Err(DomainError::validation(
                "description",
                format!("must be at most {MAX_DESCRIPTION_LEN} characters"),
            ));
        }
        if !(0.0..=1.0).contains(&self.ai_confidence) {
            return Err(DomainError::validation("ai_confidence", "must be between 0.0 and 1.0"));
        }
        Ok(NewTransaction { description, ..self })
    }
}

/// Most rows in one batch request.
pub const MAX_BATCH_ROWS: usize = 1_000;

/// `POST /users/{id}/transactions/batch` (Ozzie Local): rows another device already read, stored
/// as given. Each carries the sender's id for it, so a resent batch stores nothing twice.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
pub struct BatchInput {
    /// 1 to 1,000 rows.
    #[schemars(required, length(min = 1, max = 1000))]
    pub transactions: Option<Vec<BatchTransactionInput>>,
}

/// One row of a batch.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
pub struct BatchTransactionInput {
    /// The sender's id for this row (e.g. its own `ozz_txn_…`); a row whose id this user already
    /// has answers with the stored transaction.
    #[schemars(required, length(min = 1, max = 100))]
    pub id: Option<String>,
    #[schemars(required)]
    pub amount_cents: Option<i64>,
    pub currency: Option<String>,
    pub category: Option<Category>,
    pub description: Option<String>,
    /// YYYY-MM-DD; today when absent.
    pub transaction_date: Option<String>,
    /// Where the sender got it (`manual` when absent).
    pub source: Option<String>,
    /// 0.0 to 1.0 (1.0 when absent).
    pub ai_confidence: Option<f64>,
}

impl BatchInput {
    /// Every row checked; the first bad one names its position.
    pub fn validate(self, default_currency: Currency, today: NaiveDate) -> DomainResult<Vec<(String, NewTransaction)>> {
        let rows = self.transactions.unwrap_or_default();
        if rows.is_empty() || rows.len() > MAX_BATCH_ROWS {
            return Err(DomainError::validation("transactions", format!("must hold 1 to {MAX_BATCH_ROWS} rows")));
        }
        rows.into_iter()
            .enumerate()
            .map(|(n, row)| {
                row.validate(default_currency, today).map_err(|e| match e {
                    DomainError::Validation { field, message } => DomainError::validation(format!("transactions[{n}].{field}"), message),
                    other => other,
                })
            })
            .collect()
    }
}

impl BatchTransactionInput {
    fn validate(self, default_currency: Currency, today: NaiveDate) -> DomainResult<(String, NewTransaction)> {
        let id = self.id.map(|i| i.trim().to_string()).filter(|i| !i.is_empty() && i.chars().count() <= 100).ok_or_else(|| DomainError::validation("id", "is required: the sender's own id for the row, at most 100 characters"))?;
        let typed = ManualTransactionInput {
            amount_cents: self.amount_cents,
            currency: self.currency,
            category: self.category.map(|c| c.as_str().to_string()),
            description: self.description,
            transaction_date: self.transaction_date,
        }
        .validate(default_currency, today)?;
        let source = match self.source {
            None => Source::Manual,
            Some(raw) => Source::parse(&raw).ok_or_else(|| DomainError::validation("source", format!("'{raw}' is not a source the API lists")))?,
        };
        let item = NewTransaction { source, ai_confidence: self.ai_confidence.unwrap_or(1.0), ..typed }.validate()?;
        Ok((id, item))
    }
}

/// A transaction typed field by field (`ozzie tx add --amount-cents …`, a form in the app).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ManualTransactionInput {
    pub amount_cents: Option<i64>,
    pub currency: Option<String>,
    pub category: Option<String>,
    pub description: Option<String>,
    pub transaction_date: Option<String>,
}

impl ManualTransactionInput {
    /// Validates with the user's currency and today's date as defaults; the category defaults to
    /// `other` and the confidence is 1.0 (a person typed it).
    pub fn validate(self, default_currency: Currency, today: NaiveDate) -> DomainResult<NewTransaction> {
        NewTransaction {
            amount_cents: self
                .amount_cents
                .ok_or_else(|| DomainError::validation("amount_cents", "is required, in cents: 4500 is 45.00"))?,
            currency: match self.currency {
                Some(c) => Currency::parse("currency", &c)?,
                None => default_currency,
            },
            category: match self.category {
                Some(c) => Category::parse("category", &c)?,
                None => Category::Other,
            },
            description: self.description.unwrap_or_default(),
            transaction_date: match self.transaction_date {
                Some(d) => parse_date("transaction_date", &d)?,
                None => today,
            },
            source: Source::Manual,
            ai_confidence: 1.0,
        }
        .validate()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Transaction {
    pub id: String,
    pub user_id: String,
    pub tx: NewTransaction,
    pub created_at: DateTime<Utc>,
}

/// Do two descriptions name the same purchase? Used to recognise a transaction imported twice
/// (the same file again, or overlapping statements): equal after normalising, one containing the
/// other, or sharing at least half of their words. Numbers (card digits, store numbers) are ignored.
pub fn similar_descriptions(a: &str, b: &str) -> bool {
    fn norm(s: &str) -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
            .map(str::to_lowercase)
            .collect()
    }
    let (wa, wb) = (norm(a), norm(b));
    if wa.is_empty() || wb.is_empty() {
        return wa.is_empty() && wb.is_empty();
    }
    let (ja, jb) = (wa.join(" "), wb.join(" "));
    if ja == jb || ja.contains(&jb) || jb.contains(&ja) {
        return true;
    }
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    shared * 2 >= wa.len().max(wb.len())
}

pub const DEFAULT_PAGE_LIMIT: u32 = 50;
pub const MAX_PAGE_LIMIT: u32 = 200;

/// Where a page starts: strictly after this position in (date desc, id desc) order.
///
/// The seed documents the cursor as an ISO 8601 datetime ("returns transactions older than this
/// timestamp"). A transaction's timestamp is its date at 00:00 UTC, so a plain datetime or date
/// cursor returns the transactions dated strictly before it (`2025-05-20T10:00:00Z` still includes
/// the 20th). The cursors Ozzie hands out add the last row's id after a `~`
/// (`2025-05-03T00:00:00Z~ozz_txn_…`), which resumes inside a date without skipping or repeating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub date: NaiveDate,
    /// `None`: rows dated before `date`. `Some(id)`: rows dated `date` with a smaller id, then older.
    pub after_id: Option<String>,
    /// A plain datetime later than midnight includes that date itself.
    pub include_date: bool,
}

impl Cursor {
    pub fn after(tx: &Transaction) -> Cursor {
        Cursor { date: tx.tx.transaction_date, after_id: Some(tx.id.clone()), include_date: false }
    }

    pub fn encode(&self) -> String {
        let stamp = format!("{}T00:00:00Z", self.date.format("%Y-%m-%d"));
        match &self.after_id {
            Some(id) => format!("{stamp}~{id}"),
            None => stamp,
        }
    }

    pub fn parse(raw: &str) -> DomainResult<Cursor> {
        let bad = || {
            DomainError::validation(
                "cursor",
                format!("'{raw}' is not a cursor; pass back next_cursor, or an ISO 8601 datetime such as 2025-05-20T10:00:00Z"),
            )
        };
        let (stamp, id) = match raw.split_once('~') {
            Some((stamp, id)) if id.starts_with("ozz_txn_") && id.len() < 64 => (stamp, Some(id.to_string())),
            Some(_) => return Err(bad()),
            None => (raw, None),
        };
        if let Ok(at) = DateTime::parse_from_rfc3339(stamp.trim()) {
            let utc = at.with_timezone(&Utc);
            let date = utc.date_naive();
            let midnight = utc.time() == chrono::NaiveTime::MIN;
            return Ok(Cursor { date, include_date: id.is_none() && !midnight, after_id: id });
        }
        let date = NaiveDate::parse_from_str(stamp.trim(), "%Y-%m-%d").map_err(|_| bad())?;
        Ok(Cursor { date, after_id: id, include_date: false })
    }
}

/// The validated filters of `GET /transactions` (and `ozzie tx list`).
#[derive(Debug, Clone, PartialEq)]
pub struct TransactionQuery {
    pub limit: u32,
    pub cursor: Option<Cursor>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub categories: Vec<Category>,
    /// Only descriptions containing this text (case-insensitive).
    pub text: Option<String>,
    /// Only transactions whose reading needs a look: confidence under [`CONFIRM_BELOW`].
    pub needs_review: bool,
}

/// Below this confidence a transaction is shown for the user to confirm (the seed: > 0.85 is
/// high, 0.6–0.85 confirm, < 0.6 ambiguous).
pub const CONFIRM_BELOW: f64 = 0.85;

/// Ozzie Local: the body of `PATCH /v1/users/{id}/transactions/{transaction_id}`; the fields
/// given change. A person's correction is certain, so the edited transaction's confidence is 1.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(example = serde_json::json!({"category": "food", "amount_cents": 1250}))]
pub struct TransactionPatchInput {
    /// In cents of the transaction's currency (positive; money in is category "income").
    #[schemars(range(min = 1))]
    pub amount_cents: Option<i64>,
    #[schemars(extend("enum" = ["food", "transport", "housing", "utilities", "health", "entertainment", "education", "clothing", "income", "other"]))]
    pub category: Option<String>,
    #[schemars(length(min = 1, max = 500))]
    pub description: Option<String>,
    #[schemars(extend("format" = "date"))]
    pub transaction_date: Option<String>,
}

impl TransactionPatchInput {
    /// `current` with the patch applied and checked.
    pub fn apply(self, current: &NewTransaction) -> DomainResult<NewTransaction> {
        if self.amount_cents.is_none() && self.category.is_none() && self.description.is_none() && self.transaction_date.is_none() {
            return Err(DomainError::validation("body", "nothing to change: give amount_cents, category, description or transaction_date"));
        }
        let mut next = current.clone();
        if let Some(amount) = self.amount_cents {
            next.amount_cents = amount;
        }
        if let Some(raw) = self.category {
            next.category = Category::parse("category", &raw)?;
        }
        if let Some(description) = self.description {
            next.description = description;
        }
        if let Some(raw) = self.transaction_date {
            next.transaction_date = crate::intake::parse_date("transaction_date", &raw)?;
        }
        next.ai_confidence = 1.0;
        next.validate()
    }
}

/// The raw query as it arrives (strings), in the seed's names.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
pub struct TransactionQueryInput {
    /// Page size, 1 to 200 (default 50).
    #[schemars(regex(pattern = r"^[0-9]{1,3}$"))]
    pub limit: Option<String>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Only transactions on or after this date.
    #[schemars(extend("format" = "date"))]
    pub from: Option<String>,
    /// Only transactions on or before this date.
    #[schemars(extend("format" = "date"))]
    pub to: Option<String>,
    /// Only this category.
    #[schemars(extend("enum" = ["food", "transport", "housing", "utilities", "health", "entertainment", "education", "clothing", "income", "other"]))]
    pub category: Option<String>,
    /// Ozzie Local: only descriptions containing this text (case-insensitive).
    #[schemars(length(max = 200))]
    pub q: Option<String>,
    /// Ozzie Local: "true" lists only transactions to confirm (read with confidence under 0.85).
    #[schemars(extend("enum" = ["true", "false"]))]
    pub review: Option<String>,
}

impl TransactionQueryInput {
    pub fn validate(self) -> DomainResult<TransactionQuery> {
        let limit = match self.limit.as_deref().map(str::trim) {
            None | Some("") => DEFAULT_PAGE_LIMIT,
            Some(raw) => match raw.parse::<u32>() {
                Ok(n) if (1..=MAX_PAGE_LIMIT).contains(&n) => n,
                _ => {
                    return Err(DomainError::validation(
                        "limit",
                        format!("'{raw}' is out of range; use a whole number from 1 to {MAX_PAGE_LIMIT}"),
                    ))
                }
            },
        };
        let from = self.from.as_deref().map(|d| parse_date("from", d)).transpose()?;
        let to = self.to.as_deref().map(|d| parse_date("to", d)).transpose()?;
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                return Err(DomainError::validation("from", format!("{f} is after to ({t})")));
            }
        }
        let mut categories = Vec::new();
        for part in self.category.as_deref().unwrap_or("").split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let c = Category::parse("category", part)?;
            if !categories.contains(&c) {
                categories.push(c);
            }
        }
        let text = self.q.map(|q| q.trim().to_string()).filter(|q| !q.is_empty());
        if text.as_ref().is_some_and(|q| q.chars().count() > 200) {
            return Err(DomainError::validation("q", "must be at most 200 characters"));
        }
        let needs_review = match self.review.as_deref().map(str::trim) {
            None | Some("") | Some("false") => false,
            Some("true") => true,
            Some(other) => return Err(DomainError::validation("review", format!("'{other}' is not true or false"))),
        };
        Ok(TransactionQuery {
            limit,
            cursor: self.cursor.as_deref().filter(|c| !c.trim().is_empty()).map(Cursor::parse).transpose()?,
            from,
            to,
            categories,
            text,
            needs_review,
        })
    }
}

/// One page of transactions.
#[derive(Debug, Clone, PartialEq)]
pub struct TransactionPage {
    pub transactions: Vec<Transaction>,
    pub has_more: bool,
    pub next_cursor: Option<String>,
    pub total_count: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_defaults_and_limits() {
        let q = TransactionQueryInput::default().validate().expect("valid");
        assert_eq!(q.limit, 50);
        for bad in ["0", "201", "-1", "ten"] {
            let err = TransactionQueryInput { limit: Some(bad.into()), ..Default::default() }.validate().unwrap_err();
            assert_eq!(err.field(), Some("limit"), "{bad}");
        }
        let q = TransactionQueryInput { category: Some("food, transport,food".into()), ..Default::default() }
            .validate()
            .expect("valid");
        assert_eq!(q.categories, vec![Category::Food, Category::Transport]);
        let err = TransactionQueryInput { category: Some("food,pets".into()), ..Default::default() }.validate().unwrap_err();
        assert_eq!(err.field(), Some("category"));
        let err = TransactionQueryInput { from: Some("2025-13-01".into()), ..Default::default() }.validate().unwrap_err();
        assert_eq!(err.field(), Some("from"));
    }

    #[test]
    fn cursors_round_trip_and_accept_the_seed_form() {
        let c = Cursor::parse("2025-05-20T10:00:00Z").expect("seed cursor");
        assert_eq!(c.date, NaiveDate::from_ymd_opt(2025, 5, 20).expect("date"));
        assert!(c.include_date);
        let c = Cursor::parse("2025-05-03T00:00:00Z").expect("seed cursor");
        assert!(!c.include_date);
        let ours = Cursor { date: c.date, after_id: Some("ozz_txn_01ABC".into()), include_date: false };
        assert_eq!(Cursor::parse(&ours.encode()), Ok(ours));
        assert!(Cursor::parse("yesterday").is_err());
        assert!(Cursor::parse("2025-05-03~drop table").is_err());
    }

    #[test]
    fn descriptions_that_name_the_same_purchase() {
        assert!(similar_descriptions("WHOLEFDS MKT 10234", "WHOLEFDS MKT 10881"));
        assert!(similar_descriptions("Netflix", "NETFLIX.COM"));
        assert!(similar_descriptions("AMAZON MKTPLACE PMTS", "Amazon Mktplace pmts amzn.com/bill"));
        assert!(!similar_descriptions("Starbucks", "Shell Oil"));
        assert!(!similar_descriptions("", "Shell"));
    }

    #[test]
    fn amounts_must_be_positive() {
        let tx = NewTransaction {
            amount_cents: 0,
            currency: Currency::USD,
            category: Category::Food,
            description: "x".into(),
            transaction_date: NaiveDate::from_ymd_opt(2025, 5, 5).expect("date"),
            source: Source::Manual,
            ai_confidence: 1.0,
        };
        assert_eq!(tx.validate().unwrap_err().field(), Some("amount_cents"));
    }
}
