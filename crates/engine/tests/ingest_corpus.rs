//! The whole golden corpus through the engine's readers, PDFs (pdftotext) and receipt photos
//! (Tesseract OCR) included: accuracy per language and per file format, with every miss printed.

use std::path::Path;

use ozzie_engine::ingestion::parse_bytes;
use ozzie_ingest::golden::evaluate;

#[test]
fn every_format_of_the_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/ingest");
    let report = evaluate(&dir, &|kind, bytes, name, ctx| match parse_bytes(kind, bytes, ctx) {
        Ok((parse, _)) => Some(parse),
        Err(e) => panic!("{name}: {e}"),
    })
    .expect("the corpus reads");
    for failure in &report.failures {
        println!("MISS {failure}");
    }
    println!("{report}");
    for format in ["spreadsheet", "ofx", "qif", "pdf", "image"] {
        let (ok, n) = report.group(&format!("files/{format}"));
        assert!(n >= 4, "files/{format}: only {n} fixtures");
        assert!(ok * 100 >= n * 90, "files/{format}: {ok}/{n} exactly right, below 90%");
    }
    assert!(report.accuracy("sentences/") >= 0.95);
}
