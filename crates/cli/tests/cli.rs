//! The `ozzie` binary, run as a person would run it, over real encrypted databases.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

struct Ozzie {
    dir: tempfile::TempDir,
    key: String,
}

impl Ozzie {
    fn new() -> Ozzie {
        Ozzie { dir: tempfile::tempdir().expect("tempdir"), key: "cli-test-key".into() }
    }

    fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("ozzie.db")
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ozzie"));
        cmd.arg("--data-dir")
            .arg(self.data_dir())
            .args(args)
            .env("OZZIE_DB_KEY", &self.key)
            .env("OZZIE_TODAY", "2025-05-05")
            .env_remove("OZZIE_DATA_DIR");
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("the binary runs")
    }

    /// Runs, expects success, and returns the `--json` envelope.
    fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        assert!(out.status.success(), "ozzie {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).expect("stdout is JSON")
    }

    fn onboard(&self, language: &str) {
        self.json(&["user", "create", "--external-user-id", "usr_8821", "--name", "Maria Santos", "--language", language]);
        self.json(&[
            "intake",
            "set",
            "--monthly-income",
            "5000",
            "--monthly-expenses",
            "3200",
            "--financial-goal",
            "savings",
            "--next-pay-date",
            "2025-05-15",
        ]);
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn seed_example_plan_from_the_command_line() {
    let oz = Ozzie::new();
    oz.json(&["init"]);
    oz.onboard("en");
    let plan = oz.json(&["plan", "generate"]);
    assert_eq!(plan["object"], "plan");
    let data = &plan["data"];
    assert_eq!(data["monthly_surplus"], 1800);
    let savings = data["recommended_monthly_savings"].as_f64().expect("number");
    assert!(savings > 0.0 && savings <= 1800.0, "{savings}");
    assert_eq!(data["savings_rate_percent"], 18);
    let allocations = data["allocations"].as_array().expect("allocations");
    let total: i64 = allocations.iter().map(|a| a["amount_cents"].as_i64().expect("cents")).sum();
    assert_eq!(total, 500_000, "allocations add up to the income");
    let percent: f64 = allocations.iter().map(|a| a["percent"].as_f64().expect("percent")).sum();
    assert!((percent - 100.0).abs() < 1e-9);
    assert!(!data["action_items"].as_array().expect("items").is_empty());
    assert!(data["summary"].as_str().expect("summary").starts_with("Based on your $1,800 monthly surplus"));

    let goal = oz.json(&["goal", "add", "--name", "Emergency Fund", "--target-amount", "5000", "--target-date", "2025-12-31"]);
    assert_eq!(goal["object"], "goal");
    assert_eq!(goal["data"]["monthly_contribution_needed"], 625);
    assert_eq!(goal["data"]["on_track"], true);

    let plan = oz.json(&["plan", "generate"]);
    assert_eq!(plan["data"]["key_metrics"]["projected_goal_date"], "2025-12-15");
    assert_eq!(plan["data"]["key_metrics"]["goal_name"], "Emergency Fund");
    // `plan show` prints exactly what was generated.
    assert_eq!(oz.json(&["plan", "show"]), plan);

    let text = oz.run(&["plan", "show"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Monthly surplus") && text.contains("$1,800") && text.contains("Action items"), "{text}");
}

#[test]
fn summaries_in_portuguese_and_spanish() {
    for (lang, start) in [
        ("pt", "Com base na sua sobra mensal de"),
        ("es", "Con base en tu excedente mensual de"),
    ] {
        let oz = Ozzie::new();
        oz.onboard(lang);
        let plan = oz.json(&["plan", "generate"]);
        let summary = plan["data"]["summary"].as_str().expect("summary");
        assert!(summary.starts_with(start), "{lang}: {summary}");
        let labels: Vec<&str> = plan["data"]["allocations"].as_array().expect("a").iter().map(|a| a["label"].as_str().expect("l")).collect();
        assert!(!labels.contains(&"Needs"), "{lang}: {labels:?}");
    }
}

#[test]
fn plan_before_intake_is_intake_required() {
    let oz = Ozzie::new();
    oz.json(&["user", "create", "--name", "Ana"]);
    let out = oz.run(&["plan", "generate"]);
    assert_eq!(out.status.code(), Some(5));
    assert!(stderr(&out).starts_with("error[INTAKE_REQUIRED]:"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());

    let out = oz.run(&["--json", "plan", "show"]);
    assert_eq!(out.status.code(), Some(5));
    let envelope: Value = serde_json::from_slice(&out.stderr).expect("error envelope on stderr");
    assert_eq!(envelope["error"]["code"], "PLAN_REQUIRED");
}

#[test]
fn bad_input_names_the_field_and_changes_nothing() {
    let oz = Ozzie::new();
    let out = oz.run(&["--json", "user", "create", "--email", "not-an-email"]);
    assert_eq!(out.status.code(), Some(2));
    let envelope: Value = serde_json::from_slice(&out.stderr).expect("envelope");
    assert_eq!(envelope["error"]["code"], "VALIDATION_ERROR");
    assert_eq!(envelope["error"]["field"], "email");

    oz.json(&["user", "create"]);
    let out = oz.run(&["user", "create"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr(&out).contains("CONFLICT"));

    let out = oz.run(&["intake", "set", "--monthly-income", "5000", "--financial-goal", "savings"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("monthly_expenses"), "{}", stderr(&out));
    let out = oz.run(&["tx", "add", "--amount-cents", "-5", "--description", "x"]);
    assert_eq!(out.status.code(), Some(2));
    let out = oz.run(&["tx", "list", "--limit", "500"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("limit"));
    assert_eq!(oz.json(&["tx", "list"])["data"]["total_count"], 0);
}

#[test]
fn transactions_list_with_filters_and_cursor() {
    let oz = Ozzie::new();
    oz.json(&["user", "create"]);
    let rows = [
        ("4500", "food", "Groceries", "2025-05-05"),
        ("1200", "transport", "Subway", "2025-05-05"),
        ("1599", "entertainment", "Netflix", "2025-05-03"),
        ("250000", "income", "Salary", "2025-05-01"),
        ("900", "food", "Coffee", "2025-04-30"),
    ];
    for (cents, category, description, date) in rows {
        let out = oz.json(&["tx", "add", "--amount-cents", cents, "--category", category, "--description", description, "--transaction-date", date]);
        assert_eq!(out["object"], "transaction_list");
        assert_eq!(out["data"]["transactions"][0]["source"], "manual");
    }
    let page = oz.json(&["tx", "list", "--category", "food,transport", "--from", "2025-05-01", "--to", "2025-05-31"]);
    assert_eq!(page["object"], "list");
    assert_eq!(page["data"]["total_count"], 2);

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut args = vec!["tx", "list", "--limit", "2"];
        if let Some(c) = &cursor {
            args.extend(["--cursor", c.as_str()]);
        }
        let page = oz.json(&args);
        for t in page["data"]["transactions"].as_array().expect("list") {
            seen.push(t["description"].as_str().expect("d").to_string());
        }
        match page["data"]["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_string()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 5);
    assert_eq!(seen[2], "Netflix");
    assert_eq!(seen[4], "Coffee");
}

#[test]
fn another_key_fails_clearly_and_leaves_the_file_identical() {
    let mut oz = Ozzie::new();
    oz.onboard("en");
    let before = std::fs::read(oz.db()).expect("db");
    oz.key = "some-other-key".into();
    let out = oz.run(&["plan", "show"]);
    assert_eq!(out.status.code(), Some(6));
    let err = stderr(&out);
    assert!(err.starts_with("error[DATABASE_KEY_ERROR]:") && err.contains("OZZIE_DB_KEY"), "{err}");
    assert!(!err.contains("cli-test-key") && !err.contains("some-other-key"), "no key in messages");
    assert_eq!(std::fs::read(oz.db()).expect("db"), before, "the file changed");
}

#[test]
fn without_a_keyring_or_key_it_says_how_to_provide_one() {
    let oz = Ozzie::new();
    let out = oz
        .command(&["init"])
        .env_remove("OZZIE_DB_KEY")
        .env_remove("DISPLAY")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ozzie-test-bus")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(6));
    let err = stderr(&out);
    assert!(err.contains("OZZIE_DB_KEY") && err.contains("keyring"), "{err}");
    assert!(!oz.db().exists(), "no database is created without a key");
}

#[test]
fn parse_needs_no_database_and_prints_the_seed_shape() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = Command::new(env!("CARGO_BIN_EXE_ozzie"))
        .args(["--data-dir", &dir.path().display().to_string(), "--json", "parse", "--language", "es", "--today", "2025-05-14", "ayer", "café", "3,50€", "y", "metro", "1,50"])
        .env_remove("OZZIE_DB_KEY")
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["object"], "transaction_list");
    let txs = v["data"]["transactions"].as_array().expect("list");
    assert_eq!(txs.len(), 2);
    assert_eq!(txs[0]["amount_cents"], 350);
    assert_eq!(txs[0]["category"], "food");
    assert_eq!(txs[0]["transaction_date"], "2025-05-13");
    assert_eq!(txs[1]["category"], "transport");
    assert_eq!(txs[1]["currency"], "EUR");
    assert!(txs[0]["ai_confidence"].as_f64().is_some() && txs[0]["source"].is_string());
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0, "nothing stored");
}

#[test]
fn tx_add_a_sentence_and_import_files_with_a_summary() {
    let oz = Ozzie::new();
    oz.json(&["user", "create"]);
    let added = oz.json(&["tx", "add", "coffee $5 and lunch $15"]);
    assert_eq!(added["data"]["transactions"].as_array().map(Vec::len), Some(2));
    assert_eq!(added["data"]["transactions"][0]["source"], "app_text");

    let csv = oz.data_dir().join("export.csv");
    std::fs::write(&csv, "Date,Description,Amount\n05/01/2025,WHOLEFDS MKT,-45.00\n05/02/2025,ACME PAYROLL,2500.00\n05/03/2025,Mystery Vendor 9,-9.99\n").expect("write");
    let first = oz.json(&["tx", "import", csv.to_str().expect("utf8")]);
    let summary = &first["data"]["imports"][0];
    assert_eq!((summary["imported"].as_u64(), summary["duplicates"].as_u64()), (Some(3), Some(0)));
    assert_eq!(summary["low_confidence"], 1, "the unknown vendor waits for review");
    let again = oz.run(&["tx", "import", csv.to_str().expect("utf8")]);
    let text = String::from_utf8_lossy(&again.stdout);
    assert!(text.contains("0 imported, 3 duplicates skipped"), "{text}");
    assert_eq!(oz.json(&["tx", "list"])["data"]["total_count"], 5);

    let missing = oz.run(&["tx", "import", "/nonexistent/file.csv"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("/nonexistent/file.csv"));
}

#[test]
fn report_sums_spending_per_month_category_and_currency_leaving_income_out() {
    let oz = Ozzie::new();
    oz.onboard("en");
    for (cents, category, date, currency) in [
        ("4500", "food", "2025-03-02", "USD"),
        ("1000", "food", "2025-03-31", "USD"),
        ("1200", "transport", "2025-04-01", "USD"),
        ("900", "transport", "2025-04-02", "EUR"),
        ("500000", "income", "2025-03-15", "USD"),
        ("7000", "clothing", "2025-02-28", "USD"),
    ] {
        oz.json(&["tx", "add", "--amount-cents", cents, "--category", category, "--transaction-date", date, "--currency", currency, "--description", "x"]);
    }
    let rows = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["report"];
        args.extend_from_slice(extra);
        let report = oz.json(&args);
        report["data"]["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| format!("{} {} {} {} {}", r["month"].as_str().unwrap(), r["category"].as_str().unwrap(), r["currency"].as_str().unwrap(), r["spent_cents"], r["transactions"]))
            .collect()
    };
    assert_eq!(
        rows(&[]),
        ["2025-02 clothing USD 7000 1", "2025-03 food USD 5500 2", "2025-04 transport EUR 900 1", "2025-04 transport USD 1200 1"]
    );
    assert_eq!(rows(&["--from", "2025-03-01", "--to", "2025-03-31"]), ["2025-03 food USD 5500 2"]);
    let text = String::from_utf8(oz.run(&["report"]).stdout).expect("utf-8");
    assert!(text.contains("2025-03") && text.contains("$55") && text.contains("EUR"), "{text}");
    let out = oz.run(&["report", "--from", "2025-05-01", "--to", "2025-04-01"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("from"), "{}", stderr(&out));
}
