//! The golden corpus for the parsers that need nothing outside this crate: sentences in three
//! languages, spreadsheets, OFX and QIF files. PDFs and receipt photos need text extraction and
//! OCR, and are scored through the engine (`crates/engine/tests/ingest_corpus.rs`).

use std::path::Path;

use ozzie_ingest::detect::Kind;
use ozzie_ingest::golden::evaluate;
use ozzie_ingest::{ofx, qif, spreadsheet};

#[test]
fn golden_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/ingest");
    let report = evaluate(&dir, &|kind, bytes, _name, ctx| match kind {
        Kind::Spreadsheet => Some(spreadsheet::parse(bytes, ctx)),
        Kind::Ofx => Some(ofx::parse(bytes, ctx)),
        Kind::Qif => Some(qif::parse(bytes, ctx)),
        _ => None,
    })
    .expect("the corpus reads");
    for failure in &report.failures {
        println!("MISS {failure}");
    }
    println!("{report}");
    for lang in ["en", "pt", "es"] {
        let (ok, n) = report.group(&format!("sentences/{lang}"));
        assert!(n >= 100, "the {lang} corpus has {n} sentences");
        assert!(ok * 100 >= n * 95, "sentences/{lang}: {ok}/{n} exactly right, below 95%");
    }
    for (group, ok, n) in report.groups().filter(|(g, _, _)| g.starts_with("files/")) {
        assert!(ok * 100 >= n * 90, "{group}: {ok}/{n} exactly right, below 90%");
    }
}
