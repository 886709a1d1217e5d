//! The store against real SQLCipher files on disk.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use ozzie_core::intake::IntakeInput;
use ozzie_core::transaction::{Category, NewTransaction, Source, TransactionQueryInput};
use ozzie_core::user::NewUserInput;
use ozzie_core::{Currency, ErrorCode};
use ozzie_store::users::LOCAL_OWNER;
use ozzie_store::{DbKey, Store, StoreError, MIGRATIONS};

fn db_in(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("ozzie.db")
}

fn new_user(store: &mut Store, external: &str) -> ozzie_core::user::User {
    let new = NewUserInput { external_user_id: Some(external.into()), ..Default::default() }.validate().expect("valid");
    store.create_user(LOCAL_OWNER, &new).expect("created")
}

fn tx(description: &str, date: &str, cents: i64, category: Category) -> NewTransaction {
    NewTransaction {
        amount_cents: cents,
        currency: Currency::USD,
        category,
        description: description.into(),
        transaction_date: NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date"),
        source: Source::Manual,
        ai_confidence: 1.0,
    }
    .validate()
    .expect("valid")
}

fn file_bytes(path: &Path) -> Vec<u8> {
    let mut all = std::fs::read(path).expect("db file");
    for suffix in ["-wal", "-journal"] {
        let side = PathBuf::from(format!("{}{suffix}", path.display()));
        if let Ok(bytes) = std::fs::read(side) {
            all.extend(bytes);
        }
    }
    all
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn nothing_stored_appears_in_plaintext_on_disk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_in(&dir);
    let key = DbKey::from_passphrase("correct horse");
    let secret = "Dinner at Zanzibar Lounge 7781";
    {
        let mut store = Store::open(&path, &key).expect("open");
        let user = new_user(&mut store, "maria-external-id");
        store.insert_transactions(&user.id, &[tx(secret, "2025-05-05", 4500, Category::Food)]).expect("insert");
        // Look while the connection is open too: the WAL holds fresh pages.
        let bytes = file_bytes(&path);
        assert!(!contains(&bytes, secret.as_bytes()), "description in plaintext while open");
    }
    let bytes = file_bytes(&path);
    assert!(bytes.len() > 4096, "the database was written");
    for needle in [secret.as_bytes(), b"maria-external-id", b"SQLite format 3", b"CREATE TABLE"] {
        assert!(!contains(&bytes, needle), "{} found in the file", String::from_utf8_lossy(needle));
    }
    // And it reads back with the right key.
    let store = Store::open(&path, &key).expect("reopen");
    let user = store.users(LOCAL_OWNER).expect("users").remove(0);
    let page = store.list_transactions(&user.id, &TransactionQueryInput::default().validate().expect("q")).expect("list");
    assert_eq!(page.transactions[0].tx.description, secret);
    assert_eq!(store.integrity_check().expect("check"), "ok");
}

#[test]
fn wrong_key_fails_clearly_and_leaves_the_file_byte_identical() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_in(&dir);
    {
        let mut store = Store::open(&path, &DbKey::from_passphrase("right")).expect("open");
        new_user(&mut store, "u1");
    }
    let before = std::fs::read(&path).expect("read");
    let err = Store::open(&path, &DbKey::from_passphrase("wrong")).unwrap_err();
    assert!(matches!(err, StoreError::WrongKey { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("OZZIE_DB_KEY") && message.contains("not changed"), "{message}");
    assert_eq!(std::fs::read(&path).expect("read"), before, "the file changed");
    for suffix in ["-wal", "-shm", "-journal"] {
        assert!(!PathBuf::from(format!("{}{suffix}", path.display())).exists(), "{suffix} created by a failed open");
    }
    // The right key still works afterwards.
    Store::open(&path, &DbKey::from_passphrase("right")).expect("right key still opens");
}

#[test]
fn migrations_apply_once_and_in_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_in(&dir);
    let key = DbKey::from_passphrase("k");
    let names: Vec<String> = MIGRATIONS.iter().map(|m| m.name.to_string()).collect();
    assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted by timestamp");
    assert_eq!(Store::open(&path, &key).expect("first").applied_migrations().expect("names"), names);
    assert_eq!(Store::open(&path, &key).expect("second").applied_migrations().expect("names"), names);
}

#[test]
fn every_mutation_writes_an_outbox_entry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&db_in(&dir), &DbKey::from_passphrase("k")).expect("open");
    let user = new_user(&mut store, "u1");
    let intake = IntakeInput {
        monthly_income: Some(5000.0),
        monthly_expenses: Some(3200.0),
        financial_goal: Some("savings".into()),
        ..Default::default()
    }
    .validate(Currency::USD)
    .expect("valid");
    store.insert_intake(&user.id, &intake).expect("intake");
    store
        .insert_transactions(&user.id, &[tx("a", "2025-05-01", 100, Category::Food), tx("b", "2025-05-02", 200, Category::Other)])
        .expect("txs");
    let entries = store.pending_outbox(100).expect("outbox");
    let kinds: Vec<(&str, &str)> = entries.iter().map(|e| (e.entity.as_str(), e.op.as_str())).collect();
    assert_eq!(kinds, vec![("user", "create"), ("intake", "create"), ("transaction", "create"), ("transaction", "create")]);
    assert!(entries.iter().all(|e| e.idempotency_key.starts_with("ozz_idem_")));
    let stage = store.user(LOCAL_OWNER, &user.id).expect("get").expect("exists").onboarding_stage;
    assert_eq!(stage.as_str(), "plan_pending");
}

#[test]
fn duplicate_external_id_is_a_conflict_for_the_same_owner_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&db_in(&dir), &DbKey::from_passphrase("k")).expect("open");
    new_user(&mut store, "usr_8821");
    let new = NewUserInput { external_user_id: Some("usr_8821".into()), ..Default::default() }.validate().expect("valid");
    match store.create_user(LOCAL_OWNER, &new).unwrap_err() {
        StoreError::Domain(e) => assert_eq!(e.code(), ErrorCode::Conflict),
        other => panic!("expected CONFLICT, got {other:?}"),
    }
    store.create_user("client_b", &new).expect("another owner may reuse it");
    assert_eq!(store.outbox_len().expect("len"), 2, "the failed create queued nothing");
}

#[test]
fn pages_cover_every_row_once_in_date_then_id_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&db_in(&dir), &DbKey::from_passphrase("k")).expect("open");
    let user = new_user(&mut store, "u1");
    let dates = ["2025-05-03", "2025-05-05", "2025-05-03", "2025-05-03", "2025-04-28", "2025-05-05", "2025-05-01"];
    let cats = [Category::Food, Category::Transport, Category::Food, Category::Other, Category::Food, Category::Income, Category::Food];
    let items: Vec<_> = dates.iter().zip(cats).enumerate().map(|(i, (d, c))| tx(&format!("t{i}"), d, 100 + i as i64, c)).collect();
    store.insert_transactions(&user.id, &items).expect("insert");

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let q = TransactionQueryInput { limit: Some("3".into()), cursor: cursor.clone(), ..Default::default() }.validate().expect("q");
        let page = store.list_transactions(&user.id, &q).expect("page");
        assert_eq!(page.total_count, 7);
        seen.extend(page.transactions.iter().map(|t| (t.tx.transaction_date.to_string(), t.id.clone())));
        if !page.has_more {
            assert!(page.next_cursor.is_none());
            break;
        }
        cursor = page.next_cursor;
    }
    assert_eq!(seen.len(), 7, "every row exactly once");
    let mut sorted = seen.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(seen, sorted, "date desc, id desc");

    let q = TransactionQueryInput {
        from: Some("2025-05-01".into()),
        to: Some("2025-05-04".into()),
        category: Some("food,other".into()),
        ..Default::default()
    }
    .validate()
    .expect("q");
    let page = store.list_transactions(&user.id, &q).expect("filtered");
    assert_eq!(page.total_count, 4);
    assert!(page.transactions.iter().all(|t| t.tx.transaction_date.to_string().as_str() >= "2025-05-01"));

    // The seed's plain datetime cursor: strictly older than the timestamp.
    let q = TransactionQueryInput { cursor: Some("2025-05-03T00:00:00Z".into()), ..Default::default() }.validate().expect("q");
    assert_eq!(store.list_transactions(&user.id, &q).expect("page").total_count, 7);
    assert_eq!(store.list_transactions(&user.id, &q).expect("page").transactions.len(), 2);
    let q = TransactionQueryInput { cursor: Some("2025-05-03T10:00:00Z".into()), ..Default::default() }.validate().expect("q");
    assert_eq!(store.list_transactions(&user.id, &q).expect("page").transactions.len(), 5);
}

/// A page's total_count is remembered between pages, and never outlives a change: one made
/// through this store, or one another connection (another process) committed to the file.
#[test]
fn the_total_count_follows_every_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DbKey::from_passphrase("k");
    let mut store = Store::open(&db_in(&dir), &key).expect("open");
    let user = new_user(&mut store, "u1");
    let all = TransactionQueryInput::default().validate().expect("q");
    store.insert_transactions(&user.id, &[tx("a", "2025-05-01", 100, Category::Food)]).expect("insert");
    assert_eq!(store.list_transactions(&user.id, &all).expect("page").total_count, 1);
    assert_eq!(store.list_transactions(&user.id, &all).expect("page").total_count, 1);
    store.insert_transactions(&user.id, &[tx("b", "2025-05-02", 200, Category::Food)]).expect("insert");
    assert_eq!(store.list_transactions(&user.id, &all).expect("page").total_count, 2);
    {
        let mut other = Store::open(&db_in(&dir), &key).expect("second connection");
        other.insert_transactions(&user.id, &[tx("c", "2025-05-03", 300, Category::Food)]).expect("insert");
    }
    assert_eq!(store.list_transactions(&user.id, &all).expect("page").total_count, 3, "a commit by another connection");
}

/// Text and review filters: a case-insensitive substring (with % and _ taken literally), and only
/// what was read with confidence under 0.85.
#[test]
fn text_and_review_filters() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&db_in(&dir), &DbKey::from_passphrase("k")).expect("open");
    let user = new_user(&mut store, "u1");
    let unsure = NewTransaction { ai_confidence: 0.6, ..tx("Blue Bottle COFFEE", "2025-05-02", 500, Category::Food) };
    let items = [tx("coffee beans 100%", "2025-05-01", 1500, Category::Food), unsure, tx("Rent", "2025-05-01", 150000, Category::Housing)];
    store.insert_transactions(&user.id, &items).expect("insert");
    let q = |q: Option<&str>, review: Option<&str>| {
        let query = TransactionQueryInput { q: q.map(Into::into), review: review.map(Into::into), ..Default::default() }.validate().expect("q");
        store.list_transactions(&user.id, &query).expect("page").transactions.into_iter().map(|t| t.tx.description).collect::<Vec<_>>()
    };
    assert_eq!(q(Some("Coffee"), None), vec!["Blue Bottle COFFEE", "coffee beans 100%"]);
    assert_eq!(q(Some("100%"), None), vec!["coffee beans 100%"]);
    assert_eq!(q(Some("_"), None), Vec::<String>::new());
    assert_eq!(q(None, Some("true")), vec!["Blue Bottle COFFEE"]);
    assert_eq!(q(Some("rent"), Some("true")), Vec::<String>::new());
    let err = TransactionQueryInput { review: Some("maybe".into()), ..Default::default() }.validate().unwrap_err();
    assert_eq!(err.field(), Some("review"));
}
