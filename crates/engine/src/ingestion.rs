//! Taking transactions in: the seed's `POST /transactions` body (text, image, pdf, spreadsheet),
//! and file imports (CSV/TSV, OFX/QFX, QIF, PDF statements, receipt photos) with progress.
//!
//! Every submission is stored as one import: what the user gave (the sentence; the file's name and
//! SHA-256, and the text read from a PDF or photo) beside the transactions parsed from it, all in
//! one SQLite transaction. Files are matched against what is already stored so a re-import or an
//! overlapping statement adds no duplicates; typed sentences are always new.

use std::io::Read;
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::SyncSender;

use base64::Engine as _;
use ozzie_core::transaction::{NewTransaction, Source, Transaction};
use ozzie_core::{DomainError, Language};
use ozzie_ingest::detect::{detect, Kind};
use ozzie_ingest::spreadsheet::{Layout, Row, SAMPLE_BYTES};
use ozzie_ingest::{ofx, qif, receipt, sentence, statement, Context, Parse, Parsed};
use ozzie_store::imports::{ImportMeta, ImportSummary};
use serde::Deserialize;
use schemars::JsonSchema;
use sha2::{Digest, Sha256};

use crate::extract::{ocr_text, pdf_text, ExtractError, OcrLayout};
use crate::{Engine, EngineError, EngineResult, UserRef};

/// Largest image accepted (the seed's limit), and largest file read whole into memory.
pub const MAX_IMAGE_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_WHOLE_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Files up to this size are imported in bulk mode (see `ImportMeta::bulk`): into a database
/// holding no transactions yet, the date index is rebuilt once at the end, which at any size
/// costs less than keeping it up to date row by row (10,000 rows: 2 ms instead of 5). SQLite
/// sorts that rebuild in memory (its temporary files stay in memory, so nothing is written to
/// disk unencrypted), about 50 bytes per row; above this size (some 3 million rows) the index is
/// kept up to date row by row instead, which is slower but holds memory at the page cache's
/// size whatever the file's.
const BULK_IMPORT_MAX_BYTES: u64 = 128 * 1024 * 1024;
/// Diagnostics kept per import; the rest are counted.
const MAX_DIAGNOSTICS: usize = 200;

/// Who submitted: the REST API, this app, or WhatsApp (it decides the `source`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Api,
    App,
    WhatsApp,
}

/// The seed's `POST /transactions` body (a discriminated union on `type`).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(example = serde_json::json!({"type": "text", "content": "Spent $45 on groceries at Whole Foods and $12 on the subway"}))]
#[schemars(example = serde_json::json!({"type": "spreadsheet", "content": "Date,Description,Amount\n2025-05-01,STARBUCKS,-5.75\n2025-05-02,PAYROLL,2500.00\n"}))]
pub struct SubmitTransactionsInput {
    #[serde(rename = "type")]
    /// What `content` is (Ozzie Local also takes "ofx" and "qif" exports).
    #[schemars(required, extend("enum" = ["text", "image", "pdf", "spreadsheet", "ofx", "qif"]))]
    pub kind: Option<String>,
    /// The sentence, spreadsheet, OFX or QIF as text; an image as base64; a PDF as base64 of its
    /// bytes or as its extracted text.
    #[schemars(required, length(min = 1))]
    pub content: Option<String>,
    /// The file's type (image/jpeg, application/pdf, text/csv…), when it is a file.
    pub mime_type: Option<String>,
    #[schemars(extend("enum" = ["en", "pt", "es"]))]
    pub language: Option<String>,
    /// Ozzie Local: the name of an uploaded file, kept with the import.
    pub file_name: Option<String>,
}

/// The error for input with no transaction in it: the parser's first reason.
fn nothing_read(diagnostics: &[String]) -> EngineError {
    let why = diagnostics.first().cloned().unwrap_or_else(|| "no transactions found".into());
    DomainError::validation("content", why).into()
}

/// A checked submission, its content decoded.
struct Submission {
    kind: Kind,
    content: String,
    bytes: Vec<u8>,
    user: ozzie_core::user::User,
    ctx: Context,
}

/// What a submission produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Submitted {
    pub import_id: String,
    pub transactions: Vec<Transaction>,
    pub diagnostics: Vec<String>,
}

/// The outcome of a file import.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReport {
    pub kind: Kind,
    pub summary: ImportSummary,
    pub diagnostics: Vec<String>,
    /// Diagnostics beyond the ones kept.
    pub more_diagnostics: u64,
}

/// Progress of a long import, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportProgress {
    pub bytes_read: u64,
    pub total_bytes: u64,
    pub rows: u64,
    /// Every row is read; what is left is indexing and writing the encrypted file (about a
    /// second per million rows), then the import is done.
    pub saving: bool,
}

impl From<ExtractError> for EngineError {
    fn from(e: ExtractError) -> Self {
        match e {
            ExtractError::ToolMissing(msg) => EngineError::Environment(msg),
            ExtractError::Unreadable(msg) => DomainError::validation("content", msg).into(),
        }
    }
}

fn source_for(channel: Channel, kind: Kind) -> Source {
    match (channel, kind) {
        (Channel::WhatsApp, Kind::Image) => Source::WhatsappImage,
        (Channel::WhatsApp, _) => Source::WhatsappText,
        (Channel::Api, Kind::Text) => Source::ApiText,
        (Channel::Api, Kind::Image) => Source::ApiImage,
        (Channel::Api, Kind::Pdf) => Source::ApiPdf,
        (Channel::Api, _) => Source::ApiSpreadsheet,
        (Channel::App, Kind::Text) => Source::AppText,
        (Channel::App, Kind::Image) => Source::AppImage,
        (Channel::App, Kind::Pdf) => Source::FilePdf,
        (Channel::App, Kind::Ofx) => Source::FileOfx,
        (Channel::App, Kind::Qif) => Source::FileQif,
        (Channel::App, Kind::Spreadsheet) => Source::FileSpreadsheet,
    }
}

/// Reads input of a known kind held in memory. PDFs and images go through the edge tools; the
/// text they yield is returned too, to be kept with the import.
pub fn parse_bytes(kind: Kind, bytes: &[u8], ctx: &Context) -> EngineResult<(Parse, Option<String>)> {
    Ok(match kind {
        Kind::Text => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            (sentence::parse(&text, ctx), None)
        }
        Kind::Spreadsheet => (ozzie_ingest::spreadsheet::parse(bytes, ctx), None),
        Kind::Ofx => (ofx::parse(bytes, ctx), None),
        Kind::Qif => (qif::parse(bytes, ctx), None),
        Kind::Pdf => {
            // The seed's "pdf" type sends the text already extracted; files send the PDF itself.
            let text = if bytes.starts_with(b"%PDF") { pdf_text(bytes)? } else { String::from_utf8_lossy(bytes).into_owned() };
            (statement::parse(&text, ctx), Some(text))
        }
        Kind::Image => {
            let text = ocr_text(bytes, OcrLayout::Column, ctx.language)?;
            let first = receipt::parse(&text, ctx);
            if receipt::is_complete(&first) {
                return Ok((first, Some(text)));
            }
            // The first reading missed the total or the date: the photo read as one block of
            // text may have them (a second run of Tesseract, only for such photos).
            let block = ocr_text(bytes, OcrLayout::Block, ctx.language)?;
            let second = receipt::parse(&block, ctx);
            if receipt::is_complete(&second) { (second, Some(block)) } else { (first, Some(text)) }
        }
    })
}

/// Reads input without storing anything (`ozzie parse`, the app's "here is what I understood").
pub fn preview(kind: Kind, bytes: &[u8], ctx: &Context, channel: Channel) -> EngineResult<(Vec<NewTransaction>, Vec<String>)> {
    let (parse, _) = parse_bytes(kind, bytes, ctx)?;
    let source = source_for(channel, kind);
    let diagnostics = parse
        .diagnostics
        .iter()
        .map(|d| match d.line {
            Some(l) => format!("line {l}: {}", d.message),
            None => d.message.clone(),
        })
        .collect();
    Ok((parse.transactions.into_iter().map(|p| to_new(p, source).0).collect(), diagnostics))
}

/// A parsed row as the store takes it, and the bank's id for it.
fn to_new(parsed: Parsed, source: Source) -> (NewTransaction, Option<String>) {
    let transaction = NewTransaction {
        amount_cents: parsed.amount_cents,
        currency: parsed.currency,
        category: parsed.category,
        description: parsed.description,
        transaction_date: parsed.transaction_date,
        source,
        ai_confidence: (parsed.confidence * 100.0).round() / 100.0,
    };
    (transaction, parsed.external_id)
}

fn kind_of(raw: Option<&str>) -> EngineResult<Kind> {
    let raw = raw.ok_or_else(|| DomainError::validation("type", "is required: \"text\", \"image\", \"pdf\" or \"spreadsheet\""))?;
    match Kind::parse(raw) {
        Some(k @ (Kind::Text | Kind::Image | Kind::Pdf | Kind::Spreadsheet | Kind::Ofx | Kind::Qif)) => Ok(k),
        _ => Err(DomainError::validation("type", format!("'{raw}' is not a type; use \"text\", \"image\", \"pdf\" or \"spreadsheet\"")).into()),
    }
}

fn decode_base64(field: &str, content: &str) -> EngineResult<Vec<u8>> {
    let cleaned: String = content.split_once("base64,").map_or(content, |(_, b)| b).chars().filter(|c| !c.is_whitespace()).collect();
    base64::engine::general_purpose::STANDARD
        .decode(cleaned.as_bytes())
        .map_err(|_| DomainError::validation(field, "is not valid base64").into())
}

impl Engine {
    fn context_for(&mut self, user: &UserRef, language: Option<&str>) -> EngineResult<(ozzie_core::user::User, Context)> {
        let user = self.user(user)?;
        let language = match language {
            Some(l) => Language::parse("language", l)?,
            None => user.language,
        };
        let ctx = Context { language, currency: user.currency, today: self.today() };
        Ok((user, ctx))
    }

    /// Checks a `POST /transactions` body and decodes its content (base64 for images and PDF
    /// bytes): what both storing and previewing start from.
    fn open_submission(&mut self, user: &UserRef, input: &SubmitTransactionsInput) -> EngineResult<Submission> {
        let kind = kind_of(input.kind.as_deref())?;
        let content = input.content.clone().filter(|c| !c.trim().is_empty()).ok_or_else(|| DomainError::validation("content", "is required and must not be empty"))?;
        let (user, ctx) = self.context_for(user, input.language.as_deref())?;
        let bytes = match kind {
            Kind::Image => {
                let mime = input.mime_type.as_deref().ok_or_else(|| DomainError::validation("mime_type", "is required for images: \"image/jpeg\", \"image/png\" or \"image/webp\""))?;
                if !matches!(mime, "image/jpeg" | "image/png" | "image/webp") {
                    return Err(DomainError::validation("mime_type", format!("'{mime}' is not supported; use \"image/jpeg\", \"image/png\" or \"image/webp\"")).into());
                }
                let bytes = decode_base64("content", &content)?;
                if bytes.len() > MAX_IMAGE_BYTES {
                    return Err(DomainError::validation("content", "the image is larger than 10 MB; send a smaller photo").into());
                }
                bytes
            }
            // A PDF sent as its bytes in base64 ("JVBER" is base64 of "%PDF"), or its text.
            Kind::Pdf if content.trim_start().starts_with("JVBER") => decode_base64("content", &content)?,
            _ => content.clone().into_bytes(),
        };
        Ok(Submission { kind, content, bytes, user, ctx })
    }

    /// What a `POST /transactions` body would store, storing nothing (the app's "here is what I
    /// understood" before saving).
    pub fn preview_transactions(&mut self, user: &UserRef, input: SubmitTransactionsInput, channel: Channel) -> EngineResult<(Vec<NewTransaction>, Vec<String>)> {
        let s = self.open_submission(user, &input)?;
        let (items, diagnostics) = preview(s.kind, &s.bytes, &s.ctx, channel)?;
        if items.is_empty() {
            return Err(nothing_read(&diagnostics));
        }
        Ok((items, diagnostics))
    }

    /// The seed's `POST /transactions`: parses the content and stores what it found.
    pub fn submit_transactions(&mut self, user: &UserRef, input: SubmitTransactionsInput, channel: Channel) -> EngineResult<Submitted> {
        let Submission { kind, content, bytes, user, ctx } = self.open_submission(user, &input)?;
        let (mut parse, extracted) = parse_bytes(kind, &bytes, &ctx)?;
        if kind == Kind::Text {
            parse = self.read_with_llm(&user, &content, parse, &ctx);
        }
        if let (Kind::Image, Some(ocr)) = (kind, extracted.as_deref()) {
            parse = self.read_photo_with_llm(&bytes, ocr, parse, &ctx);
        }
        let source = source_for(channel, kind);
        let sha = (kind != Kind::Text).then(|| hex::encode(Sha256::digest(&bytes)));
        let raw_text = match kind {
            Kind::Text | Kind::Spreadsheet => Some(content),
            _ => extracted,
        };
        let diagnostics: Vec<String> = parse.diagnostics.iter().map(|d| d.message.clone()).collect();
        let meta = ImportMeta {
            kind: kind.as_str(),
            source: source.as_str(),
            file_name: input.file_name,
            sha256: sha,
            raw_text,
            dedupe: !matches!(kind, Kind::Text | Kind::Image),
            keep_rows: true,
            bulk: false,
        };
        let mut batch = self.store.begin_import(&user.id, meta)?;
        let found = parse.transactions.len();
        batch.add_all(parse.transactions.into_iter().map(|p| to_new(p, source)))?;
        let summary = batch.finish(&diagnostics)?;
        if found == 0 {
            // The input is kept (in the import) even though nothing could be read from it.
            return Err(nothing_read(&diagnostics));
        }
        Ok(Submitted { import_id: summary.import_id, transactions: summary.transactions, diagnostics })
    }

    /// Imports a file, all or nothing, reporting progress. Spreadsheets stream, so a file of any
    /// size is read in bounded memory; other kinds are read whole (up to 64 MB).
    pub fn import_file(
        &mut self,
        user: &UserRef,
        path: &Path,
        kind: Option<Kind>,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> EngineResult<ImportReport> {
        let io = |e: std::io::Error| DomainError::validation("file", format!("{}: {e}", path.display()));
        let total_bytes = std::fs::metadata(path).map_err(io)?.len();
        let mut head = Vec::new();
        std::fs::File::open(path).map_err(io)?.take(SAMPLE_BYTES as u64).read_to_end(&mut head).map_err(io)?;
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let kind = kind.unwrap_or_else(|| detect(&head, file_name.as_deref()));
        let (user, ctx) = self.context_for(user, None)?;
        let source = source_for(Channel::App, kind);
        let mut diagnostics = Diagnostics::default();

        if kind == Kind::Spreadsheet {
            // The categorizer's dictionary is built while the layout is detected and the batch
            // begins, not in front of the first rows.
            std::thread::spawn(ozzie_ingest::categorize::prepare);
            let layout = Layout::detect(&head, &ctx).map_err(|d| DomainError::validation("file", format!("{}: {}", path.display(), d.message)))?;
            let meta = ImportMeta {
                kind: kind.as_str(),
                source: source.as_str(),
                file_name,
                sha256: None,
                raw_text: None,
                dedupe: true,
                keep_rows: false,
                bulk: total_bytes <= BULK_IMPORT_MAX_BYTES,
            };
            let mut batch = self.store.begin_import(&user.id, meta)?;
            let bytes_read = AtomicU64::new(0);
            let mut rows = 0u64;
            let mut failure: Option<EngineError> = None;
            // Two threads, so reading and storing overlap: this one stores, the reader thread reads,
            // decodes, parses and hashes the file and hands rows over in chunks through a bounded
            // channel (memory stays bounded whatever the file's size).
            let read = std::thread::scope(|scope| {
                let (chunks, received) = std::sync::mpsc::sync_channel::<Vec<Row>>(CHANNEL_CHUNKS);
                let reader = scope.spawn(|| read_spreadsheet(path, &layout, &bytes_read, chunks));
                for chunk in received {
                    rows += chunk.len() as u64;
                    let parsed = chunk.into_iter().filter_map(|row| match row {
                        Row::Transaction(parsed) => Some(to_new(parsed, source)),
                        Row::Skipped(d) => {
                            diagnostics.note(&d);
                            None
                        }
                    });
                    if let Err(e) = batch.add_all(parsed) {
                        failure = Some(e.into());
                    }
                    if failure.is_some() {
                        // Dropping the receiver stops the reader at its next chunk.
                        break;
                    }
                    progress(ImportProgress { bytes_read: bytes_read.load(Ordering::Relaxed), total_bytes, rows, saving: false });
                }
                reader.join().unwrap_or_else(|_| Err(ReadFailure::Io(std::io::Error::other("the file reader stopped unexpectedly"))))
            });
            if let Some(e) = failure {
                return Err(e);
            }
            // A file that breaks half-way is not imported half-way: the batch rolls back.
            let sha = match read {
                Ok(sha) => sha,
                Err(ReadFailure::Io(e)) => return Err(io(e).into()),
                Err(ReadFailure::Parse(d)) => {
                    return Err(DomainError::validation("file", format!("{}: line {}: {}", path.display(), d.line.unwrap_or(0), d.message)).into())
                }
            };
            batch.record_sha256(sha);
            progress(ImportProgress { bytes_read: total_bytes, total_bytes, rows, saving: true });
            let summary = batch.finish(&diagnostics.kept)?;
            return Ok(ImportReport { kind, summary, diagnostics: diagnostics.kept, more_diagnostics: diagnostics.more });
        }

        if total_bytes > MAX_WHOLE_FILE_BYTES {
            return Err(DomainError::validation("file", format!("{} is larger than 64 MB", path.display())).into());
        }
        let bytes = std::fs::read(path).map_err(io)?;
        let (mut parse, extracted) = parse_bytes(kind, &bytes, &ctx)?;
        if let (Kind::Image, Some(ocr)) = (kind, extracted.as_deref()) {
            parse = self.read_photo_with_llm(&bytes, ocr, parse, &ctx);
        }
        for d in &parse.diagnostics {
            diagnostics.note(d);
        }
        let meta = ImportMeta {
            kind: kind.as_str(),
            source: source.as_str(),
            file_name,
            sha256: Some(hex::encode(Sha256::digest(&bytes))),
            raw_text: extracted,
            dedupe: kind != Kind::Image,
            keep_rows: false,
            bulk: false,
        };
        let mut batch = self.store.begin_import(&user.id, meta)?;
        let found = parse.transactions.len() as u64;
        let mut rows = parse.transactions.into_iter().map(|p| to_new(p, source)).peekable();
        let mut done = 0u64;
        while rows.peek().is_some() {
            batch.add_all(rows.by_ref().take(256))?;
            done = (done + 256).min(found);
            progress(ImportProgress { bytes_read: total_bytes * done / found.max(1), total_bytes, rows: done, saving: false });
        }
        progress(ImportProgress { bytes_read: total_bytes, total_bytes, rows: found, saving: true });
        let summary = batch.finish(&diagnostics.kept)?;
        Ok(ImportReport { kind, summary, diagnostics: diagnostics.kept, more_diagnostics: diagnostics.more })
    }
}

impl Engine {
    /// With an LLM configured, a sentence is read by it too and the readings merged
    /// ([`merge_readings`]); without one, or when it fails, the offline reading stands.
    fn read_with_llm(&mut self, user: &ozzie_core::user::User, text: &str, offline: Parse, ctx: &Context) -> Parse {
        match self.ozzie() {
            Ok(Some(remote)) => {
                let read = self
                    .remote_user(&remote, user)
                    .and_then(|id| remote.parse(&id, text, ctx.language, ctx.currency, ctx.today).map_err(|e| EngineError::Environment(e.to_string())));
                return match read {
                    Ok(candidates) => merge_readings(text, offline, candidates, ctx),
                    Err(e) => with_note(offline, format!("the Ozzie endpoint could not read it ({e}); read on this device")),
                };
            }
            Ok(None) => {}
            Err(e) => return with_note(offline, format!("the Ozzie endpoint is not set up ({e}); read on this device")),
        }
        let client = match self.llm() {
            Ok(Some(client)) => client,
            Ok(None) => return offline,
            Err(e) => return with_note(offline, format!("the LLM is not set up ({e}); read on this device")),
        };
        match ozzie_ai::extract::extract(&client, text, ctx.language, ctx.currency, ctx.today) {
            Ok(candidates) => merge_readings(text, offline, candidates, ctx),
            Err(e) => with_note(offline, format!("the LLM could not read it ({e}); read on this device")),
        }
    }
}

impl Engine {
    /// With a vision model configured (`openai.vision = true`), a receipt photo is read by it too;
    /// its total must be one written in the OCR text, and the readings merge as for sentences.
    fn read_photo_with_llm(&self, image: &[u8], ocr: &str, offline: Parse, ctx: &Context) -> Parse {
        let client = match (self.vision(), self.llm()) {
            (Ok(true), Ok(Some(client))) => client,
            _ => return offline,
        };
        let mime = match image {
            [0x89, b'P', b'N', b'G', ..] => "image/png",
            [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => "image/webp",
            _ => "image/jpeg",
        };
        match ozzie_ai::extract::extract_image(&client, image, mime, ctx.language, ctx.currency, ctx.today) {
            Ok(candidates) => merge_readings(ocr, offline, candidates, ctx),
            Err(e) => with_note(offline, format!("the vision model could not read the photo ({e}); read on this device")),
        }
    }
}

fn with_note(mut parse: Parse, note: String) -> Parse {
    parse.diagnostics.push(ozzie_ingest::Diagnostic::general(note));
    parse
}

/// Confidence of a reading both the rules and the LLM agree on.
const AGREED_CONFIDENCE: f64 = 0.95;
/// Confidence of the LLM's reading taken over an unsure offline one.
const LLM_CONFIDENCE: f64 = 0.8;

/// Merges the offline and the LLM readings of one sentence:
/// 1. An LLM amount must be written in the text (`sentence::amounts_written`); one that is not
///    is dropped, with a note.
/// 2. The same amounts in the same order: the offline amounts and dates stay (rules read them);
///    a category the rules were unsure of (< 0.85) becomes the LLM's; agreeing raises the
///    confidence to 0.95.
/// 3. Otherwise the LLM's reading is taken only when all its amounts are written in the text and
///    the rules found nothing or were unsure (< 0.6) somewhere; else the offline reading stays.
pub fn merge_readings(text: &str, mut offline: Parse, candidates: Vec<ozzie_ai::extract::Candidate>, ctx: &Context) -> Parse {
    let written = sentence::amounts_written(text, ctx);
    let total = candidates.len();
    let grounded: Vec<_> = candidates.into_iter().filter(|c| written.iter().any(|(v, cur)| *v == c.amount_cents && *cur == c.currency)).collect();
    if grounded.len() < total {
        offline.diagnostics.push(ozzie_ingest::Diagnostic::general(format!(
            "{} amount(s) the LLM read are not in the text and were left out",
            total - grounded.len()
        )));
    }
    let same_amounts = grounded.len() == offline.transactions.len()
        && grounded.iter().zip(&offline.transactions).all(|(c, p)| c.amount_cents == p.amount_cents && c.currency == p.currency);
    if same_amounts {
        for (c, p) in grounded.iter().zip(offline.transactions.iter_mut()) {
            if c.category == p.category {
                p.confidence = p.confidence.max(AGREED_CONFIDENCE);
            } else if p.confidence < 0.85 {
                p.category = c.category;
                p.confidence = LLM_CONFIDENCE;
            }
        }
        return offline;
    }
    let unsure = offline.transactions.is_empty() || offline.transactions.iter().any(|p| p.confidence < 0.6);
    if grounded.len() == total && !grounded.is_empty() && unsure {
        offline.transactions = grounded
            .into_iter()
            .map(|c| Parsed {
                amount_cents: c.amount_cents,
                currency: c.currency,
                category: c.category,
                description: if c.description.is_empty() { text.chars().take(200).collect() } else { c.description },
                transaction_date: c.date,
                confidence: LLM_CONFIDENCE,
                external_id: None,
            })
            .collect();
    }
    offline
}

impl Engine {
    /// The user's recent imports (what was given, what was read from it), newest first.
    pub fn imports(&mut self, user: &UserRef, limit: u32) -> EngineResult<Vec<ozzie_store::imports::ImportRecord>> {
        let user = self.user(user)?;
        Ok(self.store.imports(&user.id, limit)?)
    }

    pub fn transaction_count(&mut self, user: &UserRef) -> EngineResult<u64> {
        let user = self.user(user)?;
        Ok(self.store.transaction_count(&user.id)?)
    }
}

/// The diagnostics of one import: the first [`MAX_DIAGNOSTICS`] kept, the rest counted.
#[derive(Default)]
struct Diagnostics {
    kept: Vec<String>,
    more: u64,
}

impl Diagnostics {
    fn note(&mut self, d: &ozzie_ingest::Diagnostic) {
        if self.kept.len() < MAX_DIAGNOSTICS {
            self.kept.push(match d.line {
                Some(l) => format!("line {l}: {}", d.message),
                None => d.message.clone(),
            });
        } else {
            self.more += 1;
        }
    }
}

/// Rows handed from the reader thread to the storing thread at a time, and chunks in flight
/// (16,384 rows at most). Chunks stay small so that storing what was read last, after the reader
/// is done, is short; handing a chunk over costs about a microsecond.
const FIRST_CHUNK_ROWS: usize = 128;
const CHUNK_ROWS: usize = 512;
const CHANNEL_CHUNKS: usize = 32;

enum ReadFailure {
    Io(std::io::Error),
    Parse(ozzie_ingest::Diagnostic),
}

/// The reader thread of a spreadsheet import: streams `path` through `layout` into `chunks` and
/// returns the file's SHA-256. Stops early when the storing side hangs up.
fn read_spreadsheet(path: &Path, layout: &Layout, bytes_read: &AtomicU64, chunks: SyncSender<Vec<Row>>) -> Result<String, ReadFailure> {
    let file = std::fs::File::open(path).map_err(ReadFailure::Io)?;
    let mut reader = HashingReader { inner: file, hasher: Sha256::new(), count: bytes_read };
    // Small chunks first, so the storing side starts early; then larger ones, for less handing over.
    let mut size = FIRST_CHUNK_ROWS;
    let mut chunk = Vec::with_capacity(size);
    let mut hung_up = false;
    layout
        .read(&mut reader, |row| {
            chunk.push(row);
            if chunk.len() == size {
                size = (size * 2).min(CHUNK_ROWS);
                if chunks.send(std::mem::replace(&mut chunk, Vec::with_capacity(size))).is_err() {
                    hung_up = true;
                    return ControlFlow::Break(());
                }
            }
            ControlFlow::Continue(())
        })
        .map_err(ReadFailure::Parse)?;
    if !hung_up && !chunk.is_empty() {
        // The storing side may have stopped; it then reports why.
        let _ = chunks.send(chunk);
    }
    // Whatever the parser left unread still belongs to the file's hash.
    std::io::copy(&mut reader, &mut std::io::sink()).map_err(ReadFailure::Io)?;
    Ok(hex::encode(reader.hasher.finalize()))
}

/// A reader that hashes what it hands out and publishes how many bytes that was (progress bar).
struct HashingReader<'a, R> {
    inner: R,
    hasher: Sha256,
    count: &'a AtomicU64,
}

impl<R: Read> Read for HashingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}
