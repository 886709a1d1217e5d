//! Comparing parses with the golden corpus (`tests/fixtures/ingest/`, its README defines the
//! format): what "exactly right" means for a sentence and for a file, the accuracy table, and
//! [`evaluate`], the corpus walker shared by the tests and `ozzie ingest-report`. (The walker reads
//! the corpus from disk — the one place in this crate that does IO — and leaves reading each file
//! kind to the caller, so PDF and OCR extraction stay at the edge.)

use std::collections::BTreeMap;
use std::path::Path;

use crate::detect::{detect, Kind};
use crate::sentence;

use chrono::NaiveDate;
use ozzie_core::{Currency, Language};
use serde::Deserialize;

use crate::{Context, Parse};

#[derive(Debug, Clone, Deserialize)]
pub struct ExpectedSentenceTx {
    pub amount_cents: i64,
    pub currency: Option<String>,
    pub category: String,
    pub transaction_date: String,
}

/// One line of `sentences/{lang}.jsonl`.
#[derive(Debug, Clone, Deserialize)]
pub struct SentenceCase {
    pub text: String,
    pub today: String,
    pub currency: String,
    pub expected: Vec<ExpectedSentenceTx>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ExpectedFileTx {
    pub transaction_date: String,
    pub amount_cents: i64,
    pub income: bool,
    pub currency: Option<String>,
    pub description_contains: Option<String>,
}

/// `files/<name>.expected.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct FileCase {
    pub today: String,
    pub currency: String,
    #[serde(default)]
    pub language: Option<String>,
    pub transactions: Vec<ExpectedFileTx>,
}

fn context(today: &str, currency: &str, language: Language) -> Result<Context, String> {
    Ok(Context {
        language,
        currency: Currency::parse("currency", currency).map_err(|e| e.to_string())?,
        today: NaiveDate::parse_from_str(today, "%Y-%m-%d").map_err(|e| format!("today {today}: {e}"))?,
    })
}

impl SentenceCase {
    pub fn context(&self, language: Language) -> Result<Context, String> {
        context(&self.today, &self.currency, language)
    }

    /// `Ok` when the parse is exactly right; otherwise what differs.
    pub fn check(&self, parse: &Parse) -> Result<(), String> {
        let got: Vec<String> = parse
            .transactions
            .iter()
            .map(|t| format!("{} {} {} {}", t.amount_cents, t.currency.code(), t.category.as_str(), t.transaction_date))
            .collect();
        let want: Vec<String> = self
            .expected
            .iter()
            .map(|e| format!("{} {} {} {}", e.amount_cents, e.currency.as_deref().unwrap_or(&self.currency), e.category, e.transaction_date))
            .collect();
        if got == want {
            Ok(())
        } else {
            Err(format!("want [{}] got [{}]", want.join(" | "), got.join(" | ")))
        }
    }
}

impl FileCase {
    pub fn context(&self) -> Result<Context, String> {
        let language = match self.language.as_deref() {
            Some(l) => Language::parse("language", l).map_err(|e| e.to_string())?,
            None => match self.currency.as_str() {
                "BRL" => Language::Pt,
                "EUR" | "MXN" => Language::Es,
                _ => Language::En,
            },
        };
        context(&self.today, &self.currency, language)
    }

    /// `Ok` when the parse is exactly this file's transactions, otherwise what differs: count,
    /// dates, amounts, direction and currency, in order, and each description holding the
    /// expected text (case and runs of spaces aside: "IRS  TREAS 310" reads the same with one).
    pub fn check(&self, parse: &Parse) -> Result<(), String> {
        let got = &parse.transactions;
        if got.len() != self.transactions.len() {
            return Err(format!("want {} transactions, got {}", self.transactions.len(), got.len()));
        }
        for (n, (t, e)) in got.iter().zip(&self.transactions).enumerate() {
            let currency = e.currency.as_deref().unwrap_or(&self.currency);
            let same = t.transaction_date.to_string() == e.transaction_date
                && t.amount_cents == e.amount_cents
                && t.is_income() == e.income
                && t.currency.code() == currency
                && e.description_contains.as_deref().is_none_or(|d| comparable(&t.description).contains(&comparable(d)));
            if !same {
                return Err(format!(
                    "row {}: want {} {} {} {} '{}', got {} {} {} {} '{}'",
                    n + 1,
                    e.transaction_date,
                    e.amount_cents,
                    if e.income { "in" } else { "out" },
                    currency,
                    e.description_contains.as_deref().unwrap_or(""),
                    t.transaction_date,
                    t.amount_cents,
                    if t.is_income() { "in" } else { "out" },
                    t.currency.code(),
                    t.description
                ));
            }
        }
        Ok(())
    }
}

/// Exactly-right counts per group (a language, a file format).
#[derive(Debug, Clone, Default)]
pub struct Report {
    groups: BTreeMap<String, (usize, usize)>,
    pub failures: Vec<String>,
}

impl Report {
    pub fn record(&mut self, group: &str, name: &str, outcome: Result<(), String>) {
        let entry = self.groups.entry(group.to_string()).or_default();
        entry.1 += 1;
        match outcome {
            Ok(()) => entry.0 += 1,
            Err(why) => self.failures.push(format!("[{group}] {name}: {why}")),
        }
    }

    /// (right, total) of a group.
    pub fn group(&self, group: &str) -> (usize, usize) {
        self.groups.get(group).copied().unwrap_or_default()
    }

    pub fn groups(&self) -> impl Iterator<Item = (&str, usize, usize)> {
        self.groups.iter().map(|(g, (ok, n))| (g.as_str(), *ok, *n))
    }

    /// Accuracy of a set of groups taken together.
    pub fn accuracy(&self, prefix: &str) -> f64 {
        let (ok, n) = self.groups.iter().filter(|(g, _)| g.starts_with(prefix)).fold((0, 0), |(a, b), (_, (ok, n))| (a + ok, b + n));
        if n == 0 { 0.0 } else { ok as f64 / n as f64 }
    }
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{:<24} {:>7} {:>7} {:>9}", "GROUP", "RIGHT", "TOTAL", "ACCURACY")?;
        for (group, ok, n) in self.groups() {
            let pct = if n == 0 { 0.0 } else { 100.0 * ok as f64 / n as f64 };
            writeln!(f, "{group:<24} {ok:>7} {n:>7} {pct:>8.1}%")?;
        }
        for (label, prefix) in [("sentences (all)", "sentences/"), ("files (all)", "files/")] {
            let (ok, n) = self.groups.iter().filter(|(g, _)| g.starts_with(prefix)).fold((0, 0), |(a, b), (_, (ok, n))| (a + ok, b + n));
            if n > 0 {
                writeln!(f, "{label:<24} {ok:>7} {n:>7} {:>8.1}%", 100.0 * ok as f64 / n as f64)?;
            }
        }
        Ok(())
    }
}

/// Walks a corpus directory (`sentences/{en,pt,es}.jsonl`, `files/*` with `*.expected.json`) and
/// scores every case. `parse_file` reads one file of a kind (None: the kind cannot be read here,
/// and the case is left out of the score).
/// Reads one corpus file of a kind (the caller decides how PDFs and images become text).
pub type FileParser<'a> = &'a dyn Fn(Kind, &[u8], &str, &Context) -> Option<Parse>;

pub fn evaluate(dir: &Path, parse_file: FileParser<'_>) -> Result<Report, String> {
    let mut report = Report::default();
    for (lang, code) in [(Language::En, "en"), (Language::Pt, "pt"), (Language::Es, "es")] {
        let path = dir.join("sentences").join(format!("{code}.jsonl"));
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let case: SentenceCase = serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
            let ctx = case.context(lang)?;
            let outcome = case.check(&sentence::parse(&case.text, &ctx));
            report.record(&format!("sentences/{code}"), &format!("{code}:{} {:?}", n + 1, case.text), outcome);
        }
    }
    let files = dir.join("files");
    let mut entries: Vec<_> = match std::fs::read_dir(&files) {
        Ok(rd) => rd.flatten().map(|e| e.path()).collect(),
        Err(_) => Vec::new(),
    };
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
        if name.ends_with(".expected.json") || name.starts_with('.') {
            continue;
        }
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
        let Ok(json) = std::fs::read_to_string(files.join(format!("{stem}.expected.json"))) else { continue };
        let case: FileCase = serde_json::from_str(&json).map_err(|e| format!("{stem}.expected.json: {e}"))?;
        let ctx = case.context()?;
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let kind = detect(&bytes, Some(&name));
        if let Some(parse) = parse_file(kind, &bytes, &name, &ctx) {
            report.record(&format!("files/{}", kind.as_str()), &name, case.check(&parse));
        }
    }
    Ok(report)
}

/// Text as a description is compared: lowercased, every run of spaces one space.
fn comparable(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}
