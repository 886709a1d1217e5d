//! Parsers never panic on user input: every reader is fed random text and bytes, and text built
//! from the pieces real input is made of (numbers with separators, currency marks, dates, words
//! of three languages, delimiters, OFX tags, QIF codes), so the deep paths are reached too.

use chrono::NaiveDate;
use ozzie_core::{Currency, Language};
use ozzie_ingest::{amount, check_storable, dates, ofx, qif, receipt, sentence, spreadsheet, statement, Context, Parse};
use proptest::prelude::*;

fn ctx(lang: u8, cur: u8) -> Context {
    Context {
        language: [Language::En, Language::Pt, Language::Es][lang as usize % 3],
        currency: [Currency::USD, Currency::BRL, Currency::EUR, Currency::GBP][cur as usize % 4],
        today: NaiveDate::from_ymd_opt(2025, 5, 14).expect("date"),
    }
}

const PIECES: &[&str] = &[
    "$", "R$", "€", "£", "US$", "45", "4.50", "4,50", "1.450,00", "1,450.00", "1.5k", "2 mil", "0", "-3", "(12.00)", "99999999999999999999",
    "yesterday", "ontem", "ayer", "anteontem", "last", "friday", "sexta", "passada", "el", "viernes", "pasado", "on", "the", "3rd",
    "dia", "31", "de", "maio", "May", "03/05", "2025-05-03", "31/02/2025", "and", "e", "y", ",", ";", "\n", "coffee", "uber",
    "got paid", "refund", "reembolso", "2 coffees for", "TOTAL", "SUBTOTAL", "Date", "Description", "Amount", "Debit", "Credit",
    "Saldo", "\t", "\"", "<STMTTRN>", "<TRNAMT>", "<DTPOSTED>", "<FITID>", "!Type:Bank", "D", "T", "^", "OFXHEADER:100", "%PDF",
    "é", "ñ", "ã", "\u{feff}", "\u{0}", "k", "mil", "x", "🙂", "Ω",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.join(" "))
}

/// Every reader's result for one input.
fn readers(text: &str, bytes: &[u8], c: &Context) -> [Parse; 6] {
    [
        sentence::parse(text, c),
        spreadsheet::parse(bytes, c),
        ofx::parse(bytes, c),
        qif::parse(bytes, c),
        statement::parse(text, c),
        receipt::parse(text, c),
    ]
}

fn run_all(text: &str, bytes: &[u8], c: &Context) {
    let _ = readers(text, bytes, c);
    let _ = amount::parse_cell(text, c.currency, None);
    let _ = dates::parse_date(text, dates::DateOrder::DayFirst, c.today);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, .. ProptestConfig::default() })]

    #[test]
    fn random_text(text in ".{0,300}", lang in 0u8..3, cur in 0u8..4) {
        run_all(&text, text.as_bytes(), &ctx(lang, cur));
    }

    #[test]
    fn random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600), lang in 0u8..3) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        run_all(&text, &bytes, &ctx(lang, 0));
    }

    #[test]
    fn input_made_of_real_pieces(text in pieces(), lang in 0u8..3, cur in 0u8..4) {
        let c = ctx(lang, cur);
        run_all(&text, text.as_bytes(), &c);
        // Whatever is read could be stored as it is.
        for t in readers(&text, text.as_bytes(), &c).iter().flat_map(|p| &p.transactions) {
            prop_assert!(check_storable(t).is_ok(), "{:?}: {t:?}", check_storable(t));
        }
    }

    #[test]
    fn csv_shaped_input(rows in prop::collection::vec(prop::collection::vec(prop::sample::select(PIECES), 1..6), 0..20), delim in prop::sample::select(vec![",", ";", "\t", "|"])) {
        let text: String = rows.iter().map(|r| r.join(delim)).collect::<Vec<_>>().join("\n");
        let c = ctx(0, 0);
        let _ = spreadsheet::parse(text.as_bytes(), &c);
        let _ = statement::parse(&text, &c);
    }
}

/// Inputs the fuzzers (fuzz/, `fuzz/run.sh`) once broke a reader with, kept under
/// tests/fixtures/fuzz/<reader>/: each is read in every language and currency, and whatever is read
/// must be storable.
#[test]
fn fuzz_findings_stay_fixed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/fuzz");
    let (mut replayed, mut broken) = (0, Vec::new());
    for reader in std::fs::read_dir(&root).expect("tests/fixtures/fuzz exists").flatten().filter(|e| e.path().is_dir()) {
        for case in std::fs::read_dir(reader.path()).expect("dir").flatten().filter(|e| e.path().is_file()) {
            let bytes = std::fs::read(case.path()).expect("read");
            let text = String::from_utf8_lossy(&bytes);
            for lang in 0..3 {
                for cur in 0..4 {
                    for (n, parse) in readers(&text, &bytes, &ctx(lang, cur)).iter().enumerate() {
                        for t in &parse.transactions {
                            if let Err(problem) = check_storable(t) {
                                broken.push(format!("{} (reader {n}, language {lang}, currency {cur}): {problem}: {t:?}", case.path().display()));
                            }
                        }
                    }
                }
            }
            replayed += 1;
        }
    }
    println!("{replayed} fuzz findings replayed");
    broken.dedup_by(|a, b| a.split(" (reader").next() == b.split(" (reader").next());
    assert!(broken.is_empty(), "{} findings read into rows that could not be stored:\n{}", broken.len(), broken.join("\n"));
}
