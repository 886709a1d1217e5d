//! The use-cases over a real encrypted database in a temporary data directory.

use chrono::NaiveDate;
use ozzie_core::goal::GoalInput;
use ozzie_core::intake::IntakeInput;
use ozzie_core::transaction::{ManualTransactionInput, TransactionQueryInput};
use ozzie_core::user::NewUserInput;
use ozzie_core::ErrorCode;
use ozzie_engine::{Clock, Engine, OpenOptions, OsKeyring, UserRef};

fn engine(dir: &tempfile::TempDir) -> Engine {
    Engine::open(OpenOptions {
        data_dir: dir.path(),
        key_env: Some("test-key"),
        secrets: std::sync::Arc::new(OsKeyring),
        clock: Clock::Fixed(NaiveDate::from_ymd_opt(2025, 5, 5).expect("date")),
    })
    .expect("open")
}

fn seed_intake() -> IntakeInput {
    IntakeInput {
        monthly_income: Some(5000.0),
        monthly_expenses: Some(3200.0),
        financial_goal: Some("savings".into()),
        next_pay_date: Some("2025-05-15".into()),
        ..Default::default()
    }
}

#[test]
fn seed_flow_a_from_user_to_goal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = engine(&dir);
    let user = e
        .create_user(NewUserInput { external_user_id: Some("usr_8821".into()), name: Some("Maria Santos".into()), ..Default::default() })
        .expect("user");
    let who = UserRef::Id(user.id.clone());
    assert_eq!(e.generate_plan(&who).unwrap_err().code(), ErrorCode::IntakeRequired);
    assert_eq!(e.plan(&who).unwrap_err().code(), ErrorCode::PlanRequired);

    let intake = e.submit_intake(&who, seed_intake()).expect("intake");
    assert_eq!(intake.draft.monthly_surplus(), 180_000);
    assert_eq!(e.user(&who).expect("user").onboarding_stage.as_str(), "plan_pending");

    let plan = e.generate_plan(&who).expect("plan");
    assert_eq!(plan.document["monthly_surplus"], 1800);
    assert_eq!(plan.document["recommended_monthly_savings"], 900);
    assert_eq!(plan.document["savings_rate_percent"], 18);
    assert_eq!(e.user(&who).expect("user").onboarding_stage.as_str(), "active");

    let goal = e
        .create_goal(
            &who,
            GoalInput {
                name: Some("Emergency Fund".into()),
                target_amount: Some(5000.0),
                currency: Some("USD".into()),
                target_date: Some("2025-12-31".into()),
                ..Default::default()
            },
        )
        .expect("goal");
    assert_eq!(goal.monthly_contribution_needed.map(|n| n.to_string()), Some("625".into()));
    assert_eq!(goal.on_track, Some(true));

    // Regenerating picks the goal up for the projected date.
    let plan = e.generate_plan(&who).expect("plan");
    assert_eq!(plan.document["key_metrics"]["projected_goal_date"], "2025-12-15");
    assert_eq!(plan.document["key_metrics"]["goal_name"], "Emergency Fund");
}

#[test]
fn external_ids_provision_on_first_use_and_are_found_after() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = engine(&dir);
    let who = UserRef::parse("external:crm-42").expect("ref");
    let intake = e.submit_intake(&who, seed_intake()).expect("provisioned and stored");
    let user = e.user(&who).expect("found");
    assert_eq!(user.external_user_id, "crm-42");
    assert_eq!(intake.user_id, user.id);
    assert_eq!(e.users().expect("users").len(), 1);
    assert_eq!(e.create_user(NewUserInput { external_user_id: Some("crm-42".into()), ..Default::default() }).unwrap_err().code(), ErrorCode::Conflict);
}

#[test]
fn transactions_are_validated_all_or_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = engine(&dir);
    e.create_user(NewUserInput { external_user_id: Some("me".into()), ..Default::default() }).expect("user");
    let me = UserRef::LocalProfile;
    let good = ManualTransactionInput {
        amount_cents: Some(4500),
        category: Some("food".into()),
        description: Some("Groceries".into()),
        ..Default::default()
    };
    let bad = ManualTransactionInput { amount_cents: Some(-1), description: Some("x".into()), ..Default::default() };
    let err = e.add_transactions(&me, vec![good.clone(), bad]).unwrap_err();
    assert_eq!(err.code(), ErrorCode::ValidationError);
    assert_eq!(e.list_transactions(&me, TransactionQueryInput::default()).expect("list").total_count, 0);
    let stored = e.add_transactions(&me, vec![good]).expect("stored");
    assert_eq!(stored[0].tx.transaction_date.to_string(), "2025-05-05", "defaults to today");
    assert_eq!(stored[0].tx.source.as_str(), "manual");
    assert_eq!(e.outbox_len().expect("outbox"), 2);
}

#[test]
fn unknown_users_are_not_found() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = engine(&dir);
    assert_eq!(e.user(&UserRef::Id("ozz_usr_nope".into())).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(e.user(&UserRef::LocalProfile).unwrap_err().code(), ErrorCode::NotFound);
}
