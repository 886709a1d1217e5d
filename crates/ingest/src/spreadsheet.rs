//! Bank exports (CSV/TSV) with zero configuration. The encoding and delimiter are found in
//! `spreadsheet/encoding.rs`, column roles from header names in `spreadsheet/headers.rs` and from
//! values in `spreadsheet/headerless.rs`; detection of the layout and reading the rows are here.
//!
//! ## How a file is understood
//!
//! 1. **Encoding**: a BOM decides (UTF-8, UTF-16LE/BE); without one, NUL bytes in alternate
//!    positions mean UTF-16, valid UTF-8 is UTF-8, anything else is Windows-1252.
//! 2. **Delimiter**: of `,` `;` tab `|`, the one that gives the most lines with the same number
//!    (≥ 2) of fields.
//! 3. **Header and preamble**: the first line whose cells name at least two roles (date,
//!    description, amount…) in en/pt/es/nl is the header; lines before it (account summaries)
//!    are skipped. Without such a line the file has no header and roles come from the values:
//!    the column of dates, the numeric columns (the first is the amount, a last one the balance),
//!    the longest text column the description.
//! 4. **Roles**: date (transaction/operation date preferred over value/posting dates), description,
//!    one signed amount or separate debit/credit (money out/in) columns, a direction column
//!    (DEBIT/CREDIT, Af/Bij), currency, status/state, the bank's id; balance and fee columns are
//!    recognised so they are never read as the amount.
//! 5. **Values**: the date order (day-first or month-first) from all the dates in the sample, the
//!    decimal mark from all the amounts, and the sign convention: negative is money out, unless
//!    most amounts are positive with a few negative ones, as in card exports, where positive is a
//!    charge and negative a payment or refund.
//! 6. **Rows skipped** (and reported): declined/reverted/pending/failed states, balance and total
//!    lines, rows without a readable date or amount, zero amounts.
//!
//! Large files stream: [`Layout::detect`] looks at a sample, then [`Layout::read`] walks any
//! `Read` row by row without holding the file in memory.

mod encoding;
mod headerless;
mod headers;

pub use encoding::detect_encoding;
use encoding::{clean_cell, decode, detect_delimiter, records};
use headerless::{columns_from_values, direction_column, looks_like_date, text_column};
use headers::{amount_candidates, columns_from_header, date_columns, header_currency, is_header, preamble_currency};

use std::io::Read;
use std::ops::ControlFlow;

use chrono::NaiveDate;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use ozzie_core::transaction::Category;
use ozzie_core::Currency;

use crate::amount::{currency_from_symbol, parse_cell, DecimalMark};
use crate::categorize::{categorize, mentions_income};
use crate::dates::{default_order, infer_order, is_ambiguous, parse_date, DateOrder};
use crate::text::{contains_ignoring_ascii_case, fold, tidy, words, NO_DESCRIPTION};
use crate::{Context, Diagnostic, Parse, Parsed};

/// Bytes looked at to detect the layout.
pub const SAMPLE_BYTES: usize = 256 * 1024;
/// Records of the sample used to infer date order, decimal mark and sign convention…
const SAMPLE_RECORDS: usize = 1_000;
/// …and how far to look when those leave the date order undecided (every day ≤ 12 so far).
const MORE_SAMPLE_RECORDS: usize = 20_000;
/// Rows of the sample read to tell the sign convention (card exports list charges as positive).
const SIGN_SAMPLE_ROWS: usize = 1_000;
/// Below this confidence in the description's category, the bank's category column decides.
const BANK_CATEGORY_BELOW: f64 = 0.6;
/// Lines searched for a header.
const HEADER_SEARCH: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// Negative amounts are money out (bank accounts).
    NegativeIsOut,
    /// Positive amounts are charges (card exports).
    PositiveIsOut,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    pub date: Option<usize>,
    pub description: Vec<usize>,
    pub amount: Option<usize>,
    pub debit: Option<usize>,
    pub credit: Option<usize>,
    pub direction: Option<usize>,
    pub currency: Option<usize>,
    pub status: Option<usize>,
    pub id: Option<usize>,
    pub category: Option<usize>,
    pub kind: Option<usize>,
    /// Fees, read only on a row with no other amount (a fee charged on its own row).
    pub fee: Option<usize>,
}

/// What detection decided about a file.
#[derive(Debug, Clone)]
pub struct Layout {
    pub encoding: &'static Encoding,
    pub delimiter: u8,
    /// Records before the first data row (preamble and header).
    pub skip: usize,
    pub has_header: bool,
    pub columns: Columns,
    pub date_order: DateOrder,
    pub decimal: Option<DecimalMark>,
    pub sign: Sign,
    /// A currency named by the header ("Amount (EUR)", "Valor (R$)").
    pub header_currency: Option<Currency>,
    /// The other amount columns, one per currency ("Pesos" is the amount, "Dólares" holds the
    /// rows charged in dollars): read when the amount column of a row is empty.
    pub other_amounts: Vec<(usize, Currency)>,
    /// Skip rows dated after tomorrow as scheduled entries: true when most of the sample's rows
    /// are on or before today (a file mostly "in the future" says today's date is off instead).
    pub skip_scheduled: bool,
    ctx: Context,
}

/// One row's outcome while reading.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    Transaction(Parsed),
    Skipped(Diagnostic),
}

// ---- detection --------------------------------------------------------------------------------

/// Is this a balance or total line rather than a transaction ("SALDO ANTERIOR", "Opening Balance")?
pub fn is_balance_line(description: &str) -> bool {
    // Cheap test first: every balance or total line names one of these.
    if !["sald", "balan", "total", "s a l d o", "kontostand"].iter().any(|k| contains_ignoring_ascii_case(description, k)) {
        return false;
    }
    let w = words(description);
    const BALANCE_LINES: &[&str] = &[
        " saldo anterior ", " saldo inicial ", " saldo final ", " saldo do dia ", " saldo disponivel ", " saldo total ",
        " opening balance ", " closing balance ", " starting balance ", " saldo de apertura ", " beginning balance ", " ending balance ", " balance brought forward ",
        " balance carried forward ", " previous balance ", " new balance ", " total ", " subtotal ", " totales ", " totals ", " totais ",
        " saldo ", " s a l d o ", " beginsaldo ", " eindsaldo ", " kontostand ", " neuer kontostand ", " alter kontostand ",
    ];
    BALANCE_LINES.iter().any(|p| if *p == " total " { is_total_line(&w) } else { w.starts_with(p) || w == *p })
}

/// "Total", "TOTAL DEL PERIODO", "Total de saídas" — but not "TOTAL GAS LOPEZ MATEOS" (a fuel
/// brand): after "total" comes nothing, or a word that says what is totalled.
fn is_total_line(w: &str) -> bool {
    let mut rest = w.split_whitespace();
    if rest.next() != Some("total") {
        return false;
    }
    const TOTALLED: &[&str] = &[
        "de", "del", "da", "do", "dos", "das", "of", "for", "charges", "debits", "credits", "debitos", "creditos", "cargos",
        "abonos", "movimientos", "movimentos", "periodo", "period", "amount", "general", "mes", "month", "balance", "saldo",
        "pagos", "pagamentos", "compras", "purchases", "payments", "fees", "gastos", "lancamentos", "a", "due", "entradas",
        "saidas", "deposits", "withdrawals", "in", "out", "spent", "paid", "geral", "final", "fatura", "factura",
    ];
    rest.next().is_none_or(|next| TOTALLED.contains(&next))
}

/// A cell that fills a description column without describing anything ("No Description", "N/A").
fn is_placeholder(cell: &str) -> bool {
    // None is longer than 20 bytes, accents included: a longer cell needs no folding.
    if cell.len() > 20 {
        return false;
    }
    matches!(
        fold(cell).as_str(),
        "no description" | "n/a" | "na" | "-" | "--" | "none" | "sin descripcion" | "sem descricao" | "sin concepto" | "null"
    )
}

/// PayPal's rows that fund a payment from a card or a bank account: the payment is the
/// transaction, the funding row is not money in.
/// `kind` is folded.
fn is_funding_leg(k: &str) -> bool {
    ["card deposit", "credit card deposit", "bank deposit to pp account", "deposito general con tarjeta", "deposito bancario en la cuenta de paypal",
        "deposito de cartao", "deposito bancario na conta paypal", "transferencia geral com cartao", "transferencia geral de cartao",
        "transferencia general con tarjeta", "general card transfer"]
        .iter()
        .any(|f| k.contains(f))
}

/// PayPal's holds on the balance (a dispute, an open authorization) and their release: money set
/// aside and given back, neither spent nor received.
/// `kind` is folded.
fn is_hold(kind: &str) -> bool {
    kind.contains(" hold") || kind.starts_with("hold ") || ["retencion", "retencao", "bloqueio de saldo", "autorizacion general", "general authorization"].iter().any(|h| kind.contains(h))
}

fn skipped_status(status: &str) -> bool {
    matches!(
        fold(status.trim()).as_str(),
        "reverted" | "declined" | "failed" | "pending" | "denied" | "cancelled" | "canceled" | "rejected" | "recusado"
            | "recusada" | "cancelado" | "cancelada" | "pendente" | "pendiente" | "rechazado" | "rechazada" | "fallido" | "revertida" | "falhada"
            | "revertido" | "reversed" | "expired" | "voided" | "void" | "refused" | "declinada" | "declinado" | "negada"
            | "negado" | "denegada" | "denegado" | "en proceso" | "processando" | "em processamento" | "anulada" | "anulado"
            | "annulled" | "estornada" | "estornado"
    )
}

/// Reads the direction column: Some(true) for money in.
fn direction_in(value: &str) -> Option<bool> {
    match fold(value.trim()).as_str() {
        "credit" | "cr" | "c" | "bij" | "in" | "credito" | "abono" | "haber" | "deposit" | "entrada" | "ingreso" | "+" => Some(true),
        "debit" | "dr" | "d" | "af" | "out" | "debito" | "cargo" | "debe" | "withdrawal" | "saida" | "salida" | "egreso" | "-" => Some(false),
        _ => None,
    }
}

impl Layout {
    /// Decides the layout from the start of a file (up to [`SAMPLE_BYTES`]).
    pub fn detect(sample: &[u8], ctx: &Context) -> Result<Layout, Diagnostic> {
        let sample = &sample[..sample.len().min(SAMPLE_BYTES)];
        let encoding = detect_encoding(sample);
        let mut text = decode(sample, encoding);
        if text.starts_with('\u{feff}') {
            text.remove(0);
        }
        // A cut last line would look like a broken row.
        if sample.len() == SAMPLE_BYTES {
            if let Some(end) = text.rfind('\n') {
                text.truncate(end + 1);
            }
        }
        if text.trim().is_empty() {
            return Err(Diagnostic::general("the file is empty"));
        }
        let delimiter = detect_delimiter(&text);
        let recs = records(&text, delimiter, SAMPLE_RECORDS);
        let header_at = recs.iter().take(HEADER_SEARCH).position(|r| is_header(r));
        let mut other_amounts = Vec::new();
        let (columns, skip, has_header, header_currency) = match header_at {
            Some(h) => {
                let body = &recs[(h + 1).min(recs.len())..];
                let (mut cols, named_amounts, money_currency) = money_columns(&recs[h], body, ctx);
                other_amounts = named_amounts;
                if cols.direction.is_none() && cols.debit.is_none() && cols.credit.is_none() {
                    cols.direction = direction_column(body, &cols);
                    cols.description.retain(|c| Some(*c) != cols.direction);
                }
                // Named description columns that are empty in every row describe nothing.
                let says_nothing = |c: &usize| body.iter().all(|r| r.get(*c).is_none_or(|v| v.trim().is_empty()));
                if cols.description.iter().all(says_nothing) {
                    cols.description = text_column(body, &cols).into_iter().collect();
                }
                // A named description column of numbers only (Banorte's "Movimiento", a sequence
                // number) says nothing beside one with words.
                let wordless = |c: &usize| body.iter().all(|r| r.get(*c).is_none_or(|v| !v.chars().any(char::is_alphabetic)));
                if cols.description.iter().any(|c| !wordless(c)) {
                    cols.description.retain(|c| !wordless(c));
                }
                // The preferred date column left empty (Fidelity's "Settlement Date" on cash
                // rows): the date column that is filled.
                let dated = |c: usize| body.iter().filter(|r| r.get(c).is_some_and(|v| looks_like_date(v, ctx.today))).count();
                if let Some(date) = cols.date.filter(|&c| dated(c) * 2 < body.len()) {
                    cols.date = date_columns(&recs[h]).into_iter().filter(|&c| c != date).max_by_key(|&c| (dated(c), std::cmp::Reverse(c))).filter(|&c| dated(c) > dated(date)).or(Some(date));
                }
                (cols, h + 1, true, money_currency.or_else(|| preamble_currency(&recs[..h], ctx.currency)))
            }
            None => {
                // Headerless: find where rows start (the first run of rows with a date), then
                // read roles from the values.
                // A summary line before the rows can hold dates too ("account, from, to, balances"):
                // rows are the dated records of the most common width and first date column.
                let shape = |r: &Vec<String>| Some((r.len(), r.iter().position(|c| looks_like_date(c, ctx.today))?)).filter(|(w, _)| *w >= 2);
                let mut shapes: std::collections::BTreeMap<(usize, usize), usize> = std::collections::BTreeMap::new();
                for s in recs.iter().filter_map(shape) {
                    *shapes.entry(s).or_default() += 1;
                }
                let rows_shape = shapes
                    .iter()
                    .max_by_key(|((w, _), n)| (**n, std::cmp::Reverse(*w)))
                    .map(|(s, _)| *s)
                    .ok_or_else(|| Diagnostic::general("no dated rows found: this does not look like a bank export"))?;
                let width = rows_shape.0;
                let start = recs.iter().position(|r| shape(r) == Some(rows_shape)).unwrap_or(0);
                let body: Vec<Vec<String>> = recs[start..].iter().filter(|r| r.len() == width).cloned().collect();
                let mut cols = columns_from_values(&body, ctx).ok_or_else(|| {
                    Diagnostic::general("could not tell which columns hold the date, the description and the amount")
                })?;
                if cols.amount.is_some() {
                    cols.direction = direction_column(&body, &cols);
                    cols.description.retain(|c| Some(*c) != cols.direction);
                }
                (cols, start, false, None)
            }
        };
        if columns.date.is_none() {
            return Err(Diagnostic::general("no date column found"));
        }
        if columns.amount.is_none() && columns.debit.is_none() && columns.credit.is_none() {
            return Err(Diagnostic::general("no amount column found"));
        }
        let body = &recs[skip.min(recs.len())..];
        let date_col = columns.date.unwrap_or(0);
        let date_order = infer_order(body.iter().filter_map(|r| r.get(date_col)).map(String::as_str))
            .or_else(|| {
                // Undecided in the first records of a longer file (every day ≤ 12 so far): the
                // rest of the sample may tell. ISO dates need no order.
                let undecided = recs.len() >= SAMPLE_RECORDS && body.iter().filter_map(|r| r.get(date_col)).any(|d| is_ambiguous(d));
                undecided.then(|| records(&text, delimiter, MORE_SAMPLE_RECORDS)).and_then(|more| {
                    infer_order(more[skip.min(more.len())..].iter().filter_map(|r| r.get(date_col)).map(String::as_str))
                })
            })
            .unwrap_or_else(|| default_order(ctx.currency));

        let money_cells = || {
            body.iter().flat_map(|r| [columns.amount, columns.debit, columns.credit].into_iter().flatten().filter_map(move |c| r.get(c)))
        };
        let decimal = infer_decimal(money_cells().map(String::as_str));
        let mut layout = Layout {
            encoding,
            delimiter,
            skip,
            has_header,
            columns,
            date_order,
            decimal,
            sign: Sign::NegativeIsOut,
            header_currency,
            other_amounts,
            skip_scheduled: scheduled_are_few(body.iter().filter_map(|r| r.get(date_col)).filter_map(|d| parse_date(d, date_order, ctx.today)), ctx.today),
            ctx: *ctx,
        };
        layout.sign = layout.infer_sign(body);
        Ok(layout)
    }

    /// Card exports list charges as positive amounts: most amounts positive, and the few
    /// negative ones are payments or refunds.
    fn infer_sign(&self, body: &[Vec<String>]) -> Sign {
        let (Some(amount), None, None, None) = (self.columns.amount, self.columns.debit, self.columns.credit, self.columns.direction) else {
            return Sign::NegativeIsOut;
        };
        // (value, description) of the rows that are transactions. A thousand rows tell the
        // convention as well as the whole sample, for a sixth of the work.
        let rows: Vec<(i64, String)> = body
            .iter()
            .take(SIGN_SAMPLE_ROWS)
            .filter_map(|row| {
                let row: Vec<&str> = row.iter().map(String::as_str).collect();
                let description = self.description(&row);
                if self.row_is_skipped(&row, &description).is_some() {
                    return None;
                }
                let (value, _) = row.get(amount).and_then(|c| parse_cell(c, self.ctx.currency, self.decimal))?;
                Some((value, description))
            })
            .collect();
        let positive = rows.iter().filter(|(v, _)| *v > 0).count();
        let negative = rows.iter().filter(|(v, _)| *v < 0).count();
        let total = positive + negative;
        if total < 3 || positive * 10 < total * 7 {
            return Sign::NegativeIsOut;
        }
        // Mostly positive: a card export when the few negative rows are payments or refunds
        // (or when they are very few).
        let is_payment = |d: &str| {
            let w = words(d);
            mentions_income(d) || [" payment ", " pagamento ", " credit ", " pago ", " abono "].iter().any(|k| w.contains(k))
        };
        if negative == 0 || positive * 10 >= total * 9 || rows.iter().any(|(v, d)| *v < 0 && is_payment(d)) {
            Sign::PositiveIsOut
        } else {
            Sign::NegativeIsOut
        }
    }

    fn description(&self, row: &[&str]) -> String {
        // One description column (most exports): the cell, tidied.
        if let [only] = self.columns.description[..] {
            let cell = row.get(only).copied().unwrap_or("");
            return tidy(if is_placeholder(cell) { "" } else { cell }, 200);
        }
        let parts: Vec<&str> = self.columns.description.iter().filter_map(|c| row.get(*c)).copied().filter(|s| !s.is_empty() && !is_placeholder(s)).collect();
        // The best-ranked description, followed by the next one when that one says more than a
        // code or a type word ("Pix enviado · IFOOD.COM…", "NOMINA · TECNOLOGIAS DEL SUR").
        let says_something = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count() >= 3;
        let mut kept: Vec<&str> = parts.iter().copied().filter(|p| says_something(p)).take(2).collect();
        if kept.len() == 2 && (kept[1].eq_ignore_ascii_case(kept[0]) || kept[0].to_lowercase().contains(&kept[1].to_lowercase())) {
            kept.truncate(1);
        }
        if kept.is_empty() {
            return tidy(parts.first().copied().unwrap_or(""), 200);
        }
        // The description column holding only a reference ("0275/636 848 557") still says which
        // transfer it was: it follows the words ("Transfer from · 0275/636 848 557").
        if let Some(reference) = parts.first().filter(|p| !says_something(p)) {
            kept.truncate(1);
            kept.push(reference);
        }
        tidy(&kept.join(" · "), 200)
    }

    fn row_is_skipped(&self, row: &[&str], description: &str) -> Option<String> {
        if let Some(status) = self.columns.status.and_then(|c| row.get(c)) {
            if skipped_status(status) {
                return Some(format!("state {status}"));
            }
        }
        if let Some(kind) = self.columns.kind.and_then(|c| row.get(c)) {
            let folded = fold(kind);
            if is_funding_leg(&folded) {
                return Some(format!("'{kind}' moves money into the account to pay for another row"));
            }
            if is_hold(&folded) {
                return Some(format!("'{kind}' sets money aside or gives it back: nothing was spent or received"));
            }
        }
        if is_balance_line(description) {
            return Some(format!("'{description}' is a balance or total line"));
        }
        None
    }

    /// Reads one record into a transaction, or says why it is not one.
    fn row(&self, row: &[&str], line: usize) -> Row {
        let skip = |why: String| Row::Skipped(Diagnostic::at(line, why));
        if row.iter().all(|c| c.is_empty()) {
            return skip("empty row".into());
        }
        let description = self.description(row);
        if let Some(why) = self.row_is_skipped(row, &description) {
            return skip(why);
        }
        let Some(date_cell) = self.columns.date.and_then(|c| row.get(c)) else {
            return skip("no date".into());
        };
        let Some(date) = parse_date(date_cell, self.date_order, self.ctx.today) else {
            return skip(format!("'{date_cell}' is not a date"));
        };
        // A row dated after today is a scheduled payment ("lançamentos futuros"), not one made.
        if self.skip_scheduled && is_scheduled(date, self.ctx.today) {
            return skip(format!("{date} is after today: a scheduled entry"));
        }
        // The day a card purchase was made, printed inside a row booked days later.
        let date = crate::dates::purchase_day_inside(&description, date, self.date_order).unwrap_or(date);
        let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).copied().filter(|s| !s.is_empty());
        let read = |c: Option<usize>| cell(c).and_then(|s| parse_cell(s, self.ctx.currency, self.decimal));
        // A fee standing alone on its row is a charge (never read beside another amount).
        let fee_alone = || read(self.columns.fee).map(|(fee, cur)| (-fee.abs(), cur));
        // The amount column, or the other currency's when this row's amount is there.
        let (amount_column, column_currency) = match (cell(self.columns.amount), self.other_amounts.iter().find(|(c, _)| cell(Some(*c)).is_some())) {
            (None, Some((c, currency))) => (Some(*c), Some(*currency)),
            _ => (self.columns.amount, None),
        };
        // (signed amount: positive = money in, currency named in the cell)
        let (signed, cell_currency) = if self.columns.debit.is_some() || self.columns.credit.is_some() {
            match (read(self.columns.debit), read(self.columns.credit), read(amount_column)) {
                (Some((d, c)), _, _) if d != 0 => (-d.abs(), c),
                (_, Some((c, cur)), _) if c != 0 => (c.abs(), cur),
                (_, _, Some((a, cur))) => (a, cur),
                _ => match fee_alone() {
                    Some(fee) => fee,
                    None => return skip("no amount".into()),
                },
            }
        } else {
            match read(amount_column) {
                Some((a, cur)) => {
                    let direction = cell(self.columns.direction).and_then(direction_in);
                    let a = match (direction, self.sign) {
                        (Some(true), _) => a.abs(),
                        (Some(false), _) => -a.abs(),
                        (None, Sign::NegativeIsOut) => a,
                        (None, Sign::PositiveIsOut) => -a,
                    };
                    (a, cur)
                }
                None => match (cell(amount_column), fee_alone()) {
                    (Some(raw), _) => return skip(format!("'{raw}' is not an amount")),
                    (None, Some(fee)) => fee,
                    (None, None) => return skip("no amount".into()),
                },
            }
        };
        if signed == 0 {
            return skip("zero amount".into());
        }
        let currency = cell(self.columns.currency)
            .and_then(|c| Currency::parse("currency", c).ok())
            .or(cell_currency)
            .or(column_currency)
            .or(self.header_currency)
            .unwrap_or(self.ctx.currency);
        // Re-read in the row's currency when its minor unit differs (JPY has none).
        let amount = if currency.exponent() == self.ctx.currency.exponent() {
            signed.abs()
        } else {
            let raw = cell(amount_column).or(cell(self.columns.debit)).or(cell(self.columns.credit)).unwrap_or("");
            parse_cell(raw, currency, self.decimal).map_or(signed.abs(), |(v, _)| v.abs())
        };
        let description = if description.is_empty() { NO_DESCRIPTION.to_string() } else { description };
        let (category, confidence) = if signed > 0 {
            (Category::Income, 0.95)
        } else {
            self.expense_category(&description, cell(self.columns.category))
        };
        Row::Transaction(Parsed {
            amount_cents: amount,
            currency,
            category,
            description,
            transaction_date: date,
            confidence,
            external_id: cell(self.columns.id).map(|s| s.chars().take(100).collect()),
        })
    }

    /// The category of money out: from the description, or from the bank's own category
    /// ("Grocery Stores, Supermarkets", "Supermercado") when the description alone is unsure.
    fn expense_category(&self, description: &str, bank_category: Option<&str>) -> (Category, f64) {
        let own = categorize(description);
        if own.category != Category::Other && own.confidence >= BANK_CATEGORY_BELOW {
            return (own.category, own.confidence);
        }
        match bank_category.map(categorize) {
            Some(bank) if bank.category != Category::Other && bank.category != Category::Income => (bank.category, bank.confidence.max(own.confidence)),
            _ => (own.category, own.confidence),
        }
    }

    /// Streams every row of the whole file (from its first byte) through `sink`, until the end or
    /// until `sink` answers [`ControlFlow::Break`].
    pub fn read(&self, input: impl Read, mut sink: impl FnMut(Row) -> ControlFlow<()>) -> Result<(), Diagnostic> {
        let decoder = encoding_rs_io::DecodeReaderBytesBuilder::new().encoding(Some(self.encoding)).bom_override(true).build(input);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(self.delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(decoder);
        let mut record = csv::StringRecord::new();
        let mut index = 0usize;
        // A header again further down starts another section with its own columns (a card
        // bill's international purchases: "data;lançamento;valor em US$;valor em R$").
        let mut section: Option<Layout> = None;
        // The title above such a header ("Saldos Invest Fácil"): a section of balances is no
        // list of transactions.
        let mut title: Option<String> = None;
        let mut balances_section = false;
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {
                    let line = record.position().map_or(index + 1, |p| p.line() as usize);
                    if index >= self.skip {
                        let row: Vec<&str> = record.iter().map(clean_cell).collect();
                        let layout = section.as_ref().unwrap_or(self);
                        // Only a row whose date cell has no digit can be a header: one test per row.
                        let undated = layout.columns.date.and_then(|c| row.get(c)).is_none_or(|d| !d.bytes().any(|b| b.is_ascii_digit()));
                        if self.has_header && undated {
                            let cells: Vec<String> = row.iter().map(|c| c.to_string()).collect();
                            let filled: Vec<&String> = cells.iter().filter(|c| !c.trim().is_empty()).collect();
                            if let [only] = filled[..] {
                                title = Some(only.clone());
                            }
                            if is_header(&cells) {
                                balances_section = title.as_deref().is_some_and(|t| {
                                    let w = words(t);
                                    [" saldo ", " saldos ", " balance ", " balances "].iter().any(|k| w.contains(k))
                                });
                                let (columns, other_amounts, header_currency) = money_columns(&cells, &[], &self.ctx);
                                section = Some(Layout { columns, other_amounts, header_currency, ..self.clone() });
                                index += 1;
                                continue;
                            }
                        }
                        let outcome = if balances_section {
                            Row::Skipped(Diagnostic::at(line, format!("under '{}': balances, not transactions", title.as_deref().unwrap_or_default())))
                        } else {
                            layout.row(&row, line)
                        };
                        if sink(outcome).is_break() {
                            break;
                        }
                    }
                    index += 1;
                }
                Err(e) => {
                    let line = e.position().map_or(index + 1, |p| p.line() as usize);
                    return Err(Diagnostic::at(line, format!("the file could not be read past this line: {e}")));
                }
            }
        }
        Ok(())
    }
}

/// The columns a header row names, with the choice among amount columns of equal rank (the one
/// in the user's currency, else the one filled most often in `body`, which may be empty) and the
/// other amount columns, one per currency; and the currency the money column's header names.
fn money_columns(header: &[String], body: &[Vec<String>], ctx: &Context) -> (Columns, Vec<(usize, Currency)>, Option<Currency>) {
    let (mut cols, _) = columns_from_header(header);
    let mut other_amounts = Vec::new();
    // Two amount columns of equal rank: the one in the user's currency, else the one
    // that is filled most often.
    let candidates = amount_candidates(header);
    if candidates.len() > 1 {
        let filled = |c: usize| body.iter().filter(|r| r.get(c).and_then(|v| parse_cell(v, ctx.currency, None)).is_some_and(|(v, _)| v != 0)).count();
        // Wise's "Source amount" beside "Target amount": the one whose own currency
        // column ("Source currency") holds the user's currency most often.
        let in_own_currency = |c: usize| {
            let side = words(&header[c]).split_whitespace().next().map(str::to_string);
            let currency_col = side.and_then(|side| header.iter().position(|x| words(x).trim() == format!("{side} currency")));
            currency_col.map_or(0, |k| body.iter().filter(|r| r.get(k).is_some_and(|v| v.trim().eq_ignore_ascii_case(ctx.currency.code()))).count())
        };
        cols.amount = candidates
            .iter()
            .copied()
            .find(|&c| header_currency(&header[c], ctx.currency) == Some(ctx.currency))
            .or_else(|| candidates.iter().copied().max_by_key(|&c| (in_own_currency(c), filled(c), std::cmp::Reverse(c))));
        // Columns that each name a different currency hold that currency's rows.
        let named: Vec<(usize, Currency)> = candidates.iter().filter_map(|&c| Some((c, header_currency(&header[c], ctx.currency)?))).collect();
        let distinct = named.iter().map(|(_, cur)| cur.code()).collect::<std::collections::HashSet<_>>().len();
        if named.len() == candidates.len() && distinct == named.len() {
            other_amounts = named.into_iter().filter(|(c, _)| Some(*c) != cols.amount).collect();
        }
    }
    // An amount column that names its currency ("Total (AUD)", "Valor en pesos") is in
    // that currency; a currency column elsewhere ("Valor original;Moneda;…") names
    // another amount's.
    if let (Some(currency), Some(amount)) = (cols.currency, cols.amount) {
        if currency != amount + 1 && header.get(amount).and_then(|c| header_currency(c, ctx.currency)).is_some() {
            cols.currency = None;
        }
    }
    let money_header = cols.amount.or(cols.debit).or(cols.credit).and_then(|c| header.get(c));
    let currency = money_header.and_then(|h| header_currency(h, ctx.currency));
    (cols, other_amounts, currency)
}

/// Dated after tomorrow (a day of grace for an export written in another time zone).
fn is_scheduled(date: NaiveDate, today: NaiveDate) -> bool {
    today.succ_opt().is_some_and(|tomorrow| date > tomorrow)
}

/// Are the rows dated after tomorrow a minority (a few scheduled entries after the history)?
fn scheduled_are_few(dates: impl Iterator<Item = NaiveDate>, today: NaiveDate) -> bool {
    let (mut later, mut all) = (0usize, 0usize);
    for d in dates {
        all += 1;
        later += usize::from(is_scheduled(d, today));
    }
    later * 2 < all
}

fn infer_decimal<'a>(cells: impl Iterator<Item = &'a str>) -> Option<DecimalMark> {
    let (mut comma, mut dot) = (0usize, 0usize);
    for c in cells {
        let c = c.trim_end_matches(|ch: char| !ch.is_ascii_digit());
        let bytes = c.as_bytes();
        let n = bytes.len();
        if n >= 3 && bytes[n - 3] == b',' && bytes[n - 2].is_ascii_digit() {
            comma += 1;
        } else if n >= 3 && bytes[n - 3] == b'.' && bytes[n - 2].is_ascii_digit() {
            dot += 1;
        } else if n >= 2 && bytes[n - 2] == b',' {
            comma += 1;
        } else if n >= 2 && bytes[n - 2] == b'.' {
            dot += 1;
        }
    }
    match (comma, dot) {
        (0, 0) => None,
        (c, d) if c > d => Some(DecimalMark::Comma),
        _ => Some(DecimalMark::Dot),
    }
}

/// Reads a whole spreadsheet held in memory.
pub fn parse(bytes: &[u8], ctx: &Context) -> Parse {
    let layout = match Layout::detect(bytes, ctx) {
        Ok(l) => l,
        Err(d) => return Parse { transactions: Vec::new(), diagnostics: vec![d] },
    };
    let mut out = Parse::default();
    let result = layout.read(bytes, |row| {
        match row {
            Row::Transaction(t) => out.transactions.push(t),
            Row::Skipped(d) => out.diagnostics.push(d),
        }
        ControlFlow::Continue(())
    });
    if let Err(d) = result {
        out.diagnostics.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ozzie_core::Language;

    fn ctx(currency: Currency) -> Context {
        Context { language: Language::En, currency, today: NaiveDate::from_ymd_opt(2025, 12, 31).expect("date") }
    }

    fn brief(p: &Parse) -> Vec<(String, i64, bool)> {
        p.transactions.iter().map(|t| (t.transaction_date.to_string(), t.amount_cents, t.is_income())).collect()
    }

    #[test]
    fn the_seed_spreadsheet() {
        let p = parse(b"date,description,amount\n2025-05-01,Whole Foods,45.00\n2025-05-02,Subway fare,12.00\n2025-05-03,Netflix,15.99", &ctx(Currency::USD));
        // All positive with no payments: a list of expenses, as the seed means it.
        assert_eq!(brief(&p), vec![("2025-05-01".into(), 4500, false), ("2025-05-02".into(), 1200, false), ("2025-05-03".into(), 1599, false)]);
        assert_eq!(p.transactions[0].category, Category::Food);
        assert_eq!(p.transactions[2].category, Category::Entertainment);
    }

    #[test]
    fn the_accounts_currency_named_above_the_header() {
        let file = "Santander;;;;;\nCuenta:;Caja de Ahorro U$S 005-0012345678;;;;\nMoneda:;U$S;;;;\n;;;;;\n\
                    Fecha;Concepto;Referencia;Débito;Crédito;Saldo\n01/04/2032;SALDO ANTERIOR;;;;1.842,55\n\
                    02/04/2032;TRANSFERENCIA RECIBIDA - ALQUILER;7731204;;750,00;2.592,55\n03/04/2032;COMPRA AMAZON.COM;3318820;64,99;;2.527,56";
        let p = parse(file.as_bytes(), &ctx(Currency::parse("c", "UYU").expect("uyu")));
        assert_eq!(brief(&p), vec![("2032-04-02".into(), 75_000, true), ("2032-04-03".into(), 6499, false)]);
        assert!(p.transactions.iter().all(|t| t.currency == Currency::USD));
        let eur = "Divisa: EUR\nFecha,Concepto,Importe\n02/04/2032,Mercadona,-12.50";
        assert_eq!(parse(eur.as_bytes(), &ctx(Currency::USD)).transactions[0].currency, Currency::EUR);
    }

    #[test]
    fn semicolons_decimal_commas_preamble_and_debit_credit() {
        let file = "Extrato de conta corrente\nAgência: 1234 Conta: 56789-0\n\nData;Histórico;Docto.;Crédito (R$);Débito (R$);Saldo (R$)\n\
                    01/05/2025;SALDO ANTERIOR;;;;1.000,00\n02/05/2025;PAG*PadariaReal;123;;25,50;974,50\n\
                    05/05/2025;TED RECEBIDA ACME;;3.200,00;;4.174,50\n13/05/2025;CONTA DE LUZ ENEL;;;180,35;3.994,15\nTotal;;;3.200,00;205,85;";
        let p = parse(file.as_bytes(), &ctx(Currency::BRL));
        assert_eq!(brief(&p), vec![("2025-05-02".into(), 2550, false), ("2025-05-05".into(), 320_000, true), ("2025-05-13".into(), 18_035, false)]);
        assert_eq!(p.transactions[2].category, Category::Utilities);
        assert!(p.diagnostics.iter().any(|d| d.message.contains("SALDO ANTERIOR")));
    }

    #[test]
    fn amount_columns_qualified_in_parentheses_and_named_by_currency() {
        // Wise: "(after fees)" qualifies an amount; "Source fee amount" is a fee; names describe.
        let wise = "ID,Status,Direction,Created on,Finished on,Source fee amount,Source fee currency,Source name,Source amount (after fees),Source currency,Target name,Target amount (after fees),Target currency\n\
                    CARD-1,COMPLETED,OUT,2025-05-01 08:31:12,2025-05-01 08:31:12,0.00,GBP,Oliver Grant,6.95,GBP,Pret A Manger,6.95,GBP\n\
                    TRANSFER-2,COMPLETED,IN,2025-05-02 09:05:40,2025-05-02 09:05:40,0.00,GBP,Quayside Media,2840.00,GBP,Oliver Grant,2840.00,GBP\n\
                    TRANSFER-3,CANCELLED,OUT,2025-05-03 09:05:40,,0.00,GBP,Oliver Grant,10.00,GBP,Someone,10.00,GBP\n";
        let p = parse(wise.as_bytes(), &ctx(Currency::GBP));
        assert_eq!(brief(&p), vec![("2025-05-01".into(), 695, false), ("2025-05-02".into(), 284_000, true)]);
        assert!(p.transactions[0].description.contains("Pret"));
        // RBC: the money columns are named by their currency; the second description is the payee.
        let rbc = "\"Account Type\",\"Transaction Date\",\"Description 1\",\"Description 2\",\"CAD$\",\"USD$\"\n\
                   Chequing,11/3/2025,PAYROLL DEPOSIT,SHOPIFY INC,2650.44,\n\
                   Chequing,11/14/2025,Online Banking payment - 7792,ROGERS,-85.00,\n";
        let p = parse(rbc.as_bytes(), &Context { today: NaiveDate::from_ymd_opt(2025, 12, 1).expect("date"), ..ctx(Currency::parse("c", "CAD").expect("cad")) });
        assert_eq!(brief(&p), vec![("2025-11-03".into(), 265_044, true), ("2025-11-14".into(), 8500, false)]);
        assert!(p.transactions[1].description.contains("ROGERS"));
    }

    #[test]
    fn a_fee_on_a_row_of_its_own() {
        // Capitec: money in, money out and a fee column; the monthly fee fills only the fee.
        let capitec = "Nr,Account,Posting Date,Transaction Date,Description,Money In,Money Out,Fee,Balance\n\
                       1,1472583690,2032-12-01,2032-11-29,Checkers Sea Point,,-684.35,,5634.07\n\
                       2,1472583690,2032-12-01,2032-12-01,Monthly Account Admin Fee,,,-9.50,5624.57\n\
                       3,1472583690,2032-12-05,2032-12-05,Thandi Mokoena,400.00,,,6024.57\n";
        let p = parse(capitec.as_bytes(), &ctx(Currency::parse("c", "ZAR").expect("zar")));
        assert_eq!(brief(&p), vec![("2032-11-29".into(), 68_435, false), ("2032-12-01".into(), 950, false), ("2032-12-05".into(), 40_000, true)]);
        // Beside an amount, a fee is a detail of that row (Revolut's "Fee" column).
        let revolut = "Type,Started Date,Description,Amount,Fee,Currency,State\nCARD_PAYMENT,2025-05-01 10:00:00,Tesco,-12.50,0.30,GBP,COMPLETED\n";
        assert_eq!(brief(&parse(revolut.as_bytes(), &ctx(Currency::GBP))), vec![("2025-05-01".into(), 1250, false)]);
    }

    #[test]
    fn numbered_description_columns() {
        let aib = " Posted Account, Posted Transactions Date, Description1, Description2, Debit Amount, Credit Amount,Balance,Transaction Type\n\
                   \"93-12\",02/06/2025,\"VDP-DUNNES STORES\",\"BISHOPSTOWN\",64.82,,819.30,Debit\n\
                   \"93-12\",03/06/2025,\"SALARY ACME\",\"\",,2100.00,2919.30,Credit\n";
        let p = parse(aib.as_bytes(), &ctx(Currency::EUR));
        assert_eq!(brief(&p), vec![("2025-06-02".into(), 6482, false), ("2025-06-03".into(), 210_000, true)]);
        assert!(p.transactions[0].description.contains("DUNNES"), "{}", p.transactions[0].description);
        // ICICI: "Withdrawal Amount (INR )" and "Deposit Amount (INR )" are the debit and credit.
        let icici = ",S No.,Value Date,Transaction Date,Cheque Number,Transaction Remarks,Withdrawal Amount (INR ),Deposit Amount (INR ),Balance (INR )\n\
                     ,8,15/03/2033,14/03/2033,-,CLG/ANAND DESIGN STUDIO/000214/HDFC BANK,0.00,12500.00,156282.52\n";
        let p = parse(icici.as_bytes(), &Context { today: NaiveDate::from_ymd_opt(2033, 4, 3).expect("date"), ..ctx(Currency::parse("c", "INR").expect("inr")) });
        assert_eq!(brief(&p), vec![("2033-03-14".into(), 1_250_000, true)]);
        // Axis: "Particulars" describes, the branch's name does not.
        let axis = "S.No,Transaction Date (dd/mm/yyyy),Value Date (dd/mm/yyyy),Particulars,Amount(INR),Debit/Credit,Balance(INR),Cheque Number,Branch Name(SOL)\n\
                    2,20/06/2033,20/06/2033,UPI/P2M/317112845503/BBNOW/Payment fro/YES BANK LIMITED,\"\t1,286.40\",DR,\"1,23,273.90\",,\"HSR LAYOUT BENGALURU (1742) \"\n";
        let p = parse(axis.as_bytes(), &Context { today: NaiveDate::from_ymd_opt(2033, 7, 22).expect("date"), ..ctx(Currency::parse("c", "INR").expect("inr")) });
        assert_eq!(brief(&p), vec![("2033-06-20".into(), 128_640, false)]);
        assert!(p.transactions[0].description.contains("BBNOW"), "{}", p.transactions[0].description);
        // Bankwest: "Narration" describes, the transaction type's code ("PAY") does not.
        let bankwest = "BSB Number,Account Number,Transaction Date,Narration,Cheque Number,Debit,Credit,Balance,Transaction Type\n\
                        302-985,1447391,12/01/2033,SALARY OCEANIC MINING PTY LTD,,,3412.66,13890.18,PAY\n";
        let p = parse(bankwest.as_bytes(), &Context { today: NaiveDate::from_ymd_opt(2033, 1, 14).expect("date"), ..ctx(Currency::parse("c", "AUD").expect("aud")) });
        assert!(p.transactions[0].description.starts_with("SALARY OCEANIC"), "{}", p.transactions[0].description);
    }

    #[test]
    fn headerless_rows_after_a_summary_line_of_another_width() {
        let pnc = "XXXXXX4417,2025/04/01,2025/04/30,3205.18,5223.10\n\
                   2025/04/01,1450.00,\"ACH WEB RENT OAKMONT PROPERTY MGMT\",,0052100417,DEBIT\n\
                   2025/04/04,1932.50,\"DIRECT DEPOSIT UPMC PAYROLL\",,0052100491,CREDIT\n\
                   2025/04/07,112.40,\"ACH WEB DUQUESNE LIGHT BILLPAY\",,0052100528,DEBIT\n";
        let p = parse(pnc.as_bytes(), &ctx(Currency::USD));
        assert_eq!(brief(&p), vec![("2025-04-01".into(), 145_000, false), ("2025-04-04".into(), 193_250, true), ("2025-04-07".into(), 11_240, false)]);
    }

    #[test]
    fn headerless_with_values_and_states() {
        let wf = "\"05/02/2025\",\"-45.12\",\"*\",\"\",\"PURCHASE AUTHORIZED ON 05/01 SAFEWAY #1234\"\n\"05/03/2025\",\"2500.00\",\"*\",\"\",\"DIRECT DEP ACME PAYROLL\"\n\"05/13/2025\",\"-12.00\",\"*\",\"\",\"NETFLIX.COM\"\n";
        let p = parse(wf.as_bytes(), &ctx(Currency::USD));
        // (The purchase authorized on 05/01 is dated that day, booked on 05/02.)
        assert_eq!(brief(&p), vec![("2025-05-01".into(), 4512, false), ("2025-05-03".into(), 250_000, true), ("2025-05-13".into(), 1200, false)]);
        let revolut = "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance\n\
                       CARD_PAYMENT,Current,2025-05-01 10:00:00,2025-05-02 09:00:00,Tesco,-12.50,0.00,GBP,COMPLETED,100.00\n\
                       CARD_PAYMENT,Current,2025-05-03 10:00:00,,Amazon,-30.00,0.00,GBP,DECLINED,100.00\n\
                       TOPUP,Current,2025-05-04 10:00:00,2025-05-04 10:00:01,Top-Up by *1234,200.00,0.00,EUR,COMPLETED,300.00\n";
        let p = parse(revolut.as_bytes(), &ctx(Currency::GBP));
        // The day the card was used (Started Date), not the day it settled.
        assert_eq!(brief(&p), vec![("2025-05-01".into(), 1250, false), ("2025-05-04".into(), 20_000, true)]);
        assert_eq!(p.transactions[1].currency.code(), "EUR");
    }

    #[test]
    fn the_amount_in_pesos_beside_the_original_and_its_currency() {
        let bbva = "Fecha;Descripción;Valor original;Moneda;Cuotas;Valor en pesos\n\
                    02/03/2030;EXITO CALLE 80 BOGOTA;$ 218.450,00;COP;1;$ 218.450,00\n\
                    05/03/2030;NETFLIX.COM;USD 12,99;USD;1;$ 51.960,00\n\
                    10/03/2030;PAGO PSE BBVA GRACIAS;-$ 2.500.000,00;COP;;-$ 2.500.000,00\n\
                    11/03/2030;CREPES Y WAFFLES ANDINO;$ 86.400,00;COP;1;$ 86.400,00\n";
        let p = parse(bbva.as_bytes(), &ctx(Currency::parse("c", "COP").expect("cop")));
        let got: Vec<(i64, &str)> = p.transactions.iter().map(|t| (t.amount_cents, t.currency.code())).collect();
        assert_eq!(got, vec![(21_845_000, "COP"), (5_196_000, "COP"), (250_000_000, "COP"), (8_640_000, "COP")]);
    }

    #[test]
    fn money_in_and_out_columns_named_with_their_unit() {
        let itau = "data;lançamento;entradas (R$);saídas (R$);saldo (R$)\n\
                    01/02/2030;SALDO ANTERIOR;;;1.425,66\n\
                    03/02/2030;PIX TRANSF  LUCAS M03/02;;450,00;\n\
                    03/02/2030;SALDO DO DIA;;;975,66\n\
                    05/02/2030;SISPAG SALARIO METALURGICA VALE;5.128,40;;\n\
                    05/02/2030;SALDO DO DIA;;;6.104,06\n";
        let p = parse(itau.as_bytes(), &ctx(Currency::BRL));
        assert_eq!(brief(&p).iter().map(|b| (b.1, b.2)).collect::<Vec<_>>(), vec![(45_000, false), (512_840, true)]);
    }

    #[test]
    fn details_columns_join_the_description() {
        let bb = "\"Data\",\"Lançamento\",\"Detalhes\",\"Nº documento\",\"Valor\",\"Tipo Lançamento\"\n\
                  \"02/01/2030\",\"Pix - Recebido\",\"02/01 09:12 03412345678 LUCAS PEREIRA\",\"10201\",\"350,00\",\"Entrada\"\n\
                  \"03/01/2030\",\"Pagamento de Boleto\",\"CEMIG DISTRIBUICAO SA\",\"30103\",\"-218,43\",\"Saída\"\n";
        let p = parse(bb.as_bytes(), &ctx(Currency::BRL));
        assert!(p.transactions[0].description.contains("LUCAS PEREIRA"), "{}", p.transactions[0].description);
        assert!(p.transactions[1].description.contains("CEMIG"), "{}", p.transactions[1].description);
    }

    #[test]
    fn an_amount_column_per_currency() {
        let santander = "Fecha;Descripción;Cuota;Comprobante;Pesos;Dólares\n\
                         ;SALDO ANTERIOR;;;612.845,30;18,99\n\
                         27/10/29;SU PAGO EN PESOS;;;-612.845,30;\n\
                         28/10/29;COTO SUC 187;;004512;78.432,15;\n\
                         02/11/29;STEAMGAMES.COM;;339120;;15,99\n\
                         14/11/29;CARREFOUR HIPER 301;;811560;98.765,43;\n\
                         16/11/29;FARMACITY 3456;;502218;23.480,00;\n\
                         19/11/29;UBER *TRIP;;920004;8.940,00;\n";
        let ars = Currency::parse("c", "ARS").expect("ars");
        let p = parse(santander.as_bytes(), &ctx(ars));
        let got: Vec<(i64, &str)> = p.transactions.iter().map(|t| (t.amount_cents, t.currency.code())).collect();
        assert_eq!(got, vec![(61_284_530, "ARS"), (7_843_215, "ARS"), (1_599, "USD"), (9_876_543, "ARS"), (2_348_000, "ARS"), (894_000, "ARS")]);
        assert_eq!(brief(&p).iter().map(|b| b.2).collect::<Vec<_>>(), vec![true, false, false, false, false, false]);
    }

    #[test]
    fn card_exports_have_positive_charges() {
        let amex = "Date,Description,Amount\n05/01/2025,UBER EATS,23.10\n05/02/2025,WHOLEFDS MKT,80.00\n05/03/2025,DELTA AIR,350.00\n05/10/2025,AUTOPAY PAYMENT - THANK YOU,-453.10\n";
        let p = parse(amex.as_bytes(), &ctx(Currency::USD));
        assert_eq!(brief(&p).iter().map(|b| b.2).collect::<Vec<_>>(), vec![false, false, false, true]);
    }

    #[test]
    fn utf16_and_windows_1252() {
        let text = "Date\tDescription\tAmount\n2025-05-01\tCafé Olé\t-4.50\n";
        let mut bytes = vec![0xFF, 0xFE];
        for unit in text.encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let p = parse(&bytes, &ctx(Currency::USD));
        assert_eq!(p.transactions.len(), 1);
        assert_eq!(p.transactions[0].description, "Café Olé");
        let (latin, _, _) = WINDOWS_1252.encode("Data;Descrição;Valor\n01/05/2025;Pão de Açúcar;-10,00\n");
        let p = parse(&latin, &ctx(Currency::BRL));
        assert_eq!(p.transactions[0].description, "Pão de Açúcar");
        assert_eq!(p.transactions[0].amount_cents, 1000);
    }

    #[test]
    fn apostrophe_text_cells_day_first_compact_dates_and_a_sign_column() {
        let mx = "Cuenta,Fecha,Descripción,Cargo/Abono,Importe,Saldo\n\
                  '6550123','01072025',ABONO NOMINA ACME,+,16432.00,20620.33\n\
                  '6550123','02072025',COMPRA SUPER AKI,-,987.45,19632.88\n\
                  '6550123','15072025',PAGO SERVICIO AGUA,-,214.00,19418.88\n";
        let p = parse(mx.as_bytes(), &ctx(Currency::MXN));
        assert_eq!(brief(&p), vec![("2025-07-01".into(), 1_643_200, true), ("2025-07-02".into(), 98_745, false), ("2025-07-15".into(), 21_400, false)]);
    }

    #[test]
    fn activity_status_placeholders_and_the_banks_own_category() {
        let card = "\"Date\",\"Activity Status\",\"Merchant Category Description\",\"Merchant Name\",\"Merchant City\",\"Amount\"\n\
                    \"2025-05-01\",\"APPROVED\",\"Grocery Stores, Supermarkets\",\"ZQX 4471\",\"CALGARY\",\"$88.40\"\n\
                    \"2025-05-02\",\"DECLINED\",\"Book Stores\",\"AMAZON.CA\",\"TORONTO\",\"$45.99\"\n\
                    \"2025-05-03\",\"APPROVED\",\"\",\"PAYMENT - THANK YOU\",\"\",\"-$600.00\"\n\
                    \"2025-05-04\",\"APPROVED\",\"Eating Places\",\"PHIL & SEBASTIAN\",\"CALGARY\",\"$12.75\"\n\
                    \"2025-05-05\",\"APPROVED\",\"Commuter Transport\",\"CALGARY TRANSIT\",\"CALGARY\",\"$3.50\"\n";
        let p = parse(card.as_bytes(), &ctx(Currency::USD));
        assert_eq!(brief(&p), vec![("2025-05-01".into(), 8840, false), ("2025-05-03".into(), 60_000, true), ("2025-05-04".into(), 1275, false), ("2025-05-05".into(), 350, false)]);
        // The merchant says nothing known; the bank's category does. The city is not a description.
        assert_eq!(p.transactions[0].category, Category::Food);
        assert_eq!(p.transactions[0].description, "ZQX 4471");
        let fidelity = "Run Date,Action,Description,Amount ($)\n10/31/2025,DIVIDEND RECEIVED MONEY MARKET,No Description,14.22\n10/24/2025,DEBIT CARD PURCHASE BANANA REPUBLIC,No Description,-64.50\n";
        let p = parse(fidelity.as_bytes(), &ctx(Currency::USD));
        assert_eq!(p.transactions[0].description, "DIVIDEND RECEIVED MONEY MARKET");
        assert_eq!(p.transactions[1].category, Category::Clothing);
        // Direction only in a type column (Nequi): Entrada / Salida.
        let nequi = "Fecha,Descripción,Tipo,Valor\n27/11/2025,Retiro en cajero,Salida,\"$ 200.000,00\"\n21/11/2025,Intereses ganados,Entrada,\"$ 1.240,00\"\n";
        let p = parse(nequi.as_bytes(), &ctx(Currency::parse("c", "COP").expect("cop")));
        assert_eq!(brief(&p), vec![("2025-11-27".into(), 20_000_000, false), ("2025-11-21".into(), 124_000, true)]);
    }

    #[test]
    fn a_fuel_brand_named_total_scheduled_rows_and_gross_columns() {
        let mx = "Fecha,Descripción,Cargo,Abono\n01/05/2025,TOTAL GAS LOPEZ MATEOS,\"850.00\",\n03/05/2025,SU PAGO GRACIAS,,\"6,500.00\"\n\
                  ,TOTAL DEL PERIODO,\"850.00\",\"6,500.00\"\n20/06/2025,PAGO PROGRAMADO RENTA,\"9,000.00\",\n";
        let p = parse(mx.as_bytes(), &Context { today: NaiveDate::from_ymd_opt(2025, 6, 1).expect("date"), ..ctx(Currency::MXN) });
        assert_eq!(brief(&p), vec![("2025-05-01".into(), 85_000, false), ("2025-05-03".into(), 650_000, true)]);
        assert!(p.diagnostics.iter().any(|d| d.message.contains("scheduled")), "{:?}", p.diagnostics);
        let paypal = "\u{feff}\"Fecha\",\"Nombre\",\"Estado\",\"Divisa\",\"Bruto\",\"Comisión\",\"Neto\"\n\
                      \"02/05/2025\",\"Spotify AB\",\"Completado\",\"EUR\",\"-10,99\",\"0,00\",\"-10,99\"\n\
                      \"06/05/2025\",\"Carlos Ruiz\",\"Completado\",\"EUR\",\"1.250,00\",\"-42,85\",\"1.207,15\"\n\
                      \"10/05/2025\",\"Valve Corporation\",\"Denegado\",\"EUR\",\"-19,99\",\"0,00\",\"-19,99\"\n";
        let p = parse(paypal.as_bytes(), &ctx(Currency::EUR));
        assert_eq!(brief(&p), vec![("2025-05-02".into(), 1099, false), ("2025-05-06".into(), 125_000, true)]);
        assert!(p.transactions[0].description.contains("Spotify"));
    }

    #[test]
    fn a_flag_column_and_the_transaction_date_before_the_posting_date() {
        let tesco = "Transaction Date,Posting Date,Billing Amount,Merchant,Debit/Credit Flag\n26/09/2025,28/09/2025,46.72,TESCO STORES 2231,D\n\
                     15/09/2025,16/09/2025,149.00,CURRYS REFUND,C\n";
        let p = parse(tesco.as_bytes(), &ctx(Currency::GBP));
        assert_eq!(brief(&p), vec![("2025-09-26".into(), 4672, false), ("2025-09-15".into(), 14_900, true)]);
        let bci = "Fecha Contable;Fecha Transacción;Descripción;Cargo $;Abono $;Saldo $\n05-10-2025;03-10-2025;Compra Copec;35.000;;1.200.000\n";
        let p = parse(bci.as_bytes(), &ctx(Currency::parse("c", "CLP").expect("clp")));
        assert_eq!(brief(&p), vec![("2025-10-03".into(), 35_000, false)]);
        // An abbreviated operation date before the value date.
        let ibercaja = "Fecha Oper.;Fecha Valor;Concepto;Descripción;Importe;Saldo\n24/02/2028;26/02/2028;COMPRA TARJ.;FARMACIA LDO. PEREZ GIL;-14,50;2.103,05\n";
        let p = parse(ibercaja.as_bytes(), &ctx(Currency::EUR));
        assert_eq!(brief(&p), vec![("2028-02-24".into(), 1450, false)]);
    }

    #[test]
    fn paypal_funding_rows_and_a_persons_own_sheet() {
        let paypal = "\"Date\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\"\n\
                      \"07/01/2025\",\"Spotify USA Inc\",\"PreApproved Payment Bill User Payment\",\"Completed\",\"USD\",\"-11.99\"\n\
                      \"07/01/2025\",\"\",\"General Card Deposit\",\"Completed\",\"USD\",\"11.99\"\n\
                      \"07/05/2025\",\"Hartwell Creative LLC\",\"General Payment\",\"Completed\",\"USD\",\"300.00\"\n";
        let p = parse(paypal.as_bytes(), &ctx(Currency::USD));
        assert_eq!(brief(&p), vec![("2025-07-01".into(), 1199, false), ("2025-07-05".into(), 30_000, true)]);
        let sheet = "Fecha,Concepto,Ingreso,Egreso,Saldo\n3/5/2025,Sueldo,\"$ 1.420.000,00\",,\n4/5/2025,Coto,,\"$ 52.360,00\",\n";
        let p = parse(sheet.as_bytes(), &ctx(Currency::parse("c", "ARS").expect("ars")));
        assert_eq!(brief(&p), vec![("2025-05-03".into(), 142_000_000, true), ("2025-05-04".into(), 5_236_000, false)]);
    }

    #[test]
    fn columns_are_found_by_name_or_value_wherever_they_stand() {
        // A Revolut export in Spanish with its columns in another order: the start date wins.
        let file = "Saldo,Estado,Divisa,Importe,Descripción,Fecha de finalización,Fecha de inicio,Tipo\n\
                    454.17,COMPLETADO,EUR,-34.27,Bonàrea,2025-12-03 07:11:40,2025-12-02 19:02:51,Pago con tarjeta\n\
                    424.17,COMPLETADO,EUR,-30.00,Cabify,2025-12-04 07:11:40,2025-12-04 07:01:51,Pago con tarjeta\n";
        assert_eq!(brief(&parse(file.as_bytes(), &ctx(Currency::EUR)))[0], ("2025-12-02".into(), 3427, false));
        // NatWest's "Value" is the amount, even after its "Balance".
        let file = "Date,Type,Description,Balance,Value\n01/02/2025,BAC,NOTTINGHAM UNIV SALARY,2757.75,2145.30\n03/02/2025,POS,MORRISONS,2734.35,-23.40\n";
        assert_eq!(brief(&parse(file.as_bytes(), &ctx(Currency::GBP))), vec![("2025-02-01".into(), 214530, true), ("2025-02-03".into(), 2340, false)]);
        // Without a header, the balance is the column that moves by the other, even when first.
        let file = "2739.19,1874.60,PAYROLL LIFESPAN CORP,11/03/2025\n2651.75,-87.44,DAVES FRESH MARKET,11/04/2025\n2518.65,-133.10,RI ENERGY,11/05/2025\n";
        assert_eq!(brief(&parse(file.as_bytes(), &ctx(Currency::USD)))[1], ("2025-11-04".into(), 8744, false));
        // An empty preferred date column yields to the filled one; a sequence number describes nothing.
        let file = "Run Date,Movimiento,Descripción,Amount ($),Settlement Date\n10/24/2025,14,BANANA REPUBLIC,-64.50,\n10/20/2025,13,ATM WITHDRAWAL,-100.00,\n";
        let p = parse(file.as_bytes(), &ctx(Currency::USD));
        assert_eq!(brief(&p)[0], ("2025-10-24".into(), 6450, false));
        assert_eq!(p.transactions[0].description, "BANANA REPUBLIC");
        let file = "Trade Date,Amount ($),Descripción,Movimiento,Process Date\n,-64.50,BANANA REPUBLIC,14,10/24/2025\n,-100.00,ATM WITHDRAWAL,13,10/20/2025\n";
        let p = parse(file.as_bytes(), &ctx(Currency::USD));
        assert_eq!(brief(&p)[0], ("2025-10-24".into(), 6450, false));
        assert_eq!(p.transactions[0].description, "BANANA REPUBLIC");
    }

    #[test]
    fn amount_columns_named_with_their_unit_after_the_name() {
        let file = "Fecha de operación,Descripción,Importe S/,Importe US$\n21/03/2031,WONG BENAVIDES,314.80,\n22/03/2031,AMAZON.COM,,46.99\n25/03/2031,PAGO TARJETA,\"-1,249.00\",\n\
                    27/03/2031,PRIMAX LA MAR,180.00,\n29/03/2031,LA LUCHA,46.50,\n01/04/2031,NETFLIX.COM,44.90,\n";
        let pen = Currency::parse("c", "PEN").expect("pen");
        let p = parse(file.as_bytes(), &ctx(pen));
        assert_eq!(brief(&p)[..3], [("2031-03-21".into(), 31_480, false), ("2031-03-22".into(), 4699, false), ("2031-03-25".into(), 124_900, true)]);
        assert_eq!(p.transactions.iter().map(|t| t.currency.code().to_string()).collect::<Vec<_>>()[..3], ["PEN", "USD", "PEN"]);
    }

    #[test]
    fn a_section_with_a_header_of_its_own() {
        let file = "pagamentos efetuados;;;\ndata;lançamento;valor em R$;\n01/07/2031;PAGAMENTO EFETUADO;-1.843,27;\n\
                    02/07/2031;ZAFFARI CRISTAL;312,45;\n04/07/2031;IFOOD *IFOOD;68,90;\n07/07/2031;MAGAZINE LUIZA;266,33;\n;subtotal;647,68;\n\
                    lançamentos internacionais;;;\ndata;lançamento;valor em US$;valor em R$\n08/07/2031;STEAM PURCHASE;19,99;109,75\n\
                    Saldos Invest Fácil / Plus;;;\ndata;lançamento;valor em R$;\n20/07/2031;INVEST FACIL;522,14;\n";
        let p = parse(file.as_bytes(), &ctx(Currency::BRL));
        assert_eq!(brief(&p).last(), Some(&("2031-07-08".into(), 10_975, false)));
        assert_eq!(p.transactions.len(), 5);
    }

    #[test]
    fn a_hold_on_the_balance_and_its_release_are_no_transactions() {
        let file = "\"Date\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\"\n\
                    \"15/10/2030\",\"Ticketmaster Ireland\",\"Express Checkout Payment\",\"Completed\",\"EUR\",\"-89.40\"\n\
                    \"17/10/2030\",\"\",\"Hold on Balance for Dispute Investigation\",\"Completed\",\"EUR\",\"-35.00\"\n\
                    \"22/10/2030\",\"\",\"Reversal of General Account Hold\",\"Completed\",\"EUR\",\"35.00\"\n";
        let p = parse(file.as_bytes(), &ctx(Currency::EUR));
        assert_eq!(brief(&p), vec![("2030-10-15".into(), 8940, false)]);
        assert_eq!(p.diagnostics.len(), 2);
    }

    #[test]
    fn garbage_is_a_diagnostic() {
        for bytes in [&b""[..], b"\xff\xfe", b"hello world", b"a,b\nc,d", b"\x00\x00\x00", b"date,amount\nnot,a"] {
            let p = parse(bytes, &ctx(Currency::USD));
            assert!(p.transactions.is_empty());
            assert!(!p.diagnostics.is_empty());
        }
    }
}
