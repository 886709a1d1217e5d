//! The edge where files become text: PDF text extraction (poppler's `pdftotext -layout`, which
//! keeps a statement's columns) and OCR of receipt photos (Tesseract with English, Portuguese and
//! Spanish models). Both run as child processes fed through stdin, so nothing is written to disk.

use std::io::Write;
use std::process::{Command, Stdio};

/// Why a file could not be turned into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    /// The tool is not installed: the message says which package provides it.
    ToolMissing(String),
    /// The tool ran and refused the input (not a PDF, not an image, unreadable).
    Unreadable(String),
}

fn run(program: &str, args: &[&str], input: &[u8], package: &str) -> Result<Vec<u8>, ExtractError> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            ExtractError::ToolMissing(format!(
                "{program} could not be started ({e}); install it with `apt-get install {package}` (or your system's {package} package)"
            ))
        })?;
    // Write stdin from a thread so a large output cannot deadlock against a full input pipe.
    let mut stdin = child.stdin.take().ok_or_else(|| ExtractError::Unreadable(format!("{program}: no stdin")))?;
    let data = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let output = child.wait_with_output().map_err(|e| ExtractError::Unreadable(format!("{program} failed: {e}")))?;
    let _ = writer.join();
    if !output.status.success() {
        let err = String::from_utf8_lossy(&output.stderr);
        let first = err.lines().find(|l| !l.trim().is_empty()).unwrap_or("no detail");
        return Err(ExtractError::Unreadable(format!("{program} could not read it: {first}")));
    }
    Ok(output.stdout)
}

/// The text of a PDF, with its layout (columns) kept.
pub fn pdf_text(pdf: &[u8]) -> Result<String, ExtractError> {
    let out = run("pdftotext", &["-layout", "-enc", "UTF-8", "-", "-"], pdf, "poppler-utils")?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// How Tesseract is told the text on a photo is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OcrLayout {
    /// One column of text of varying sizes (page segmentation mode 4): a receipt.
    Column,
    /// One uniform block of text (mode 6): keeps lines that mode 4 can drop, such as a date
    /// between two rules of dashes.
    Block,
}

/// The text Tesseract reads off an image (JPEG, PNG, WebP, TIFF), in the user's language first:
/// a Portuguese or Spanish reader is given that language and English only, as a third model
/// drops accents its own words lack ("JOAO" for "JOÃO" read with eng+por+spa).
pub fn ocr_text(image: &[u8], layout: OcrLayout, language: ozzie_core::Language) -> Result<String, ExtractError> {
    let psm = match layout {
        OcrLayout::Column => "4",
        OcrLayout::Block => "6",
    };
    let languages = match language {
        ozzie_core::Language::En => "eng+por+spa",
        ozzie_core::Language::Pt => "por+eng",
        ozzie_core::Language::Es => "spa+eng",
    };
    let out = run("tesseract", &["stdin", "stdout", "-l", languages, "--psm", psm], image, "tesseract-ocr tesseract-ocr-por tesseract-ocr-spa")?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}
