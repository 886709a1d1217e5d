//! The use-cases of Ozzie Local: every host (the `ozzie` CLI, `ozzie serve`, the desktop shell)
//! calls these and nothing below them, so a rule holds the same way everywhere.
//!
//! The engine owns one [`Store`] and a [`Clock`]. Users are addressed by [`UserRef`]: an Ozzie id
//! (`ozz_usr_…`) or `external:{external_user_id}`, which provisions the user on first use (the
//! seed's Flow B). Errors carry the seed's codes ([`EngineError::code`]).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use ozzie_core::goal::{project_goals, Capacity, GoalInput};
use ozzie_core::intake::{Intake, IntakeInput};
use ozzie_core::plan::compute_plan;
use ozzie_core::transaction::{ManualTransactionInput, Transaction, TransactionPage, TransactionQueryInput};
use ozzie_core::user::{validate_external_id, NewUser, NewUserInput, User, UserPatchInput};
use ozzie_core::wire::{ErrorEnvelope, GoalView};
use ozzie_core::{Currency, DomainError, ErrorCode, Language};
use ozzie_store::api_clients::{ApiClient, NewApiClient};
use ozzie_store::plans::StoredPlan;

use ozzie_store::{resolve_key, KeySource, Store, StoreError};

pub use ozzie_store::users::LOCAL_OWNER;
pub use ozzie_store::{DatabaseCheck, OsKeyring, SecretStore};
/// The domain types the use-cases take and return, for hosts that depend on the engine alone.
pub use ozzie_core as domain;

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "ozzie.db";

pub mod coach;
pub mod config;
pub mod extract;
pub mod ingestion;
pub mod intelligence;
pub mod messaging;
pub mod notices;
pub mod sync;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error(transparent)]
    Store(StoreError),
    /// Something this machine lacks (a tool to read PDFs or photos); the message says how to fix it.
    #[error("{0}")]
    Environment(String),
}

impl From<StoreError> for EngineError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Domain(d) => EngineError::Domain(d),
            other => EngineError::Store(other),
        }
    }
}

impl EngineError {
    pub fn code(&self) -> ErrorCode {
        match self {
            EngineError::Domain(d) => d.code(),
            EngineError::Store(
                StoreError::WrongKey { .. } | StoreError::KeyMissing { .. } | StoreError::KeyUnavailable { .. },
            ) => ErrorCode::DatabaseKeyError,
            EngineError::Store(_) | EngineError::Environment(_) => ErrorCode::InternalError,
        }
    }

    /// The seed's error envelope for this error.
    pub fn envelope(&self) -> ErrorEnvelope {
        match self {
            EngineError::Domain(d) => ErrorEnvelope::from(d),
            EngineError::Store(_) | EngineError::Environment(_) => ErrorEnvelope::new(self.code().as_str(), self.to_string(), None),
        }
    }
}

pub type EngineResult<T> = Result<T, EngineError>;

/// Where "today" comes from: the local calendar, or a fixed date (`OZZIE_TODAY`, for reproducible
/// runs and tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(NaiveDate),
}

impl Clock {
    /// `OZZIE_TODAY=YYYY-MM-DD` fixes the date; otherwise the system's local date.
    pub fn from_env_value(value: Option<&str>) -> EngineResult<Clock> {
        match value.map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(Clock::System),
            Some(v) => NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .map(Clock::Fixed)
                .map_err(|_| DomainError::validation("OZZIE_TODAY", format!("'{v}' is not a date; use YYYY-MM-DD")).into()),
        }
    }

    pub fn today(&self) -> NaiveDate {
        match self {
            Clock::System => chrono::Local::now().date_naive(),
            Clock::Fixed(d) => *d,
        }
    }
}

/// How a request names a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserRef {
    Id(String),
    External(String),
    /// The device's one local profile (CLI and desktop, when no user is named).
    LocalProfile,
}

impl UserRef {
    /// `ozz_usr_…` or `external:{id}`.
    pub fn parse(raw: &str) -> EngineResult<UserRef> {
        let raw = raw.trim();
        match raw.strip_prefix("external:") {
            Some(ext) => Ok(UserRef::External(validate_external_id(ext)?)),
            None if raw.is_empty() => Err(DomainError::validation("user_id", "must not be empty").into()),
            None => Ok(UserRef::Id(raw.to_string())),
        }
    }
}

/// Opening options for an engine over a data directory.
pub struct OpenOptions<'a> {
    pub data_dir: &'a Path,
    /// The value of `OZZIE_DB_KEY`, if set.
    pub key_env: Option<&'a str>,
    /// Where secrets live (the OS keyring in the product): the database key, and the LLM's API key.
    pub secrets: Arc<dyn SecretStore + Send + Sync>,
    pub clock: Clock,
}

pub struct Engine {
    store: Store,
    secrets: Arc<dyn SecretStore + Send + Sync>,
    owner: String,
    clock: Clock,
    key_source: KeySource,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").field("store", &self.store).field("owner", &self.owner).finish_non_exhaustive()
    }
}

impl Engine {
    /// Opens (creating on first run) the encrypted database in `data_dir`.
    pub fn open(options: OpenOptions<'_>) -> EngineResult<Engine> {
        let path = options.data_dir.join(DB_FILE);
        let path = absolute(&path);
        let (key, key_source) = resolve_key(options.key_env, options.secrets.as_ref(), &path)?;
        let store = Store::open(&path, &key)?;
        Ok(Engine { store, owner: LOCAL_OWNER.to_string(), clock: options.clock, key_source, secrets: options.secrets })
    }

    pub fn db_path(&self) -> &Path {
        self.store.path()
    }

    /// Where the database key came from: `env` (OZZIE_DB_KEY), `keyring`, or `keyring_created`
    /// (made on this run).
    /// `ozzie check`: SQLite's integrity and foreign-key checks over the whole encrypted file, and
    /// how many users, imports and transactions it holds.
    pub fn check_database(&self) -> EngineResult<ozzie_store::DatabaseCheck> {
        Ok(self.store.check()?)
    }

    pub fn key_source(&self) -> &'static str {
        match self.key_source {
            KeySource::Env => "env",
            KeySource::KeyringExisting => "keyring",
            KeySource::KeyringCreated => "keyring_created",
        }
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    // ---- API clients (`ozzie serve`) -----------------------------------------------------------

    /// A new API client; its secret is in the answer and nowhere else.
    pub fn create_api_client(&mut self, name: &str, requests_per_minute: u32) -> EngineResult<NewApiClient> {
        let name = name.trim();
        if name.is_empty() {
            return Err(DomainError::validation("name", "is required: a name for the client, e.g. \"billing-backend\"").into());
        }
        if requests_per_minute == 0 {
            return Err(DomainError::validation("requests_per_minute", "must be at least 1").into());
        }
        Ok(self.store.create_api_client(name, requests_per_minute)?)
    }

    /// The client when the credentials are right.
    pub fn authenticate(&self, client_id: &str, secret: &str) -> EngineResult<Option<ApiClient>> {
        Ok(self.store.authenticate_api_client(client_id, secret)?)
    }

    /// From now on, act for `owner`'s users: an API client's id, or this device's own.
    pub fn act_as(&mut self, owner: &str) {
        owner.clone_into(&mut self.owner);
    }

    // ---- users -------------------------------------------------------------------------------

    pub fn create_user(&mut self, input: NewUserInput) -> EngineResult<User> {
        let new = input.validate()?;
        Ok(self.store.create_user(&self.owner, &new)?)
    }

    /// Finds the user; `external:` ids are provisioned on first use (Flow B).
    pub fn user(&mut self, user: &UserRef) -> EngineResult<User> {
        match user {
            UserRef::Id(id) => self
                .store
                .user(&self.owner, id)?
                .ok_or_else(|| DomainError::NotFound(format!("No user with id '{id}'.")).into()),
            UserRef::External(ext) => match self.store.user_by_external_id(&self.owner, ext)? {
                Some(u) => Ok(u),
                None => {
                    let new = NewUser {
                        external_user_id: ext.clone(),
                        name: None,
                        email: None,
                        phone: None,
                        language: Language::En,
                        currency: Currency::USD,
                    };
                    Ok(self.store.create_user(&self.owner, &new)?)
                }
            },
            UserRef::LocalProfile => {
                let mut users = self.store.users(&self.owner)?;
                match users.len() {
                    1 => Ok(users.remove(0)),
                    0 => Err(DomainError::NotFound(
                        "There is no profile on this device yet. Create one with `ozzie user create --name …`.".into(),
                    )
                    .into()),
                    n => Err(DomainError::validation(
                        "user",
                        format!("this device has {n} profiles; choose one with --user ID or --user external:ID"),
                    )
                    .into()),
                }
            }
        }
    }

    pub fn users(&self) -> EngineResult<Vec<User>> {
        Ok(self.store.users(&self.owner)?)
    }

    pub fn update_user(&mut self, user: &UserRef, patch: UserPatchInput) -> EngineResult<User> {
        let current = self.user(user)?;
        let next = patch.apply(&current)?;
        Ok(self.store.update_user(&next)?)
    }

    // ---- intake and plan ---------------------------------------------------------------------

    pub fn submit_intake(&mut self, user: &UserRef, input: IntakeInput) -> EngineResult<Intake> {
        let user = self.user(user)?;
        let draft = input.validate(user.currency)?;
        Ok(self.store.insert_intake(&user.id, &draft)?)
    }

    /// The newest intake; INTAKE_REQUIRED when there is none.
    pub fn intake(&mut self, user: &UserRef) -> EngineResult<Intake> {
        let user = self.user(user)?;
        self.store.latest_intake(&user.id)?.ok_or_else(|| DomainError::IntakeRequired.into())
    }

    /// Every intake the user submitted, oldest first (the intake's history).
    pub fn intakes(&mut self, user: &UserRef) -> EngineResult<Vec<Intake>> {
        let user = self.user(user)?;
        Ok(self.store.intakes(&user.id)?)
    }

    /// Computes a new plan from the newest intake and the goals, and makes it the active one.
    pub fn generate_plan(&mut self, user: &UserRef) -> EngineResult<StoredPlan> {
        let user = self.user(user)?;
        let intake = self.store.latest_intake(&user.id)?.ok_or(DomainError::IntakeRequired)?;
        let goals = self.store.goals(&user.id)?;
        let plan = compute_plan(&intake.draft, &goals, self.today(), user.language);
        Ok(self.store.insert_plan(&user.id, &intake.id, &plan)?)
    }

    /// The active plan; PLAN_REQUIRED when none was generated.
    pub fn plan(&mut self, user: &UserRef) -> EngineResult<StoredPlan> {
        let user = self.user(user)?;
        self.store.active_plan(&user.id)?.ok_or_else(|| DomainError::PlanRequired.into())
    }

    // ---- goals -------------------------------------------------------------------------------

    pub fn create_goal(&mut self, user: &UserRef, input: GoalInput) -> EngineResult<GoalView> {
        let user = self.user(user)?;
        let draft = input.validate(user.currency)?;
        let goal = self.store.insert_goal(&user.id, &draft)?;
        let views = self.goal_views(&user)?;
        Ok(views.into_iter().find(|v| v.id == goal.id).unwrap_or_else(|| GoalView::new(&goal, None)))
    }

    pub fn goals(&mut self, user: &UserRef) -> EngineResult<Vec<GoalView>> {
        let user = self.user(user)?;
        self.goal_views(&user)
    }

    /// Goals with their projections against the active plan's monthly amounts.
    fn goal_views(&self, user: &User) -> EngineResult<Vec<GoalView>> {
        let goals = self.store.goals(&user.id)?;
        let intake = self.store.latest_intake(&user.id)?;
        let capacity = self.store.active_plan(&user.id)?.map(|plan| Capacity {
            savings: plan.recommended_monthly_savings,
            debt: intake.as_ref().map_or(0, |i| i.draft.monthly_debt_payment) + plan.recommended_extra_debt_payment,
        });
        let anchor = intake.and_then(|i| i.draft.next_pay_date);
        let projections = project_goals(&goals, capacity, self.today(), anchor);
        Ok(goals
            .iter()
            .map(|g| GoalView::new(g, projections.iter().find(|p| p.goal_id == g.id)))
            .collect())
    }

    // ---- transactions ------------------------------------------------------------------------

    /// Stores structured transactions, all or none.
    pub fn add_transactions(&mut self, user: &UserRef, items: Vec<ManualTransactionInput>) -> EngineResult<Vec<Transaction>> {
        let user = self.user(user)?;
        if items.is_empty() {
            return Err(DomainError::validation("transactions", "nothing to add").into());
        }
        let today = self.today();
        let validated = items
            .into_iter()
            .map(|i| i.validate(user.currency, today))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(self.store.insert_transactions(&user.id, &validated)?)
    }

    /// Stores rows another device already read (its sync), each once per the sender's id.
    pub fn add_transactions_once(&mut self, user: &UserRef, input: ozzie_core::transaction::BatchInput) -> EngineResult<Vec<Transaction>> {
        let user = self.user(user)?;
        let rows = input.validate(user.currency, self.today())?;
        Ok(self.store.insert_transactions_once(&user.id, &rows)?)
    }

    pub fn list_transactions(&mut self, user: &UserRef, query: TransactionQueryInput) -> EngineResult<TransactionPage> {
        let user = self.user(user)?;
        let query = query.validate()?;
        Ok(self.store.list_transactions(&user.id, &query)?)
    }

    /// Every transaction of the user, oldest first, written as `format` (CSV, JSON, an hledger or
    /// beancount journal).
    pub fn export(&mut self, user: &UserRef, format: ozzie_core::export::ExportFormat) -> EngineResult<ozzie_core::wire::ExportView> {
        use ozzie_core::export::{to_csv, to_journal, ExportFormat};
        let user = self.user(user)?;
        let all = self.store.transactions_since(&user.id, NaiveDate::MIN)?;
        let content = match format {
            ExportFormat::Csv => to_csv(&all),
            ExportFormat::Json => {
                let doc = serde_json::json!({
                    "user": ozzie_core::wire::UserView::from(&user),
                    "transactions": all.iter().map(ozzie_core::wire::ParsedTransactionView::from).collect::<Vec<_>>(),
                });
                serde_json::to_string_pretty(&doc).map_err(|e| EngineError::Environment(format!("the export could not be written: {e}")))?
            }
            ExportFormat::Hledger | ExportFormat::Beancount => to_journal(&all, format),
        };
        let name = match format {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::Hledger => "hledger",
            ExportFormat::Beancount => "beancount",
        };
        Ok(ozzie_core::wire::ExportView { format: name, file_name: format!("ozzie-{}.{}", self.today(), format.extension()), transactions: all.len(), content })
    }

    /// A person's correction of one transaction (category, amount, description, date).
    pub fn update_transaction(&mut self, user: &UserRef, id: &str, patch: ozzie_core::transaction::TransactionPatchInput) -> EngineResult<Transaction> {
        let user = self.user(user)?;
        let current = self.store.transaction(&user.id, id)?.ok_or_else(|| DomainError::NotFound(format!("No transaction with id '{id}' for this user.")))?;
        let next = patch.apply(&current.tx)?;
        Ok(self.store.update_transaction(&user.id, id, &next)?)
    }

    /// Deletes one transaction and returns it (the app offers an undo before it calls this).
    pub fn delete_transaction(&mut self, user: &UserRef, id: &str) -> EngineResult<Transaction> {
        let user = self.user(user)?;
        Ok(self.store.delete_transaction(&user.id, id)?)
    }

    /// Changes waiting for sync.
    pub fn outbox_len(&self) -> EngineResult<u64> {
        Ok(self.store.outbox_len()?)
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
