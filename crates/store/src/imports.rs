//! Imports: a batch of parsed transactions stored all or nothing, with what the user gave (the
//! sentence, or the file's name and hash) and without duplicates.
//!
//! A row is a duplicate of a stored transaction when it carries the same bank id (OFX FITID, an
//! id column), or — for batches that ask for it (files) — when it has the same amount, currency
//! and direction, a date within ±[`DUPLICATE_WINDOW_DAYS`] days and a similar description, like
//! Actual Budget's matching. Each stored transaction absorbs at most one row of a batch, so two
//! real identical coffees in one file both stay.
//!
//! The whole batch is one SQLite transaction: dropping an unfinished [`ImportBatch`] rolls it all
//! back, and a crash mid-import leaves the database as it was before.

use std::collections::{HashMap, HashSet};

use ozzie_core::transaction::{similar_descriptions, Category, NewTransaction, Transaction};
use rusqlite::{params, OptionalExtension};

use crate::error::StoreResult;
use crate::outbox::{enqueue, Entity, Op};
use crate::transactions::{
    category_code, day_number, imported_rows_statement, insert_imported_rows, insert_row, insert_statement, transaction_id, user_key, KeyRange,
    Origin, IMPORT_ROWS_PER_INSERT,
};
use crate::{new_id, now, time_text, Store};

/// How far apart the dates of one transaction seen twice may be (posting vs transaction date).
pub const DUPLICATE_WINDOW_DAYS: i64 = 7;
/// Below this confidence a transaction waits in the review queue.
pub const LOW_CONFIDENCE: f64 = 0.6;

/// What the user gave, kept with what was parsed from it.
#[derive(Debug, Clone, Default)]
pub struct ImportMeta {
    /// text, image, pdf, spreadsheet, ofx or qif.
    pub kind: &'static str,
    pub source: &'static str,
    pub file_name: Option<String>,
    pub sha256: Option<String>,
    /// The sentence itself (for text), or the text read from a PDF or receipt.
    pub raw_text: Option<String>,
    /// Match rows against stored transactions (files); typed sentences are always new.
    pub dedupe: bool,
    /// Return the stored transactions in the summary (not for million-row files).
    pub keep_rows: bool,
    /// When the database holds no transactions yet (a first import), rebuild the listing indexes
    /// once at the end instead of updating them row by row. The rebuild sorts in memory (about
    /// 50 bytes a row), so callers ask for it only up to a size.
    pub bulk: bool,
}

/// The secondary indexes of `transactions` (as in the migrations), rebuilt after a bulk import.
const BULK_INDEXES: &[(&str, &str)] =
    &[("transactions_by_user_day", "CREATE INDEX transactions_by_user_day ON transactions (user_key, transaction_day)")];

#[derive(Debug, Clone, PartialEq)]
pub struct ImportSummary {
    pub import_id: String,
    pub parsed: u64,
    pub imported: u64,
    pub duplicates: u64,
    pub low_confidence: u64,
    pub transactions: Vec<Transaction>,
}

/// An import in progress, inside one open SQLite transaction.
pub struct ImportBatch<'a> {
    tx: rusqlite::Transaction<'a>,
    user_id: String,
    import_id: String,
    keys: KeyRange,
    meta: ImportMeta,
    created_at: chrono::DateTime<chrono::Utc>,
    /// The secondary indexes were dropped for this batch and are rebuilt by `finish`.
    rebuild_indexes: bool,
    matcher: Matcher,
    summary: ImportSummary,
}

/// Recognises rows already stored (see the module docs).
struct Matcher {
    user_key: i64,
    import_key: i64,
    /// Look for earlier transactions like this one: files only, and only when the user has some.
    fuzzy: bool,
    /// Stored transactions (keys) already recognised in this batch.
    matched: HashSet<i64>,
    /// The stored transactions of each day looked at so far, by amount and direction. Each day is
    /// read once per batch: asking SQLite per row walked every transaction within ±7 days through
    /// the date index into the table (~1,400 rows a row at 100k stored, 14,000 at 1M), which made
    /// importing a large file a second time take minutes.
    days: HashMap<i64, HashMap<(i64, bool), Vec<Stored>>>,
    /// Rows held in `days`; past [`MATCHER_ROWS`] the days are dropped and read again as needed.
    held: usize,
}

/// A stored transaction as the fuzzy match needs it.
struct Stored {
    key: i64,
    currency: String,
    description: String,
}

/// Most stored rows the matcher keeps in memory (~25 MB).
const MATCHER_ROWS: usize = 250_000;

impl Store {
    /// Opens a batch for `user_id`. Nothing is visible to others until [`ImportBatch::finish`].
    pub fn begin_import(&mut self, user_id: &str, meta: ImportMeta) -> StoreResult<ImportBatch<'_>> {
        let tx = self.conn.transaction()?;
        let user_key = user_key(&tx, user_id)?
            .ok_or_else(|| ozzie_core::DomainError::NotFound(format!("No user with id '{user_id}'.")))?;
        let import_id = new_id("imp");
        let created_at = now();
        tx.execute(
            "INSERT INTO imports (id, user_id, kind, source, file_name, sha256, raw_text, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![import_id, user_id, meta.kind, meta.source, meta.file_name, meta.sha256, meta.raw_text, time_text(&created_at)],
        )?;
        let import_key = tx.last_insert_rowid();
        let keys = KeyRange::start(&tx)?;
        let has_transactions = tx.query_row("SELECT EXISTS (SELECT 1 FROM transactions WHERE user_key = ?1)", [user_key], |r| r.get::<_, bool>(0))?;
        let rebuild_indexes = meta.bulk && !tx.query_row("SELECT EXISTS (SELECT 1 FROM transactions)", [], |r| r.get::<_, bool>(0))?;
        if rebuild_indexes {
            for (name, _) in BULK_INDEXES {
                tx.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
            }
        }
        Ok(ImportBatch {
            tx,
            user_id: user_id.to_string(),
            summary: ImportSummary {
                import_id: import_id.clone(),
                parsed: 0,
                imported: 0,
                duplicates: 0,
                low_confidence: 0,
                transactions: Vec::new(),
            },
            import_id,
            keys,
            matcher: Matcher {
                user_key,
                import_key,
                fuzzy: meta.dedupe && has_transactions,
                matched: HashSet::new(),
                days: HashMap::new(),
                held: 0,
            },
            meta,
            created_at,
            rebuild_indexes,
        })
    }
}

impl Matcher {
    fn is_duplicate(&mut self, tx: &rusqlite::Transaction<'_>, item: &NewTransaction, external_id: Option<&str>) -> StoreResult<bool> {
        if let Some(ext) = external_id {
            let known: Option<i64> = tx
                .prepare_cached("SELECT key FROM transactions WHERE user_key = ?1 AND external_id = ?2")?
                .query_row(params![self.user_key, ext], |r| r.get(0))
                .optional()?;
            if known.is_some() {
                return Ok(true);
            }
        }
        if !self.fuzzy {
            return Ok(false);
        }
        // The nearest day first, then the earliest stored: the first similar one not yet taken.
        let day = day_number(item.transaction_date);
        let wanted = (item.amount_cents, item.category == Category::Income);
        let mut candidates: Vec<(i64, i64, &str)> = Vec::new();
        // Forget everything before reading this row's window, never in the middle of it.
        if self.held > MATCHER_ROWS {
            self.days.clear();
            self.held = 0;
        }
        for d in day - DUPLICATE_WINDOW_DAYS..=day + DUPLICATE_WINDOW_DAYS {
            self.load_day(tx, d)?;
        }
        for d in day - DUPLICATE_WINDOW_DAYS..=day + DUPLICATE_WINDOW_DAYS {
            let same = self.days.get(&d).and_then(|amounts| amounts.get(&wanted)).into_iter().flatten();
            candidates.extend(same.filter(|s| s.currency == item.currency.code()).map(|s| ((d - day).abs(), s.key, s.description.as_str())));
        }
        candidates.sort_unstable_by_key(|(distance, key, _)| (*distance, *key));
        let hit = candidates
            .into_iter()
            .take(50)
            .find(|(_, key, description)| !self.matched.contains(key) && similar_descriptions(description, &item.description))
            .map(|(_, key, _)| key);
        Ok(match hit {
            Some(key) => {
                self.matched.insert(key);
                true
            }
            None => false,
        })
    }

    /// Reads the user's transactions of `day` (but this batch's own) into `days`, once.
    fn load_day(&mut self, tx: &rusqlite::Transaction<'_>, day: i64) -> StoreResult<()> {
        if self.days.contains_key(&day) {
            return Ok(());
        }
        let mut stmt = tx.prepare_cached(
            "SELECT key, amount_cents, category_code = ?3, currency, description FROM transactions
             WHERE user_key = ?1 AND transaction_day = ?2 AND (import_key IS NULL OR import_key != ?4)",
        )?;
        let mut amounts: HashMap<(i64, bool), Vec<Stored>> = HashMap::new();
        let mut rows = stmt.query(params![self.user_key, day, category_code(Category::Income), self.import_key])?;
        while let Some(row) = rows.next()? {
            amounts
                .entry((row.get(1)?, row.get(2)?))
                .or_default()
                .push(Stored { key: row.get(0)?, currency: row.get(3)?, description: row.get(4)? });
            self.held += 1;
        }
        self.days.insert(day, amounts);
        Ok(())
    }
}

impl ImportBatch<'_> {
    /// Stores each row unless it is a duplicate. Rows without a bank id go to the database
    /// [`IMPORT_ROWS_PER_INSERT`] at a time; a row with one goes alone, so that the same id twice
    /// in a file makes only that row a duplicate.
    pub fn add_all(&mut self, rows: impl IntoIterator<Item = (NewTransaction, Option<String>)>) -> StoreResult<()> {
        let mut pending: Vec<(i64, NewTransaction)> = Vec::with_capacity(IMPORT_ROWS_PER_INSERT);
        for (item, external_id) in rows {
            self.summary.parsed += 1;
            if self.matcher.is_duplicate(&self.tx, &item, external_id.as_deref())? {
                self.summary.duplicates += 1;
                continue;
            }
            let key = self.keys.take();
            match external_id {
                None => {
                    pending.push((key, item));
                    if pending.len() == IMPORT_ROWS_PER_INSERT {
                        insert_imported_rows(&mut *imported_rows_statement(&self.tx)?, self.matcher.user_key, self.matcher.import_key, &pending)?;
                        for (key, item) in pending.drain(..) {
                            self.stored(key, item);
                        }
                    }
                }
                Some(external_id) => {
                    let origin = Origin::Import { key: self.matcher.import_key };
                    let inserted = insert_row(&mut *insert_statement(&self.tx)?, key, self.matcher.user_key, &item, &origin, Some(&external_id));
                    match inserted {
                        Ok(_) => self.stored(key, item),
                        // The same bank id twice in one file: the second is the duplicate.
                        Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::ConstraintViolation => {
                            self.summary.duplicates += 1;
                        }
                        Err(e) => return Err(e.into()),
                    }
                }
            }
        }
        // The rest, one by one.
        let origin = Origin::Import { key: self.matcher.import_key };
        for (key, item) in pending {
            insert_row(&mut *insert_statement(&self.tx)?, key, self.matcher.user_key, &item, &origin, None)?;
            self.stored(key, item);
        }
        Ok(())
    }

    /// Counts a row that was stored (and keeps it when the caller wants the rows back).
    fn stored(&mut self, key: i64, item: NewTransaction) {
        self.summary.imported += 1;
        if item.ai_confidence < LOW_CONFIDENCE {
            self.summary.low_confidence += 1;
        }
        if self.meta.keep_rows {
            self.summary.transactions.push(Transaction { id: transaction_id(&self.created_at, key), user_id: self.user_id.clone(), tx: item, created_at: self.created_at });
        }
    }

    /// The file's SHA-256 when it is known only once the file has been read (streamed imports).
    pub fn record_sha256(&mut self, sha256: String) {
        self.meta.sha256 = Some(sha256);
    }

    /// Records the counts and the diagnostics, queues the import for sync and commits.
    pub fn finish(self, diagnostics: &[String]) -> StoreResult<ImportSummary> {
        let s = &self.summary;
        let diagnostics_json = serde_json::to_string(diagnostics).unwrap_or_else(|_| "[]".into());
        self.tx.execute(
            "UPDATE imports SET parsed_count = ?2, imported_count = ?3, duplicate_count = ?4, low_confidence_count = ?5, diagnostics = ?6,
                                sha256 = ?7
             WHERE id = ?1",
            params![
                self.import_id,
                s.parsed as i64,
                s.imported as i64,
                s.duplicates as i64,
                s.low_confidence as i64,
                diagnostics_json,
                self.meta.sha256,
            ],
        )?;
        let payload = serde_json::json!({
            "import_id": self.import_id,
            "kind": self.meta.kind,
            "source": self.meta.source,
            "imported": s.imported,
        });
        enqueue(&self.tx, &self.user_id, Entity::Import, &self.import_id, Op::Create, &payload)?;
        self.keys.record(&self.tx)?;
        if self.rebuild_indexes {
            for (_, create) in BULK_INDEXES {
                self.tx.execute_batch(create)?;
            }
        }
        self.tx.commit()?;
        Ok(self.summary)
    }
}

/// A stored import, for the review screen and for tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRecord {
    pub id: String,
    pub kind: String,
    pub source: String,
    pub file_name: Option<String>,
    pub sha256: Option<String>,
    pub raw_text: Option<String>,
    pub parsed: i64,
    pub imported: i64,
    pub duplicates: i64,
    pub low_confidence: i64,
    pub diagnostics: Vec<String>,
    pub created_at: String,
}

impl Store {
    /// The user's imports, newest first.
    pub fn imports(&self, user_id: &str, limit: u32) -> StoreResult<Vec<ImportRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, kind, source, file_name, sha256, raw_text, parsed_count, imported_count, duplicate_count,
                    low_confidence_count, diagnostics, created_at
             FROM imports WHERE user_id = ?1 ORDER BY created_at DESC, id DESC LIMIT ?2",
        )?;
        let rows = stmt
            .query_map(params![user_id, limit], |r| {
                let diagnostics: String = r.get(10)?;
                Ok(ImportRecord {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    source: r.get(2)?,
                    file_name: r.get(3)?,
                    sha256: r.get(4)?,
                    raw_text: r.get(5)?,
                    parsed: r.get(6)?,
                    imported: r.get(7)?,
                    duplicates: r.get(8)?,
                    low_confidence: r.get(9)?,
                    diagnostics: serde_json::from_str(&diagnostics).unwrap_or_default(),
                    created_at: r.get(11)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// How many transactions the user has (for tests and summaries).
    pub fn transaction_count(&self, user_id: &str) -> StoreResult<u64> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM transactions WHERE user_key = (SELECT key FROM users WHERE id = ?1)",
            [user_id],
            |r| r.get(0),
        )?;
        Ok(n.unsigned_abs())
    }
}
