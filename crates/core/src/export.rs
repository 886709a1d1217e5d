//! Exports of a user's transactions for other tools: CSV for spreadsheets, and a journal for
//! plain-text accounting (hledger/ledger, or beancount). Pure formatting over the stored
//! transactions, oldest first; amounts are exact decimals of the minor units.
//!
//! In the journals, money out is booked from `Assets:Cash` to `Expenses:<Category>` and money in
//! from `Income:<Category>` to `Assets:Cash`; ledger tools balance the second posting themselves.

use crate::transaction::{Category, NewTransaction};

/// The formats a user can export to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Json,
    Hledger,
    Beancount,
}

impl ExportFormat {
    pub fn parse(raw: &str) -> crate::DomainResult<ExportFormat> {
        Ok(match raw.trim().to_ascii_lowercase().as_str() {
            "csv" => ExportFormat::Csv,
            "json" => ExportFormat::Json,
            "hledger" | "ledger" | "journal" => ExportFormat::Hledger,
            "beancount" => ExportFormat::Beancount,
            other => return Err(crate::DomainError::validation("format", format!("'{other}' is not an export format; use csv, json, hledger or beancount"))),
        })
    }

    /// The file extension for this format.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::Hledger => "journal",
            ExportFormat::Beancount => "beancount",
        }
    }
}

/// One CSV field, quoted when it holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// `date,description,amount,currency,category,source`: money out negative, money in positive.
pub fn to_csv(transactions: &[NewTransaction]) -> String {
    let mut out = String::from("date,description,amount,currency,category,source\n");
    for t in transactions {
        let signed = if t.category == Category::Income { t.amount_cents } else { -t.amount_cents };
        out.push_str(&format!(
            "{},{},{},{},{},{}\n",
            t.transaction_date,
            csv_field(&t.description),
            t.currency.plain_decimal(signed),
            t.currency.code(),
            t.category.as_str(),
            t.source.as_str()
        ));
    }
    out
}

fn account(category: Category) -> String {
    let name = category.as_str();
    let title: String = name.chars().take(1).flat_map(char::to_uppercase).chain(name.chars().skip(1)).collect();
    if category == Category::Income {
        "Income:Other".to_string()
    } else {
        format!("Expenses:{title}")
    }
}

/// A journal: hledger/ledger syntax, or beancount's (with `open` directives and quoted payees).
pub fn to_journal(transactions: &[NewTransaction], format: ExportFormat) -> String {
    let mut out = String::from("; Exported by Ozzie Local\n\n");
    if format == ExportFormat::Beancount {
        let first = transactions.first().map_or_else(|| "1970-01-01".to_string(), |t| t.transaction_date.to_string());
        let mut accounts: Vec<String> = transactions.iter().map(|t| account(t.category)).collect();
        accounts.push("Assets:Cash".into());
        accounts.sort();
        accounts.dedup();
        for a in accounts {
            out.push_str(&format!("{first} open {a}\n"));
        }
        out.push('\n');
    }
    for t in transactions {
        let amount = t.currency.plain_decimal(t.amount_cents);
        let (to, from) = if t.category == Category::Income { ("Assets:Cash".to_string(), account(t.category)) } else { (account(t.category), "Assets:Cash".to_string()) };
        let description = t.description.replace(['\n', '\r'], " ");
        match format {
            ExportFormat::Beancount => out.push_str(&format!(
                "{} * \"{}\"\n  {to}  {amount} {cur}\n  {from}\n\n",
                t.transaction_date,
                description.replace('\\', "\\\\").replace('"', "\\\""),
                cur = t.currency.code()
            )),
            _ => out.push_str(&format!("{} {}\n    {to}    {amount} {cur}\n    {from}\n\n", t.transaction_date, description.replace(';', ","), cur = t.currency.code())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transaction::Source;
    use crate::Currency;

    fn t(description: &str, cents: i64, category: Category) -> NewTransaction {
        NewTransaction {
            amount_cents: cents,
            currency: Currency::USD,
            category,
            description: description.into(),
            transaction_date: chrono::NaiveDate::from_ymd_opt(2025, 5, 5).expect("date"),
            source: Source::Manual,
            ai_confidence: 1.0,
        }
    }

    #[test]
    fn csv_signs_and_quotes() {
        let csv = to_csv(&[t("Coffee, large", 550, Category::Food), t("Payroll", 250000, Category::Income)]);
        assert_eq!(csv, "date,description,amount,currency,category,source\n2025-05-05,\"Coffee, large\",-5.50,USD,food,manual\n2025-05-05,Payroll,2500.00,USD,income,manual\n");
    }

    #[test]
    fn journals_balance_into_accounts() {
        let items = [t("Lunch \"deli\"", 1500, Category::Food), t("Payroll", 250000, Category::Income)];
        let h = to_journal(&items, ExportFormat::Hledger);
        assert!(h.contains("2025-05-05 Lunch \"deli\"\n    Expenses:Food    15.00 USD\n    Assets:Cash\n"), "{h}");
        assert!(h.contains("2025-05-05 Payroll\n    Assets:Cash    2500.00 USD\n    Income:Other\n"), "{h}");
        let b = to_journal(&items, ExportFormat::Beancount);
        assert!(b.contains("2025-05-05 open Expenses:Food\n"), "{b}");
        assert!(b.contains("2025-05-05 * \"Lunch \\\"deli\\\"\"\n  Expenses:Food  15.00 USD\n  Assets:Cash\n"), "{b}");
    }

    #[test]
    fn formats_are_named() {
        assert_eq!(ExportFormat::parse("Beancount").map(ExportFormat::extension).ok(), Some("beancount"));
        assert_eq!(ExportFormat::parse("xlsx").unwrap_err().field(), Some("format"));
    }
}
