//! Queries of the `transactions` table: batch inserts (one SQLite transaction per submission, all
//! or nothing) and keyset-paginated listing in (transaction_date desc, id desc) order.

use ozzie_core::transaction::{Category, Cursor, NewTransaction, Source, Transaction, TransactionPage, TransactionQuery};
use ozzie_core::wire::TransactionView;
use ozzie_core::Currency;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Row};

use crate::error::StoreResult;
use crate::outbox::{enqueue, Entity, Op};
use crate::{bad_value, new_id, now, parse_date, parse_time, time_text, Store};

const COLUMNS: &str =
    "id, user_id, amount_cents, currency, category, description, transaction_date, source, ai_confidence, created_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Transaction> {
    let conv = |e: ozzie_core::DomainError| bad_value(e.to_string());
    let source: String = r.get(7)?;
    Ok(Transaction {
        id: r.get(0)?,
        user_id: r.get(1)?,
        tx: NewTransaction {
            amount_cents: r.get(2)?,
            currency: Currency::parse("currency", &r.get::<_, String>(3)?).map_err(conv)?,
            category: Category::parse("category", &r.get::<_, String>(4)?).map_err(conv)?,
            description: r.get(5)?,
            transaction_date: parse_date(&r.get::<_, String>(6)?)?,
            source: Source::parse(&source).ok_or_else(|| bad_value(format!("source {source}")))?,
            ai_confidence: r.get(8)?,
        },
        created_at: parse_time(&r.get::<_, String>(9)?)?,
    })
}

/// The one INSERT of a transaction row, for typed entries and imports alike.
pub(crate) fn insert_row(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
    user_id: &str,
    item: &NewTransaction,
    created_at: &str,
    import_id: Option<&str>,
    external_id: Option<&str>,
) -> rusqlite::Result<usize> {
    tx.prepare_cached(&format!(
        "INSERT INTO transactions ({COLUMNS}, import_id, external_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    ))?
    .execute(params![
        id,
        user_id,
        item.amount_cents,
        item.currency.code(),
        item.category.as_str(),
        item.description,
        item.transaction_date.format("%Y-%m-%d").to_string(),
        item.source.as_str(),
        item.ai_confidence,
        created_at,
        import_id,
        external_id,
    ])
}

impl Store {
    /// Stores all of `items` or none of them.
    pub fn insert_transactions(&mut self, user_id: &str, items: &[NewTransaction]) -> StoreResult<Vec<Transaction>> {
        let tx = self.conn.transaction()?;
        let mut stored = Vec::with_capacity(items.len());
        let created_at = now();
        let created_text = time_text(&created_at);
        for item in items {
            let t = Transaction { id: new_id("txn"), user_id: user_id.to_string(), tx: item.clone(), created_at };
            insert_row(&tx, &t.id, user_id, item, &created_text, None, None)?;
            enqueue(&tx, user_id, Entity::Transaction, &t.id, Op::Create, &TransactionView::from(&t))?;
            stored.push(t);
        }
        tx.commit()?;
        Ok(stored)
    }

    /// One page of the user's transactions matching `query`, with the total matching count.
    pub fn list_transactions(&self, user_id: &str, query: &TransactionQuery) -> StoreResult<TransactionPage> {
        let mut filters = vec!["user_id = ?".to_string()];
        let mut args: Vec<Value> = vec![Value::Text(user_id.to_string())];
        if let Some(from) = query.from {
            filters.push("transaction_date >= ?".into());
            args.push(Value::Text(from.format("%Y-%m-%d").to_string()));
        }
        if let Some(to) = query.to {
            filters.push("transaction_date <= ?".into());
            args.push(Value::Text(to.format("%Y-%m-%d").to_string()));
        }
        if !query.categories.is_empty() {
            filters.push(format!("category IN ({})", vec!["?"; query.categories.len()].join(", ")));
            args.extend(query.categories.iter().map(|c| Value::Text(c.as_str().to_string())));
        }
        let total_count: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM transactions WHERE {}", filters.join(" AND ")),
            params_from_iter(args.iter()),
            |r| r.get(0),
        )?;

        if let Some(cursor) = &query.cursor {
            let date = Value::Text(cursor.date.format("%Y-%m-%d").to_string());
            match cursor {
                Cursor { after_id: Some(id), .. } => {
                    filters.push("(transaction_date < ? OR (transaction_date = ? AND id < ?))".into());
                    args.extend([date.clone(), date, Value::Text(id.clone())]);
                }
                Cursor { include_date: true, .. } => {
                    filters.push("transaction_date <= ?".into());
                    args.push(date);
                }
                Cursor { .. } => {
                    filters.push("transaction_date < ?".into());
                    args.push(date);
                }
            }
        }
        args.push(Value::Integer(i64::from(query.limit) + 1));
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM transactions WHERE {} ORDER BY transaction_date DESC, id DESC LIMIT ?",
            filters.join(" AND ")
        ))?;
        let mut rows: Vec<Transaction> = stmt.query_map(params_from_iter(args.iter()), from_row)?.collect::<Result<_, _>>()?;
        let has_more = rows.len() > query.limit as usize;
        rows.truncate(query.limit as usize);
        let next_cursor = if has_more { rows.last().map(|t| Cursor::after(t).encode()) } else { None };
        Ok(TransactionPage { transactions: rows, has_more, next_cursor, total_count: total_count.unsigned_abs() })
    }
}
