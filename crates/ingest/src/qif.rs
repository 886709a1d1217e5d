//! QIF (Quicken Interchange Format): `!Type:` sections of records ending with `^`; `D` date, `T`
//! (or `U`) signed amount, `P` payee, `M` memo. Dates come in many shapes (`05/03/2025`,
//! `5/ 3'25`, `03.05.2025`), so their order is inferred from all records, like a spreadsheet's.

use ozzie_core::transaction::Category;

use crate::amount::{parse_cell, DecimalMark};
use crate::categorize::categorize;
use crate::dates::{default_order, infer_order, parse_date};
use crate::text::description_of;
use crate::{Context, Diagnostic, Parse, Parsed};

#[derive(Default)]
struct Record {
    line: usize,
    date: Option<String>,
    amount: Option<String>,
    payee: Option<String>,
    memo: Option<String>,
}

pub fn looks_like_qif(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
    head.trim_start_matches('\u{feff}').trim_start().to_ascii_lowercase().starts_with("!type:")
        || head.trim_start().to_ascii_lowercase().starts_with("!account")
}

/// QIF's apostrophe years ("5/ 3'25") and padded days become plain dates.
fn normalize_date(raw: &str) -> String {
    raw.replace('\'', "/").replace(' ', "")
}

pub fn parse(bytes: &[u8], ctx: &Context) -> Parse {
    let text = crate::ofx::decode(bytes);
    let mut records = Vec::new();
    let mut current = Record::default();
    let mut in_transactions = false;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.starts_with('!') {
            let lower = line.to_ascii_lowercase();
            in_transactions = lower.starts_with("!type:") && !lower.contains("cat") && !lower.contains("class") && !lower.contains("memorized");
            continue;
        }
        if !in_transactions {
            continue;
        }
        let (code, rest) = line.split_at(line.char_indices().nth(1).map_or(line.len(), |(i, _)| i));
        let rest = rest.trim().to_string();
        if current.line == 0 {
            current.line = n + 1;
        }
        match code {
            "D" => current.date = Some(normalize_date(&rest)),
            "T" | "U" if current.amount.is_none() => current.amount = Some(rest),
            "P" => current.payee = Some(rest),
            "M" => current.memo = Some(rest),
            "^" => records.push(std::mem::take(&mut current)),
            _ => {}
        }
    }
    let mut out = Parse::default();
    if records.is_empty() {
        out.diagnostics.push(Diagnostic::general("no QIF transactions found (records end with ^ after a !Type: line)"));
        return out;
    }
    let order = infer_order(records.iter().filter_map(|r| r.date.as_deref())).unwrap_or_else(|| default_order(ctx.currency));
    let comma = records.iter().filter_map(|r| r.amount.as_deref()).filter(|a| a.rsplit_once(',').is_some_and(|(_, d)| d.len() == 2)).count();
    let mark = if comma * 2 > records.len() { DecimalMark::Comma } else { DecimalMark::Dot };
    for r in records {
        let Some(date) = r.date.as_deref().and_then(|d| parse_date(d, order, ctx.today)) else {
            out.diagnostics.push(Diagnostic::at(r.line, "no readable date (D line)"));
            continue;
        };
        let Some((signed, _)) = r.amount.as_deref().and_then(|a| parse_cell(a, ctx.currency, Some(mark))) else {
            out.diagnostics.push(Diagnostic::at(r.line, "no readable amount (T line)"));
            continue;
        };
        if signed == 0 {
            out.diagnostics.push(Diagnostic::at(r.line, "zero amount"));
            continue;
        }
        let description = description_of(r.payee.as_deref().into_iter().chain(r.memo.as_deref()));
        // Quicken starts an account with an "Opening Balance" record: not a transaction.
        if crate::spreadsheet::is_balance_line(&description) {
            out.diagnostics.push(Diagnostic::at(r.line, format!("'{description}' is a balance line")));
            continue;
        }
        let (category, confidence) = if signed > 0 {
            (Category::Income, 0.95)
        } else {
            let c = categorize(&format!("{} {}", description, r.memo.as_deref().unwrap_or("")));
            (c.category, c.confidence)
        };
        out.transactions.push(Parsed {
            amount_cents: signed.abs(),
            currency: ctx.currency,
            category,
            description,
            transaction_date: date,
            confidence,
            external_id: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use ozzie_core::{Currency, Language};

    #[test]
    fn reads_bank_records_and_infers_the_date_order() {
        let qif = "!Type:Bank\nD05/03'25\nT-45.00\nPWhole Foods\n^\nD5/14/2025\nT2,500.00\nPACME Payroll\nMSalary\n^\nD05/20/2025\nU-1,200.00\nT-1,200.00\nPRent\n^\n";
        let ctx = Context { language: Language::En, currency: Currency::USD, today: NaiveDate::from_ymd_opt(2025, 6, 1).expect("date") };
        let p = parse(qif.as_bytes(), &ctx);
        let brief: Vec<(String, i64, bool)> = p.transactions.iter().map(|t| (t.transaction_date.to_string(), t.amount_cents, t.is_income())).collect();
        assert_eq!(brief, vec![("2025-05-03".into(), 4500, false), ("2025-05-14".into(), 250_000, true), ("2025-05-20".into(), 120_000, false)]);
        assert_eq!(p.transactions[2].category, Category::Housing);
    }
}
