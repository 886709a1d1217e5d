//! Money moves, recurring charges and debt plans for a user built from a realistic month of
//! transactions (tests/fixtures/intelligence/month_us.csv), over a real encrypted database, with
//! no LLM configured.

use ozzie_core::debt::{Debt, Strategy};
use ozzie_core::money_move::{MoveStatus, Priority};
use ozzie_core::transaction::Category;
use ozzie_core::user::NewUserInput;
use ozzie_core::ErrorCode;
use ozzie_engine::{Clock, Engine, OpenOptions, OsKeyring};

mod common;

use common::{user_with_a_month, ME};

#[test]
fn moves_name_the_real_overspent_category_and_the_real_subscriptions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = user_with_a_month(&dir, "en");
    let moves = e.money_moves(&ME).expect("moves");
    let titles: Vec<&str> = moves.iter().map(|m| m.title.as_str()).collect();
    // Food: $917.39 spent (groceries and restaurants in the file) against a $685.87 target: the
    // plan's $3,700 for living, less $1,740.38 of rent, utilities and health, times 35 %.
    let food = moves.iter().find(|m| m.category == Category::Food).expect("a food move");
    assert_eq!(food.title, "Cut food by $232");
    assert_eq!(food.potential_savings_cents, 91_739 - 68_586);
    assert!(food.description.starts_with("You spent $917 on food this month — $232 above your plan target of $686."), "{}", food.description);
    assert_eq!(food.priority, Priority::High);
    let subs = moves.iter().find(|m| m.title == "Audit subscriptions").expect("subscriptions");
    assert!(subs.description.starts_with("We detected 4 recurring charges (Planet Fitness, Netflix, Spotify, Hulu) costing $62.96 a month."), "{}", subs.description);
    // Nothing else is overspent; saving on payday and the emergency fund complete the list.
    assert!(moves.iter().filter(|m| m.title.starts_with("Cut ")).count() == 1, "{titles:?}");
    assert!(titles.contains(&"Build your emergency fund") && titles.contains(&"Save on payday"), "{titles:?}");
    // The same month, the same ids.
    assert_eq!(e.money_moves(&ME).expect("again").iter().map(|m| m.id.clone()).collect::<Vec<_>>(), moves.iter().map(|m| m.id.clone()).collect::<Vec<_>>());
}

#[test]
fn the_same_moves_in_portuguese_and_spanish() {
    for (lang, food_title, subs_title) in [("pt", "Reduza alimentação em $ 232", "Revise suas assinaturas"), ("es", "Reduce comida en 232 $", "Revisa tus suscripciones")] {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut e = user_with_a_month(&dir, lang);
        let moves = e.money_moves(&ME).expect("moves");
        let food = moves.iter().find(|m| m.category == Category::Food).expect("food");
        assert!(food.title.starts_with(food_title), "{lang}: {}", food.title);
        assert_eq!(food.potential_savings_cents, 91_739 - 68_586);
        assert!(moves.iter().any(|m| m.title == subs_title), "{lang}");
    }
}

#[test]
fn recurring_charges_and_debt_plans() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = user_with_a_month(&dir, "en");
    let recurring = e.recurring(&ME).expect("recurring");
    let names: Vec<&str> = recurring.iter().filter(|r| !r.income).map(|r| r.merchant.as_str()).collect();
    assert_eq!(names, vec!["PLANET FITNESS", "NETFLIX.COM 866-579-7172", "SPOTIFY USA", "HULU 877-8244858"]);
    // Two paychecks are not yet a rhythm (a biweekly rhythm needs three).
    assert!(recurring.iter().all(|r| !r.income));

    let debts = vec![
        Debt { name: "Card".into(), balance: 100_000, rate_bp: 2400, minimum: 5_000 },
        Debt { name: "Car loan".into(), balance: 500_000, rate_bp: 600, minimum: 10_000 },
    ];
    let plan = e.debt_plan(&ME, debts.clone(), Some(40_000)).expect("plan");
    assert_eq!((plan.comparison.avalanche.months, plan.comparison.avalanche.total_interest, plan.monthly_budget), (16, 28_972, 40_000));
    assert_eq!(plan.comparison.cheaper, Strategy::Avalanche);
    let err = e.debt_plan(&ME, debts, Some(10_000)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::ValidationError);
    assert!(err.to_string().contains("less than the minimum payments, $150"), "{err}");
    // Without debts given, the intake's: this one has none.
    assert!(e.debt_plan(&ME, Vec::new(), None).unwrap_err().to_string().contains("no debt to plan"));
}

#[test]
fn moves_need_a_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = Engine::open(OpenOptions { data_dir: dir.path(), key_env: Some("k"), secrets: std::sync::Arc::new(OsKeyring), clock: Clock::System }).expect("open");
    e.create_user(NewUserInput { external_user_id: Some("me".into()), ..Default::default() }).expect("user");
    assert_eq!(e.money_moves(&ME).unwrap_err().code(), ErrorCode::PlanRequired);
}

#[test]
fn a_money_move_per_pay_cycle_with_tasks_and_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = user_with_a_month(&dir, "en");
    // Paid monthly (no goal sets a cadence), next on 2026-04-03: the cycle runs 03-03 → 04-03.
    let cycle = e.generate_move_cycle(&ME).expect("cycle");
    assert_eq!((cycle.cycle_start.to_string(), cycle.due_date.to_string()), ("2026-03-03".into(), "2026-04-03".into()));
    assert_eq!(cycle.title, "Build your emergency fund");
    let tasks: Vec<&str> = cycle.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(tasks, vec!["Move $500 to savings on payday", "Spend $232 less on food before 2026-04-03", "Cancel one subscription you no longer use"]);
    // Again in the same cycle: the same move.
    assert_eq!(e.generate_move_cycle(&ME).expect("again").id, cycle.id);
    let available = e.move_cycles(&ME, Some("available"), 1).expect("list");
    assert_eq!(available.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), vec![cycle.id.as_str()]);
    // Checking tasks off moves it along.
    let c = e.set_move_task(&ME, &cycle.id, &cycle.tasks[0].id, true).expect("check");
    assert_eq!(c.status, MoveStatus::InProgress);
    for t in &cycle.tasks[1..] {
        e.set_move_task(&ME, &cycle.id, &t.id, true).expect("check");
    }
    assert_eq!(e.move_cycles(&ME, Some("completed"), 5).expect("done").len(), 1);
    assert_eq!(e.set_move_task(&ME, &cycle.id, "ozz_task_nope", true).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(e.move_cycles(&ME, Some("someday"), 5).unwrap_err().code(), ErrorCode::ValidationError);
    drop(e);

    // Payday passes: a new cycle; a cycle left undone expires and is kept as history.
    let reopen = |day: &str| {
        Engine::open(OpenOptions {
            data_dir: dir.path(),
            key_env: Some("intelligence-test"),
            secrets: std::sync::Arc::new(OsKeyring),
            clock: Clock::Fixed(chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("date")),
        })
        .expect("open")
    };
    let mut e = reopen("2026-04-04");
    let april = e.generate_move_cycle(&ME).expect("april");
    assert_eq!((april.cycle_start.to_string(), april.due_date.to_string()), ("2026-04-03".into(), "2026-05-03".into()));
    drop(e);
    let mut e = reopen("2026-05-04");
    e.generate_move_cycle(&ME).expect("may");
    let statuses: Vec<MoveStatus> = e.move_cycles(&ME, None, 10).expect("all").iter().map(|c| c.status).collect();
    assert_eq!(statuses, vec![MoveStatus::Available, MoveStatus::Expired, MoveStatus::Completed]);
}
