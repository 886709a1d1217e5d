//! Sync with a remote Ozzie endpoint: the loop that drains the outbox, pulls what the remote
//! created, and refreshes what it derived. What to send and what an answer means are decided in
//! `ozzie_sync` (pure); this module reads and writes the store around each send.
//!
//! - The database is held only between sends ([`Turns`]): the app's screens and `ozzie serve`
//!   keep working while a slow remote answers.
//! - Entries go in queue order per user (user → intake → plan → goals → transactions is the order
//!   they were made in). A user whose entry must wait holds the user's later entries back for
//!   this run; other users go on.
//! - An entry leaves the queue only together with the ids it established (one transaction), so
//!   a crash at any point resends it with the same idempotency key, and the remote answers it
//!   from memory.
//! - No connection at all stops the run (offline); the entry waits its backoff.
//! - Pulling a user's transactions from the remote waits until none of the user's changes are in
//!   flight, so a row this device sent is never taken for one the remote made.
//! - One sync at a time per database: a lock file beside it, released by the OS if the process dies.

use std::collections::HashSet;
use std::time::Duration;

use chrono::{DateTime, Utc};
use ozzie_ai::ozzie::{ClientSecret, OzzieConfig};
use ozzie_core::wire::TransactionView;
use ozzie_core::DomainError;
use ozzie_store::outbox::OutboxEntry;
use ozzie_sync::changes::{remote_transaction, transactions_page, user_path};
use ozzie_sync::{Change, Method, Plan, Reply, Request, Verdict};
pub use ozzie_store::sync::KeptResponse;
pub use ozzie_sync::{Backoff, Remote};
use serde_json::Value;

use crate::{Engine, EngineError, EngineResult};

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// How a sync run reaches the engine: a turn at a time, never across a network call.
pub trait Turns {
    fn turn<R>(&self, work: impl FnOnce(&mut Engine) -> R) -> R;
}

impl Turns for std::sync::Mutex<Engine> {
    fn turn<R>(&self, work: impl FnOnce(&mut Engine) -> R) -> R {
        let mut engine = self.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        work(&mut engine)
    }
}

impl Turns for std::cell::RefCell<Engine> {
    fn turn<R>(&self, work: impl FnOnce(&mut Engine) -> R) -> R {
        work(&mut self.borrow_mut())
    }
}

/// What one run did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct SyncReport {
    /// Queued changes the remote took.
    pub sent: usize,
    /// Changes that will be tried again later.
    pub waiting: usize,
    /// Changes the remote refused this run (kept, with the reason).
    pub parked: usize,
    /// Transactions made on the remote, now stored here.
    pub pulled: usize,
    /// Remote plans and money moves fetched again.
    pub refreshed: usize,
    /// Set when the remote could not be reached: the run stopped there.
    pub offline: Option<String>,
}

/// A change the remote refused, as shown to people.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct ParkedChange {
    pub user_id: String,
    /// user, intake, plan, goal, transaction or import.
    pub entity: String,
    pub entity_id: String,
    /// create, update or delete.
    pub op: String,
    pub error: String,
    pub attempts: u32,
}

/// A remote document kept here.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct CachedView {
    pub user_id: String,
    /// plan or money_moves.
    pub kind: String,
    pub fetched_at: Option<String>,
    /// A local change it depends on has not been reflected yet.
    pub stale: bool,
}

/// Where sync stands, for `ozzie sync status` and the app.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct SyncStatus {
    /// A remote is configured and sync is on.
    pub enabled: bool,
    pub remote_url: Option<String>,
    /// Changes waiting to be sent.
    pub pending: u64,
    pub parked: Vec<ParkedChange>,
    pub last_attempt_at: Option<String>,
    pub last_success_at: Option<String>,
    pub last_error: Option<String>,
    pub cached: Vec<CachedView>,
}

/// One change ready to send.
struct Step {
    seq: i64,
    user_id: String,
    attempts: u32,
    change: Change,
    plan: Plan,
}

fn environment(e: impl std::fmt::Display) -> EngineError {
    EngineError::Environment(e.to_string())
}

fn time_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Engine {
    /// The remote to sync with, if sync is on: `env` (the process environment) may give
    /// OZZIE_REMOTE_URL, OZZIE_REMOTE_CLIENT_ID and OZZIE_REMOTE_CLIENT_SECRET, which win over
    /// the settings (`sync = on` with ozzie.base_url, ozzie.client_id, ozzie.client_secret).
    pub fn sync_remote(&self, env: &dyn Fn(&str) -> Option<String>) -> EngineResult<Option<Remote>> {
        let from_env = |var: &str| env(var).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let env_url = from_env("OZZIE_REMOTE_URL");
        if env_url.is_none() && self.store.setting("sync")?.as_deref() != Some("on") {
            return Ok(None);
        }
        let missing = || -> EngineError {
            DomainError::validation(
                "sync",
                "sync needs the remote's URL and client credentials: `ozzie config set ozzie.base_url …`, ozzie.client_id and ozzie.client_secret (or OZZIE_REMOTE_URL, OZZIE_REMOTE_CLIENT_ID, OZZIE_REMOTE_CLIENT_SECRET)",
            )
            .into()
        };
        let base_url = match env_url {
            Some(url) => url,
            None => self.store.setting("ozzie.base_url")?.ok_or_else(missing)?,
        };
        let client_id = match from_env("OZZIE_REMOTE_CLIENT_ID") {
            Some(id) => id,
            None => self.store.setting("ozzie.client_id")?.ok_or_else(missing)?,
        };
        let secret = match from_env("OZZIE_REMOTE_CLIENT_SECRET") {
            Some(s) => Some(s),
            None => self.secret("ozzie.client_secret"),
        };
        let client_secret = secret.and_then(ClientSecret::new).ok_or_else(missing)?;
        Remote::new(OzzieConfig { base_url, client_id, client_secret, timeout: DEFAULT_TIMEOUT }).map(Some).map_err(environment)
    }

    /// Where sync stands.
    pub fn sync_status(&self, remote: Option<&Remote>) -> EngineResult<SyncStatus> {
        let parked = self
            .store
            .parked_outbox(100)?
            .into_iter()
            .map(|e| ParkedChange { user_id: e.user_id, entity: e.entity, entity_id: e.entity_id, op: e.op, error: e.last_error.unwrap_or_default(), attempts: e.attempts })
            .collect();
        let mut cached = Vec::new();
        for (user_id, _) in self.store.synced_users()? {
            for c in self.store.remote_cache(&user_id)? {
                cached.push(CachedView { user_id: user_id.clone(), kind: c.kind, fetched_at: c.fetched_at, stale: c.stale });
            }
        }
        Ok(SyncStatus {
            enabled: remote.is_some(),
            remote_url: remote.map(|r| r.base_url().to_string()),
            pending: self.store.outbox_len()?,
            parked,
            last_attempt_at: self.store.sync_state("last_attempt_at")?,
            last_success_at: self.store.sync_state("last_success_at")?,
            last_error: self.store.sync_state("last_error")?,
            cached,
        })
    }

    /// Puts the changes the remote refused back in the queue (after the person fixed the cause).
    pub fn retry_parked(&mut self) -> EngineResult<usize> {
        Ok(self.store.retry_parked()?)
    }

    /// A remote document kept for the user (`plan` or `money_moves`): its body and whether it is stale.
    pub fn cached_remote(&mut self, who: &crate::UserRef, kind: &str) -> EngineResult<Option<(Value, bool)>> {
        let user = self.user(who)?;
        Ok(self
            .store
            .remote_cache(&user.id)?
            .into_iter()
            .find(|c| c.kind == kind)
            .and_then(|c| Some((serde_json::from_str(c.body.as_deref()?).ok()?, c.stale))))
    }

    /// The serving side: the answer kept for an Idempotency-Key under `scope` (a credential's hash).
    pub fn kept_response(&self, scope: &str, key: &str) -> EngineResult<Option<KeptResponse>> {
        Ok(self.store.kept_response(scope, key)?)
    }

    /// The serving side: keeps the answer to an Idempotency-Key.
    pub fn keep_response(&mut self, scope: &str, key: &str, answer: &KeptResponse) -> EngineResult<()> {
        Ok(self.store.keep_response(scope, key, answer)?)
    }

    /// The first queued change that may go now, skipping users in `held` and holding back users
    /// whose next change must still wait.
    fn next_step(&mut self, held: &mut HashSet<String>, now: DateTime<Utc>) -> EngineResult<Option<Step>> {
        let mut after = 0;
        loop {
            let entries = self.store.pending_outbox_after(after, 200)?;
            let Some(last) = entries.last() else { return Ok(None) };
            after = last.seq;
            for entry in entries {
                if held.contains(&entry.user_id) {
                    continue;
                }
                let due = entry.next_attempt_at.as_deref().and_then(|t| DateTime::parse_from_rfc3339(t).ok()).is_none_or(|t| t <= now);
                if !due {
                    held.insert(entry.user_id);
                    continue;
                }
                return self.step(entry).map(Some);
            }
        }
    }

    fn step(&mut self, entry: OutboxEntry) -> EngineResult<Step> {
        let payload: Value = serde_json::from_str(&entry.payload).unwrap_or(Value::Null);
        let change = match (entry.entity.as_str(), entry.op.as_str()) {
            ("user", "create") => Some(Change::CreateUser { user: payload }),
            ("user", "update") => Some(Change::UpdateUser { user: payload }),
            ("intake", "create") => Some(Change::SubmitIntake { intake: payload }),
            ("plan", "create") => Some(Change::GeneratePlan),
            ("goal", "create") => Some(Change::CreateGoal { goal: payload }),
            ("transaction", "create") => Some(Change::AddTransactions { transactions: vec![payload] }),
            ("import", "create") => {
                let rows = self.store.import_transactions(&entry.entity_id)?;
                let transactions = rows.iter().map(|t| serde_json::to_value(TransactionView::from(t)).unwrap_or(Value::Null)).collect();
                Some(Change::AddTransactions { transactions })
            }
            ("transaction", "update") => match self.store.remote_id(&entry.entity_id)? {
                // Deleted since, before its import reached the remote: nothing to change there.
                None if self.store.transaction(&entry.user_id, &entry.entity_id)?.is_none() => Some(Change::DeleteTransaction { remote_id: None }),
                remote_id => Some(Change::UpdateTransaction { remote_id, transaction: payload }),
            },
            ("transaction", "delete") => Some(Change::DeleteTransaction { remote_id: self.store.remote_id(&entry.entity_id)? }),
            _ => None,
        };
        let external = self.store.external_user_id(&entry.user_id)?;
        let (change, plan) = match (change, external) {
            (Some(change), Some(external)) => {
                let plan = change.plan(&external, &entry.idempotency_key);
                (change, plan)
            }
            (change, external) => {
                let why = if external.is_none() { "its user is no longer on this device" } else { "this kind of change is not synced" };
                (change.unwrap_or(Change::GeneratePlan), Plan::Park(why.into()))
            }
        };
        Ok(Step { seq: entry.seq, user_id: entry.user_id, attempts: entry.attempts, change, plan })
    }

    /// The remote took the step: its ids are kept and it leaves the queue; a new plan is kept as
    /// the remote's plan.
    fn step_done(&mut self, step: &Step, replies: &[Reply]) -> EngineResult<()> {
        self.store.outbox_synced(step.seq, &step.user_id, &step.change.ids(replies))?;
        if step.change == Change::GeneratePlan {
            if let Some(reply) = replies.first() {
                self.store.put_remote_cache(&step.user_id, "plan", &reply.data().to_string(), step.seq)?;
            }
        }
        Ok(())
    }
}

/// One sync run: send what is due, then pull and refresh for users with nothing in flight.
/// `backoff` times the retries.
pub fn sync_once(turns: &impl Turns, remote: &Remote, backoff: Backoff) -> EngineResult<SyncReport> {
    let _lock = turns.turn(|e| SyncLock::take(e.db_path()))?;
    let started = Utc::now();
    turns.turn(|e| e.store.set_sync_state("last_attempt_at", Some(&time_text(started))))?;
    let mut report = SyncReport::default();
    let mut held = HashSet::new();
    let mut refused = None;
    while let Some(step) = turns.turn(|e| e.next_step(&mut held, started))? {
        let requests = match &step.plan {
            Plan::Nothing => Vec::new(),
            Plan::Park(why) => {
                turns.turn(|e| e.store.outbox_park(step.seq, why))?;
                report.parked += 1;
                refused = Some(why.clone());
                continue;
            }
            Plan::Send(requests) => requests.clone(),
        };
        let (verdict, replies) = match send_all(remote, &step.change, &requests) {
            Ok(done) => done,
            Err(unreachable) => {
                let wait = backoff.next_delay(step.attempts);
                turns.turn(|e| e.store.outbox_retry_later(step.seq, &unreachable.0, &time_text(Utc::now() + wait)))?;
                report.waiting += 1;
                report.offline = Some(unreachable.0);
                break;
            }
        };
        match verdict {
            Verdict::Accepted => {
                turns.turn(|e| e.step_done(&step, &replies))?;
                report.sent += 1;
            }
            Verdict::Retry { after, reason } => {
                let wait = after.unwrap_or_else(|| backoff.next_delay(step.attempts));
                turns.turn(|e| e.store.outbox_retry_later(step.seq, &reason, &time_text(Utc::now() + wait)))?;
                held.insert(step.user_id);
                report.waiting += 1;
            }
            Verdict::Refused { reason } => {
                turns.turn(|e| e.store.outbox_park(step.seq, &reason))?;
                report.parked += 1;
                refused = Some(reason);
            }
        }
    }
    if report.offline.is_none() {
        if let Err(unreachable) = pull_and_refresh(turns, remote, &mut report) {
            report.offline = Some(unreachable.0);
        }
    }
    let error = report.offline.clone().map(|o| format!("offline: {o}")).or(refused);
    turns.turn(|e| -> EngineResult<()> {
        e.store.set_sync_state("last_error", error.as_deref())?;
        if report.offline.is_none() {
            e.store.set_sync_state("last_success_at", Some(&time_text(Utc::now())))?;
        }
        Ok(())
    })?;
    Ok(report)
}

/// Sends a change's requests in order, stopping at the first that is not accepted.
fn send_all(remote: &Remote, change: &Change, requests: &[Request]) -> Result<(Verdict, Vec<Reply>), ozzie_sync::Unreachable> {
    let mut replies = Vec::with_capacity(requests.len());
    for request in requests {
        let reply = remote.send(request)?;
        let verdict = change.verdict(&reply);
        if verdict != Verdict::Accepted {
            return Ok((verdict, replies));
        }
        replies.push(reply);
    }
    Ok((Verdict::Accepted, replies))
}

/// For each user the remote knows and with nothing in flight: stores the transactions the remote
/// made, and fetches the remote's plan and money moves again when they are stale or missing.
fn pull_and_refresh(turns: &impl Turns, remote: &Remote, report: &mut SyncReport) -> Result<(), ozzie_sync::Unreachable> {
    let users = turns.turn(|e| e.store.synced_users()).unwrap_or_default();
    for (user_id, _) in users {
        let ready = turns.turn(|e| -> EngineResult<Option<String>> {
            if e.store.user_has_pending(&user_id)? {
                return Ok(None);
            }
            Ok(e.store.external_user_id(&user_id)?)
        });
        let Ok(Some(external)) = ready else { continue };
        let mut rows = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let reply = remote.send(&transactions_page(&external, cursor.as_deref()))?;
            if reply.status != 200 {
                break;
            }
            let data = reply.data();
            rows.extend(data.get("transactions").and_then(Value::as_array).into_iter().flatten().filter_map(|t| remote_transaction(t).ok()));
            cursor = data.get("next_cursor").and_then(Value::as_str).map(String::from);
            if !data.get("has_more").and_then(Value::as_bool).unwrap_or(false) || cursor.is_none() {
                break;
            }
        }
        // Stored only if, meanwhile, no change of the user started its way to the remote.
        let pulled = turns.turn(|e| -> EngineResult<usize> {
            if e.store.user_has_pending(&user_id)? {
                return Ok(0);
            }
            Ok(e.store.insert_pulled_transactions(&user_id, &rows)?)
        });
        report.pulled += pulled.unwrap_or(0);

        for (kind, path) in [("plan", "/plan"), ("money_moves", "/money-moves")] {
            // The position is taken while nothing of the user is in flight: all before it is on the remote.
            let due = turns.turn(|e| -> EngineResult<Option<i64>> {
                if e.store.user_has_pending(&user_id)? {
                    return Ok(None);
                }
                let fresh = e.store.remote_cache(&user_id)?.iter().any(|c| c.kind == kind && !c.stale && c.body.is_some());
                Ok((!fresh).then_some(e.store.outbox_last_seq()?))
            });
            let Ok(Some(source_seq)) = due else { continue };
            let reply = remote.send(&Request { method: Method::Get, path: format!("{}{path}", user_path(&external)), body: None, idempotency_key: None })?;
            if reply.status == 200 {
                let body = reply.data().to_string();
                if turns.turn(|e| e.store.put_remote_cache(&user_id, kind, &body, source_seq)).is_ok() {
                    report.refreshed += 1;
                }
            }
        }
    }
    Ok(())
}

/// The one-sync-at-a-time lock: an exclusive lock on `<database>.sync-lock`, held for the run.
struct SyncLock(#[allow(dead_code)] std::fs::File);

impl SyncLock {
    fn take(db_path: &std::path::Path) -> EngineResult<SyncLock> {
        let mut path = db_path.as_os_str().to_owned();
        path.push(".sync-lock");
        let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(|e| environment(format!("the sync lock {} could not be opened: {e}", std::path::Path::new(&path).display())))?;
        match file.try_lock() {
            Ok(()) => Ok(SyncLock(file)),
            Err(std::fs::TryLockError::WouldBlock) => Err(DomainError::Conflict("another sync of this database is running; try again when it finishes".into()).into()),
            Err(std::fs::TryLockError::Error(e)) => Err(environment(format!("the sync lock could not be taken: {e}"))),
        }
    }
}
