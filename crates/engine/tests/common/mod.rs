//! Shared by the engine's integration tests: a user built from a realistic month of
//! transactions (tests/fixtures/intelligence/month_us.csv).

use std::path::Path;

use chrono::NaiveDate;
use ozzie_core::intake::IntakeInput;
use ozzie_core::user::NewUserInput;
use ozzie_engine::{Clock, Engine, OpenOptions, OsKeyring, SecretStore, UserRef};

#[allow(dead_code)]
pub const ME: UserRef = UserRef::LocalProfile;

/// A user with the month imported, an intake ($4,200 income, $3,200 expenses, $1,500 saved) and
/// a plan; "today" is Saturday 2026-03-28.
#[allow(dead_code)]
pub fn user_with_a_month(dir: &tempfile::TempDir, language: &str) -> Engine {
    user_with_a_month_and(dir, language, std::sync::Arc::new(OsKeyring))
}

/// The same, with the secrets (the LLM's key) kept in `secrets`.
#[allow(dead_code)]
pub fn user_with_a_month_and(dir: &tempfile::TempDir, language: &str, secrets: std::sync::Arc<dyn SecretStore + Send + Sync>) -> Engine {
    user_with_a_month_in(dir, language, None, secrets)
}

/// The same month for a user whose money is `currency` (the file's amounts are read in it).
pub fn user_with_a_month_in(dir: &tempfile::TempDir, language: &str, currency: Option<&str>, secrets: std::sync::Arc<dyn SecretStore + Send + Sync>) -> Engine {
    let mut e = Engine::open(OpenOptions {
        data_dir: dir.path(),
        key_env: Some("intelligence-test"),
        secrets,
        clock: Clock::Fixed(NaiveDate::from_ymd_opt(2026, 3, 28).expect("date")),
    })
    .expect("open");
    e.create_user(NewUserInput {
        external_user_id: Some("me".into()),
        language: Some(language.into()),
        currency: currency.map(String::from),
        ..Default::default()
    })
    .expect("user");
    let intake = IntakeInput {
        monthly_income: Some(4200.0),
        monthly_expenses: Some(3200.0),
        financial_goal: Some("savings".into()),
        current_savings: Some(1500.0),
        next_pay_date: Some("2026-04-03".into()),
        ..Default::default()
    };
    e.submit_intake(&ME, intake).expect("intake");
    e.generate_plan(&ME).expect("plan");
    let month = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/intelligence/month_us.csv");
    let report = e.import_file(&ME, &month, None, &mut |_| {}).expect("import");
    assert_eq!(report.summary.imported, 36);
    e
}
