//! Queries of the `transactions` table: batch inserts (one SQLite transaction per submission, all
//! or nothing) and keyset-paginated listing in (transaction_date desc, id desc) order.
//!
//! Rows are keyed by an integer `key` and point at their user and import by integer keys, so a
//! million-row import writes small rows into one append-only b-tree (see the migration
//! `20261122210000_keyed_transactions`). The public id is a ULID behind `ozz_txn_` whose time part
//! is the creation time and whose 80-bit random part is the key: [`transaction_id`] and
//! [`transaction_key`] convert, and ids sort like the keys they carry.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use ozzie_core::transaction::{Category, Cursor, NewTransaction, Source, Transaction, TransactionPage, TransactionQuery};
use ozzie_core::wire::TransactionView;
use ozzie_core::{Currency, DomainError};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension};

use crate::error::StoreResult;
use crate::outbox::{enqueue, Entity, Op};
use crate::{bad_value, now, parse_time, time_text, Store};

const ID_PREFIX: &str = "ozz_txn_";
/// The ULID's random part is 80 bits; keys stay far below that.
const KEY_BITS: u32 = 80;

/// The public id of the transaction stored under `key`, created at `created_at`.
pub fn transaction_id(created_at: &DateTime<Utc>, key: i64) -> String {
    let ms = u64::try_from(created_at.timestamp_millis()).unwrap_or(0);
    format!("{ID_PREFIX}{}", ulid::Ulid::from_parts(ms, u128::from(key.unsigned_abs())))
}

/// The key inside a public id, or `None` when `id` is not a transaction id of this store.
pub fn transaction_key(id: &str) -> Option<i64> {
    let ulid = ulid::Ulid::from_string(id.strip_prefix(ID_PREFIX)?).ok()?;
    i64::try_from(ulid.0 & ((1u128 << KEY_BITS) - 1)).ok()
}

/// The columns [`from_row`] reads, with the import's source and time for rows that leave theirs NULL.
const SELECT: &str = "SELECT t.key, u.id, t.amount_cents, t.currency, t.category_code, t.description, t.transaction_day,
        coalesce(t.source, i.source), t.confidence_pct, coalesce(t.created_at, i.created_at)
    FROM transactions t JOIN users u ON u.key = t.user_key LEFT JOIN imports i ON i.key = t.import_key";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Transaction> {
    let conv = |e: ozzie_core::DomainError| bad_value(e.to_string());
    let source: String = r.get(7)?;
    let created_at = parse_time(&r.get::<_, String>(9)?)?;
    Ok(Transaction {
        id: transaction_id(&created_at, r.get(0)?),
        user_id: r.get(1)?,
        tx: NewTransaction {
            amount_cents: r.get(2)?,
            currency: Currency::parse("currency", &r.get::<_, String>(3)?).map_err(conv)?,
            category: category_of(r.get(4)?)?,
            description: r.get(5)?,
            transaction_date: date_of_day(r.get(6)?)?,
            source: Source::parse(&source).ok_or_else(|| bad_value(format!("source {source}")))?,
            ai_confidence: f64::from(r.get::<_, u8>(8)?) / 100.0,
        },
        created_at,
    })
}

/// The integer key of a user (`None`: no such user).
pub(crate) fn user_key(conn: &rusqlite::Connection, user_id: &str) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached("SELECT key FROM users WHERE id = ?1")?.query_row([user_id], |r| r.get(0)).optional()
}

/// Hands out transaction keys inside one SQLite transaction: one past the highest key ever given
/// (a deleted transaction's key is never reused), recorded by [`KeyRange::record`] before commit.
pub(crate) struct KeyRange {
    next: i64,
}

impl KeyRange {
    pub(crate) fn start(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<KeyRange> {
        let last: i64 = tx.query_row(
            "SELECT max(coalesce((SELECT last_key FROM key_sequences WHERE name = 'transactions'), 0),
                        coalesce((SELECT max(key) FROM transactions), 0))",
            [],
            |r| r.get(0),
        )?;
        Ok(KeyRange { next: last + 1 })
    }

    pub(crate) fn take(&mut self) -> i64 {
        self.next += 1;
        self.next - 1
    }

    pub(crate) fn record(&self, tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<()> {
        tx.execute(
            "INSERT INTO key_sequences (name, last_key) VALUES ('transactions', ?1)
             ON CONFLICT (name) DO UPDATE SET last_key = max(last_key, excluded.last_key)",
            [self.next - 1],
        )?;
        Ok(())
    }
}

/// One typed row to store: the sender's id for it (kept as its external id), or the remote id it
/// was pulled under.
struct TypedRow<'a> {
    item: &'a NewTransaction,
    sender_id: Option<&'a str>,
    remote_id: Option<&'a str>,
}

/// Where a row came from: an import (whose source and time it shares), or typed on its own.
pub(crate) enum Origin<'a> {
    Import { key: i64 },
    Direct { created_at: &'a str },
}

/// The one INSERT of a transaction row, for typed entries and imports alike, prepared once per
/// batch of rows ([`insert_row`] runs it).
pub(crate) fn insert_statement<'t>(tx: &'t rusqlite::Transaction<'_>) -> rusqlite::Result<rusqlite::CachedStatement<'t>> {
    tx.prepare_cached(
        "INSERT INTO transactions (key, user_key, transaction_day, amount_cents, currency, category_code, description,
                                   confidence_pct, import_key, source, created_at, external_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )
}

/// Stores one row with the statement of [`insert_statement`].
pub(crate) fn insert_row(
    insert: &mut rusqlite::Statement<'_>,
    key: i64,
    user_key: i64,
    item: &NewTransaction,
    origin: &Origin<'_>,
    external_id: Option<&str>,
) -> rusqlite::Result<usize> {
    let (import_key, source, created_at) = match origin {
        Origin::Import { key } => (Some(*key), None, None),
        Origin::Direct { created_at } => (None, Some(item.source.as_str()), Some(*created_at)),
    };
    insert.execute(params![
        key,
        user_key,
        day_number(item.transaction_date),
        item.amount_cents,
        item.currency.code(),
        category_code(item.category),
        item.description,
        confidence_pct(item.ai_confidence),
        import_key,
        source,
        created_at,
        external_id,
    ])
}

/// Imported rows without a bank id stored this many to a statement: one statement's cursors,
/// program start and reset serve them all.
pub(crate) const IMPORT_ROWS_PER_INSERT: usize = 32;

/// The INSERT of [`IMPORT_ROWS_PER_INSERT`] imported rows at once (nine values each; source,
/// creation time and external id are the import's or absent).
pub(crate) fn imported_rows_statement<'t>(tx: &'t rusqlite::Transaction<'_>) -> rusqlite::Result<rusqlite::CachedStatement<'t>> {
    let row = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
    let values = vec![row; IMPORT_ROWS_PER_INSERT].join(", ");
    tx.prepare_cached(&format!(
        "INSERT INTO transactions (key, user_key, transaction_day, amount_cents, currency, category_code, description,
                                   confidence_pct, import_key) VALUES {values}"
    ))
}

/// Stores exactly [`IMPORT_ROWS_PER_INSERT`] rows of one import with [`imported_rows_statement`].
pub(crate) fn insert_imported_rows(
    insert: &mut rusqlite::Statement<'_>,
    user_key: i64,
    import_key: i64,
    rows: &[(i64, NewTransaction)],
) -> rusqlite::Result<usize> {
    debug_assert_eq!(rows.len(), IMPORT_ROWS_PER_INSERT);
    let mut at = 1;
    for (key, item) in rows {
        insert.raw_bind_parameter(at, key)?;
        insert.raw_bind_parameter(at + 1, user_key)?;
        insert.raw_bind_parameter(at + 2, day_number(item.transaction_date))?;
        insert.raw_bind_parameter(at + 3, item.amount_cents)?;
        insert.raw_bind_parameter(at + 4, item.currency.code())?;
        insert.raw_bind_parameter(at + 5, category_code(item.category))?;
        insert.raw_bind_parameter(at + 6, item.description.as_str())?;
        insert.raw_bind_parameter(at + 7, confidence_pct(item.ai_confidence))?;
        insert.raw_bind_parameter(at + 8, import_key)?;
        at += 9;
    }
    insert.raw_execute()
}

/// `ai_confidence` is kept in hundredths (what the API shows), as one small integer.
fn confidence_pct(confidence: f64) -> u8 {
    // Clamped to 0..=100 first, so the cast is exact.
    (confidence.clamp(0.0, 1.0) * 100.0).round() as u8
}

/// The stored code of each category, by position. These numbers are in every database file:
/// append only, never reorder.
const CATEGORY_CODES: [Category; 10] = [
    Category::Food,
    Category::Transport,
    Category::Housing,
    Category::Utilities,
    Category::Health,
    Category::Entertainment,
    Category::Education,
    Category::Clothing,
    Category::Income,
    Category::Other,
];

pub(crate) fn category_code(category: Category) -> i64 {
    CATEGORY_CODES.iter().position(|c| *c == category).map_or(9, |i| i as i64)
}

fn category_of(code: i64) -> rusqlite::Result<Category> {
    usize::try_from(code).ok().and_then(|i| CATEGORY_CODES.get(i)).copied().ok_or_else(|| bad_value(format!("category code {code}")))
}

/// Dates are stored as days since 1970-01-01: two bytes a row instead of ten, in the row and in
/// the date index.
pub(crate) fn day_number(date: NaiveDate) -> i64 {
    date.signed_duration_since(NaiveDate::default()).num_days()
}

fn date_of_day(day: i64) -> rusqlite::Result<NaiveDate> {
    NaiveDate::default().checked_add_signed(chrono::TimeDelta::days(day)).ok_or_else(|| bad_value(format!("day {day}")))
}

fn no_user(user_id: &str) -> crate::StoreError {
    DomainError::NotFound(format!("No user with id '{user_id}'.")).into()
}

fn no_transaction(id: &str) -> crate::StoreError {
    DomainError::NotFound(format!("No transaction with id '{id}' for this user.")).into()
}

impl Store {
    /// Stores all of `items` or none of them.
    pub fn insert_transactions(&mut self, user_id: &str, items: &[NewTransaction]) -> StoreResult<Vec<Transaction>> {
        let rows: Vec<TypedRow<'_>> = items.iter().map(|item| TypedRow { item, sender_id: None, remote_id: None }).collect();
        self.insert_rows(user_id, &rows, true)
    }

    /// Stores rows a sender named with its own ids (another device's sync), all or none: a row
    /// whose id this user already has is answered with the stored transaction, not stored again,
    /// so a resent batch adds nothing. Queued for sync like any new transaction.
    pub fn insert_transactions_once(&mut self, user_id: &str, items: &[(String, NewTransaction)]) -> StoreResult<Vec<Transaction>> {
        let rows: Vec<TypedRow<'_>> = items.iter().map(|(id, item)| TypedRow { item, sender_id: Some(id), remote_id: None }).collect();
        self.insert_rows(user_id, &rows, true)
    }

    /// Stores transactions pulled from the remote endpoint, each with its remote id in `sync_ids`
    /// and not queued (they came from there); a remote id already known is skipped. Returns how
    /// many were new.
    pub fn insert_pulled_transactions(&mut self, user_id: &str, items: &[(String, NewTransaction)]) -> StoreResult<usize> {
        let rows: Vec<TypedRow<'_>> = items.iter().map(|(remote, item)| TypedRow { item, sender_id: None, remote_id: Some(remote) }).collect();
        self.insert_rows(user_id, &rows, false).map(|stored| stored.len())
    }

    fn insert_rows(&mut self, user_id: &str, rows: &[TypedRow<'_>], queue: bool) -> StoreResult<Vec<Transaction>> {
        let tx = self.conn.transaction()?;
        let user_key = user_key(&tx, user_id)?.ok_or_else(|| no_user(user_id))?;
        let mut keys = KeyRange::start(&tx)?;
        let mut stored = Vec::with_capacity(rows.len());
        let created_at = now();
        let created_text = time_text(&created_at);
        let mut insert = insert_statement(&tx)?;
        for row in rows {
            if let Some(sender_id) = row.sender_id {
                let existing = tx
                    .prepare_cached(&format!("{SELECT} WHERE t.user_key = ?1 AND t.external_id = ?2"))?
                    .query_row(params![user_key, sender_id], from_row)
                    .optional()?;
                if let Some(existing) = existing {
                    stored.push(existing);
                    continue;
                }
            }
            if let Some(remote_id) = row.remote_id {
                let known = tx.prepare_cached("SELECT 1 FROM sync_ids WHERE user_id = ?1 AND remote_id = ?2")?.exists(params![user_id, remote_id])?;
                if known {
                    continue;
                }
            }
            let key = keys.take();
            let t = Transaction { id: transaction_id(&created_at, key), user_id: user_id.to_string(), tx: row.item.clone(), created_at };
            insert_row(&mut insert, key, user_key, row.item, &Origin::Direct { created_at: &created_text }, row.sender_id)?;
            if queue {
                enqueue(&tx, user_id, Entity::Transaction, &t.id, Op::Create, &TransactionView::from(&t))?;
            }
            if let Some(remote_id) = row.remote_id {
                crate::sync::map_id(&tx, user_id, &t.id, remote_id)?;
            }
            stored.push(t);
        }
        drop(insert);
        keys.record(&tx)?;
        tx.commit()?;
        Ok(stored)
    }

    /// The transactions an import stored that are still there, in file order.
    pub fn import_transactions(&self, import_id: &str) -> StoreResult<Vec<Transaction>> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE i.id = ?1 ORDER BY t.key"))?;
        let rows = stmt.query_map([import_id], from_row)?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// One of the user's transactions (`None`: no such transaction for this user).
    pub fn transaction(&self, user_id: &str, id: &str) -> StoreResult<Option<Transaction>> {
        let Some(key) = transaction_key(id) else { return Ok(None) };
        let found = self
            .conn
            .prepare_cached(&format!("{SELECT} WHERE t.key = ?1 AND u.id = ?2"))?
            .query_row(params![key, user_id], from_row)
            .optional()?;
        // The id must be the one handed out (its time part too), not just carry the key.
        Ok(found.filter(|t| t.id == id))
    }

    /// Replaces a transaction's amount, category, description, date and confidence with `next`'s
    /// (its currency, source and import stay), queued for sync as an update.
    pub fn update_transaction(&mut self, user_id: &str, id: &str, next: &NewTransaction) -> StoreResult<Transaction> {
        let current = self.transaction(user_id, id)?.ok_or_else(|| no_transaction(id))?;
        let key = transaction_key(id).ok_or_else(|| no_transaction(id))?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE transactions SET amount_cents = ?2, category_code = ?3, description = ?4, transaction_day = ?5, confidence_pct = ?6, updated_at = ?7
             WHERE key = ?1",
            params![
                key,
                next.amount_cents,
                category_code(next.category),
                next.description,
                day_number(next.transaction_date),
                (next.ai_confidence * 100.0).round() as i64,
                time_text(&now())
            ],
        )?;
        let updated = Transaction { tx: NewTransaction { currency: current.tx.currency, source: current.tx.source, ..next.clone() }, ..current };
        enqueue(&tx, user_id, Entity::Transaction, id, Op::Update, &TransactionView::from(&updated))?;
        tx.commit()?;
        Ok(updated)
    }

    /// Deletes a transaction, queued for sync as a delete; returns what was deleted.
    pub fn delete_transaction(&mut self, user_id: &str, id: &str) -> StoreResult<Transaction> {
        let current = self.transaction(user_id, id)?.ok_or_else(|| no_transaction(id))?;
        let key = transaction_key(id).ok_or_else(|| no_transaction(id))?;
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM transactions WHERE key = ?1", [key])?;
        enqueue(&tx, user_id, Entity::Transaction, id, Op::Delete, &TransactionView::from(&current))?;
        tx.commit()?;
        Ok(current)
    }

    /// One page of the user's transactions matching `query`, with the total matching count.
    pub fn list_transactions(&self, user_id: &str, query: &TransactionQuery) -> StoreResult<TransactionPage> {
        let Some(user_key) = user_key(&self.conn, user_id)? else {
            return Ok(TransactionPage { transactions: Vec::new(), has_more: false, next_cursor: None, total_count: 0 });
        };
        let mut filters = vec!["t.user_key = ?".to_string()];
        let mut args: Vec<Value> = vec![Value::Integer(user_key)];
        if let Some(from) = query.from {
            filters.push("t.transaction_day >= ?".into());
            args.push(Value::Integer(day_number(from)));
        }
        if let Some(to) = query.to {
            filters.push("t.transaction_day <= ?".into());
            args.push(Value::Integer(day_number(to)));
        }
        if !query.categories.is_empty() {
            filters.push(format!("t.category_code IN ({})", vec!["?"; query.categories.len()].join(", ")));
            args.extend(query.categories.iter().map(|c| Value::Integer(category_code(*c))));
        }
        if let Some(text) = &query.text {
            // instr over lower(): a plain substring, so % and _ in the text mean themselves.
            filters.push("instr(lower(t.description), lower(?)) > 0".into());
            args.push(Value::Text(text.clone()));
        }
        if query.needs_review {
            filters.push("t.confidence_pct < ?".into());
            args.push(Value::Integer((ozzie_core::transaction::CONFIRM_BELOW * 100.0).round() as i64));
        }
        let total_count = self.counts.count(&self.conn, &format!("SELECT count(*) FROM transactions t WHERE {}", filters.join(" AND ")), &args)?;

        if let Some(cursor) = &query.cursor {
            let day = Value::Integer(day_number(cursor.date));
            match cursor {
                Cursor { after_id: Some(id), .. } => {
                    let key = transaction_key(id).ok_or_else(|| {
                        DomainError::validation("cursor", format!("'{id}' is not a transaction id; pass back next_cursor as it was given"))
                    })?;
                    filters.push("(t.transaction_day < ? OR (t.transaction_day = ? AND t.key < ?))".into());
                    args.extend([day.clone(), day, Value::Integer(key)]);
                }
                Cursor { include_date: true, .. } => {
                    filters.push("t.transaction_day <= ?".into());
                    args.push(day);
                }
                Cursor { .. } => {
                    filters.push("t.transaction_day < ?".into());
                    args.push(day);
                }
            }
        }
        args.push(Value::Integer(i64::from(query.limit) + 1));
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SELECT} WHERE {} ORDER BY t.transaction_day DESC, t.key DESC LIMIT ?",
            filters.join(" AND ")
        ))?;
        let mut rows: Vec<Transaction> = stmt.query_map(params_from_iter(args.iter()), from_row)?.collect::<Result<_, _>>()?;
        let has_more = rows.len() > query.limit as usize;
        rows.truncate(query.limit as usize);
        let next_cursor = if has_more { rows.last().map(|t| Cursor::after(t).encode()) } else { None };
        Ok(TransactionPage { transactions: rows, has_more, next_cursor, total_count: total_count.unsigned_abs() })
    }
}

/// One cell of the spending report: money out in one month, category and currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthlySpending {
    /// The month's first day.
    pub month: NaiveDate,
    pub currency: String,
    pub category: Category,
    pub spent_cents: i64,
    pub transactions: u64,
}

/// Reads of spending for the money moves and the coach.
impl Store {
    /// Money out per category between `from` and `to` (inclusive) in `currency`.
    pub fn spending_by_category(&self, user_id: &str, from: NaiveDate, to: NaiveDate, currency: Currency) -> StoreResult<BTreeMap<Category, i64>> {
        let Some(user_key) = user_key(&self.conn, user_id)? else { return Ok(BTreeMap::new()) };
        let mut stmt = self.conn.prepare_cached(
            "SELECT category_code, sum(amount_cents) FROM transactions
             WHERE user_key = ?1 AND transaction_day BETWEEN ?2 AND ?3 AND currency = ?4 AND category_code != ?5
             GROUP BY category_code",
        )?;
        let rows = stmt.query_map(
            params![user_key, day_number(from), day_number(to), currency.code(), category_code(Category::Income)],
            |r| Ok((category_of(r.get(0)?)?, r.get::<_, i64>(1)?)),
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Money out per month, category and currency between `from` and `to` (inclusive), oldest
    /// month first: the spending report. One pass over the user's rows in table order, summed
    /// here: a GROUP BY would sort every row, and walking the date index would look each row up
    /// in the table (both measured slower at a million rows, bench/peers.sh). Days fold into
    /// calendar months at the end (a few thousand groups).
    pub fn monthly_spending(&self, user_id: &str, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<MonthlySpending>> {
        let Some(user_key) = user_key(&self.conn, user_id)? else { return Ok(Vec::new()) };
        let mut stmt = self.conn.prepare_cached(
            "SELECT transaction_day, category_code, currency, amount_cents FROM transactions NOT INDEXED
             WHERE user_key = ?1 AND transaction_day BETWEEN ?2 AND ?3 AND category_code != ?4",
        )?;
        let mut currencies: Vec<String> = Vec::new();
        let mut days: HashMap<(i64, i64, usize), (i64, u64)> = HashMap::new();
        let mut rows = stmt.query(params![user_key, day_number(from), day_number(to), category_code(Category::Income)])?;
        while let Some(row) = rows.next()? {
            let currency = row.get_ref(2)?.as_str().map_err(rusqlite::Error::from)?;
            let at = match currencies.iter().position(|c| c == currency) {
                Some(at) => at,
                None => {
                    currencies.push(currency.to_string());
                    currencies.len() - 1
                }
            };
            let total = days.entry((row.get(0)?, row.get(1)?, at)).or_default();
            total.0 = total.0.saturating_add(row.get(3)?);
            total.1 += 1;
        }
        let mut months: BTreeMap<(NaiveDate, &str, i64), (i64, u64)> = BTreeMap::new();
        for ((day, code, at), (cents, count)) in days {
            let day = date_of_day(day)?;
            let total = months.entry((day.with_day(1).unwrap_or(day), currencies[at].as_str(), code)).or_default();
            total.0 = total.0.saturating_add(cents);
            total.1 += count;
        }
        months
            .into_iter()
            .map(|((month, currency, code), (spent_cents, transactions))| {
                Ok(MonthlySpending { month, currency: currency.to_string(), category: category_of(code)?, spent_cents, transactions })
            })
            .collect::<rusqlite::Result<_>>()
            .map_err(Into::into)
    }

    /// Money in between `from` and `to` (inclusive) in `currency`.
    pub fn income_between(&self, user_id: &str, from: NaiveDate, to: NaiveDate, currency: Currency) -> StoreResult<i64> {
        let Some(user_key) = user_key(&self.conn, user_id)? else { return Ok(0) };
        Ok(self.conn.query_row(
            "SELECT coalesce(sum(amount_cents), 0) FROM transactions
             WHERE user_key = ?1 AND transaction_day BETWEEN ?2 AND ?3 AND currency = ?4 AND category_code = ?5",
            params![user_key, day_number(from), day_number(to), currency.code(), category_code(Category::Income)],
            |r| r.get(0),
        )?)
    }

    /// The user's transactions dated `from` or later, oldest first (recurring-charge detection).
    pub fn transactions_since(&self, user_id: &str, from: NaiveDate) -> StoreResult<Vec<NewTransaction>> {
        let Some(user_key) = user_key(&self.conn, user_id)? else { return Ok(Vec::new()) };
        let mut stmt = self.conn.prepare(&format!("{SELECT} WHERE t.user_key = ?1 AND t.transaction_day >= ?2 ORDER BY t.transaction_day, t.key"))?;
        let rows = stmt.query_map(params![user_key, day_number(from)], from_row)?;
        Ok(rows.map(|r| r.map(|t| t.tx)).collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_carry_their_key_and_sort_like_it() {
        let at = DateTime::parse_from_rfc3339("2026-11-22T05:51:24.123Z").map(|t| t.with_timezone(&Utc)).expect("time");
        let ids: Vec<String> = [1, 2, 36, 1_000_000, i64::MAX].iter().map(|k| transaction_id(&at, *k)).collect();
        for (id, key) in ids.iter().zip([1, 2, 36, 1_000_000, i64::MAX]) {
            assert!(id.starts_with("ozz_txn_0") && id.len() == 34, "{id}");
            assert_eq!(transaction_key(id), Some(key));
        }
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(transaction_key("ozz_usr_01KAQ3M3Z8V6W1X2Y3Z4A5B6C7"), None);
        assert_eq!(transaction_key("ozz_txn_not-a-ulid"), None);
    }

    #[test]
    fn dates_categories_and_confidences_are_stored_compactly() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 7).expect("date");
        assert_eq!(day_number(NaiveDate::from_ymd_opt(1970, 1, 2).expect("date")), 1);
        assert_eq!(date_of_day(day_number(d)).expect("back"), d);
        for c in CATEGORY_CODES {
            assert_eq!(category_of(category_code(c)).expect("code"), c);
        }
        assert_eq!(category_code(Category::Income), 8);
        assert!(category_of(10).is_err());
        assert_eq!(confidence_pct(0.95), 95);
        assert_eq!(confidence_pct(1.7), 100);
        assert_eq!(f64::from(confidence_pct(0.57)) / 100.0, 0.57);
    }
}
