//! The command line. Flag names are the seed's JSON field names with dashes, so anything the API
//! takes can be typed here the same way (both intake and goal dialects included).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use ozzie_core::goal::GoalInput;
use ozzie_core::intake::IntakeInput;
use ozzie_core::transaction::ManualTransactionInput;
use ozzie_core::user::{NewUserInput, UserPatchInput};

/// Ozzie Local: a personal-finance coach on your own device, over an encrypted database.
#[derive(Debug, Parser)]
#[command(name = "ozzie", version, about, long_about = None)]
pub struct Cli {
    /// Where the encrypted database lives [default: the platform data dir, e.g. ~/.local/share/ozzie]
    #[arg(long, global = true, env = "OZZIE_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Print the seed API's JSON envelope ({"object":…,"data":…}) instead of text
    #[arg(long, global = true)]
    pub json: bool,

    /// The user to act for: an Ozzie id (ozz_usr_…) or external:ID [default: this device's profile]
    #[arg(long, global = true, value_name = "ID")]
    pub user: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the encrypted database (and its key) if needed, and say where it is
    Init,
    /// Create, show or update a user profile
    #[command(subcommand)]
    User(UserCmd),
    /// Record or show the financial intake (income, expenses, debt, goal)
    #[command(subcommand)]
    Intake(IntakeCmd),
    /// Generate or show the savings/debt plan
    #[command(subcommand)]
    Plan(PlanCmd),
    /// Add or list goals
    #[command(subcommand)]
    Goal(GoalCmd),
    /// Add, import or list transactions
    #[command(subcommand)]
    Tx(TxCmd),
    /// Ask the coach about your money ("Am I on track?", "Can I afford a $300 purchase?")
    Chat(ChatArgs),
    /// Settings: the coach's provider (offline, openai, ozzie) and how to reach it
    #[command(subcommand)]
    Config(ConfigCmd),
    /// Money moves: this month's recommendations from your plan and your spending
    #[command(subcommand)]
    Moves(MovesCmd),
    /// Recurring charges (subscriptions, bills) found in your transactions
    Recurring,
    /// Spending per month and category over your whole history (or --from/--to); income left out
    Report(SpendingReportArgs),
    /// Check the encrypted database (after a crash, a power cut or a copy): SQLite's integrity and
    /// foreign-key checks over every page, and how many rows it holds. Exit status 1 when unsound.
    Check,
    /// Debt payoff: avalanche and snowball side by side
    #[command(subcommand)]
    Debts(DebtsCmd),
    /// Serve the seed's /v1 HTTP API over this database
    Serve {
        /// Where to listen
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
    },
    /// API clients of `ozzie serve`
    #[command(subcommand)]
    ApiClient(ApiClientCmd),
    /// Sync with the remote Ozzie endpoint: send the queued changes, fetch what it made
    /// (`sync status`: where it stands; `sync retry`: try the refused changes again)
    Sync(SyncArgs),
    /// Print the /v1 API's OpenAPI document (what `ozzie serve` answers at /v1/openapi.json)
    Openapi,
    /// Read transactions from a sentence or a file and print them, storing nothing (no database)
    Parse(ParseArgs),
    /// Score the offline parsers on a golden corpus: accuracy per language and per file format
    IngestReport(ReportArgs),
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SyncArgs {
    #[command(subcommand)]
    pub command: Option<SyncCmd>,
    /// Keep syncing until stopped (Ctrl-C): a run every --interval seconds, sooner when a retry is due
    #[arg(long)]
    pub watch: bool,
    /// Seconds between runs with --watch
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub interval: u64,
}

#[derive(Debug, Subcommand)]
pub enum SyncCmd {
    /// Waiting and refused changes, the last sync, the cached remote plan and money moves
    Status,
    /// Put the changes the remote refused back in the queue (after fixing the cause)
    Retry,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// en, pt or es [default: en]
    #[arg(long)]
    pub language: Option<String>,
    /// The currency when the input names none [default: USD for en, BRL for pt, EUR for es]
    #[arg(long)]
    pub currency: Option<String>,
    /// The date "yesterday" is relative to [default: today, or OZZIE_TODAY]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// text, image, pdf, spreadsheet, ofx or qif [default: detected from the file]
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Read this file instead of TEXT
    #[arg(long, value_name = "PATH", conflicts_with = "text")]
    pub file: Option<PathBuf>,
    /// Each line of the file is a message of its own (a chat export), not one long message
    #[arg(long, requires = "file")]
    pub lines: bool,
    /// The sentence, e.g. "coffee $5 and lunch $15"
    #[arg(value_name = "TEXT", required_unless_present = "file")]
    pub text: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The corpus directory (sentences/ and files/)
    #[arg(long, value_name = "DIR", default_value = "tests/fixtures/ingest")]
    pub fixtures: PathBuf,
    /// Also list every case that was not exactly right
    #[arg(long)]
    pub misses: bool,
}

#[derive(Debug, Subcommand)]
pub enum UserCmd {
    /// Create a user (on a device: its profile)
    Create(UserCreateArgs),
    /// Show the user
    Show,
    /// Change name, email, phone, language or currency
    Update(ProfileArgs),
}

/// The profile fields that `user create` and `user update` share.
#[derive(Debug, Args)]
pub struct ProfileArgs {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    /// E.164, e.g. +15551234567
    #[arg(long, alias = "phone-e164")]
    pub phone: Option<String>,
    /// en, pt or es [default on create: en]
    #[arg(long)]
    pub language: Option<String>,
    /// ISO 4217 code [default on create: USD]
    #[arg(long)]
    pub currency: Option<String>,
}

#[derive(Debug, Args)]
pub struct UserCreateArgs {
    /// Your own id for this user (max 100 characters) [default: local]
    #[arg(long)]
    pub external_user_id: Option<String>,
    #[command(flatten)]
    pub profile: ProfileArgs,
}

impl UserCreateArgs {
    pub fn into_input(self) -> NewUserInput {
        let p = self.profile;
        NewUserInput {
            external_user_id: Some(self.external_user_id.unwrap_or_else(|| "local".into())),
            name: p.name,
            email: p.email,
            phone: p.phone,
            phone_e164: None,
            language: p.language,
            currency: p.currency,
        }
    }
}

impl ProfileArgs {
    pub fn into_patch(self) -> UserPatchInput {
        UserPatchInput {
            name: self.name,
            email: self.email,
            phone: self.phone,
            phone_e164: None,
            language: self.language,
            currency: self.currency,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum IntakeCmd {
    /// Record a new intake snapshot (either dialect's fields)
    Set(Box<IntakeSetArgs>),
    /// Show the newest intake
    Show,
}

/// Amounts are in major units of the user's currency (5000 = $5,000.00).
#[derive(Debug, Args)]
pub struct IntakeSetArgs {
    #[arg(long, value_name = "AMOUNT")]
    pub monthly_income: Option<f64>,
    /// Everything going out each month, debt payments included
    #[arg(long, value_name = "AMOUNT")]
    pub monthly_expenses: Option<f64>,
    /// savings or debt
    #[arg(long, value_name = "GOAL")]
    pub financial_goal: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub next_pay_date: Option<String>,
    #[arg(long, value_name = "AMOUNT")]
    pub monthly_net_income: Option<f64>,
    #[arg(long, value_name = "AMOUNT")]
    pub monthly_fixed_expenses: Option<f64>,
    #[arg(long, value_name = "AMOUNT")]
    pub monthly_variable_expenses: Option<f64>,
    #[arg(long, value_name = "AMOUNT")]
    pub total_debt: Option<f64>,
    #[arg(long, value_name = "AMOUNT")]
    pub monthly_debt_payment: Option<f64>,
    /// Yearly interest rate of the debt, e.g. 18.5
    #[arg(long, value_name = "PERCENT")]
    pub debt_interest_rate_percent: Option<f64>,
    /// savings or debt (the other dialect's name for --financial-goal)
    #[arg(long, value_name = "GOAL")]
    pub primary_goal: Option<String>,
    #[arg(long, value_name = "AMOUNT")]
    pub current_savings: Option<f64>,
}

impl IntakeSetArgs {
    pub fn into_input(self) -> IntakeInput {
        IntakeInput {
            monthly_income: self.monthly_income,
            monthly_expenses: self.monthly_expenses,
            financial_goal: self.financial_goal,
            next_pay_date: self.next_pay_date,
            monthly_net_income: self.monthly_net_income,
            monthly_fixed_expenses: self.monthly_fixed_expenses,
            monthly_variable_expenses: self.monthly_variable_expenses,
            total_debt: self.total_debt,
            monthly_debt_payment: self.monthly_debt_payment,
            primary_goal: self.primary_goal,
            current_savings: self.current_savings,
            debt_interest_rate_percent: self.debt_interest_rate_percent,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum PlanCmd {
    /// Build a new plan from the newest intake and your goals
    Generate,
    /// Show the active plan
    Show,
}

#[derive(Debug, Subcommand)]
pub enum GoalCmd {
    /// Add a savings or debt goal
    Add(GoalAddArgs),
    /// List goals with their progress and projections
    List,
}

#[derive(Debug, Args)]
pub struct GoalAddArgs {
    #[arg(long, alias = "goal-name")]
    pub name: Option<String>,
    /// savings or debt [default: savings]
    #[arg(long)]
    pub goal_type: Option<String>,
    #[arg(long, value_name = "AMOUNT")]
    pub target_amount: Option<f64>,
    /// Debt goals: the balance owed now. Savings goals: what is saved already
    #[arg(long, value_name = "AMOUNT")]
    pub starting_amount: Option<f64>,
    #[arg(long, value_name = "AMOUNT")]
    pub current_amount: Option<f64>,
    #[arg(long)]
    pub currency: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub target_date: Option<String>,
    /// biweekly or monthly [default: monthly]
    #[arg(long)]
    pub cadence: Option<String>,
}

impl GoalAddArgs {
    pub fn into_input(self) -> GoalInput {
        GoalInput {
            name: self.name,
            goal_name: None,
            goal_type: self.goal_type,
            target_amount: self.target_amount,
            starting_amount: self.starting_amount,
            current_amount: self.current_amount,
            currency: self.currency,
            target_date: self.target_date,
            cadence: self.cadence,
        }
    }
}

#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum TxCmd {
    /// Add transactions from a sentence ("coffee $5 and lunch $15"), or one field by field
    Add(TxAddArgs),
    /// Import bank files (CSV/TSV, OFX/QFX, QIF, PDF statements, receipt photos), all or nothing each
    Import(ImportArgs),
    /// List transactions, newest first
    List(TxListArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// spreadsheet, ofx, qif, pdf or image [default: detected from each file]
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
}

#[derive(Debug, Args)]
pub struct TxAddArgs {
    /// A sentence with one or more transactions, in the user's language
    #[arg(value_name = "TEXT", conflicts_with_all = ["amount_cents", "category", "description", "transaction_date"])]
    pub text: Vec<String>,
    /// In cents, always positive: 4500 is 45.00 (money in uses --category income)
    #[arg(long, allow_negative_numbers = true)]
    pub amount_cents: Option<i64>,
    /// food, transport, housing, utilities, health, entertainment, education, clothing, income, other
    #[arg(long)]
    pub category: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub transaction_date: Option<String>,
    /// [default: the user's currency]
    #[arg(long)]
    pub currency: Option<String>,
}

impl TxAddArgs {
    pub fn into_input(self) -> ManualTransactionInput {
        ManualTransactionInput {
            amount_cents: self.amount_cents,
            currency: self.currency,
            category: self.category,
            description: self.description,
            transaction_date: self.transaction_date,
        }
    }
}

#[derive(Debug, Args)]
pub struct SpendingReportArgs {
    /// From this date on [default: the first transaction]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    /// Up to this date [default: the last transaction]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
}

#[derive(Debug, Args)]
pub struct TxListArgs {
    /// On or after this date
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    /// On or before this date
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    /// One category or several, comma-separated: food,transport
    #[arg(long)]
    pub category: Option<String>,
    /// 1 to 200 [default: 50]
    #[arg(long, allow_negative_numbers = true)]
    pub limit: Option<i64>,
    /// next_cursor from the previous page (or an ISO 8601 datetime)
    #[arg(long)]
    pub cursor: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum MovesCmd {
    /// This month's money moves, most important first
    List,
    /// The money move of the current pay cycle, with its tasks (made on first call)
    Generate,
    /// Pay-cycle money moves, newest first
    Cycles {
        /// available, in_progress, completed or expired
        #[arg(long)]
        status: Option<String>,
        #[arg(long, default_value_t = 10)]
        limit: u32,
    },
    /// Check a task of a pay-cycle money move off (or on again with --undo)
    Done {
        move_id: String,
        task_id: String,
        #[arg(long)]
        undo: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum DebtsCmd {
    /// Compare paying the highest rate first (avalanche) with the smallest balance first (snowball)
    Plan(DebtsPlanArgs),
}

#[derive(Debug, Args)]
pub struct DebtsPlanArgs {
    /// A debt as NAME:BALANCE:RATE:MINIMUM, e.g. "Visa:4200:22.9:120" (repeat for each debt)
    /// [default: the intake's debt]
    #[arg(long = "debt", value_name = "NAME:BALANCE:RATE:MINIMUM")]
    pub debts: Vec<String>,
    /// What goes to debt each month in total [default: the minimums, or for the intake's debt its
    /// payment plus the plan's extra]
    #[arg(long, value_name = "AMOUNT")]
    pub budget: Option<f64>,
}

#[derive(Debug, Args)]
pub struct ChatArgs {
    /// The message; with none, prints the conversation so far
    pub message: Vec<String>,
    /// Answer in en, pt or es this time [default: the profile's language]
    #[arg(long)]
    pub language: Option<String>,
    /// Change the coach's tone: encouraging, direct or cheerful
    #[arg(long, conflicts_with = "message")]
    pub personality: Option<String>,
    /// How many past messages to print
    #[arg(long, default_value_t = 20)]
    pub last: u32,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Set one setting. Secrets (openai.api_key, ozzie.client_secret, whatsapp.*) go to the OS keyring; give
    /// them on standard input (leave VALUE out) so they stay out of your shell history
    Set {
        /// provider, openai.base_url, openai.model, openai.timeout_seconds, openai.api_key,
        /// ozzie.base_url, ozzie.client_id, ozzie.client_secret, whatsapp.api_url,
        /// whatsapp.verify_token, whatsapp.app_secret, whatsapp.access_token
        key: String,
        value: Option<String>,
    },
    /// Show every setting (secrets only as set or not)
    Get,
}

#[derive(Debug, Subcommand)]
pub enum ApiClientCmd {
    /// Create a client; prints its client_id and client_secret once (only a hash is kept)
    Create {
        name: String,
        /// Requests a minute before RATE_LIMIT_EXCEEDED
        #[arg(long, default_value_t = 120)]
        requests_per_minute: u32,
    },
}
