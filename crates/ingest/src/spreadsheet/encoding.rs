//! Which text encoding and which delimiter a file uses, from a sample of its bytes.

use super::*;

pub fn detect_encoding(sample: &[u8]) -> &'static Encoding {
    if let Some((enc, _)) = Encoding::for_bom(sample) {
        return enc;
    }
    let probe = &sample[..sample.len().min(4096)];
    let even_nuls = probe.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_nuls = probe.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    let half = probe.len() / 2;
    if half > 8 && odd_nuls * 3 > half {
        return UTF_16LE;
    }
    if half > 8 && even_nuls * 3 > half {
        return UTF_16BE;
    }
    // Valid UTF-8 up to a possibly cut last character.
    match std::str::from_utf8(sample) {
        Ok(_) => UTF_8,
        Err(e) if e.error_len().is_none() => UTF_8,
        Err(_) => WINDOWS_1252,
    }
}

pub(super) fn decode(sample: &[u8], encoding: &'static Encoding) -> String {
    let (text, _, _) = encoding.decode(sample);
    text.into_owned()
}

/// A cell as its value: trimmed, without a stray BOM, and without the apostrophes a spreadsheet
/// wraps around text it must not turn into a number ('65501234567', '01072025').
pub(super) fn clean_cell(raw: &str) -> &str {
    let c = raw.trim().trim_start_matches('\u{feff}');
    let unwrapped = c.strip_prefix('\'').map(|rest| rest.strip_suffix('\'').unwrap_or(rest));
    match unwrapped {
        // Only around digits and date marks: "'Tis the season" keeps its apostrophe.
        Some(inner) if !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit() || b"/-.: ".contains(&b)) => inner.trim(),
        _ => c,
    }
}

pub(super) fn records(text: &str, delimiter: u8, limit: usize) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .quoting(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for rec in reader.records() {
        match rec {
            Ok(r) => out.push(r.iter().map(|c| clean_cell(c).to_string()).collect()),
            // An unterminated quote in a cut sample: stop at what was read.
            Err(_) => break,
        }
        if out.len() >= limit {
            break;
        }
    }
    out
}

/// Records read to choose the delimiter (a file with old Mac line ends is one "line" of many records).
const DELIMITER_RECORDS: usize = 200;

pub(super) fn detect_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(200).collect();
    let mut best = (b',', 0usize);
    for delim in [b',', b';', b'\t', b'|'] {
        let recs = records(&lines.join("\n"), delim, DELIMITER_RECORDS);
        let mut counts = std::collections::HashMap::new();
        for r in &recs {
            if r.len() >= 2 {
                *counts.entry(r.len()).or_insert(0usize) += 1;
            }
        }
        // Lines that agree, weighted by how many fields they split into: a decimal comma
        // splits ";"-files into two consistent fields, the real delimiter into more.
        let score = counts.iter().map(|(fields, lines)| lines * (*fields).min(8)).max().unwrap_or(0);
        if score > best.1 {
            best = (delim, score);
        }
    }
    best.0
}
