//! What each queued change becomes on the remote, and what the remote's answer means for it.
//! Pure: the engine hands in the change (built from the outbox entry and, for an import, its rows)
//! and gets back the requests, the verdict and the ids to remember.
//!
//! | change                 | request                                               | also accepted |
//! |------------------------|-------------------------------------------------------|---------------|
//! | user created           | POST /users (its `external_user_id`), then PATCH its profile | 409: it exists |
//! | user changed           | PATCH /users/external:{id}                            |               |
//! | intake submitted       | POST /users/external:{id}/financial-intake            |               |
//! | plan generated         | POST /users/external:{id}/plan/generate               |               |
//! | goal created           | POST /users/external:{id}/goals                       |               |
//! | transactions (typed or imported) | POST /users/external:{id}/transactions/batch, 500 a request, each row with its local id | |
//! | transaction changed    | PATCH /users/external:{id}/transactions/{remote id}   |               |
//! | transaction deleted    | DELETE /users/external:{id}/transactions/{remote id}  | 404: gone already |

use chrono::NaiveDate;
use ozzie_core::transaction::{Category, NewTransaction, Source};
use ozzie_core::Currency;
use serde_json::{json, Map, Value};

use crate::remote::{Method, Reply, Request};
use crate::retry::{verdict, Verdict};

/// Rows per batch request: a large import goes as several requests, each with its own key.
pub const BATCH_ROWS: usize = 500;

/// One queued change, with what the engine read for it.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// The user as the API shows it (`UserView`).
    CreateUser { user: Value },
    UpdateUser { user: Value },
    /// The intake as the API shows it (`IntakeView`).
    SubmitIntake { intake: Value },
    GeneratePlan,
    /// The goal as the API shows it (`GoalView`).
    CreateGoal { goal: Value },
    /// Transactions as the API shows them (`TransactionView`, with their local ids).
    AddTransactions { transactions: Vec<Value> },
    /// `remote_id` is `None` when the transaction never reached the remote.
    UpdateTransaction { remote_id: Option<String>, transaction: Value },
    DeleteTransaction { remote_id: Option<String> },
}

/// What to do for a change.
#[derive(Debug, Clone, PartialEq)]
pub enum Plan {
    /// Send these, in order; the change is done when all are accepted.
    Send(Vec<Request>),
    /// Nothing to send (deleting what the remote never had, an import whose rows are all gone).
    Nothing,
    /// It cannot be sent; park it with this reason.
    Park(String),
}

/// The remote path of a user: `/users/external:{id}` (Flow B).
pub fn user_path(external_user_id: &str) -> String {
    format!("/users/external:{}", encode(external_user_id))
}

/// Percent-encodes everything but RFC 3986's unreserved characters, for one path segment or
/// query value.
pub fn encode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for b in raw.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The fields of `from` named in `keys` that are not null.
fn pick(from: &Value, keys: &[&str]) -> Value {
    let mut out = Map::new();
    for key in keys {
        if let Some(v) = from.get(*key).filter(|v| !v.is_null()) {
            out.insert((*key).to_string(), v.clone());
        }
    }
    Value::Object(out)
}

/// A batch request's key: the entry's key, the request's position and a hash of the row ids it
/// carries. Resent with the same rows, it gets the kept answer; if rows were deleted meanwhile, the
/// rows differ, so does the key, and the remote (which stores each row id once) answers afresh.
fn batch_key(key: &str, n: usize, rows: &[Value]) -> String {
    // FNV-1a: stable across versions and platforms, which is all a key needs.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for row in rows {
        for b in row.get("id").and_then(Value::as_str).unwrap_or("").bytes().chain([0]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{key}-{n}-{hash:016x}")
}

fn batch_row(t: &Value) -> Value {
    pick(t, &["id", "amount_cents", "currency", "category", "description", "transaction_date", "source", "ai_confidence"])
}

impl Change {
    /// The requests for this change of the user `external_user_id`, keyed by `key` (the outbox
    /// entry's idempotency key; a batch's n-th request adds `-n`).
    pub fn plan(&self, external_user_id: &str, key: &str) -> Plan {
        let user = user_path(external_user_id);
        let send = |method, path: String, body: Option<Value>| Plan::Send(vec![Request { method, path, body, idempotency_key: Some(key.to_string()) }]);
        match self {
            Change::CreateUser { user: u } => {
                // Then the profile, in case the remote had already made the user from its
                // external id (Flow B: a WhatsApp message may come first) with defaults.
                let profile = pick(u, &["name", "email", "phone", "language", "currency"]);
                let mut body = profile.clone();
                if let Value::Object(map) = &mut body {
                    map.insert("external_user_id".into(), Value::String(external_user_id.to_string()));
                }
                Plan::Send(vec![
                    Request { method: Method::Post, path: "/users".into(), body: Some(body), idempotency_key: Some(key.to_string()) },
                    Request { method: Method::Patch, path: user, body: Some(profile), idempotency_key: Some(format!("{key}-profile")) },
                ])
            }
            Change::UpdateUser { user: u } => send(Method::Patch, user, Some(pick(u, &["name", "email", "phone", "language", "currency"]))),
            Change::SubmitIntake { intake } => {
                // The detailed split when it was given, else the total; the seed-001 names throughout.
                let mut keys = vec!["monthly_net_income", "total_debt", "monthly_debt_payment", "debt_interest_rate_percent", "current_savings", "primary_goal", "next_pay_date"];
                if intake.get("monthly_fixed_expenses").is_some_and(|v| !v.is_null()) {
                    keys.extend(["monthly_fixed_expenses", "monthly_variable_expenses"]);
                } else {
                    keys.push("monthly_expenses");
                }
                send(Method::Post, format!("{user}/financial-intake"), Some(pick(intake, &keys)))
            }
            Change::GeneratePlan => send(Method::Post, format!("{user}/plan/generate"), None),
            Change::CreateGoal { goal } => send(
                Method::Post,
                format!("{user}/goals"),
                Some(pick(goal, &["name", "goal_type", "target_amount", "starting_amount", "currency", "target_date", "cadence"])),
            ),
            Change::AddTransactions { transactions } if transactions.is_empty() => Plan::Nothing,
            Change::AddTransactions { transactions } => Plan::Send(
                transactions
                    .chunks(BATCH_ROWS)
                    .enumerate()
                    .map(|(n, rows)| Request {
                        method: Method::Post,
                        path: format!("{user}/transactions/batch"),
                        body: Some(json!({ "transactions": rows.iter().map(batch_row).collect::<Vec<_>>() })),
                        idempotency_key: Some(batch_key(key, n, rows)),
                    })
                    .collect(),
            ),
            Change::UpdateTransaction { remote_id: None, .. } => Plan::Park("this transaction's creation never reached the remote, so its change cannot either".into()),
            Change::UpdateTransaction { remote_id: Some(id), transaction } => send(
                Method::Patch,
                format!("{user}/transactions/{}", encode(id)),
                Some(pick(transaction, &["amount_cents", "category", "description", "transaction_date"])),
            ),
            Change::DeleteTransaction { remote_id: None } => Plan::Nothing,
            Change::DeleteTransaction { remote_id: Some(id) } => send(Method::Delete, format!("{user}/transactions/{}", encode(id)), None),
        }
    }

    /// What one reply means for this change.
    pub fn verdict(&self, reply: &Reply) -> Verdict {
        match (self, reply.status) {
            (Change::CreateUser { .. }, 409) | (Change::DeleteTransaction { .. }, 404) => Verdict::Accepted,
            (_, 200..=299) if !self.answer_readable(reply) => {
                // A 2xx whose body did not arrive whole: ask again; the key gets the same answer.
                Verdict::Retry { after: None, reason: "the remote's answer arrived incomplete".into() }
            }
            _ => verdict(reply),
        }
    }

    fn answer_readable(&self, reply: &Reply) -> bool {
        match self {
            Change::AddTransactions { .. } => reply.data().get("transactions").is_some_and(Value::is_array),
            _ => reply.data().is_object(),
        }
    }

    /// The (local id, remote id) pairs the accepted replies establish.
    pub fn ids(&self, replies: &[Reply]) -> Vec<(String, String)> {
        let id_of = |v: &Value| v.get("id").and_then(Value::as_str).map(String::from);
        match self {
            Change::CreateUser { user } => {
                let local = id_of(user);
                let remote = replies.first().and_then(|r| id_of(r.data())).or_else(|| user.get("external_user_id").and_then(Value::as_str).map(|e| format!("external:{e}")));
                local.zip(remote).into_iter().collect()
            }
            Change::CreateGoal { goal } => id_of(goal).zip(replies.first().and_then(|r| id_of(r.data()))).into_iter().collect(),
            Change::AddTransactions { transactions } => {
                let remote = replies.iter().flat_map(|r| r.data().get("transactions").and_then(Value::as_array).cloned().unwrap_or_default());
                transactions.iter().zip(remote).filter_map(|(local, remote)| id_of(local).zip(id_of(&remote))).collect()
            }
            _ => Vec::new(),
        }
    }
}

/// The first page (or the page after `cursor`) of a user's transactions on the remote.
pub fn transactions_page(external_user_id: &str, cursor: Option<&str>) -> Request {
    let mut path = format!("{}/transactions?limit=100", user_path(external_user_id));
    if let Some(c) = cursor {
        path.push_str("&cursor=");
        path.push_str(&encode(c));
    }
    Request { method: Method::Get, path, body: None, idempotency_key: None }
}

/// A transaction as the remote lists it: its remote id and the row to store, or why it cannot be
/// read.
pub fn remote_transaction(v: &Value) -> Result<(String, NewTransaction), String> {
    let text = |k: &str| v.get(k).and_then(Value::as_str).ok_or_else(|| format!("a remote transaction has no {k}"));
    let id = text("id")?.to_string();
    let bad = |k: &str| format!("remote transaction {id} has an unreadable {k}");
    let item = NewTransaction {
        amount_cents: v.get("amount_cents").and_then(Value::as_i64).ok_or_else(|| bad("amount_cents"))?,
        currency: Currency::parse("currency", text("currency")?).map_err(|_| bad("currency"))?,
        category: Category::parse("category", text("category")?).map_err(|_| bad("category"))?,
        description: v.get("description").and_then(Value::as_str).unwrap_or("").to_string(),
        transaction_date: NaiveDate::parse_from_str(text("transaction_date")?.get(..10).unwrap_or(""), "%Y-%m-%d").map_err(|_| bad("transaction_date"))?,
        source: v.get("source").and_then(Value::as_str).and_then(Source::parse).unwrap_or(Source::ApiText),
        ai_confidence: v.get("ai_confidence").and_then(Value::as_f64).unwrap_or(1.0),
    }
    .validate()
    .map_err(|e| format!("remote transaction {id}: {e}"))?;
    Ok((id, item))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(status: u16, body: Value) -> Reply {
        Reply { status, body, retry_after: None }
    }

    #[test]
    fn a_large_import_goes_in_batches_each_with_its_own_key() {
        let rows: Vec<Value> = (0..1_201).map(|i| json!({"id": format!("ozz_txn_{i}"), "amount_cents": 100, "currency": "USD", "category": "food", "description": "x", "transaction_date": "2026-11-01", "user_id": "u"})).collect();
        let Plan::Send(requests) = (Change::AddTransactions { transactions: rows }).plan("me/you", "ozz_idem_1") else { panic!("sends") };
        assert_eq!(requests.len(), 3);
        assert_eq!(requests[0].path, "/users/external:me%2Fyou/transactions/batch");
        let keys: Vec<_> = requests.iter().map(|r| r.idempotency_key.clone().unwrap_or_default()).collect();
        assert!(keys[0].starts_with("ozz_idem_1-0-") && keys[2].starts_with("ozz_idem_1-2-"), "{keys:?}");
        assert_eq!(keys.iter().collect::<std::collections::HashSet<_>>().len(), 3);
        let first = &requests[0].body.as_ref().expect("body")["transactions"][0];
        assert_eq!(first["id"], "ozz_txn_0");
        assert!(first.get("user_id").is_none(), "only the row's own fields go");
    }

    #[test]
    fn a_batch_key_follows_its_rows() {
        let rows = |ids: &[&str]| ids.iter().map(|i| json!({"id": i})).collect::<Vec<_>>();
        let key = |ids: &[&str]| match (Change::AddTransactions { transactions: rows(ids) }).plan("u", "k") {
            Plan::Send(r) => r[0].idempotency_key.clone().unwrap_or_default(),
            other => panic!("{other:?}"),
        };
        assert_eq!(key(&["a", "b"]), key(&["a", "b"]));
        assert_ne!(key(&["a", "b"]), key(&["a"]));
        assert_ne!(key(&["ab"]), key(&["a", "b"]));
    }

    #[test]
    fn tolerated_answers_and_incomplete_ones() {
        let create = Change::CreateUser { user: json!({"id": "ozz_usr_1", "external_user_id": "ana"}) };
        assert_eq!(create.verdict(&reply(409, json!({"error": {"code": "CONFLICT"}}))), Verdict::Accepted);
        assert_eq!(create.ids(&[reply(409, Value::Null)]), [("ozz_usr_1".to_string(), "external:ana".to_string())]);
        let delete = Change::DeleteTransaction { remote_id: Some("r1".into()) };
        assert_eq!(delete.verdict(&reply(404, Value::Null)), Verdict::Accepted);
        let goal = Change::CreateGoal { goal: json!({"id": "g"}) };
        assert!(matches!(goal.verdict(&reply(201, Value::Null)), Verdict::Retry { .. }), "a 2xx without its body is asked again");
        assert!(matches!(goal.verdict(&reply(400, json!({"error": {"code": "VALIDATION_ERROR", "message": "m"}}))), Verdict::Refused { .. }));
    }

    #[test]
    fn batch_answers_pair_local_and_remote_ids_in_order() {
        let change = Change::AddTransactions { transactions: vec![json!({"id": "a"}), json!({"id": "b"})] };
        let answer = reply(201, json!({"data": {"transactions": [{"id": "ra"}, {"id": "rb"}]}}));
        assert_eq!(change.ids(&[answer]), [("a".to_string(), "ra".to_string()), ("b".to_string(), "rb".to_string())]);
    }

    #[test]
    fn changes_that_cannot_or_need_not_be_sent() {
        assert!(matches!((Change::UpdateTransaction { remote_id: None, transaction: json!({}) }).plan("u", "k"), Plan::Park(_)));
        assert_eq!((Change::DeleteTransaction { remote_id: None }).plan("u", "k"), Plan::Nothing);
        assert_eq!((Change::AddTransactions { transactions: vec![] }).plan("u", "k"), Plan::Nothing);
    }

    #[test]
    fn the_intake_goes_with_the_split_it_was_given() {
        let detailed = json!({"monthly_net_income": 5000.0, "monthly_expenses": 3000.0, "monthly_fixed_expenses": 2000.0, "monthly_variable_expenses": 1000.0, "total_debt": 0.0});
        let Plan::Send(r) = (Change::SubmitIntake { intake: detailed }).plan("u", "k") else { panic!() };
        let body = r[0].body.clone().expect("body");
        assert!(body.get("monthly_expenses").is_none() && body["monthly_fixed_expenses"] == 2000.0);
    }

    #[test]
    fn remote_rows_are_checked_like_local_ones() {
        let ok = json!({"id": "r", "amount_cents": 450, "currency": "BRL", "category": "food", "description": "pão", "transaction_date": "2026-11-02", "source": "whatsapp_text", "ai_confidence": 0.9});
        let (id, t) = remote_transaction(&ok).expect("reads");
        assert_eq!((id.as_str(), t.amount_cents, t.source), ("r", 450, Source::WhatsappText));
        assert!(remote_transaction(&json!({"id": "r", "amount_cents": -5, "currency": "BRL", "category": "food", "transaction_date": "2026-11-02"})).is_err());
    }
}
