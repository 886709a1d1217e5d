//! The ingestion commands: `parse` (no database), `tx add "sentence"`, `tx import FILE…` with a
//! progress bar and a summary, and `ingest-report`.

use std::io::IsTerminal;
use std::time::Duration;

use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressStyle};
use ozzie_core::wire::{ParsedListView, ParsedTransactionView, TransactionListView, TransactionView};
use ozzie_core::{Currency, DomainError, Language};
use ozzie_engine::ingestion::{parse_bytes, preview, Channel, ImportProgress, SubmitTransactionsInput};
use ozzie_engine::{Engine, EngineError, UserRef};
use ozzie_ingest::detect::{detect, Kind};
use ozzie_ingest::golden::evaluate;
use ozzie_ingest::Context;
use serde::Serialize;

use crate::args::{ImportArgs, ParseArgs, ReportArgs};
use crate::{human, Output};

fn kind_flag(raw: Option<&str>) -> Result<Option<Kind>, EngineError> {
    raw.map(|k| {
        Kind::parse(k).ok_or_else(|| DomainError::validation("type", format!("'{k}' is not a type; use text, image, pdf, spreadsheet, ofx or qif")).into())
    })
    .transpose()
}

/// `ozzie parse`: reads and prints, stores nothing.
pub fn parse(a: ParseArgs, out: &Output) -> Result<(), EngineError> {
    let language = match a.language.as_deref() {
        Some(l) => Language::parse("language", l)?,
        None => Language::En,
    };
    let currency = match a.currency.as_deref() {
        Some(c) => Currency::parse("currency", c)?,
        None => language.pick(Currency::USD, Currency::BRL, Currency::EUR),
    };
    let today = match a.today.as_deref().or(std::env::var("OZZIE_TODAY").ok().as_deref()) {
        Some(t) => NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| DomainError::validation("today", format!("'{t}' is not a date; use YYYY-MM-DD")))?,
        None => chrono::Local::now().date_naive(),
    };
    let ctx = Context { language, currency, today };
    let (bytes, name) = match &a.file {
        Some(path) => (
            std::fs::read(path).map_err(|e| DomainError::validation("file", format!("{}: {e}", path.display())))?,
            path.file_name().map(|n| n.to_string_lossy().into_owned()),
        ),
        None => (a.text.join(" ").into_bytes(), None),
    };
    let kind = match kind_flag(a.kind.as_deref())? {
        Some(k) => k,
        None if a.file.is_none() || a.lines => Kind::Text,
        None => detect(&bytes, name.as_deref()),
    };
    let (items, diagnostics) = if a.lines {
        if kind != Kind::Text {
            return Err(DomainError::validation("lines", "reads text messages; leave --type out or use --type text").into());
        }
        let mut all = (Vec::new(), Vec::new());
        for (n, line) in String::from_utf8_lossy(&bytes).lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let (items, diagnostics) = preview(Kind::Text, line.as_bytes(), &ctx, Channel::App)?;
            all.0.extend(items);
            all.1.extend(diagnostics.into_iter().map(|d| format!("line {}: {d}", n + 1)));
        }
        all
    } else {
        preview(kind, &bytes, &ctx, Channel::App)?
    };
    let view = ParsedListView { transactions: items.iter().map(ParsedTransactionView::from).collect(), diagnostics };
    out.print("transaction_list", &view, |v| human::previews(v, language))
}

/// `ozzie tx add "coffee $5 and lunch $15"`.
pub fn add_text(engine: &mut Engine, who: &UserRef, text: String, out: &Output) -> Result<(), EngineError> {
    let input = SubmitTransactionsInput { kind: Some("text".into()), content: Some(text), ..Default::default() };
    let submitted = engine.submit_transactions(who, input, Channel::App)?;
    let user = engine.user(who)?;
    let view = TransactionListView { transactions: submitted.transactions.iter().map(TransactionView::from).collect() };
    out.print("transaction_list", &view, |v| human::transactions(&v.transactions, None, &user))
}

#[derive(Serialize)]
struct ImportView {
    file: String,
    kind: &'static str,
    import_id: String,
    parsed: u64,
    imported: u64,
    duplicates: u64,
    low_confidence: u64,
    skipped: u64,
    diagnostics: Vec<String>,
}

fn bar(total: u64, name: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() || total < 256 * 1024 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec} · {prefix} rows · {eta} left")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(name.to_string());
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// `ozzie tx import FILE…`: each file is its own all-or-nothing import.
pub fn import(engine: &mut Engine, who: &UserRef, a: ImportArgs, out: &Output) -> Result<(), EngineError> {
    let kind = kind_flag(a.kind.as_deref())?;
    let mut views = Vec::new();
    for path in &a.files {
        let total = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        let name = path.display().to_string();
        let bar = bar(total, &name);
        let report = engine.import_file(who, path, kind, &mut |p: ImportProgress| {
            bar.set_position(p.bytes_read);
            bar.set_prefix(p.rows.to_string());
            if p.saving {
                bar.set_message(format!("{name}: saving (indexing, writing the encrypted database)"));
            }
        });
        bar.finish_and_clear();
        let report = report?;
        let s = &report.summary;
        views.push(ImportView {
            file: name,
            kind: report.kind.as_str(),
            import_id: s.import_id.clone(),
            parsed: s.parsed,
            imported: s.imported,
            duplicates: s.duplicates,
            low_confidence: s.low_confidence,
            skipped: report.diagnostics.len() as u64 + report.more_diagnostics,
            diagnostics: report.diagnostics,
        });
    }
    out.print("import_list", &serde_json::json!({ "imports": views }), |_| {
        views
            .iter()
            .map(|v| {
                let mut text = format!(
                    "{}: {} imported, {} duplicates skipped, {} to review (low confidence), {} rows not read ({})",
                    v.file, v.imported, v.duplicates, v.low_confidence, v.skipped, v.kind
                );
                for d in v.diagnostics.iter().take(5) {
                    text.push_str(&format!("\n  - {d}"));
                }
                if v.skipped > 5 {
                    text.push_str(&format!("\n  … and {} more", v.skipped - 5));
                }
                text
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// `ozzie ingest-report`: accuracy per language and per format on a corpus.
pub fn report(a: ReportArgs, out: &Output) -> Result<(), EngineError> {
    let report = evaluate(&a.fixtures, &|kind, bytes, _name, ctx| parse_bytes(kind, bytes, ctx).ok().map(|(p, _)| p))
        .map_err(|e| DomainError::validation("fixtures", e))?;
    let groups: Vec<_> = report
        .groups()
        .map(|(g, ok, n)| serde_json::json!({"group": g, "right": ok, "total": n, "accuracy": if n == 0 { 0.0 } else { ok as f64 / n as f64 }}))
        .collect();
    out.print("ingest_report", &serde_json::json!({"groups": groups, "misses": report.failures}), |_| {
        let mut text = report.to_string();
        if a.misses {
            for f in &report.failures {
                text.push_str(&format!("MISS {f}\n"));
            }
        }
        text
    })
}
