//! Text output for people: aligned tables and labelled values, money in the user's language.

use std::collections::{BTreeMap, BTreeSet};

use ozzie_core::transaction::Category;
use ozzie_core::user::User;
use ozzie_core::wire::{GoalView, IntakeView, SpendingReportView, TransactionPageView, TransactionView, UserView};
use ozzie_core::{Currency, Language};
use ozzie_engine::{DatabaseCheck, Engine};
use serde_json::Value;

/// Formats a major-unit JSON number as money (`1800` → `$1,800`).
fn money(value: &Value, currency: &str, lang: Language) -> String {
    let Some(amount) = value.as_f64() else { return "—".into() };
    let Ok(currency) = Currency::parse("currency", currency) else { return amount.to_string() };
    let minor = currency.minor_from_major("amount", amount.abs()).unwrap_or(0);
    currency.format(if amount < 0.0 { -minor } else { minor }, lang)
}

fn cents(minor: i64, currency: &str, lang: Language) -> String {
    Currency::parse("currency", currency).map_or_else(|_| minor.to_string(), |c| c.format(minor, lang))
}

fn opt(value: &Value) -> String {
    match value {
        Value::Null => "—".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Columns padded to their widest cell.
pub(crate) fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let mut out = vec![line(headers.to_vec())];
    out.extend(rows.iter().map(|r| line(r.iter().map(String::as_str).collect())));
    out.join("\n")
}

fn pairs(rows: &[(&str, String)]) -> String {
    let width = rows.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
    rows.iter().map(|(k, v)| format!("{k:<width$}  {v}")).collect::<Vec<_>>().join("\n")
}

pub fn init(engine: &Engine, profiles: usize) -> String {
    pairs(&[
        ("Database", engine.db_path().display().to_string()),
        ("Encryption", "SQLCipher, 256-bit key".into()),
        (
            "Key from",
            match engine.key_source() {
                "env" => "OZZIE_DB_KEY".into(),
                "keyring_created" => "OS keyring (new key created now)".into(),
                _ => "OS keyring".to_string(),
            },
        ),
        ("Profiles", profiles.to_string()),
    ])
}

pub fn user(u: &UserView) -> String {
    pairs(&[
        ("Id", u.id.clone()),
        ("External id", u.external_user_id.clone()),
        ("Name", u.name.clone().unwrap_or_else(|| "—".into())),
        ("Email", u.email.clone().unwrap_or_else(|| "—".into())),
        ("Phone", u.phone.clone().unwrap_or_else(|| "—".into())),
        ("Language", u.language.into()),
        ("Currency", u.currency.clone()),
        ("Stage", u.onboarding_stage.into()),
    ])
}

pub fn intake(i: &IntakeView, user: &User) -> String {
    let lang = user.language;
    let m = |n: &serde_json::Number| money(&Value::Number(n.clone()), &i.currency, lang);
    let mo = |n: &Option<serde_json::Number>| n.as_ref().map_or("—".into(), m);
    pairs(&[
        ("Monthly income", m(&i.monthly_income)),
        ("Monthly expenses", m(&i.monthly_expenses)),
        ("  fixed", mo(&i.monthly_fixed_expenses)),
        ("  variable", mo(&i.monthly_variable_expenses)),
        ("  debt payment", m(&i.monthly_debt_payment)),
        ("Monthly surplus", m(&i.monthly_surplus)),
        ("Total debt", m(&i.total_debt)),
        ("Current savings", m(&i.current_savings)),
        ("Goal", i.financial_goal.into()),
        ("Next pay date", i.next_pay_date.clone().unwrap_or_else(|| "—".into())),
    ])
}

pub fn plan(doc: &Value, user: &User) -> String {
    let lang = user.language;
    let cur = doc["currency"].as_str().unwrap_or("USD");
    let m = |v: &Value| money(v, cur, lang);
    let km = &doc["key_metrics"];
    let mut out = vec![
        format!("Plan ({} goal, {cur})", doc["financial_goal"].as_str().unwrap_or("")),
        String::new(),
        pairs(&[
            ("Monthly surplus", m(&doc["monthly_surplus"])),
            ("Recommended savings", format!("{}/month", m(&doc["recommended_monthly_savings"]))),
            ("Savings rate", format!("{}%", doc["savings_rate_percent"])),
            ("Extra debt payment", format!("{}/month", m(&doc["recommended_extra_debt_payment"]))),
        ]),
        String::new(),
        "Allocations".into(),
    ];
    let rows: Vec<Vec<String>> = doc["allocations"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|row| {
                    vec![
                        format!("  {}", row["label"].as_str().unwrap_or("")),
                        cents(row["amount_cents"].as_i64().unwrap_or(0), cur, lang),
                        format!("{:.1}%", row["percent"].as_f64().unwrap_or(0.0)),
                    ]
                })
                .collect()
        })
        .unwrap_or_default();
    out.push(table(&["", "", ""], &rows).trim_start_matches('\n').to_string());
    out.push(String::new());
    out.push("Key metrics".into());
    let goal = match km["goal_basis"].as_str() {
        Some("goal") => km["goal_name"].as_str().unwrap_or("goal").to_string(),
        Some("debt") => "debt-free".into(),
        _ => "emergency fund".into(),
    };
    out.push(pairs(&[
        ("  Projected goal date", format!("{} ({goal})", opt(&km["projected_goal_date"]))),
        ("  Months to goal", opt(&km["months_to_goal"])),
        ("  Emergency fund", format!("{} months of {} target", opt(&km["emergency_fund_months"]), m(&km["emergency_fund_target"]))),
        ("  Debt-free date", opt(&km["debt_free_date"])),
    ]));
    out.push(String::new());
    out.push("Action items".into());
    if let Some(items) = doc["action_items"].as_array() {
        for (n, item) in items.iter().enumerate() {
            out.push(format!(
                "  {}. {}\n     {}",
                n + 1,
                item["title"].as_str().unwrap_or(""),
                item["description"].as_str().unwrap_or("")
            ));
        }
    }
    out.push(String::new());
    out.push(doc["summary"].as_str().unwrap_or("").to_string());
    out.join("\n")
}

pub fn goals(goals: &[GoalView], user: &User) -> String {
    if goals.is_empty() {
        return "No goals yet. Add one with `ozzie goal add --name … --target-amount …`.".into();
    }
    let lang = user.language;
    let rows: Vec<Vec<String>> = goals
        .iter()
        .map(|g| {
            let m = |n: &serde_json::Number| money(&Value::Number(n.clone()), &g.currency, lang);
            vec![
                g.name.clone(),
                g.goal_type.into(),
                m(&g.target_amount),
                format!("{:.1}%", g.progress_percent),
                g.target_date.clone().unwrap_or_else(|| "—".into()),
                g.monthly_contribution_needed.as_ref().map_or("—".into(), |n| format!("{}/mo", m(n))),
                match g.on_track {
                    Some(true) => "yes".into(),
                    Some(false) => "no".into(),
                    None => "no plan yet".into(),
                },
                g.projected_completion_date.clone().unwrap_or_else(|| "—".into()),
            ]
        })
        .collect();
    table(&["GOAL", "TYPE", "TARGET", "PROGRESS", "TARGET DATE", "NEEDED", "ON TRACK", "PROJECTED"], &rows)
}

pub fn transactions(items: &[TransactionView], page: Option<&TransactionPageView>, user: &User) -> String {
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|t| {
            let sign = if t.category == "income" { "+" } else { "" };
            vec![
                t.transaction_date.clone(),
                format!("{sign}{}", cents(t.amount_cents, &t.currency, user.language)),
                t.category.into(),
                t.description.clone(),
                t.id.clone(),
            ]
        })
        .collect();
    let mut out = if rows.is_empty() {
        "No transactions match.".to_string()
    } else {
        table(&["DATE", "AMOUNT", "CATEGORY", "DESCRIPTION", "ID"], &rows)
    };
    if let Some(p) = page {
        out.push_str(&format!("\n\n{} of {} shown", items.len(), p.total_count));
        if let Some(cursor) = &p.next_cursor {
            out.push_str(&format!("; next page: --cursor {cursor}"));
        }
    }
    out
}

pub fn previews(list: &ozzie_core::wire::ParsedListView, lang: Language) -> String {
    let rows: Vec<Vec<String>> = list
        .transactions
        .iter()
        .map(|t| {
            let sign = if t.category == "income" { "+" } else { "" };
            vec![
                t.transaction_date.clone(),
                format!("{sign}{}", cents(t.amount_cents, &t.currency, lang)),
                t.category.into(),
                t.description.clone(),
                format!("{:.2}", t.ai_confidence),
            ]
        })
        .collect();
    let mut out = if rows.is_empty() { "Nothing was read as a transaction.".to_string() } else { table(&["DATE", "AMOUNT", "CATEGORY", "DESCRIPTION", "CONFIDENCE"], &rows) };
    for d in list.diagnostics.iter().take(10) {
        out.push_str(&format!("\n  note: {d}"));
    }
    out
}

/// `ozzie report`: one table per currency, a row per month and a column per category that has
/// spending, then the month's total.
pub(crate) fn spending_report(report: &SpendingReportView, lang: Language) -> String {
    if report.rows.is_empty() {
        return lang.pick("No spending in this period.", "Nenhum gasto neste período.", "Ningún gasto en este período.").into();
    }
    let currencies: BTreeSet<&str> = report.rows.iter().map(|r| r.currency.as_str()).collect();
    let mut out = Vec::new();
    for currency in currencies {
        let rows: Vec<_> = report.rows.iter().filter(|r| r.currency == currency).collect();
        let columns: Vec<Category> = Category::ALL.into_iter().filter(|c| rows.iter().any(|r| r.category == c.as_str())).collect();
        let mut months: BTreeMap<&str, BTreeMap<&str, i64>> = BTreeMap::new();
        for r in &rows {
            *months.entry(r.month.as_str()).or_default().entry(r.category).or_default() += r.spent_cents;
        }
        let month_header = lang.pick("month", "mês", "mes");
        let total_header = lang.pick("total", "total", "total");
        let mut headers = vec![month_header];
        headers.extend(columns.iter().map(|c| c.label(lang)));
        headers.push(total_header);
        let lines: Vec<Vec<String>> = months
            .iter()
            .map(|(month, spent)| {
                let mut line = vec![(*month).to_string()];
                line.extend(columns.iter().map(|c| spent.get(c.as_str()).map_or_else(|| "—".into(), |v| cents(*v, currency, lang))));
                line.push(cents(spent.values().sum(), currency, lang));
                line
            })
            .collect();
        out.push(format!("{currency}\n{}", table(&headers, &lines)));
    }
    out.join("\n\n")
}

/// `ozzie check`'s verdict for people.
pub(crate) fn database_check(check: &DatabaseCheck, path: &std::path::Path) -> String {
    let verdict = if check.is_sound() {
        "sound: every page reads and every reference points somewhere".to_string()
    } else {
        let mut lines = check.problems.clone();
        if check.foreign_key_violations > 0 {
            lines.push(format!("{} rows point at rows that are gone", check.foreign_key_violations));
        }
        format!("DAMAGED:\n  {}", lines.join("\n  "))
    };
    pairs(&[
        ("database", path.display().to_string()),
        ("check", verdict),
        ("users", check.users.to_string()),
        ("imports", check.imports.to_string()),
        ("transactions", check.transactions.to_string()),
    ])
}
