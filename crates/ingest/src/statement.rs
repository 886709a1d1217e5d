//! Bank and card statements as text (what a PDF holds, extracted with its layout kept).
//!
//! Two shapes are read:
//! - **Columns** (most statements), line by line ([`table`]): a line with a date ("05/02",
//!   "02 MAI", "26MAR", "03.05.", "May 2", "2025-05-02"; maybe a place before it, maybe a second
//!   date), the description, then one to three amounts (the transaction, maybe a balance, maybe an
//!   installment's count after them); or the description first, then the date and the amount
//!   (N26). Entries may run over several lines (the amount on the last; the payee on the lines
//!   under), under a day's heading, in sections that give their direction ("DEPOSITS AND
//!   ADDITIONS"). Headings naming debit/credit columns ("Débito", "Withdrawals", "Cargo"…) or
//!   one column per currency ("PESOS  DÓLARES") tell the direction or the currency from where
//!   the amount sits under them.
//!   Also: the amount before the description (Colombian savings statements), paid checks two or
//!   three to a line, cents printed in a cell of their own ("1,249 00").
//! - **Fields** (the seed's example): "Date: 2025-05-01 / Merchant: Amazon.com / Amount: -$89.99".
//!
//! Not transactions, and reported as such: balances and totals, a group's subtotal (a line
//! without a date whose amount is the sum of the entries above it), tables of installment plans
//! and of scheduled entries, a table of cleared checks already listed, a brokerage's sweeps,
//! anything dated months after today.
//!
//! Dates without a year take it from the statement period ("Statement period 04/15/2025 -
//! 05/14/2025", "Período: 01/05/2025 a 31/05/2025"): the latest year that keeps the date on or
//! before the period's end. Balance and total lines are skipped and reported. Signs: a minus
//! (before or after), parentheses, `D`/`DR`/`Debit` mean money out and `C`/`CR`/`+`/`Credit` money
//! in, next to the amount or in a column of their own; when a statement has no signed or
//! column-placed amounts at all, or is a card statement, its amounts are charges, except lines
//! that say they are payments, refunds or deposits. Amounts of a currency without minor units
//! are read in whole units ([`patterns`]).

mod patterns;
mod rewrite;
mod table;

use chrono::NaiveDate;
use ozzie_core::transaction::Category;
use ozzie_core::Currency;

use patterns::{normalize_date, Patterns, FULL_DATE, SPACED_CENTS};
use rewrite::{at_the_margin, with_dates_in_words_shortened, with_days_given_their_month, with_split_cents_joined, with_year_month_day_filled, without_blank_cells};
use table::{section_direction, CurrencyColumn, DaySource, Found, Table};

use crate::amount::{parse_cell, DecimalMark};
use crate::categorize::{categorize, mentions_income};
use crate::dates::{default_order, infer_order, latest_on_or_before, parse_date, purchase_day_inside, DateOrder};
use crate::text::{description_of, fold, tidy, words};
use crate::{Context, Diagnostic, Parse, Parsed};

/// Statements are reviewed more often than bank files: their layout is guessed.
const LAYOUT_CONFIDENCE_CAP: f64 = 0.9;

/// How far after today a statement's dates may run: the date the device gives may lag the
/// statement's by days (a statement read the day it is issued, a clock behind), not by months.
const DAYS_AHEAD_ALLOWED: i64 = 31;

/// A date more than [`DAYS_AHEAD_ALLOWED`] after today: a promotion's end or a due date months
/// away, never a transaction of the statement nor its period's end.
fn long_after(date: NaiveDate, today: NaiveDate) -> bool {
    (date - today).num_days() > DAYS_AHEAD_ALLOWED
}

/// The statement's period end: the latest full date on a line that talks about the period (or,
/// failing that, in the first lines).
fn period_end(lines: &[&str], order: DateOrder, today: NaiveDate) -> Option<NaiveDate> {
    let period_words = ["period", "periodo", "statement", "extrato", "extracto", "from", "through", "desde", "hasta", "closing", "fechamento", "vencimento", "cierre"];
    let dates_in = |line: &str| -> Vec<NaiveDate> {
        // A date long after today is a promotion's end, not the period's.
        FULL_DATE.find_iter(line).filter_map(|m| parse_date(&normalize_date(m.as_str()), order, today)).filter(|d| !long_after(*d, today)).collect()
    };
    let mut found: Vec<NaiveDate> = lines.iter().filter(|l| period_words.iter().any(|w| words(l).contains(&format!(" {w} ")))).flat_map(|l| dates_in(l)).collect();
    if found.is_empty() {
        // Not said to be the period's: a date after today there is a due date ("Vencimento").
        found = lines.iter().take(15).flat_map(|l| dates_in(l)).filter(|d| *d <= today).collect();
    }
    found.into_iter().max()
}

fn is_card_statement(text: &str) -> bool {
    let w = words(&text.chars().take(4000).collect::<String>());
    [
        " credit card ", " card statement ", " minimum payment ", " payment due date ", " credit limit ", " fatura ",
        " cartao de credito ", " tarjeta de credito ", " limite de credito ", " pagamento minimo ", " pago minimo ",
        // A card's own sections and rates ("PAYMENTS AND OTHER CREDITS", "Annual Percentage Rate (APR)").
        " payments and other credits ", " payments and credits ", " annual percentage rate ", " cash advances ",
    ]
    .iter()
    .any(|k| w.contains(k))
}

/// A brokerage's sweep: cash moved between the account and its own deposit program ("Sweep In
/// TRANSFER TO BANK DEPOSIT SWEEP"), neither money in nor out. The program's interest is income.
fn is_sweep(description: &str) -> bool {
    let w = words(description);
    w.contains(" sweep ") && !w.contains(" interest ") && [" sweep in ", " sweep out ", " transfer to ", " transfer from ", " sweep transfer "].iter().any(|k| w.contains(k))
}

fn is_balance_or_total(description: &str) -> bool {
    let w = words(description);
    [
        " saldo ", " balance ", " total ", " subtotal ", " sub total ", " totales ", " totals ", " totais ", " saldo anterior ", " opening ", " closing ",
        " previous balance ", " new balance ", " minimum payment ", " pagamento minimo ", " pago minimo ", " limite ",
        // What a page carries to the next ("SUMA Y SIGUE", "SUMA ANTERIOR", "BROUGHT FORWARD").
        " suma ", " sumas ", " brought forward ", " carried forward ", " transporte ", " a transportar ",
        // A card's credit line, beside the statement's date in its summary ("CUPO DISPONIBLE").
        " cupo ", " available ", " disponible ", " disponivel ", " credit limit ",
        // The summary's dates and what is due ("FECHA ESTADO DE CUENTA  20/03/2031  $ 536.901",
        // "PAGAR HASTA  04/04/2031  MONTO MÍNIMO A PAGAR").
        " monto minimo ", " pagar hasta ", " fecha estado de cuenta ", " fecha de corte ", " fecha de vencimiento ",
        " fecha limite de pago ", " data de vencimento ", " payment due date ", " statement date ", " statement closing date ",
        " monto total facturado ",
    ]
    .iter()
    .any(|k| w.starts_with(k) || (k.len() > 8 && w.contains(k)))
}

/// Whether a line's text has words, not only numbers and month names: "12/05 1.234,00 5.678,90"
/// is a table of numbers, "14 Feb - 13 Mar 2026" a period.
fn has_words(description: &str) -> bool {
    let letters: usize = description
        .split_whitespace()
        .filter(|w| crate::dates::month_from_name(w.trim_end_matches(|c: char| !c.is_alphabetic())).is_none())
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
        .sum();
    letters >= 2
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
    /// Dated by the day above it, without a date of its own.
    under_day: bool,
}

/// Drops the lines without a date of their own whose amount is the sum of the entries just above
/// them ("Lançamentos no cartão (final 2231)   1.188,34" under a card holder's purchases): a
/// group's subtotal, whatever its words.
fn drop_subtotals(candidates: Vec<Candidate>, out: &mut Parse) -> Vec<Candidate> {
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    // Where the current group starts: after the last subtotal.
    let mut group_start = 0;
    for c in candidates {
        if c.under_day && kept.len() >= group_start + 2 {
            let target = c.amount.0.abs();
            let (mut signed, mut unsigned) = (0i64, 0i64);
            let is_subtotal = kept[group_start..].iter().rev().enumerate().any(|(k, above)| {
                signed = signed.saturating_add(above.amount.0);
                unsigned = unsigned.saturating_add(above.amount.0.abs());
                k >= 1 && (signed.abs() == target || unsigned == target)
            });
            if is_subtotal {
                out.diagnostics.push(Diagnostic::at(c.line, format!("'{}' is the sum of the entries above it", tidy(&c.description, 60))));
                group_start = kept.len();
                continue;
            }
        }
        kept.push(c);
    }
    kept
}

/// The direction a mark after the number gives: Some(true) for money in ("650.00Cr", "12.00 CR",
/// "3,00 C EUR", "3.850.000,00   +"), Some(false) for money out ("12.00 DR", "0.15 DB", "187,42   D").
fn direction_mark(token: &str) -> Option<bool> {
    let t = fold(token);
    let tail = t.rfind(|c: char| c.is_ascii_digit()).map_or("", |i| &t[i + 1..]);
    match tail.split_whitespace().next() {
        Some("cr" | "c" | "+" | "entrada" | "credito" | "credit") => Some(true),
        Some("dr" | "db" | "d" | "saida" | "debito" | "debit") => Some(false),
        _ => None,
    }
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

/// The decimal mark of a statement's amounts. With cents: the separator seen most often before
/// two final digits. In whole units: the one that does not group thousands ("42.380": a comma).
fn decimal_of(text: &str, patterns: &Patterns) -> DecimalMark {
    if patterns.whole_units {
        let grouped_by = |sep: char| patterns.amount.find_iter(text).filter(|m| m.as_str().contains(sep)).count();
        return if grouped_by('.') >= grouped_by(',') { DecimalMark::Comma } else { DecimalMark::Dot };
    }
    let comma = patterns.amount.find_iter(text).filter(|m| m.as_str().trim_end_matches(|c: char| !c.is_ascii_digit()).rsplit_once(',').is_some_and(|(_, d)| d.len() == 2)).count();
    let dot = patterns.amount.find_iter(text).filter(|m| m.as_str().trim_end_matches(|c: char| !c.is_ascii_digit()).rsplit_once('.').is_some_and(|(_, d)| d.len() == 2)).count();
    if comma > dot { DecimalMark::Comma } else { DecimalMark::Dot }
}

/// Reads a signed amount token: the sign is "explicit" when the token carries one.
fn read_amount(token: &str, ctx: &Context, mark: DecimalMark) -> Option<(i64, bool, Option<Currency>)> {
    let mut t = SPACED_CENTS.replace_all(&token.replace('−', "-"), "$1$2").into_owned();
    // A direction named in words after the amount ("350,00   Entrada") is read as its mark.
    if let Some((head, last)) = t.trim_end().rsplit_once(char::is_whitespace) {
        if last.chars().count() > 2 && last.chars().all(char::is_alphabetic) {
            let mark = match direction_mark(&t) {
                Some(true) => " CR",
                Some(false) => " DR",
                None => "",
            };
            t = format!("{}{mark}", head.trim_end());
        }
    }
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

/// A description without the reference or document number a column before it printed: a first
/// word of four digits or more ("7-ELEVEN" and "24 HOUR FITNESS" keep theirs).
fn without_document_number(description: &str) -> &str {
    match description.split_once(char::is_whitespace) {
        Some((first, rest)) if first.len() >= 4 && first.bytes().all(|b| b.is_ascii_digit()) && rest.chars().any(char::is_alphabetic) => rest.trim_start(),
        _ => description,
    }
}

/// Lines under an entry that name the payee or the purchase ("BRIGHTLINE LOGISTICS PAYROLL",
/// "03/06 19:40 SUPERMERCADO EPA SAVASSI") join its description, up to a length.
fn continue_description(entry: &mut Candidate, more: &str) {
    const LONGEST: usize = 160;
    // Word by word, as far as the length allows: the first lines under an entry name it best
    // ("MacBook Air 13-inch" before the instalment plan's terms).
    let mut length = entry.description.chars().count();
    for word in more.split_whitespace() {
        length += 1 + word.chars().count();
        if length >= LONGEST {
            break;
        }
        entry.description.push(' ');
        entry.description.push_str(word);
    }
}

/// Reads a statement's text.
pub fn parse(text: &str, ctx: &Context) -> Parse {
    let moved = at_the_margin(text);
    let text = moved.as_deref().unwrap_or(text);
    let emptied = without_blank_cells(text);
    let text = emptied.as_deref().unwrap_or(text);
    let filled = with_year_month_day_filled(text);
    let text = filled.as_deref().unwrap_or(text);
    let shortened = with_dates_in_words_shortened(text);
    let text = shortened.as_deref().unwrap_or(text);
    let days_dated = with_days_given_their_month(text, ctx.today);
    let text = days_dated.as_deref().unwrap_or(text);
    let joined = with_split_cents_joined(text, Patterns::for_currency(ctx.currency));
    let text = joined.as_deref().unwrap_or(text);
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
        let checks = table.read_checks(&line);
        let found: Vec<Found<'_>> = if checks.is_empty() { table.read(&line).into_iter().collect() } else { checks };
        if let (Some(more), Some(last)) = (table.take_unclaimed(), candidates.last_mut()) {
            continue_description(last, &more);
        }
        for Found { date_raw, description, amounts, last_amount, paid_check, under_day } in found {
            let date_raw = normalize_date(&date_raw);
            // Contactless marks and bullets before the words (")))  TESCO STORES") say nothing, nor
            // does a document number's column ("010426   CRED TEV", "000000   SALDO").
            let description = without_document_number(description.trim_start_matches(|c: char| !c.is_alphanumeric()));
            if is_balance_or_total(description) {
                // A day's total heads the lines of that day, and says which way they go.
                if let Some(direction) = section_direction(description) {
                    table.section = Some(direction);
                    table.day = Some(date_raw);
                    table.day_from = DaySource::GroupTotal;
                }
                out.diagnostics.push(Diagnostic::at(n + 1, format!("'{}' is a balance or total line", tidy(description, 60))));
                continue;
            }
            if is_sweep(description) {
                out.diagnostics.push(Diagnostic::at(n + 1, format!("'{}' moves cash within the account (a sweep)", tidy(description, 60))));
                continue;
            }
            // Words are needed: "12/05 1.234,00 5.678,90" is a table of numbers, and "Feb 14
            // 2,323.66  Feb 24  3,900.58" one of balances by day, not purchases.
            if !has_words(description) {
                continue;
            }
            let tokens: Vec<regex::Match<'_>> = table.patterns.amount.find_iter(amounts.as_str()).collect();
            // Under debit and credit columns, the amount is the one standing in them (not the
            // original amount in its own column before them: "USD   64,99   62,31").
            // Where an amount ends on the line, in characters: what column headings are matched by.
            let right_edge = |t: &regex::Match<'_>| line[..amounts.start() + t.end()].chars().count();
            let distance = |cols: &Vec<usize>, right: usize| cols.iter().map(|c| c.abs_diff(right)).min().unwrap_or(usize::MAX);
            let in_money_column = table
                .columns
                .as_ref()
                .filter(|_| tokens.len() > 1 && !last_amount)
                .and_then(|(debit, credit)| tokens.iter().min_by_key(|t| distance(debit, right_edge(t)).min(distance(credit, right_edge(t)))));
            // Under one "Amount" heading with another amount beside it ("Daily Cash   Amount"):
            // the amount standing under that heading.
            let under_amount_heading = table
                .amount_column
                .filter(|_| tokens.len() > 1 && !last_amount && table.columns.is_none() && table.currency_columns.is_none())
                .and_then(|column| tokens.iter().min_by_key(|t| column.abs_diff(right_edge(t))));
            let Some(mut first) = in_money_column.or(under_amount_heading).or(if last_amount { tokens.last() } else { tokens.first() }) else { continue };
            let Some(mut amount) = read_amount(first.as_str(), ctx, mark) else { continue };
            // A foreign amount first ("USD 44.99   68.74"): what was charged is the next amount, in
            // the account's currency.
            if amount.2.is_some_and(|c| c != ctx.currency) && table.currency_columns.is_none() {
                let charged = tokens.iter().skip_while(|t| t.start() <= first.start()).find_map(|t| read_amount(t.as_str(), ctx, mark).filter(|a| a.2.is_none()).map(|a| (t, a)));
                if let Some((token, read)) = charged {
                    first = token;
                    amount = read;
                }
            }
            // In another currency's account (its heading said so): that currency.
            if let (None, Some(currency)) = (amount.2, table.account_currency) {
                if let Some((value, explicit, _)) = read_amount(first.as_str(), &Context { currency, ..*ctx }, mark) {
                    amount = (value, explicit, Some(currency));
                }
            }
            // Under a foreign currency's column: that currency, read in its own minor units.
            if let (None, Some(CurrencyColumn::Foreign(currency))) = (amount.2, table.currency_at(right_edge(first))) {
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
            if paid_check && !amount.1 {
                amount = (-amount.0.abs(), true, amount.2);
            }
            let sectioned = !amount.1 && table.section.is_some();
            if let (false, Some(money_in)) = (amount.1, table.section) {
                amount = (if money_in { amount.0.abs() } else { -amount.0.abs() }, true, amount.2);
            }
            // Under a debit or credit header: the column decides the direction (a card
            // statement's "Money in" column is money in, not a sign to read the other way round).
            let mut placed = false;
            if let Some((debit, credit)) = &table.columns {
                if !amount.1 {
                    let right = right_edge(first);
                    let is_debit = distance(debit, right) <= distance(credit, right);
                    amount = (if is_debit { -amount.0.abs() } else { amount.0.abs() }, true, amount.2);
                    placed = true;
                }
            }
            // A table of the checks cleared, under the entries that already listed them
            // ("Draft 1187   850.00" above, "1187   12/19   850.00" below).
            if paid_check {
                let number = description.trim_start_matches("Check ");
                let listed = candidates.iter().any(|c: &Candidate| c.date_raw == date_raw && c.amount.0.abs() == amount.0.abs() && words(&c.description).contains(&format!(" {number} ")));
                if listed {
                    out.diagnostics.push(Diagnostic::at(n + 1, format!("check {number} is listed above")));
                    continue;
                }
            }
            // A fee charged with the entry, in its own column on the same line ("-1 000.00
            // -10.00" under Money Out and Fee): a charge of its own, after the entry.
            let fee = table.fee_column.zip(table.columns.as_ref()).and_then(|(fee, (debit, credit))| {
                let token = tokens.iter().filter(|t| t.start() != first.start()).min_by_key(|t| fee.abs_diff(right_edge(t)))?;
                let near_fee = fee.abs_diff(right_edge(token)) <= 3 && fee.abs_diff(right_edge(token)) < distance(debit, right_edge(token)).min(distance(credit, right_edge(token)));
                near_fee.then(|| read_amount(token.as_str(), ctx, mark)).flatten().filter(|f| f.0 != 0)
            });
            // A mark after the amount says the direction as printed ("58,73 D" is a charge even
            // on a card statement, where a bare sign would be read the other way round).
            let mark = direction_mark(first.as_str());
            let credit_marked = mark == Some(true);
            let sectioned = sectioned || mark.is_some() || placed || paid_check || column_direction.is_some();
            candidates.push(Candidate { line: n + 1, date_raw: date_raw.clone(), description: description.to_string(), amount, credit_marked, sectioned, under_day });
            if let Some((fee, _, currency)) = fee {
                candidates.push(Candidate { line: n + 1, date_raw, description: format!("{} (fee)", description), amount: (-fee.abs(), true, currency), credit_marked: false, sectioned: true, under_day });
            }
        }
    }
    table.drop_pending();
    if let (Some(more), Some(last)) = (table.take_unclaimed(), candidates.last_mut()) {
        continue_description(last, &more);
    }
    let candidates = drop_subtotals(candidates, &mut out);
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
    } else if candidates.iter().any(|c| c.amount.1 && !c.sectioned) {
        // Signs printed on some amounts (not directions known from a section or a check):
        // an unsigned amount is money in.
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
        if long_after(date, ctx.today) {
            out.diagnostics.push(Diagnostic::at(c.line, format!("{date} is months after today: a promotion's end or a due date, not a transaction")));
            continue;
        }
        // After both today and the statement's period: the summary's due date ("Prestação fixa
        // 60,00 €   60,00 €   20/12/2030"), not a transaction of the period.
        if date > ctx.today && date > end {
            out.diagnostics.push(Diagnostic::at(c.line, format!("{date} is after today and after the statement's period: a due date, not a transaction")));
            continue;
        }
        let date = purchase_day_inside(&c.description, date, order).unwrap_or(date);
        let (signed, explicit) = if card && c.amount.1 && !c.sectioned { (-c.amount.0, true) } else { (c.amount.0, c.amount.1) };
        push(&mut out, c.line, date, &c.description, signed, explicit, c.amount.2, ctx, unsigned);
    }
    out
}

#[cfg(test)]
mod tests;
