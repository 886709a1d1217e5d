//! Bank and card statements as text (what a PDF holds, extracted with its layout kept).
//!
//! Two shapes are read:
//! - **Columns** (most statements): a line starting with a date ("05/02", "02 MAI", "May 2",
//!   "2025-05-02"), then the description, then one or two amounts (the transaction, and maybe
//!   the running balance). A header line naming debit/credit columns ("Débito", "Withdrawals",
//!   "Cargo"…) tells the direction from where the amount sits under it.
//! - **Fields** (the seed's example): "Date: 2025-05-01 / Merchant: Amazon.com / Amount: -$89.99".
//!
//! Dates without a year take it from the statement period ("Statement period 04/15/2025 -
//! 05/14/2025", "Período: 01/05/2025 a 31/05/2025"): the latest year that keeps the date on or
//! before the period's end. Balance and total lines are skipped and reported. Signs: a minus,
//! parentheses, `D`/`DR` mean money out and `C`/`CR` money in; when a statement has no signed or
//! column-placed amounts at all, its amounts are charges (a card statement), except lines that
//! say they are payments, refunds or deposits.

use std::sync::LazyLock;

use chrono::NaiveDate;
use ozzie_core::transaction::Category;
use ozzie_core::Currency;
use regex::Regex;

use crate::amount::{parse_cell, DecimalMark};
use crate::categorize::{categorize, mentions_income};
use crate::dates::{default_order, infer_order, latest_on_or_before, parse_date, DateOrder};
use crate::text::{description_of, fold, tidy, words};
use crate::{Context, Diagnostic, Parse, Parsed};

/// Statements are reviewed more often than bank files: their layout is guessed.
const LAYOUT_CONFIDENCE_CAP: f64 = 0.9;

/// Month names and abbreviations (en, pt, es), as statements print them.
const MONTH: &str = r"(?i:jan(?:uary|eiro)?|ene(?:ro)?|feb(?:ruary|rero)?|fev(?:ereiro)?|mar(?:ch|ço|co|zo)?|apr(?:il)?|abr(?:il)?|may(?:o)?|mai(?:o)?|jun(?:e|ho|io)?|jul(?:y|ho|io)?|aug(?:ust)?|ago(?:sto)?|sept?(?:ember)?|set(?:embro)?|septiembre|setiembre|oct(?:ober|ubre)?|out(?:ubro)?|nov(?:ember|embro|iembre)?|dec(?:ember)?|dez(?:embro)?|dic(?:iembre)?)\b\.?";
/// "2025-05-02", "05/02(/2025)", "03.05.", "02/JUN(/25)", "26MAR", "02 MAI( 2025)", "01 Mar 26", "May 2(, 2025)";
/// `two_digit_years`: whether "01 Mar 26" may end in a year.
fn date_pattern(two_digit_years: bool) -> String {
    let short_year = if two_digit_years { r"|\s+\d{2}\b" } else { "" };
    format!(
        r"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.\-]\d{{1,2}}(?:[/.\-]\d{{2,4}}|\.)?|\d{{1,2}}[/.\-]{MONTH}(?:[/.\-]\d{{2,4}})?|\d{{1,2}}{MONTH}|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}}{short_year})?|{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
    )
}

/// The direction marks a statement may print after an amount, maybe in a column of their own:
/// "650.00Cr", "12.00 DR", "4.870,00    C", "3.850.000,00    +".
const MARK: &str = r"(?:\s{0,8}(?i:CR|DR|C|D)\b|\s{1,8}[+\-−](?:\s|$))";
/// An amount with cents: "1,234.56", "1234.56", "1.234,56", "1 234,56", "R$ 45,90", "(12.00)", "45.00-",
/// "650.00 CR", "45,00 €".
fn cents_amount() -> String {
    const UNITS: &str = r"(?:\d{1,3}(?:[.,\s]\d{3})*|\d{4,9})";
    format!(r"(?:\(\s*(?:R\$|US\$|\$|€|£)?\s?{UNITS}(?:[.,]\d{{2}})\s*\)|[-+−]?\s?(?:R\$|US\$|\$|€|£)?\s?[-+−]?{UNITS}(?:[.,]\d{{2}})-?{MARK}?(?:\s?(?:€|EUR|USD|BRL|GBP))?)")
}
/// An amount of a currency without minor units, as Chilean statements print pesos: grouped
/// ("42.380", "1.980.000") or with the sign ("$ 990", "-$ 385.420"). A bare number under 1,000 is
/// not read as an amount: it is as likely a reference, a branch or a count.
fn whole_amount() -> String {
    format!(r"(?:\(\s*\$?\s?\d{{1,3}}(?:[.,]\d{{3}})*\s*\)|[-+−]?\s?\$\s?[-+−]?\d{{1,3}}(?:[.,]\d{{3}})*(?:,00)?-?{MARK}?|[-+−]?\d{{1,3}}(?:[.,]\d{{3}})+(?:,00)?-?{MARK}?)")
}

/// The line patterns of one way of writing amounts (with cents, or in whole units).
struct Patterns {
    /// A dated transaction line: (a place,) a date (and a second one), the description, one to
    /// three amounts (the transaction, maybe a balance), maybe an installment count ("3/12").
    line: Regex,
    /// For "02 MAR  02 MAR  DESCRIPTION": the second day is a second date, not a year.
    line_no_short_year: Regex,
    /// A line under a day's heading, without a date of its own: "   Compra no débito   Padaria   23,80".
    undated: Regex,
    /// A line with the description first, then the date and the amount, each column apart:
    /// "Tesco        02.03.2028        -48.63€" (N26).
    described_first: Regex,
    /// A paid check: "1204 ^   10/14   $1,275.00" (number, date paid, amount).
    check: Regex,
    amount: Regex,
}

impl Patterns {
    fn new(amount: &str) -> Patterns {
        let amounts = format!(r"(?P<amounts>{amount}(?:\s+{amount}){{0,2}})");
        let line = |two_digit_years: bool| {
            let date = date_pattern(two_digit_years);
            // A card statement may open each line with the place ("LAS CONDES   22/04/27   LIDER").
            compile(&format!(
                r"^\s*(?:(?P<place>\p{{Lu}}[\p{{Lu}}\p{{M}} .'\-]{{0,28}}\p{{Lu}})\s{{2,}})?(?P<date>{date})(?:\s+(?P<date2>{date}))?\s+(?P<desc>\S.*?)\s+{amounts}(?:\s+(?P<counter>\d{{1,2}}/\d{{1,2}}))?\s*$"
            ))
        };
        Patterns {
            line: line(true),
            line_no_short_year: line(false),
            undated: compile(&format!(r"^\s+(?P<desc>\S.*?)\s+{amounts}\s*$")),
            // Its date has a year or a month's name: "23.14" there is an amount.
            described_first: compile(&format!(
                r"^\s*(?P<desc>\S.*?\p{{L}}.*?)\s{{2,}}(?P<date>\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{1,2}}[/.\-\s]?{MONTH}(?:[/.\-\s]\d{{2,4}})?|{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)\s{{2,}}{amounts}\s*$"
            )),
            check: compile(&format!(r"^\s*(?P<number>\d{{3,7}})\s*[\^*]?\s+(?P<date>{})\s+(?P<amounts>{amount})\s*$", date_pattern(false))),
            amount: compile(amount),
        }
    }

    /// The patterns for amounts in `currency`: whole units when it has no minor unit.
    fn for_currency(currency: Currency) -> &'static Patterns {
        if currency.exponent() == 0 { &WHOLE } else { &CENTS }
    }
}

static CENTS: LazyLock<Patterns> = LazyLock::new(|| Patterns::new(&cents_amount()));
static WHOLE: LazyLock<Patterns> = LazyLock::new(|| Patterns::new(&whole_amount()));

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|_| unreachable_regex())
}

/// A dated line that ends in words, not an amount: "02 Nov 26   CR   MEDILINK HEALTHCARE LTD".
static DATED_TEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*(?P<date>{})\s+(?P<desc>\S.*?\p{{L}}.*?)\s*$", date_pattern(true))).unwrap_or_else(|_| unreachable_regex()));

/// A day's heading alone: "01 JUL 2026", "Lunes 1 de noviembre de 2027", "Friday, May 2".
static DATE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:{WEEKDAY},?\s+)?(?P<date>{}|\d{{1,2}}\s+de\s+{MONTH}(?:\s+de\s+\d{{4}})?)\s*$",
        date_pattern(false)
    ))
    .unwrap_or_else(|_| unreachable_regex())
});
/// Weekday names (en, pt, es) as a day's heading may open with them.
const WEEKDAY: &str = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|segunda(?:-feira)?|ter[cç]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|s[aá]bado|domingo|lunes|martes|mi[eé]rcoles|jueves|viernes)";
static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{1,2}\s+(?:de\s+)?[A-Za-zÀ-ÿ]{3,10}\.?\s+(?:de\s+)?\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b")
        .unwrap_or_else(|_| unreachable_regex())
});

/// The patterns above are constants checked by the tests; this keeps a bad edit from panicking
/// at run time (it matches nothing instead).
fn unreachable_regex() -> Regex {
    Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!("a constant, valid pattern"))
}

fn money_header_positions(line: &str) -> Option<(Vec<usize>, Vec<usize>)> {
    let w = words(line);
    // A heading line: it names a date column ("F. Operación" names none) or has no digits at all.
    let has_date = [" date ", " data ", " fecha ", " datum "].iter().any(|k| w.contains(k));
    if !has_date && line.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut debit = Vec::new();
    let mut credit = Vec::new();
    let folded = fold(line);
    for (key, is_debit) in [
        ("debito", true), ("debit", true), ("withdrawals", true), ("withdrawal", true), ("cargo", true), ("money out", true), ("paid out", true), ("saidas", true),
        ("credito", false), ("credit", false), ("deposits", false), ("deposit", false), ("abono", false), ("money in", false), ("paid in", false), ("entradas", false),
    ] {
        if let Some(pos) = folded.find(key) {
            // Amounts are right-aligned under their heading: compare right edges.
            let right = folded[..pos].chars().count() + key.chars().count();
            if is_debit { debit.push(right) } else { credit.push(right) }
        }
    }
    (!debit.is_empty() && !credit.is_empty()).then_some((debit, credit))
}

/// A column of amounts in one currency, named by its heading: "PESOS  DÓLARES", "R$  US$".
#[derive(Clone, Copy, PartialEq, Debug)]
enum CurrencyColumn {
    /// The account's own currency ("PESOS", "R$" on a BRL statement).
    Home,
    Foreign(Currency),
}

/// Right edges of the headings of a table with one amount column per currency, when a heading
/// line names two or more: an Argentine card statement's "PESOS  DÓLARES", a Brazilian one's
/// "R$  US$". None for any other line.
fn currency_header_positions(line: &str, home: Currency) -> Option<Vec<(usize, CurrencyColumn)>> {
    let w = words(line);
    let has_date = [" date ", " data ", " fecha ", " datum "].iter().any(|k| w.contains(k));
    if !has_date && line.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let peso_home = ["ARS", "MXN", "CLP", "COP", "UYU", "DOP", "PHP"].contains(&home.code());
    let folded = fold(line);
    let mut columns = Vec::new();
    let mut at = 0;
    for token in folded.split(' ') {
        let start = at;
        at += token.chars().count() + 1;
        let name = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '$');
        let column = match name {
            "pesos" if peso_home => CurrencyColumn::Home,
            "dolares" | "dollars" | "u$s" | "us$" | "u$d" | "usd" => CurrencyColumn::Foreign(Currency::USD),
            "euros" | "eur" => CurrencyColumn::Foreign(Currency::EUR),
            "r$" | "reais" | "brl" => CurrencyColumn::Foreign(Currency::BRL),
            _ => continue,
        };
        let column = match column {
            CurrencyColumn::Foreign(c) if c == home => CurrencyColumn::Home,
            other => other,
        };
        let end = start + token.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '$').chars().count();
        columns.push((end, column));
    }
    let foreign = columns.iter().any(|(_, c)| *c != CurrencyColumn::Home);
    (columns.len() >= 2 && foreign).then_some(columns)
}

/// The statement's period end: the latest full date on a line that talks about the period (or,
/// failing that, in the first lines).
fn period_end(lines: &[&str], order: DateOrder, today: NaiveDate) -> Option<NaiveDate> {
    let period_words = ["period", "periodo", "statement", "extrato", "extracto", "from", "through", "desde", "hasta", "closing", "fechamento", "vencimento", "cierre"];
    let dates_in = |line: &str| -> Vec<NaiveDate> {
        FULL_DATE.find_iter(line).filter_map(|m| parse_date(m.as_str(), order, today)).collect()
    };
    let mut found: Vec<NaiveDate> = lines.iter().filter(|l| period_words.iter().any(|w| words(l).contains(&format!(" {w} ")))).flat_map(|l| dates_in(l)).collect();
    if found.is_empty() {
        found = lines.iter().take(15).flat_map(|l| dates_in(l)).collect();
    }
    found.into_iter().max()
}

fn is_card_statement(text: &str) -> bool {
    let w = words(&text.chars().take(4000).collect::<String>());
    [
        " credit card ", " card statement ", " minimum payment ", " payment due date ", " credit limit ", " fatura ",
        " cartao de credito ", " tarjeta de credito ", " limite de credito ", " pagamento minimo ", " pago minimo ",
    ]
    .iter()
    .any(|k| w.contains(k))
}

fn is_balance_or_total(description: &str) -> bool {
    let w = words(description);
    [
        " saldo ", " balance ", " total ", " subtotal ", " totales ", " saldo anterior ", " opening ", " closing ",
        " previous balance ", " new balance ", " minimum payment ", " pagamento minimo ", " pago minimo ", " limite ",
    ]
    .iter()
    .any(|k| w.starts_with(k) || (k.len() > 8 && w.contains(k)))
}

struct Candidate {
    line: usize,
    date_raw: String,
    description: String,
    /// (signed minor amount, explicit sign or column given, currency named)
    amount: (i64, bool, Option<Currency>),
    /// The amount carries a credit mark ("650.00Cr", "12.00 C").
    credit_marked: bool,
    /// The direction is known from the line's place or marks (its section, a `CR` mark), not
    /// from a sign a card statement would read the other way round.
    sectioned: bool,
}

/// Section headings and group totals that say which way the lines under them go: Some(true)
/// for money in ("DEPOSITS AND ADDITIONS", "Total de entradas"), Some(false) for money out
/// ("CHECKS PAID", "ATM & DEBIT CARD WITHDRAWALS", "Total de saídas"), None for anything else.
fn section_direction(text: &str) -> Option<bool> {
    let w = words(text);
    if w.split_whitespace().count() > 7 {
        return None;
    }
    const IN: &[&str] = &[
        " deposits ", " deposits and additions ", " additions ", " credits ", " other credits ", " entradas ", " creditos ",
        " abonos ", " money in ", " depositos ", " ingresos ", " recebimentos ",
    ];
    const OUT: &[&str] = &[
        " withdrawals ", " checks paid ", " cheques paid ", " debits ", " fees ", " service charges ", " saidas ", " debitos ",
        " cargos ", " money out ", " purchases ", " purchase ", " retiros ", " pagamentos efetuados ", " egresos ",
    ];
    let says = |keys: &[&str]| keys.iter().any(|k| w.contains(k));
    match (says(IN), says(OUT)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// The direction a mark after the number gives: Some(true) for money in ("650.00Cr", "12.00 CR",
/// "3,00 C EUR", "3.850.000,00   +"), Some(false) for money out ("12.00 DR", "187,42   D").
fn direction_mark(token: &str) -> Option<bool> {
    let t = token.to_ascii_uppercase();
    let tail = t.rfind(|c: char| c.is_ascii_digit()).map_or("", |i| &t[i + 1..]);
    match tail.split_whitespace().next() {
        Some("CR" | "C" | "+") => Some(true),
        Some("DR" | "D") => Some(false),
        _ => None,
    }
}

/// A line of column headings ("Date  Description  Amount", "FECHA  DETALLE  CHEQUES Y
/// DEPÓSITOS  SALDO"): it names the date column and another, or two others.
fn names_columns(line: &str) -> bool {
    let w = words(line);
    let date = [" date ", " data ", " fecha ", " datum ", " dia "].iter().any(|k| w.contains(k));
    let others = [
        " description ", " descricao ", " descripcion ", " detalle ", " concepto ", " historico ", " details ", " amount ", " valor ", " importe ",
        " monto ", " balance ", " saldo ",
    ]
    .iter()
    .filter(|k| w.contains(*k))
    .count();
    others >= 2 || (date && others >= 1)
}

/// A description whose last column is the direction ("Woonstichting De Kade    IC    Debit"):
/// the description without it, and Some(true) for money in. The word must stand apart (two
/// spaces or more before it): "AMAZON VISA DEBIT" is a description.
fn direction_column(description: &str) -> (&str, Option<bool>) {
    let Some((rest, last)) = description.trim_end().rsplit_once("  ") else { return (description, None) };
    let direction = match fold(last.trim()).as_str() {
        "credit" | "credito" | "cr" | "bij" | "abono" | "haber" => Some(true),
        "debit" | "debito" | "dr" | "af" | "cargo" | "debe" => Some(false),
        _ => None,
    };
    match direction {
        Some(d) => (rest.trim_end(), Some(d)),
        None => (description, None),
    }
}

/// "3/12", "04/06": the installment paid this month of how many (not a date: the first is at
/// most the second).
fn is_installment_count(text: &str) -> bool {
    let Some((paid, of)) = text.split_once('/') else { return false };
    matches!((paid.parse::<u32>(), of.parse::<u32>()), (Ok(p), Ok(o)) if p >= 1 && p <= o)
}

/// The decimal mark of a statement's amounts. With cents: the separator seen most often before
/// two final digits. In whole units: the one that does not group thousands ("42.380": a comma).
fn decimal_of(text: &str, patterns: &Patterns) -> DecimalMark {
    if std::ptr::eq(patterns, &*WHOLE) {
        let grouped_by = |sep: char| patterns.amount.find_iter(text).filter(|m| m.as_str().contains(sep)).count();
        return if grouped_by('.') >= grouped_by(',') { DecimalMark::Comma } else { DecimalMark::Dot };
    }
    let comma = patterns.amount.find_iter(text).filter(|m| m.as_str().trim_end_matches(|c: char| !c.is_ascii_digit()).rsplit_once(',').is_some_and(|(_, d)| d.len() == 2)).count();
    let dot = patterns.amount.find_iter(text).filter(|m| m.as_str().trim_end_matches(|c: char| !c.is_ascii_digit()).rsplit_once('.').is_some_and(|(_, d)| d.len() == 2)).count();
    if comma > dot { DecimalMark::Comma } else { DecimalMark::Dot }
}

/// Reads a signed amount token: the sign is "explicit" when the token carries one.
fn read_amount(token: &str, ctx: &Context, mark: DecimalMark) -> Option<(i64, bool, Option<Currency>)> {
    let t = token.replace('−', "-");
    let explicit = t.contains('-') || t.contains('(') || direction_mark(&t).is_some();
    let (value, currency) = parse_cell(&t, ctx.currency, Some(mark))?;
    Some((value, explicit, currency))
}

fn parse_fields(lines: &[&str], ctx: &Context, out: &mut Parse) -> bool {
    let key_of = |line: &str| -> Option<(String, String)> {
        let (k, v) = line.split_once(':')?;
        let k = fold(k.trim());
        (k.split_whitespace().count() <= 3).then(|| (k, v.trim().to_string()))
    };
    let is_date_key = |k: &str| matches!(k, "date" | "data" | "fecha" | "transaction date" | "posted" | "datum");
    let is_desc_key = |k: &str| matches!(k, "merchant" | "description" | "descricao" | "concepto" | "payee" | "estabelecimento" | "comercio" | "historico" | "name" | "details");
    let is_amount_key = |k: &str| matches!(k, "amount" | "valor" | "importe" | "total" | "monto" | "bedrag");
    let date_lines = lines.iter().filter(|l| key_of(l).is_some_and(|(k, _)| is_date_key(&k))).count();
    let amount_lines = lines.iter().filter(|l| key_of(l).is_some_and(|(k, _)| is_amount_key(&k))).count();
    if date_lines == 0 || amount_lines < date_lines.max(1) / 2 || amount_lines == 0 {
        return false;
    }
    let mark = decimal_of(&lines.join("\n"), Patterns::for_currency(ctx.currency));
    let order = infer_order(lines.iter().filter_map(|l| key_of(l)).filter(|(k, _)| is_date_key(k)).map(|(_, v)| v).collect::<Vec<_>>().iter().map(String::as_str)).unwrap_or_else(|| default_order(ctx.currency));
    let mut date: Option<(usize, NaiveDate)> = None;
    let mut desc = String::new();
    let mut amount: Option<(i64, bool, Option<Currency>)> = None;
    let flush = |date: &mut Option<(usize, NaiveDate)>, desc: &mut String, amount: &mut Option<(i64, bool, Option<Currency>)>, out: &mut Parse| {
        if let (Some((line, d)), Some((value, explicit, currency))) = (*date, *amount) {
            push(out, line, d, desc, value, explicit, currency, ctx, Unsigned::AsSigned);
        } else if let Some((line, _)) = *date {
            out.diagnostics.push(Diagnostic::at(line, "a dated entry without an amount"));
        }
        *date = None;
        desc.clear();
        *amount = None;
    };
    for (n, line) in lines.iter().enumerate() {
        let Some((k, v)) = key_of(line) else { continue };
        if is_date_key(&k) {
            flush(&mut date, &mut desc, &mut amount, out);
            match parse_date(&v, order, ctx.today) {
                Some(d) => date = Some((n + 1, d)),
                None => out.diagnostics.push(Diagnostic::at(n + 1, format!("'{v}' is not a date"))),
            }
        } else if is_desc_key(&k) {
            desc = v;
        } else if is_amount_key(&k) {
            amount = read_amount(&v, ctx, mark);
        }
    }
    flush(&mut date, &mut desc, &mut amount, out);
    true
}

/// How a statement's amounts without a sign of their own read.
#[derive(Clone, Copy, PartialEq)]
enum Unsigned {
    /// As written: positive is money in (a statement whose other amounts carry signs).
    AsSigned,
    /// Charges (a statement without any signed amount): money in only when the words say so.
    Charges,
    /// A card statement's charges: as above, and interest is charged, never earned.
    CardCharges,
}

#[allow(clippy::too_many_arguments)]
fn push(out: &mut Parse, line: usize, date: NaiveDate, description: &str, signed: i64, explicit: bool, currency: Option<Currency>, ctx: &Context, unsigned: Unsigned) {
    if signed == 0 {
        out.diagnostics.push(Diagnostic::at(line, "zero amount"));
        return;
    }
    let description = description_of([description]);
    // On a card statement a payment to the card is money in; a bill paid with the card
    // ("WE ENERGIES PAYMENT") is not: only a description that starts with the word counts.
    let pays_the_card = || ["payment", "pagamento", "pago"].iter().any(|p| words(&description).starts_with(&format!(" {p} ")));
    let interest = || [" interest ", " intereses ", " interes ", " juros "].iter().any(|k| words(&description).contains(k));
    let money_in = match (explicit, unsigned) {
        (true, _) | (false, Unsigned::AsSigned) => signed > 0,
        (false, Unsigned::Charges) => mentions_income(&description) || pays_the_card(),
        (false, Unsigned::CardCharges) => (mentions_income(&description) && !interest()) || pays_the_card(),
    };
    let (category, confidence) = if money_in {
        (Category::Income, 0.9)
    } else {
        let c = categorize(&description);
        (c.category, c.confidence.min(LAYOUT_CONFIDENCE_CAP))
    };
    out.transactions.push(Parsed {
        amount_cents: signed.abs(),
        currency: currency.unwrap_or(ctx.currency),
        category,
        description,
        transaction_date: date,
        confidence,
        external_id: None,
    });
}

/// What reading a statement's lines has learnt so far.
struct Table {
    /// Right edges of the debit and credit column headings, when a heading names them.
    columns: Option<(Vec<usize>, Vec<usize>)>,
    /// Right edges of the headings of amount columns that each hold one currency.
    currency_columns: Option<Vec<(usize, CurrencyColumn)>>,
    /// The account's currency (what a "PESOS" column holds).
    home: Currency,
    /// How the amounts are written (with cents, or in whole units).
    patterns: &'static Patterns,
    /// The direction of the section being read ("DEPOSITS AND ADDITIONS": money in).
    section: Option<bool>,
    /// The day heading the undated lines under it ("01 JUL 2026  Total de entradas"), until a
    /// blank line.
    day: Option<String>,
    /// The day came from a heading line of its own ("Lunes 1 de noviembre de 2027"): blank lines
    /// between that day's entries do not end it.
    day_heading: bool,
    /// An entry whose amount comes on a later line, as (date, text so far): "02 Nov 26  SO  R
    /// OKAFOR" then "RENT NOV   850.00"; under a day, an undated "VIS  AMAZON…" line starts one.
    pending: Option<(String, String)>,
    /// The text of an entry that ended without an amount: the lines under the entry above it,
    /// which are its continuation ("ACH Deposit" then "BRIGHTLINE LOGISTICS PAYROLL").
    unclaimed: Option<String>,
}

/// A transaction line: its date as written, its description, and where its amounts are.
struct Found<'l> {
    date_raw: String,
    description: String,
    amounts: regex::Match<'l>,
    /// The transaction is the last of the amounts, not the first: an installment's row ends with
    /// the installment paid this month, then its count ("$18,000.00  $13,500.00  $1,500.00  3/12").
    last_amount: bool,
}

impl Table {
    fn new(home: Currency) -> Table {
        Table {
            columns: None,
            currency_columns: None,
            home,
            patterns: Patterns::for_currency(home),
            section: None,
            day: None,
            day_heading: false,
            pending: None,
            unclaimed: None,
        }
    }

    /// The currency of the column an amount ending at `right` sits under, when the table has
    /// one column per currency.
    fn currency_at(&self, right: usize) -> Option<CurrencyColumn> {
        let columns = self.currency_columns.as_ref()?;
        columns.iter().min_by_key(|(edge, _)| edge.abs_diff(right)).map(|(_, c)| *c)
    }

    /// Reads one line: the transaction it completes, or None when it only tells something about
    /// the lines around it (a heading, a section's total, a day, part of an entry) or nothing.
    fn read<'l>(&mut self, line: &'l str) -> Option<Found<'l>> {
        if line.trim().is_empty() {
            if !self.day_heading {
                self.day = None;
            }
            self.drop_pending();
            return None;
        }
        if let Some(positions) = money_header_positions(line) {
            self.columns = Some(positions);
            return None;
        }
        if let Some(positions) = currency_header_positions(line, self.home) {
            self.currency_columns = Some(positions);
            return None;
        }
        // Another table's headings: the debit and credit columns of a summary above it (" TOTAL
        // ABONOS   TOTAL CARGOS") say nothing of its rows.
        if names_columns(line) && !line.chars().any(|c| c.is_ascii_digit()) {
            self.columns = None;
        }
        let indented = line.starts_with(char::is_whitespace);
        if !line.chars().any(|c| c.is_ascii_digit()) {
            if names_columns(line) {
                return None;
            }
            if let Some(direction) = section_direction(line) {
                self.section = Some(direction);
                self.drop_pending();
            } else if indented {
                self.continue_entry(line.trim());
            } else {
                self.heading(line);
            }
            return None;
        }
        // A section's total ends it ("Total Payments, Credits and Adjustments for This Period"),
        // or within a day says which way the next lines go ("Total de saídas  - 1.950,00").
        if words(line).starts_with(" total ") {
            self.section = section_direction(line);
            return None;
        }
        if let Some(caps) = DATE_ONLY.captures(line) {
            self.day = caps.name("date").map(|d| d.as_str().to_string());
            self.day_heading = true;
            return None;
        }
        if let Some(caps) = self.patterns.check.captures(line) {
            let (number, date, amounts) = (caps.name("number")?, caps.name("date")?, caps.name("amounts")?);
            self.drop_pending();
            return Some(Found { date_raw: date.as_str().to_string(), description: format!("Check {}", number.as_str()), amounts, last_amount: false });
        }
        if let Some(mut caps) = self.patterns.line.captures(line) {
            let desc_opens_with_month = caps.name("desc").and_then(|d| d.as_str().split_whitespace().next()).and_then(crate::dates::month_from_name).is_some();
            if caps.name("date2").is_none() && desc_opens_with_month {
                caps = self.patterns.line_no_short_year.captures(line).unwrap_or(caps);
            }
            let (date, desc, amounts) = (caps.name("date")?, caps.name("desc")?, caps.name("amounts")?);
            // A place before the date: a total's label there ("TOTAL  31/05  …") makes no purchase.
            if caps.name("place").is_some_and(|p| is_balance_or_total(p.as_str())) {
                return None;
            }
            self.day = Some(date.as_str().to_string());
            self.day_heading = false;
            self.drop_pending();
            let last_amount = caps.name("counter").is_some_and(|c| is_installment_count(c.as_str()));
            return Some(Found { date_raw: date.as_str().to_string(), description: desc.as_str().trim().to_string(), amounts, last_amount });
        }
        if let Some(caps) = self.patterns.described_first.captures(line) {
            let (date, desc, amounts) = (caps.name("date")?, caps.name("desc")?, caps.name("amounts")?);
            self.drop_pending();
            return Some(Found { date_raw: date.as_str().to_string(), description: desc.as_str().trim().to_string(), amounts, last_amount: false });
        }
        if self.pending.is_some() || self.day.is_some() {
            if let Some(caps) = self.patterns.undated.captures(line) {
                let (desc, amounts) = (caps.name("desc")?.as_str().trim(), caps.name("amounts")?);
                let (date_raw, description) = match self.pending.take() {
                    Some((date, text)) => (date, format!("{text} {desc}")),
                    None => (self.day.clone().unwrap_or_default(), desc.to_string()),
                };
                return Some(Found { date_raw, description, amounts, last_amount: false });
            }
        }
        if let Some(caps) = DATED_TEXT.captures(line) {
            // A dated line without an amount: its entry ends on a later line.
            let (date, desc) = (caps.name("date")?.as_str(), caps.name("desc")?.as_str());
            self.day = Some(date.to_string());
            self.day_heading = false;
            self.drop_pending();
            self.pending = Some((date.to_string(), desc.trim().to_string()));
        } else if indented {
            self.continue_entry(line.trim());
        } else {
            self.heading(line);
        }
        None
    }

    /// Gives up the entry being read: no amount came for it, so its text continues the entry
    /// above (see [`Table::take_unclaimed`]).
    fn drop_pending(&mut self) {
        if let Some((_, text)) = self.pending.take() {
            self.unclaimed = Some(text);
        }
    }

    /// The text of the lines read since the last entry that turned out to be no entry of their
    /// own: the last entry's description goes on with them.
    fn take_unclaimed(&mut self) -> Option<String> {
        self.unclaimed.take()
    }

    /// A line of words at the left margin that is neither a transaction nor a section's heading:
    /// another part of the statement begins ("MR OWEN PRICE - card ending 3318" after "Payments
    /// and credits", a page's header), so the section's direction no longer applies. Column
    /// headings ("Date  Description  Amount") belong to the section above them.
    fn heading(&mut self, line: &str) {
        if !names_columns(line) && line.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            self.section = None;
        }
    }

    /// A line of words inside the table: the next line of the entry being read, or the first
    /// line of another entry of the same day.
    fn continue_entry(&mut self, text: &str) {
        match (self.pending.as_mut(), &self.day) {
            (Some((_, so_far)), _) => {
                so_far.push(' ');
                so_far.push_str(text);
            }
            (None, Some(day)) => self.pending = Some((day.clone(), text.to_string())),
            (None, None) => {}
        }
    }
}

/// A description without the reference or document number a column before it printed: a first
/// word of four digits or more ("7-ELEVEN" and "24 HOUR FITNESS" keep theirs).
fn without_document_number(description: &str) -> &str {
    match description.split_once(char::is_whitespace) {
        Some((first, rest)) if first.len() >= 4 && first.bytes().all(|b| b.is_ascii_digit()) && rest.chars().any(char::is_alphabetic) => rest.trim_start(),
        _ => description,
    }
}

/// A date as the date patterns read it, as `parse_date` reads it: "03.05." (German day and month)
/// and "02 ene." (an abbreviated month) without the last dot, "26MAR" as "26 MAR".
fn normalize_date(raw: &str) -> String {
    let raw = raw.trim_end_matches('.');
    match raw.find(|c: char| c.is_alphabetic()) {
        Some(i) if i > 0 && raw[..i].bytes().all(|b| b.is_ascii_digit()) => format!("{} {}", &raw[..i], &raw[i..]),
        _ => raw.to_string(),
    }
}

/// Lines under an entry that name the payee or the purchase ("BRIGHTLINE LOGISTICS PAYROLL",
/// "03/06 19:40 SUPERMERCADO EPA SAVASSI") join its description, up to a length.
fn continue_description(entry: &mut Candidate, more: &str) {
    const LONGEST: usize = 160;
    if entry.description.chars().count() + more.chars().count() < LONGEST {
        entry.description.push(' ');
        entry.description.push_str(more.trim());
    }
}

/// Reads a statement's text.
pub fn parse(text: &str, ctx: &Context) -> Parse {
    let mut out = Parse::default();
    let lines: Vec<&str> = text.lines().collect();
    if parse_fields(&lines, ctx, &mut out) {
        if out.transactions.is_empty() && out.diagnostics.is_empty() {
            out.diagnostics.push(Diagnostic::general("no transactions found in the statement"));
        }
        return out;
    }
    let mut table = Table::new(ctx.currency);
    let mark = decimal_of(text, table.patterns);
    let mut candidates = Vec::new();
    for (n, raw) in lines.iter().enumerate() {
        let line = raw.replace('\t', "    ");
        let found = table.read(&line);
        if let (Some(more), Some(last)) = (table.take_unclaimed(), candidates.last_mut()) {
            continue_description(last, &more);
        }
        let Some(Found { date_raw, description, amounts, last_amount }) = found else { continue };
        let date_raw = normalize_date(&date_raw);
        // Contactless marks and bullets before the words (")))  TESCO STORES") say nothing, nor
        // does a document number's column ("010426   CRED TEV", "000000   SALDO").
        let description = without_document_number(description.trim_start_matches(|c: char| !c.is_alphanumeric()));
        if is_balance_or_total(description) {
            // A day's total heads the lines of that day, and says which way they go.
            if let Some(direction) = section_direction(description) {
                table.section = Some(direction);
                table.day = Some(date_raw);
                table.day_heading = false;
            }
            out.diagnostics.push(Diagnostic::at(n + 1, format!("'{}' is a balance or total line", tidy(description, 60))));
            continue;
        }
        // Letters are needed: "12/05 1.234,00 5.678,90" is a table of numbers, not a purchase.
        if description.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            continue;
        }
        let tokens: Vec<regex::Match<'_>> = table.patterns.amount.find_iter(amounts.as_str()).collect();
        let Some(first) = (if last_amount { tokens.last() } else { tokens.first() }) else { continue };
        let Some(mut amount) = read_amount(first.as_str(), ctx, mark) else { continue };
        // Under a foreign currency's column: that currency, read in its own minor units.
        if let (None, Some(CurrencyColumn::Foreign(currency))) = (amount.2, table.currency_at(line[..amounts.start() + first.end()].chars().count())) {
            let in_currency = Context { currency, ..*ctx };
            if let Some((value, explicit, _)) = read_amount(first.as_str(), &in_currency, mark) {
                amount = (value, explicit, Some(currency));
            }
        }
        // A column of its own naming the direction before the amount ("IC    Debit    1.125,00").
        let (description, column_direction) = direction_column(description);
        if let (false, Some(money_in)) = (amount.1, column_direction) {
            amount = (if money_in { amount.0.abs() } else { -amount.0.abs() }, true, amount.2);
        }
        let sectioned = !amount.1 && table.section.is_some();
        if let (false, Some(money_in)) = (amount.1, table.section) {
            amount = (if money_in { amount.0.abs() } else { -amount.0.abs() }, true, amount.2);
        }
        // Under a debit or credit header: the column decides the direction.
        if let Some((debit, credit)) = &table.columns {
            let right = line[..amounts.start() + first.end()].chars().count();
            let near = |cols: &Vec<usize>| cols.iter().map(|c| c.abs_diff(right)).min().unwrap_or(usize::MAX);
            if !amount.1 {
                let is_debit = near(debit) <= near(credit);
                amount = (if is_debit { -amount.0.abs() } else { amount.0.abs() }, true, amount.2);
            }
        }
        let credit_marked = direction_mark(first.as_str()) == Some(true);
        let sectioned = sectioned || credit_marked;
        candidates.push(Candidate { line: n + 1, date_raw, description: description.to_string(), amount, credit_marked, sectioned });
    }
    table.drop_pending();
    if let (Some(more), Some(last)) = (table.take_unclaimed(), candidates.last_mut()) {
        continue_description(last, &more);
    }
    if candidates.is_empty() {
        out.diagnostics.push(Diagnostic::general("no transaction lines found (a date, a description and an amount on one line)"));
        return out;
    }
    let order = infer_order(candidates.iter().map(|c| c.date_raw.as_str())).unwrap_or_else(|| default_order(ctx.currency));
    let end = period_end(&lines, order, ctx.today).unwrap_or(ctx.today);
    // A card statement lists charges as positive and payments or refunds as negative.
    // What the statement says of itself, not what its rows say ("PAGO TARJETA DE CREDITO" is a
    // payment from a current account).
    let rows: std::collections::HashSet<usize> = candidates.iter().map(|c| c.line).collect();
    let card = is_card_statement(&lines.iter().enumerate().filter(|(n, _)| !rows.contains(&(n + 1))).map(|(_, l)| *l).collect::<Vec<_>>().join("\n"));
    let unsigned = if card {
        Unsigned::CardCharges
    } else if candidates.iter().any(|c| c.amount.1) {
        Unsigned::AsSigned
    } else {
        Unsigned::Charges
    };
    // Statements that mark only money in ("650.00Cr") leave money out unmarked.
    let only_credits_marked = candidates.iter().any(|c| c.credit_marked) && candidates.iter().all(|c| c.credit_marked || !c.amount.1);
    for mut c in candidates {
        if only_credits_marked && !c.credit_marked {
            c.amount = (-c.amount.0.abs(), true, c.amount.2);
            c.sectioned = true;
        }
        let Some(date) = parse_date(&c.date_raw, order, end).or_else(|| {
            // "02 MAI" style without a year, read against the period's end.
            crate::dates::month_from_name(c.date_raw.split_whitespace().nth(1).unwrap_or(""))
                .and_then(|m| c.date_raw.split_whitespace().next()?.parse().ok().and_then(|d| latest_on_or_before(m, d, end)))
        }) else {
            out.diagnostics.push(Diagnostic::at(c.line, format!("'{}' is not a date", c.date_raw)));
            continue;
        };
        let (signed, explicit) = if card && c.amount.1 && !c.sectioned { (-c.amount.0, true) } else { (c.amount.0, c.amount.1) };
        push(&mut out, c.line, date, &c.description, signed, explicit, c.amount.2, ctx, unsigned);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ozzie_core::Language;

    fn ctx(lang: Language, currency: Currency, today: (i32, u32, u32)) -> Context {
        Context { language: lang, currency, today: NaiveDate::from_ymd_opt(today.0, today.1, today.2).expect("date") }
    }

    fn brief(p: &Parse) -> Vec<(String, i64, bool)> {
        p.transactions.iter().map(|t| (t.transaction_date.to_string(), t.amount_cents, t.is_income())).collect()
    }

    #[test]
    fn patterns_compile() {
        let patterns = [&*CENTS, &*WHOLE].into_iter().flat_map(|p| [&p.line, &p.line_no_short_year, &p.undated, &p.described_first, &p.check, &p.amount]);
        for re in patterns.chain([&*FULL_DATE, &*DATE_ONLY, &*DATED_TEXT]) {
            assert!(!re.as_str().is_empty());
            assert!(re.as_str() != unreachable_regex().as_str());
        }
    }

    #[test]
    fn the_seed_field_layout() {
        let text = "BANK STATEMENT\nDate: 2025-05-01\nMerchant: Amazon.com\nAmount: -$89.99\nDate: 2025-05-02\nMerchant: Netflix\nAmount: -$15.99";
        let p = parse(text, &ctx(Language::En, Currency::USD, (2025, 5, 5)));
        assert_eq!(brief(&p), vec![("2025-05-01".into(), 8999, false), ("2025-05-02".into(), 1599, false)]);
        assert_eq!(p.transactions[1].category, Category::Entertainment);
    }

    #[test]
    fn a_column_per_currency_gives_each_amount_its_currency() {
        let text = "Resumen de cuenta - VISA                                   CIERRE ACTUAL: 26-Oct-27\n\
                    PAGO MINIMO        $ 18.967,90\n\
                    FECHA       DETALLE DE TRANSACCION                      PESOS      DÓLARES\n\
                                SALDO ANTERIOR                         685.430,12        0,00\n\
                    28-Sep-27   SU PAGO EN PESOS                      -685.430,12\n\
                    29-Sep-27   COTO SUC 045                            38.450,25\n\
                    03-Oct-27   NETFLIX.COM                                              9,99\n\
                    08-Oct-27   STEAMGAMES.COM 4259522985                               19,99\n";
        let p = parse(text, &ctx(Language::Es, Currency::parse("c", "ARS").expect("ARS"), (2027, 11, 8)));
        let got: Vec<(String, i64, &str)> = p.transactions.iter().map(|t| (t.transaction_date.to_string(), t.amount_cents, t.currency.code())).collect();
        assert_eq!(
            got,
            vec![
                ("2027-09-28".into(), 68_543_012, "ARS"),
                ("2027-09-29".into(), 3_845_025, "ARS"),
                ("2027-10-03".into(), 999, "USD"),
                ("2027-10-08".into(), 1999, "USD"),
            ]
        );
        assert!(p.transactions[0].is_income());
        // A table whose columns are not currencies is read as before.
        assert!(currency_header_positions("Date  Description  Debit  Credit  Balance", Currency::USD).is_none());
        assert!(currency_header_positions("Data  Histórico  Valor em R$  Valor em US$", Currency::BRL).is_some());
    }

    #[test]
    fn whole_pesos_marks_in_their_own_column_and_lines_under_an_entry() {
        // A Chilean current account: whole pesos, debits and credits by column, a row paying a
        // card from the account (not a card statement).
        let cartola = "CARTOLA DE CUENTA CORRIENTE                 DESDE 01/05/2027 HASTA 31/05/2027\n\
                       FECHA    DETALLE                                      CHEQUES Y   DEPÓSITOS        SALDO\n\
                       \x20                                                    OTROS CARGOS    Y ABONOS        DIARIO\n\
                       03/05    TRANSFERENCIA DE MINERA CORDILLERA SPA                     1.980.000\n\
                       03/05    PAC ENEL DISTRIBUCION CHILE                       42.380                 2.321.835\n\
                       21/05    PAGO TARJETA DE CREDITO                          412.300                 1.909.535\n";
        let p = parse(cartola, &ctx(Language::Es, Currency::parse("c", "CLP").expect("CLP"), (2027, 6, 3)));
        assert_eq!(brief(&p), vec![("2027-05-03".into(), 1_980_000, true), ("2027-05-03".into(), 42_380, false), ("2027-05-21".into(), 412_300, false)]);

        // A Brazilian account statement: C/D in a column of their own, the payee on the line below.
        let extrato = "Lançamentos do período: 01/06/2027 a 30/06/2027\n\
                       Dia          Lote     Histórico                                   Valor R$\n\
                       01/06/2027   14020    Crédito Salário                             4.870,00    C\n\
                       \x20                     EMPRESA MINEIRA DE LOGISTICA LTDA\n\
                       02/06/2027   99015    Pix - Enviado                               1.600,00    D\n\
                       \x20                     02/06 08:30 IMOBILIARIA LAR DOCE LTDA\n\
                       03/06/2027   13018    Compra com Cartão                             187,42    D\n";
        let p = parse(extrato, &ctx(Language::Pt, Currency::BRL, (2027, 7, 3)));
        assert_eq!(brief(&p), vec![("2027-06-01".into(), 487_000, true), ("2027-06-02".into(), 160_000, false), ("2027-06-03".into(), 18_742, false)]);
        assert!(p.transactions[1].description.contains("LAR DOCE"), "{}", p.transactions[1].description);

        // An English statement of a Dutch bank: the direction as a word in its own column.
        let dutch = "Period 01-06-2027 to 30-06-2027\n\
                     01-06-2027   Bright Horizons BV        OV      Credit      3.284,12\n\
                     01-06-2027   Woonstichting De Kade     IC      Debit       1.125,00\n";
        let p = parse(dutch, &ctx(Language::En, Currency::EUR, (2027, 7, 2)));
        assert_eq!(brief(&p), vec![("2027-06-01".into(), 328_412, true), ("2027-06-01".into(), 112_500, false)]);
        assert!(!p.transactions[1].description.contains("Debit"));
    }

    #[test]
    fn card_rows_opening_with_the_place_installments_and_card_holders() {
        // Chile's standard card layout: the place first, the month's installment last.
        let chile = "ESTADO DE CUENTA DE TARJETA DE CRÉDITO   PERÍODO FACTURADO DESDE 21/04/2027 HASTA 20/05/2027\n\
                     SANTIAGO       23/04/27     PAGO PESOS TEF                 -$ 385.420       -$ 385.420                 -$ 385.420\n\
                     LAS CONDES     15/01/27     FALABELLA PARQUE ARAUCO         $ 479.880        $ 479.880     04/06       $ 79.980\n\
                     \x20              20/05/27     INTERESES ROTATIVOS               $ 4.990          $ 4.990                    $ 4.990\n";
        let p = parse(chile, &ctx(Language::Es, Currency::parse("c", "CLP").expect("CLP"), (2027, 5, 25)));
        assert_eq!(brief(&p), vec![("2027-04-23".into(), 385_420, true), ("2027-01-15".into(), 79_980, false), ("2027-05-20".into(), 4_990, false)]);

        // A card holder's heading ends the "Payments and credits" section above it.
        let uk = "Statement period 24 April 2027 to 23 May 2027     Credit limit £5,500.00\n\
                  Payments and credits\n\
                  28 Apr     28 Apr     PAYMENT RECEIVED - THANK YOU             -612.40\n\
                  \n\
                  MR OWEN PRICE - card ending 3318\n\
                  24 Apr     25 Apr     WAITROSE 712 CHELTENHAM                   64.18\n\
                  23 May     23 May     INTEREST ON PURCHASES                      8.74\n";
        let p = parse(uk, &ctx(Language::En, Currency::GBP, (2027, 5, 28)));
        assert_eq!(brief(&p), vec![("2027-04-28".into(), 61_240, true), ("2027-04-24".into(), 6_418, false), ("2027-05-23".into(), 874, false)]);

        // A German bank's dates ("03.05.") and trailing minus signs.
        let german = "Period 01.05.2027 - 31.05.2027 Currency EUR\n\
                      03.05.      03.05.      Credit transfer                     3.412,56\n\
                      \x20                       Nordwerk Maschinenbau GmbH\n\
                      03.05.      03.05.      Standing order                      1.150,00-\n";
        let p = parse(german, &ctx(Language::En, Currency::EUR, (2027, 6, 2)));
        assert_eq!(brief(&p), vec![("2027-05-03".into(), 341_256, true), ("2027-05-03".into(), 115_000, false)]);
        assert!(p.transactions[0].description.contains("Nordwerk"));
    }

    #[test]
    fn description_first_day_and_month_glued_document_numbers_and_a_summary_above_the_table() {
        // N26: the description first, then the date and the amount.
        let n26 = "01.03.2028 until 31.03.2028\n\
                   Description                                  Booking date        Amount\n\
                   Brightwater Analytics Ltd                    01.03.2028       +2,380.55€\n\
                   Incoming transfer • Salary March\n\
                   Tesco                                        02.03.2028          -48.63€\n";
        let p = parse(n26, &ctx(Language::En, Currency::EUR, (2028, 4, 3)));
        assert_eq!(brief(&p), vec![("2028-03-01".into(), 238_055, true), ("2028-03-02".into(), 4_863, false)]);

        // A Peruvian card: "26MAR".
        let peru = "Estado de cuenta - Tarjeta de Crédito      Período: 26/03/2028 al 25/04/2028\n\
                    26MAR          27MAR          PLAZA VEA JAVIER PRADO                142.80\n\
                    28MAR          28MAR          PAGO RECIBIDO - GRACIAS            -1,850.00\n";
        let p = parse(peru, &ctx(Language::Es, Currency::parse("c", "PEN").expect("PEN"), (2028, 5, 6)));
        assert_eq!(brief(&p), vec![("2028-03-26".into(), 14_280, false), ("2028-03-28".into(), 185_000, true)]);

        // A document number's column before the words, and the closing balance after it.
        let poupanca = "Período: 01/04/2028 a 30/04/2028\n\
                        Data Mov.      Nr. Doc.     Histórico                       Valor       Saldo\n\
                        01/04/2028     010426       CRED TEV                     1.000,00 C   4.412,55 C\n\
                        30/04/2028     000000       SALDO                                     4.443,58 C\n";
        let p = parse(poupanca, &ctx(Language::Pt, Currency::BRL, (2028, 5, 3)));
        assert_eq!(brief(&p), vec![("2028-04-01".into(), 100_000, true)]);
        assert_eq!(p.transactions[0].description, "CRED TEV");

        // The summary's "TOTAL ABONOS / TOTAL CARGOS" are not the table's columns.
        let ahorros = " SALDO ANTERIOR          TOTAL ABONOS          TOTAL CARGOS          SALDO ACTUAL\n\
                       DESDE: 2028/03/01 HASTA: 2028/03/31\n\
                       FECHA     DESCRIPCIÓN                                     VALOR           SALDO\n\
                       1/03      ABONO NOMINA SERVICIOS INTEGRALES SAS    2,450,000.00    2,937,650.12\n\
                       2/03      PAGO PSE ARRENDAMIENTOS LA 70           -1,850,000.00    1,087,650.12\n";
        let p = parse(ahorros, &ctx(Language::Es, Currency::parse("c", "COP").expect("COP"), (2028, 4, 5)));
        assert_eq!(brief(&p), vec![("2028-03-01".into(), 245_000_000, true), ("2028-03-02".into(), 185_000_000, false)]);
    }

    #[test]
    fn amounts_of_a_thousand_or_more_without_a_separator() {
        let text = "Statement period 01/01/2027 - 12/31/2027\n\
                    Date    Description                         Amount      Balance\n\
                    03/19   PURCHASE STORE 00001 CITY ST       -1868.97     2033.00\n\
                    05/04   PAYROLL ACME CORP                   2500.00     4533.00\n";
        let p = parse(text, &ctx(Language::En, Currency::USD, (2028, 1, 5)));
        assert_eq!(brief(&p), vec![("2027-03-19".into(), 186_897, false), ("2027-05-04".into(), 250_000, true)]);
    }

    #[test]
    fn columns_with_years_from_the_period_in_january() {
        let text = "ACME BANK                       Statement period: 12/15/2024 - 01/14/2025\n\
                    Date    Description                         Amount      Balance\n\
                    12/16   WHOLEFDS MKT #10234                  -54.20     1,200.00\n\
                    12/31   ACME PAYROLL DIRECT DEP            2,500.00     3,700.00\n\
                    01/03   NETFLIX.COM                          -15.99     3,684.01\n\
                            Ending balance                                  3,684.01\n";
        let p = parse(text, &ctx(Language::En, Currency::USD, (2025, 2, 1)));
        assert_eq!(brief(&p), vec![("2024-12-16".into(), 5420, false), ("2024-12-31".into(), 250_000, true), ("2025-01-03".into(), 1599, false)]);
    }

    #[test]
    fn month_name_dates_with_two_digit_years_and_slashes() {
        // "01 Mar 26": the 26 is the year, not the start of the description.
        let uk = "Statement period 01 March 2026 to 31 March 2026\n\
                  Date        Description                       Type   Money In (£)   Money Out (£)   Balance (£)\n\
                  01 Mar 26   BALANCE BROUGHT FORWARD                                                   1,482.54\n\
                  02 Mar 26   SAINSBURYS S/MKTS BRISTOL          DEB                           43.18   1,439.36\n\
                  20 Mar 26   KESTREL SYSTEMS LTD SALARY         BGC      2,734.62                     4,173.98\n";
        let p = parse(uk, &ctx(Language::En, Currency::GBP, (2026, 4, 2)));
        assert_eq!(brief(&p), vec![("2026-03-02".into(), 4318, false), ("2026-03-20".into(), 273_462, true)]);
        assert!(p.transactions[0].description.starts_with("SAINSBURYS"));
        // "03/JUN" with the year only in the period.
        let mx = "Periodo: DEL 01/06/2025 AL 30/06/2025\n\
                  FECHA OPER FECHA LIQ   DESCRIPCIÓN                      CARGOS       ABONOS        SALDO\n\
                  02/JUN     02/JUN      SPEI RECIBIDO NOMINA                          14,350.00     22,584.15\n\
                  03/JUN     04/JUN      WALMART EXPRESS INSURGENTES       967.40                    21,616.75\n";
        let p = parse(mx, &ctx(Language::Es, Currency::MXN, (2025, 7, 3)));
        assert_eq!(brief(&p), vec![("2025-06-02".into(), 1_435_000, true), ("2025-06-03".into(), 96_740, false)]);
    }

    #[test]
    fn debit_and_credit_columns_in_portuguese() {
        let text = "Extrato   Período: 01/05/2025 a 31/05/2025\n\
                    Data      Histórico                        Débito        Crédito          Saldo\n\
                    02 MAI    PAG*PADARIA REAL                  25,50                      974,50\n\
                    05 MAI    TED RECEBIDA ACME                            3.200,00      4.174,50\n\
                    13 MAI    ENEL CONTA DE LUZ                180,35                    3.994,15\n\
                              SALDO DO DIA                                               3.994,15\n";
        let p = parse(text, &ctx(Language::Pt, Currency::BRL, (2025, 6, 3)));
        assert_eq!(brief(&p), vec![("2025-05-02".into(), 2550, false), ("2025-05-05".into(), 320_000, true), ("2025-05-13".into(), 18_035, false)]);
    }

    #[test]
    fn only_money_in_marked_cr() {
        let text = "Statement Period: 01 March 2026 to 31 March 2026\n\
                    Date          Description                                  Amount            Balance\n\
                                  Opening Balance                                             12,874.33Cr\n\
                    02 Mar        Salary Cape Peninsula University          28,940.00Cr       41,814.33Cr\n\
                    03 Mar        POS Purchase Woolworths Cavendish          1,245.60         40,568.73Cr\n\
                    31 Mar        Credit Interest                                8.45Cr       40,577.18Cr\n";
        let p = parse(text, &ctx(Language::En, Currency::parse("c", "ZAR").expect("zar"), (2026, 4, 5)));
        assert_eq!(brief(&p), vec![("2026-03-02".into(), 2_894_000, true), ("2026-03-03".into(), 124_560, false), ("2026-03-31".into(), 845, true)]);
    }

    #[test]
    fn sections_and_paid_checks_give_the_direction() {
        let text = "October 10, 2025 through November 7, 2025\n\
                    DEPOSITS AND ADDITIONS\n\
                    DATE          DESCRIPTION                                  AMOUNT\n\
                    10/15         Payroll Deposit Mayo Clinic               $2,486.12\n\
                    10/22         Zelle Payment From Ahmed Hassan              $60.00\n\
                                  Total Deposits And Additions              $2,546.12\n\
                    \n\
                    CHECKS PAID\n\
                    1204 ^                           10/14                  $1,275.00\n\
                    \n\
                    ATM & DEBIT CARD WITHDRAWALS\n\
                    10/11         Card Purchase Hy-Vee Rochester              $132.47\n";
        let p = parse(text, &ctx(Language::En, Currency::USD, (2025, 11, 10)));
        assert_eq!(
            brief(&p),
            vec![("2025-10-15".into(), 248_612, true), ("2025-10-22".into(), 6000, true), ("2025-10-14".into(), 127_500, false), ("2025-10-11".into(), 13_247, false)]
        );
        assert_eq!(p.transactions[2].description, "Check 1204");
    }

    #[test]
    fn lines_grouped_under_a_day_and_its_totals() {
        let text = "Extrato da conta   01 DE JULHO DE 2026 a 31 DE JULHO DE 2026\n\
                    \n\
                    01 JUL 2026                Total de entradas                              + 5.600,00\n\
                    \x20                          Transferência recebida pelo Pix   HOSPITAL      5.600,00\n\
                    \x20                          Total de saídas                                - 1.950,00\n\
                    \x20                          Transferência enviada pelo Pix    IMÓVEIS LTDA  1.950,00\n\
                    \n\
                    03 JUL 2026                Total de saídas                                  - 23,80\n\
                    \x20                          Compra no débito                  Padaria         23,80\n\
                    \n\
                    Bank charges summary\n\
                    \x20                          Tarifa do mês                                   12,00\n";
        let p = parse(text, &ctx(Language::Pt, Currency::BRL, (2026, 8, 3)));
        assert_eq!(brief(&p), vec![("2026-07-01".into(), 560_000, true), ("2026-07-01".into(), 195_000, false), ("2026-07-03".into(), 2380, false)]);
    }

    #[test]
    fn entries_over_two_lines_and_a_date_printed_once_a_day() {
        let text = "1 November to 30 November 2026\n\
                    Date        Payment type and details                         Paid out        Paid in          Balance\n\
                    01 Nov 26   BALANCE BROUGHT FORWARD                                                           732.15\n\
                    02 Nov 26   CR        MEDILINK HEALTHCARE LTD\n\
                    \x20                     SALARY NOV                                          2,453.10\n\
                    \x20           SO        R OKAFOR\n\
                    \x20                     RENT NOV                             850.00\n\
                    \x20           )))       TESCO STORES 2104\n\
                    \x20                     STOCKPORT                             23.14                      2,312.11\n\
                    03 Nov 26   DD        UNITED UTILITIES                        36.40                      2,275.71\n\
                    \x20           BALANCE CARRIED FORWARD                                                       2,275.71\n";
        let p = parse(text, &ctx(Language::En, Currency::parse("c", "GBP").expect("gbp"), (2026, 12, 2)));
        assert_eq!(
            brief(&p),
            vec![("2026-11-02".into(), 245_310, true), ("2026-11-02".into(), 85_000, false), ("2026-11-02".into(), 2314, false), ("2026-11-03".into(), 3640, false)]
        );
        assert_eq!(p.transactions[2].description, "TESCO STORES 2104 STOCKPORT");
    }

    #[test]
    fn a_card_statement_marking_credits_cr_and_days_headed_by_their_weekday() {
        let card = "Statement period: August 22, 2027 to September 21, 2027   Credit limit $8,000.00\n\
                    AUG 22      AUG 23      LOBLAWS #1032 TORONTO ON                 112.44\n\
                    AUG 26      AUG 26      PAYMENT - THANK YOU                    1,250.00 CR\n\
                    SEP 04      SEP 05      SHOPPERS DRUG MART #0871                  23.19\n";
        let p = parse(card, &ctx(Language::En, Currency::parse("c", "CAD").expect("cad"), (2027, 9, 25)));
        assert_eq!(brief(&p), vec![("2027-08-22".into(), 11_244, false), ("2027-08-26".into(), 125_000, true), ("2027-09-04".into(), 2319, false)]);
        let app = "Lunes 1 de noviembre de 2027\n\
                   \n\
                   \x20  Sueldo ACME Chile SpA                         +1.350.000,00\n\
                   \n\
                   Miércoles 3 de noviembre de 2027\n\
                   \x20  Líder Express Ñuñoa                              -43.210,00\n";
        let p = parse(app, &ctx(Language::Es, Currency::EUR, (2027, 12, 1)));
        assert_eq!(brief(&p), vec![("2027-11-01".into(), 135_000_000, true), ("2027-11-03".into(), 4_321_000, false)]);
        // Chilean pesos have no cents: "-$43.210" is an amount.
        let clp = app.replace("+1.350.000,00", "+$1.350.000").replace("-43.210,00", "-$43.210");
        let p = parse(&clp, &ctx(Language::Es, Currency::parse("c", "CLP").expect("clp"), (2027, 12, 1)));
        assert_eq!(brief(&p), vec![("2027-11-01".into(), 1_350_000, true), ("2027-11-03".into(), 43_210, false)]);
    }

    #[test]
    fn card_statement_with_unsigned_charges() {
        let text = "Fatura Nubank   Fechamento: 10/05/2025\n\
                    12 ABR   Ifood *Restaurante         45,90\n\
                    20 ABR   Uber *Trip                 23,10\n\
                    02 MAI   Pagamento recebido        500,00\n";
        let p = parse(text, &ctx(Language::Pt, Currency::BRL, (2025, 5, 20)));
        assert_eq!(brief(&p), vec![("2025-04-12".into(), 4590, false), ("2025-04-20".into(), 2310, false), ("2025-05-02".into(), 50_000, true)]);
    }

    #[test]
    fn text_without_transactions_is_a_diagnostic() {
        for text in ["", "hello", "Date: yesterday", "12/05 1.234,00 5.678,90"] {
            let p = parse(text, &ctx(Language::En, Currency::USD, (2025, 5, 5)));
            assert!(p.transactions.is_empty(), "{text}");
            assert!(!p.diagnostics.is_empty(), "{text}");
        }
    }
}
