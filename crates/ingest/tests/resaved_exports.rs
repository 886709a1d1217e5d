//! An export read right stays right when it is saved another way: in UTF-16 or Windows-1252,
//! with other line ends, another delimiter, a few lines of account details on top, or its
//! columns in the opposite order. Column roles come from names and values, never from where a
//! column stands; every spreadsheet of every fixture set is re-saved each of these ways.

use std::path::{Path, PathBuf};

use ozzie_ingest::golden::FileCase;
use ozzie_ingest::spreadsheet::{self, detect_encoding, Layout};

fn spreadsheets(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                dirs.push(path);
            } else if dir.file_name().is_some_and(|n| n == "files") && path.extension().is_some_and(|e| e == "csv" || e == "tsv") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn decode(bytes: &[u8]) -> String {
    let (text, _, _) = detect_encoding(bytes).decode(bytes);
    text.trim_start_matches('\u{feff}').to_string()
}

fn records(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
        .records()
        .filter_map(Result::ok)
        .map(|r| r.iter().map(str::to_string).collect())
        .collect()
}

fn write(rows: &[Vec<String>], delimiter: u8, crlf: bool) -> String {
    let terminator = if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
    let mut w = csv::WriterBuilder::new().flexible(true).delimiter(delimiter).terminator(terminator).from_writer(Vec::new());
    for row in rows {
        w.write_record(row).expect("writes to memory");
    }
    String::from_utf8(w.into_inner().expect("flushes to memory")).expect("UTF-8 in, UTF-8 out")
}

/// The table's rows with their fields in the opposite order (a header one field longer or
/// shorter than its rows, as some banks write it, is evened first).
fn reversed(rows: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut widths = std::collections::BTreeMap::new();
    for r in rows.iter().filter(|r| r.len() > 1) {
        *widths.entry(r.len()).or_insert(0) += 1;
    }
    let Some((&width, _)) = widths.iter().max_by_key(|(w, n)| (**n, **w)) else { return rows.to_vec() };
    rows.iter()
        .map(|r| {
            let mut r = r.clone();
            if r.len() == width + 1 && r.last().is_some_and(String::is_empty) {
                r.pop();
            }
            // A header one field short of rows that end in an empty field (Chase checking).
            if r.len() + 1 == width {
                r.push(String::new());
            }
            if r.len() == width {
                r.reverse();
            }
            r
        })
        .collect()
}

fn brief(p: &ozzie_ingest::Parse) -> Vec<(chrono::NaiveDate, i64, bool, String)> {
    p.transactions.iter().map(|t| (t.transaction_date, t.amount_cents, t.is_income(), t.currency.code().to_string())).collect()
}

#[test]
fn exports_saved_another_way_read_the_same() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/ingest");
    let (mut checked, mut failures) = (0, Vec::new());
    for path in spreadsheets(&root) {
        let name = path.strip_prefix(&root).unwrap_or(&path).display().to_string();
        let Ok(json) = std::fs::read_to_string(path.with_extension("expected.json")) else { continue };
        let case: FileCase = serde_json::from_str(&json).expect("expected.json parses");
        let ctx = case.context().expect("a valid context");
        let bytes = std::fs::read(&path).expect("fixture readable");
        // What is read right must stay right; the corpus's few misses must at least stay the same.
        let original = spreadsheet::parse(&bytes, &ctx);
        let right = case.check(&original).is_ok();
        let layout = Layout::detect(&bytes, &ctx).expect("detects");
        let text = decode(&bytes);
        let rows = records(&text, layout.delimiter);
        let crlf = text.contains("\r\n");
        let other_delimiter = if layout.delimiter == b';' { b',' } else { b';' };
        let mut variants: Vec<(&str, Vec<u8>)> = vec![
            ("UTF-16", std::iter::once(0xFEFF_u16).chain(text.encode_utf16()).flat_map(u16::to_le_bytes).collect()),
            ("other line ends", write(&rows, layout.delimiter, !crlf).into_bytes()),
            ("another delimiter", write(&rows, other_delimiter, crlf).into_bytes()),
            ("tabs", write(&rows, b'\t', crlf).into_bytes()),
            ("account details on top", format!("Account holder: J SMITH\nAccount number: ****4821\n\n{}", write(&rows, layout.delimiter, false)).into_bytes()),
        ];
        if let (encoded, _, false) = encoding_rs::WINDOWS_1252.encode(&text) {
            variants.push(("Windows-1252", encoded.into_owned()));
        }
        // Without a header the columns' order is all there is to go by for some of them
        // (withdrawals before deposits with no balance to tell): only named columns move.
        if layout.has_header {
            variants.push(("columns reversed", write(&reversed(&rows), layout.delimiter, crlf).into_bytes()));
        }
        for (how, bytes) in variants {
            checked += 1;
            let parsed = spreadsheet::parse(&bytes, &ctx);
            let outcome = if right { case.check(&parsed) } else if brief(&parsed) == brief(&original) { Ok(()) } else { Err("reads differently from the original".into()) };
            if let Err(e) = outcome {
                failures.push(format!("{name} ({how}): {e}"));
            }
        }
    }
    assert!(checked > 1000, "only {checked} variants checked");
    assert!(failures.is_empty(), "{} of {checked} re-saved exports read differently:\n{}", failures.len(), failures.join("\n"));
}
