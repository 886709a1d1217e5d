//! `ozzie`: Ozzie Local from a terminal. Every subcommand is one engine use-case; flags mirror
//! the seed's JSON field names with dashes; `--json` prints exactly the seed's envelope.
//!
//! Errors go to stderr as `error[CODE]: message` (or the seed's error envelope with `--json`)
//! and the exit status says which kind of error it was (see [`exit_status`]).

mod advice;
mod args;
mod human;
mod ingest;
mod sync;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use ozzie_core::transaction::TransactionQueryInput;
use ozzie_core::wire::{
    Envelope, GoalListView, IntakeView, TransactionListView, TransactionPageView, TransactionView, UserView,
};
use ozzie_core::ErrorCode;
use ozzie_engine::{Clock, Engine, EngineError, OpenOptions, OsKeyring, UserRef};
use serde::Serialize;

use args::{ApiClientCmd, Cli, Command, DebtsCmd, GoalCmd, IntakeCmd, PlanCmd, TxCmd, UserCmd};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let json = cli.json;
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if json {
                let text = serde_json::to_string_pretty(&err.envelope()).unwrap_or_default();
                eprintln!("{text}");
            } else {
                eprintln!("error[{}]: {}", err.code(), err);
            }
            ExitCode::from(exit_status(err.code()))
        }
    }
}

/// Exit status per error kind: 2 bad input, 3 not found, 4 conflict, 5 a step is missing
/// (intake, plan, personality), 6 the database key, 1 anything else.
fn exit_status(code: ErrorCode) -> u8 {
    match code {
        ErrorCode::ValidationError => 2,
        ErrorCode::NotFound => 3,
        ErrorCode::Conflict => 4,
        ErrorCode::IntakeRequired | ErrorCode::PlanRequired | ErrorCode::PersonalityRequired => 5,
        ErrorCode::DatabaseKeyError => 6,
        _ => 1,
    }
}

fn data_dir(flag: Option<PathBuf>) -> PathBuf {
    flag.unwrap_or_else(|| dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("ozzie"))
}

fn run(cli: Cli) -> Result<(), EngineError> {
    let out = Output { json: cli.json };
    // Commands that need no database.
    match cli.command {
        Command::Parse(a) => return ingest::parse(a, &out),
        Command::IngestReport(a) => return ingest::report(a, &out),
        Command::Openapi => {
            // A closed pipe (`ozzie openapi | head`) is not an error worth a panic.
            let text = serde_json::to_string_pretty(&ozzie_api::openapi_document()).unwrap_or_default();
            let _ = std::io::Write::write_all(&mut std::io::stdout(), format!("{text}\n").as_bytes());
            return Ok(());
        }
        _ => {}
    }
    let dir = data_dir(cli.data_dir);
    let key_env = std::env::var("OZZIE_DB_KEY").ok();
    let today = std::env::var("OZZIE_TODAY").ok();
    let mut engine = Engine::open(OpenOptions {
        data_dir: &dir,
        key_env: key_env.as_deref(),
        secrets: std::sync::Arc::new(OsKeyring),
        clock: Clock::from_env_value(today.as_deref())?,
    })?;
    let who = match cli.user.as_deref() {
        Some(raw) => UserRef::parse(raw)?,
        None => UserRef::LocalProfile,
    };
    match cli.command {
        Command::Parse(_) | Command::IngestReport(_) | Command::Openapi => Ok(()),
        Command::Init => {
            let users = engine.users()?;
            out.print(
                "init",
                &serde_json::json!({
                    "data_dir": dir.display().to_string(),
                    "database": engine.db_path().display().to_string(),
                    "key_source": engine.key_source(),
                    "profiles": users.len(),
                }),
                |_| human::init(&engine, users.len()),
            )
        }
        Command::User(cmd) => match cmd {
            UserCmd::Create(a) => {
                let user = engine.create_user(a.into_input())?;
                out.print("user", &UserView::from(&user), human::user)
            }
            UserCmd::Show => {
                let user = engine.user(&who)?;
                out.print("user", &UserView::from(&user), human::user)
            }
            UserCmd::Update(a) => {
                let user = engine.update_user(&who, a.into_patch())?;
                out.print("user", &UserView::from(&user), human::user)
            }
        },
        Command::Intake(cmd) => {
            let intake = match cmd {
                IntakeCmd::Set(a) => engine.submit_intake(&who, a.into_input())?,
                IntakeCmd::Show => engine.intake(&who)?,
            };
            let user = engine.user(&who)?;
            out.print("financial_intake", &IntakeView::from(&intake), |v| human::intake(v, &user))
        }
        Command::Plan(cmd) => {
            let plan = match cmd {
                PlanCmd::Generate => engine.generate_plan(&who)?,
                PlanCmd::Show => engine.plan(&who)?,
            };
            let user = engine.user(&who)?;
            out.print("plan", &plan.document, |doc| human::plan(doc, &user))
        }
        Command::Goal(cmd) => match cmd {
            GoalCmd::Add(a) => {
                let goal = engine.create_goal(&who, a.into_input())?;
                let user = engine.user(&who)?;
                out.print("goal", &goal, |g| human::goals(std::slice::from_ref(g), &user))
            }
            GoalCmd::List => {
                let goals = engine.goals(&who)?;
                let user = engine.user(&who)?;
                out.print("goal_list", &GoalListView { goals }, |l| human::goals(&l.goals, &user))
            }
        },
        Command::Serve { addr } => {
            let whatsapp = engine.whatsapp_settings(&|var| std::env::var(var).ok())?;
            ozzie_api::serve(engine, &addr, whatsapp).map_err(|e| EngineError::Environment(format!("could not serve on {addr}: {e}")))
        }
        Command::ApiClient(ApiClientCmd::Create { name, requests_per_minute }) => {
            let c = engine.create_api_client(&name, requests_per_minute)?;
            // Shown once: only a hash of the secret is kept.
            out.print("api_client", &serde_json::json!({ "client_id": c.client_id, "client_secret": c.client_secret }), |v| {
                format!("{}\nKeep the secret now: it is not stored and cannot be shown again.", serde_json::to_string_pretty(v).unwrap_or_default())
            })
        }
        Command::Sync(a) => sync::run(engine, a, &out),
        Command::Chat(a) => advice::chat(&mut engine, &who, a, &out),
        Command::Config(cmd) => advice::config(&mut engine, cmd, &out),
        Command::Moves(cmd) => advice::cycles(&mut engine, &who, cmd, &out),
        Command::Recurring => advice::recurring(&mut engine, &who, &out),
        Command::Report(a) => {
            let report = engine.spending_report(&who, a.from.as_deref(), a.to.as_deref())?;
            let user = engine.user(&who)?;
            out.print("spending_report", &report, |r| human::spending_report(r, user.language))
        }
        Command::Check => {
            let check = engine.check_database()?;
            let view = serde_json::json!({
                "database": engine.db_path().display().to_string(),
                "sound": check.is_sound(),
                "problems": check.problems,
                "foreign_key_violations": check.foreign_key_violations,
                "users": check.users,
                "imports": check.imports,
                "transactions": check.transactions,
            });
            out.print("database_check", &view, |_| human::database_check(&check, engine.db_path()))?;
            if check.is_sound() {
                Ok(())
            } else {
                Err(EngineError::Environment(format!(
                    "{} is damaged: restore it from a backup, or export what still reads (`ozzie tx list`) before anything else",
                    engine.db_path().display()
                )))
            }
        }
        Command::Debts(DebtsCmd::Plan(a)) => advice::debt_plan(&mut engine, &who, a, &out),
        Command::Tx(cmd) => match cmd {
            TxCmd::Add(a) if !a.text.is_empty() => ingest::add_text(&mut engine, &who, a.text.join(" "), &out),
            TxCmd::Import(a) => ingest::import(&mut engine, &who, a, &out),
            TxCmd::Add(a) => {
                let stored = engine.add_transactions(&who, vec![a.into_input()])?;
                let user = engine.user(&who)?;
                let view = TransactionListView { transactions: stored.iter().map(TransactionView::from).collect() };
                out.print("transaction_list", &view, |v| human::transactions(&v.transactions, None, &user))
            }
            TxCmd::List(a) => {
                let query = TransactionQueryInput {
                    limit: a.limit.map(|l| l.to_string()),
                    cursor: a.cursor,
                    from: a.from,
                    to: a.to,
                    category: a.category,
                    q: None,
                    review: None,
                };
                let page = engine.list_transactions(&who, query)?;
                let user = engine.user(&who)?;
                let view = TransactionPageView::from(&page);
                out.print("list", &view, |v| human::transactions(&v.transactions, Some(v), &user))
            }
        },
    }
}

/// Prints a result as the seed's envelope (`--json`) or as text for people.
pub(crate) struct Output {
    pub(crate) json: bool,
}

impl Output {
    pub(crate) fn print<T: Serialize>(&self, object: &'static str, data: &T, human: impl FnOnce(&T) -> String) -> Result<(), EngineError> {
        let text = if self.json {
            serde_json::to_string_pretty(&Envelope::new(object, data)).unwrap_or_default()
        } else {
            human(data)
        };
        let mut stdout = std::io::stdout().lock();
        // A closed pipe (`ozzie tx list | head`) is not an error worth reporting.
        let _ = writeln!(stdout, "{text}");
        Ok(())
    }
}
