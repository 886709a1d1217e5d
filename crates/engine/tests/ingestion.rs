//! Taking transactions in, over a real encrypted database: sentences, the seed's POST body, and
//! file imports that are all-or-nothing and never add a transaction twice.

use std::io::Write;

use chrono::NaiveDate;
use ozzie_core::user::NewUserInput;
use ozzie_core::ErrorCode;
use ozzie_engine::ingestion::{Channel, SubmitTransactionsInput};
use ozzie_engine::{Clock, Engine, OpenOptions, OsKeyring, UserRef};

fn engine(dir: &tempfile::TempDir) -> Engine {
    let mut e = Engine::open(OpenOptions {
        data_dir: dir.path(),
        key_env: Some("ingestion-test"),
        secrets: std::sync::Arc::new(OsKeyring),
        clock: Clock::Fixed(NaiveDate::from_ymd_opt(2025, 5, 14).expect("date")),
    })
    .expect("open");
    e.create_user(NewUserInput { external_user_id: Some("me".into()), ..Default::default() }).expect("user");
    e
}

fn text(content: &str) -> SubmitTransactionsInput {
    SubmitTransactionsInput { kind: Some("text".into()), content: Some(content.into()), ..Default::default() }
}

fn write(dir: &tempfile::TempDir, name: &str, content: &str) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::File::create(&path).and_then(|mut f| f.write_all(content.as_bytes())).expect("write");
    path
}

const ME: UserRef = UserRef::LocalProfile;

#[test]
fn a_sentence_becomes_transactions_and_is_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = engine(&dir);
    let sentence = "Spent $45 on groceries at Whole Foods and $12 on the subway";
    let out = e.submit_transactions(&ME, text(sentence), Channel::Api).expect("parsed");
    let brief: Vec<(i64, &str, &str)> = out.transactions.iter().map(|t| (t.tx.amount_cents, t.tx.category.as_str(), t.tx.source.as_str())).collect();
    assert_eq!(brief, vec![(4500, "food", "api_text"), (1200, "transport", "api_text")]);
    let imports = e.imports(&ME, 10).expect("imports");
    assert_eq!(imports[0].raw_text.as_deref(), Some(sentence));
    assert_eq!(imports[0].imported, 2);
    // The same sentence again is two more purchases, not duplicates.
    e.submit_transactions(&ME, text(sentence), Channel::App).expect("again");
    assert_eq!(e.transaction_count(&ME).expect("count"), 4);
}

#[test]
fn unreadable_input_is_refused_clearly_but_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = engine(&dir);
    let err = e.submit_transactions(&ME, text("no numbers in here"), Channel::Api).unwrap_err();
    assert_eq!(err.code(), ErrorCode::ValidationError);
    assert!(err.to_string().contains("no amount"), "{err}");
    assert_eq!(e.imports(&ME, 10).expect("imports")[0].raw_text.as_deref(), Some("no numbers in here"));
    assert_eq!(e.transaction_count(&ME).expect("count"), 0);

    let cases = [
        (SubmitTransactionsInput { content: Some("x".into()), ..Default::default() }, "type"),
        (SubmitTransactionsInput { kind: Some("audio".into()), content: Some("x".into()), ..Default::default() }, "type"),
        (SubmitTransactionsInput { kind: Some("text".into()), content: Some("  ".into()), ..Default::default() }, "content"),
        (SubmitTransactionsInput { kind: Some("image".into()), content: Some("AAAA".into()), ..Default::default() }, "mime_type"),
        (SubmitTransactionsInput { kind: Some("image".into()), content: Some("AAAA".into()), mime_type: Some("image/gif".into()), ..Default::default() }, "mime_type"),
        (SubmitTransactionsInput { kind: Some("image".into()), content: Some("!!notbase64!!".into()), mime_type: Some("image/png".into()), ..Default::default() }, "content"),
        (SubmitTransactionsInput { kind: Some("text".into()), content: Some("coffee $5".into()), language: Some("fr".into()), ..Default::default() }, "language"),
    ];
    for (input, field) in cases {
        match e.submit_transactions(&ME, input, Channel::Api) {
            Err(ozzie_engine::EngineError::Domain(d)) => assert_eq!(d.field(), Some(field), "{d}"),
            other => panic!("expected a validation error on {field}, got {other:?}"),
        }
    }
}

#[test]
fn the_seed_spreadsheet_and_pdf_text_bodies() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = engine(&dir);
    let csv = SubmitTransactionsInput {
        kind: Some("spreadsheet".into()),
        content: Some("date,description,amount\n2025-05-01,Whole Foods,45.00\n2025-05-02,Subway fare,12.00\n2025-05-03,Netflix,15.99".into()),
        ..Default::default()
    };
    let out = e.submit_transactions(&ME, csv, Channel::Api).expect("csv");
    assert_eq!(out.transactions.iter().map(|t| t.tx.amount_cents).collect::<Vec<_>>(), vec![4500, 1200, 1599]);
    let pdf = SubmitTransactionsInput {
        kind: Some("pdf".into()),
        content: Some("BANK STATEMENT\nDate: 2025-05-01\nMerchant: Amazon.com\nAmount: -$89.99\nDate: 2025-05-02\nMerchant: Netflix\nAmount: -$15.99".into()),
        ..Default::default()
    };
    let out = e.submit_transactions(&ME, pdf, Channel::Api).expect("pdf text");
    // Netflix $15.99 a day apart is the same charge seen in two sources: only Amazon is new.
    let brief: Vec<(i64, &str)> = out.transactions.iter().map(|t| (t.tx.amount_cents, t.tx.source.as_str())).collect();
    assert_eq!(brief, vec![(8999, "api_pdf")]);
    assert_eq!(e.imports(&ME, 1).expect("imports")[0].duplicates, 1);
}

#[test]
fn reimporting_a_file_adds_nothing_and_overlaps_merge() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = engine(&dir);
    let rows: Vec<String> = (1..=15).map(|d| format!("2025-04-{d:02},Corner Cafe {d},-{d}.50")).collect();
    let header = "Date,Description,Amount\n";
    let first = write(&dir, "april-a.csv", &format!("{header}{}\n", rows[..10].join("\n")));
    let second = write(&dir, "april-b.csv", &format!("{header}{}\n", rows[5..].join("\n")));
    let mut ticks = 0;
    let r1 = e.import_file(&ME, &first, None, &mut |_| ticks += 1).expect("first");
    assert_eq!((r1.summary.imported, r1.summary.duplicates), (10, 0));
    let again = e.import_file(&ME, &first, None, &mut |_| {}).expect("again");
    assert_eq!((again.summary.imported, again.summary.duplicates), (0, 10));
    let r2 = e.import_file(&ME, &second, None, &mut |_| {}).expect("overlap");
    assert_eq!((r2.summary.imported, r2.summary.duplicates), (5, 5));
    assert_eq!(e.transaction_count(&ME).expect("count"), 15);
    assert!(ticks >= 1, "progress was reported");
    let imports = e.imports(&ME, 10).expect("imports");
    assert_eq!(imports[0].file_name.as_deref(), Some("april-b.csv"));
    assert_eq!(imports[0].sha256.as_ref().map(String::len), Some(64));
}

#[test]
fn identical_rows_in_one_file_are_both_real() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = engine(&dir);
    let path = write(&dir, "coffee.csv", "Date,Description,Amount\n2025-05-02,Blue Bottle,-4.50\n2025-05-02,Blue Bottle,-4.50\n");
    let r = e.import_file(&ME, &path, None, &mut |_| {}).expect("import");
    assert_eq!(r.summary.imported, 2);
    let again = e.import_file(&ME, &path, None, &mut |_| {}).expect("again");
    assert_eq!((again.summary.imported, again.summary.duplicates), (0, 2));
}

#[test]
fn bank_ids_recognise_the_same_transaction_in_another_export() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = engine(&dir);
    let ofx = |name: &str| {
        format!(
            "OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKTRANLIST>\
             <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250502<TRNAMT>-20.00<FITID>F-1<NAME>{name}\
             <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250503<TRNAMT>-30.00<FITID>F-2<NAME>{name}\
             </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"
        )
    };
    let a = write(&dir, "a.ofx", &ofx("SHELL OIL 123"));
    // The bank renamed the payee in a later export: the FITIDs still match.
    let b = write(&dir, "b.ofx", &ofx("Shell Service Station"));
    assert_eq!(e.import_file(&ME, &a, None, &mut |_| {}).expect("a").summary.imported, 2);
    let r = e.import_file(&ME, &b, None, &mut |_| {}).expect("b");
    assert_eq!((r.summary.imported, r.summary.duplicates), (0, 2));
}

#[test]
fn a_file_that_is_not_a_statement_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut e = engine(&dir);
    e.submit_transactions(&ME, text("coffee $5"), Channel::App).expect("one");
    let junk = write(&dir, "notes.csv", "hello,world\nthis,is not\na,bank export\n");
    let err = e.import_file(&ME, &junk, None, &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), ErrorCode::ValidationError);
    assert!(err.to_string().contains("notes.csv"), "{err}");
    assert_eq!(e.transaction_count(&ME).expect("count"), 1);
}
