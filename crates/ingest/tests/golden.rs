//! The golden corpus for the parsers that need nothing outside this crate: sentences in three
//! languages, spreadsheets, OFX and QIF files. (PDFs and receipt photos need text extraction and
//! OCR, and are checked through the engine.) Prints every miss, then the accuracy table.

use std::path::{Path, PathBuf};

use ozzie_core::Language;
use ozzie_ingest::detect::{detect, Kind};
use ozzie_ingest::golden::{FileCase, Report, SentenceCase};
use ozzie_ingest::{ofx, qif, sentence, spreadsheet};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/ingest")
}

fn run() -> Report {
    let mut report = Report::default();
    for (lang, file) in [(Language::En, "en"), (Language::Pt, "pt"), (Language::Es, "es")] {
        let path = corpus().join(format!("sentences/{file}.jsonl"));
        let text = std::fs::read_to_string(&path).expect("corpus file");
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let case: SentenceCase = serde_json::from_str(line).unwrap_or_else(|e| panic!("{file}:{}: {e}", n + 1));
            let ctx = case.context(lang).expect("valid case");
            let outcome = case.check(&sentence::parse(&case.text, &ctx));
            report.record(&format!("sentences/{file}"), &format!("{file}:{} {:?}", n + 1, case.text), outcome);
        }
    }
    let mut entries: Vec<_> = std::fs::read_dir(corpus().join("files")).expect("files dir").flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
        if name.ends_with(".expected.json") {
            continue;
        }
        let expected = path.with_file_name(format!("{}.expected.json", name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s)));
        let Ok(json) = std::fs::read_to_string(&expected) else { continue };
        let case: FileCase = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
        let ctx = case.context().expect("valid case");
        let bytes = std::fs::read(&path).expect("fixture");
        let kind = detect(&bytes, Some(&name));
        let parse = match kind {
            Kind::Spreadsheet => spreadsheet::parse(&bytes, &ctx),
            Kind::Ofx => ofx::parse(&bytes, &ctx),
            Kind::Qif => qif::parse(&bytes, &ctx),
            _ => continue,
        };
        report.record(&format!("files/{}", kind.as_str()), &name, case.check(&parse));
    }
    report
}

#[test]
fn golden_corpus() {
    let report = run();
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
