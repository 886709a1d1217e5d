//! The line-by-line reader of a statement's table: what each line says (a transaction, a
//! heading naming the debit/credit or currency columns, a section's heading or total, a day's
//! heading, part of an entry written over several lines) and what it changes for the lines after
//! it.

use ozzie_core::Currency;

use super::{has_words, is_balance_or_total};
use super::patterns::{Patterns, DATED_TEXT, DATE_ONLY};
use crate::text::{fold, words};

pub(super) fn money_header_positions(line: &str) -> Option<(Vec<usize>, Vec<usize>)> {
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
        ("debito", true), ("debit", true), ("withdrawals", true), ("withdrawal", true), ("withdrawn", true), ("cargo", true), ("money out", true), ("paid out", true), ("saidas", true),
        ("giros", true), ("retiro", true), ("egresos", true),
        ("credito", false), ("credit", false), ("deposits", false), ("deposit", false), ("abono", false), ("money in", false), ("paid in", false), ("entradas", false),
        ("ingresos", false),
    ] {
        if let Some(pos) = folded.find(key) {
            // Amounts are right-aligned under their heading, with its unit ("Paid In(£)"): compare
            // right edges.
            let rest = &folded[pos + key.len()..];
            let unit = rest.strip_prefix('(').and_then(|r| r.find(')').filter(|&end| end <= 4)).map_or(0, |end| rest[..end + 2].chars().count());
            let right = folded[..pos].chars().count() + key.chars().count() + unit;
            if is_debit { debit.push(right) } else { credit.push(right) }
        }
    }
    (!debit.is_empty() && !credit.is_empty()).then_some((debit, credit))
}

/// The right edge of a fee column's heading beside the money columns ("Money Out   Fee*
/// Balance"): a fee charged with an entry, printed on its line.
pub(super) fn fee_header_position(line: &str) -> Option<usize> {
    heading_right_edge(line, &["fees", "fee", "tarifa", "comision", "comissao"])
}

/// The right edge of the heading of a table's one amount column ("Amount", "Importe", "Monto"),
/// for rows that print another amount beside it ("Daily Cash   Amount": the cash back earned,
/// then what was charged).
pub(super) fn amount_header_position(line: &str) -> Option<usize> {
    heading_right_edge(line, &["amount", "importe", "monto"])
}

/// Where the first of `keys` (folded, as whole words) ends on a heading line, in characters:
/// amounts stand right-aligned under their heading.
fn heading_right_edge(line: &str, keys: &[&str]) -> Option<usize> {
    let folded = fold(line);
    keys.iter().find_map(|key| {
        let pos = folded.find(key)?;
        let whole_word = !folded[pos + key.len()..].starts_with(char::is_alphabetic) && !folded[..pos].ends_with(char::is_alphabetic);
        whole_word.then(|| folded[..pos].chars().count() + key.chars().count())
    })
}

/// A column of amounts in one currency, named by its heading: "PESOS  DÓLARES", "R$  US$".
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum CurrencyColumn {
    /// The account's own currency ("PESOS", "R$" on a BRL statement).
    Home,
    Foreign(Currency),
}

/// Right edges of the headings of a table with one amount column per currency, when a heading
/// line names two or more: an Argentine card statement's "PESOS  DÓLARES", a Brazilian one's
/// "R$  US$", a Uruguayan one's "Importe $  Importe U$S". None for any other line.
pub(super) fn currency_header_positions(line: &str, home: Currency) -> Option<Vec<(usize, CurrencyColumn)>> {
    // It names the date column too: "Cuenta Corriente en Pesos y Caja de Ahorro en Dólares" is a
    // title.
    let w = words(line);
    if ![" date ", " data ", " fecha ", " datum "].iter().any(|k| w.contains(k)) {
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
            "pesos" | "$" if peso_home => CurrencyColumn::Home,
            "dolares" | "dollars" | "u$s" | "us$" | "u$d" | "usd" => CurrencyColumn::Foreign(Currency::USD),
            "euros" | "eur" => CurrencyColumn::Foreign(Currency::EUR),
            "r$" | "reais" | "brl" => CurrencyColumn::Foreign(Currency::BRL),
            // Other currencies named by their plural, in the user's own account.
            plural if home_plural(home) == Some(plural) => CurrencyColumn::Home,
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

/// The plural a currency's own people call it by, folded, for the currencies a column heading
/// may name that way ("Colones (¢)  Dólares ($)" on a Costa Rican card).
fn home_plural(home: Currency) -> Option<&'static str> {
    Some(match home.code() {
        "CRC" => "colones",
        "PEN" => "soles",
        "PYG" => "guaranies",
        "BOB" => "bolivianos",
        "GTQ" => "quetzales",
        "HNL" => "lempiras",
        "NIO" => "cordobas",
        _ => return None,
    })
}

/// Section headings and group totals that say which way the lines under them go: Some(true)
/// for money in ("DEPOSITS AND ADDITIONS", "Total de entradas"), Some(false) for money out
/// ("CHECKS PAID", "ATM & DEBIT CARD WITHDRAWALS", "Total de saídas"), None for anything else.
pub(super) fn section_direction(text: &str) -> Option<bool> {
    if words(text).split_whitespace().count() > 7 {
        return None;
    }
    direction_named(text)
}

/// The direction a text's words name, however long the text ("There were 5 Deposits and Other
/// Additions totaling $6,606.51.").
fn direction_named(text: &str) -> Option<bool> {
    let w = words(text);
    const IN: &[&str] = &[
        " deposits ", " deposits and additions ", " additions ", " credits ", " other credits ", " entradas ", " creditos ",
        " abonos ", " money in ", " depositos ", " ingresos ", " recebimentos ",
    ];
    const OUT: &[&str] = &[
        " withdrawals ", " checks paid ", " cheques paid ", " debits ", " fees ", " service charges ", " saidas ", " debitos ",
        " cargos ", " money out ", " purchases ", " purchase ", " retiros ", " pagamentos efetuados ", " egresos ", " deductions ",
        " subtractions ",
    ];
    let says = |keys: &[&str]| keys.iter().any(|k| w.contains(k));
    match (says(IN), says(OUT)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// A line of column headings ("Date  Description  Amount", "FECHA  DETALLE  CHEQUES Y
/// DEPÓSITOS  SALDO"): it names the date column and another, or two others.
pub(super) fn names_columns(line: &str) -> bool {
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

/// The column headings of a table of installment plans ("Fecha compra  Comercio  Importe inicial
/// Cuotas  Cuota  Pendiente"): it names the installments and what remains of them. Its rows are
/// plans, not this period's transactions (the installment due is listed among those).
pub(super) fn names_plan_columns(line: &str) -> bool {
    let w = words(line);
    let installments = [" cuotas ", " parcelas ", " installments ", " instalments ", " plazos ", " prestacoes ", " emis ", " emi "].iter().any(|k| w.contains(k));
    let remaining = [" pendiente ", " restante ", " remaining ", " outstanding ", " saldo devedor ", " a vencer ", " por vencer ", " saldo pendiente ", " em aberto "]
        .iter()
        .any(|k| w.contains(k));
    installments && remaining
}

/// A section heading for entries not yet made ("LANÇAMENTOS FUTUROS", "Movimientos futuros",
/// "Scheduled transactions"): its rows are scheduled, not this statement's transactions.
pub(super) fn names_future_entries(line: &str) -> bool {
    let heading = line.split('(').next().unwrap_or(line);
    if heading.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let w = words(heading);
    [" lancamentos futuros ", " movimientos futuros ", " movimentos futuros ", " scheduled transactions ", " future transactions ", " lancamentos agendados ", " debitos agendados "]
        .iter()
        .any(|k| w.contains(k))
        && w.split_whitespace().count() <= 5
}

/// What reading a statement's lines has learnt so far.
pub(super) struct Table {
    /// Right edges of the debit and credit column headings, when a heading names them.
    pub(super) columns: Option<(Vec<usize>, Vec<usize>)>,
    /// Right edges of the headings of amount columns that each hold one currency.
    pub(super) currency_columns: Option<Vec<(usize, CurrencyColumn)>>,
    /// Right edge of the one amount column's heading (see [`amount_header_position`]).
    pub(super) amount_column: Option<usize>,
    /// Right edge of a fee column's heading beside the debit and credit ones (see
    /// [`fee_header_position`]).
    pub(super) fee_column: Option<usize>,
    /// The account's currency (what a "PESOS" column holds).
    pub(super) home: Currency,
    /// How the amounts are written (with cents, or in whole units).
    pub(super) patterns: &'static Patterns,
    /// The direction of the section being read ("DEPOSITS AND ADDITIONS": money in).
    pub(super) section: Option<bool>,
    /// The day heading the undated lines under it ("01 JUL 2026  Total de entradas").
    pub(super) day: Option<String>,
    /// Where that day came from, which says how long it lasts.
    pub(super) day_from: DaySource,
    /// The day of the last dated entry, kept over the blank lines that end it: the first line
    /// under the column headings repeated on the next page may be of that day ("Refund From
    /// Asos.com   34.00" on page 2, its date printed once on page 1).
    last_entry_day: Option<String>,
    /// A page ended since the last entry ("Page 1 of 2", "Continued"): headings repeated after it
    /// go on with the same table.
    page_ended: bool,
    /// An entry whose amount comes on a later line, as (date, text so far): "02 Nov 26  SO  R
    /// OKAFOR" then "RENT NOV   850.00"; under a day, an undated "VIS  AMAZON…" line starts one.
    pub(super) pending: Option<(String, String)>,
    /// The text of an entry that ended without an amount: the lines under the entry above it,
    /// which are its continuation ("ACH Deposit" then "BRIGHTLINE LOGISTICS PAYROLL").
    pub(super) unclaimed: Option<String>,
    /// The lines are a table of installment plans or of scheduled entries (see
    /// [`names_plan_columns`], [`names_future_entries`]): no row is a transaction.
    pub(super) plans_or_scheduled: bool,
    /// The currency of the account whose rows follow, when a heading names one other than the
    /// user's ("CAJA DE AHORRO U$S (DÓLARES ESTADOUNIDENSES)" after the peso account's rows).
    pub(super) account_currency: Option<Currency>,
    /// The column headings name the day processed before the day of the transaction ("Date
    /// Processed   Date of Transaction"): a line's second date is the day paid.
    paid_date_second: bool,
    /// Lines read since the table's column headings (not counting blank ones): their second
    /// line may follow them.
    lines_since_headings: usize,
}

/// Where a line's amounts are: their text and the byte offset it starts at.
#[derive(Clone, Copy)]
pub(super) struct Amounts<'l> {
    start: usize,
    text: &'l str,
}

impl<'l> Amounts<'l> {
    pub(super) fn as_str(&self) -> &'l str {
        self.text
    }

    pub(super) fn start(&self) -> usize {
        self.start
    }
}

impl<'l> From<regex::Match<'l>> for Amounts<'l> {
    fn from(m: regex::Match<'l>) -> Self {
        Amounts { start: m.start(), text: m.as_str() }
    }
}

/// A description that ends with an amount of its own one space after its words ("Bizum De
/// Laura Concepto Cena 23,50", "Comision 0,00"), when the columns' amounts stand further apart:
/// the description keeps that amount, and the columns' amounts are the rest.
fn amounts_apart_from_description<'l>(line: &'l str, description: &str, amounts: regex::Match<'l>, amount: &regex::Regex) -> (String, Amounts<'l>) {
    let spaces_before = |at: usize| line[..at].chars().rev().take_while(|c| c.is_whitespace()).count();
    // Where each amount's first character is (a match may open with the spaces before a sign).
    let starts: Vec<usize> = amount.find_iter(amounts.as_str()).map(|t| amounts.start() + t.start() + (t.len() - t.as_str().trim_start().len())).collect();
    let apart = starts.iter().position(|&at| spaces_before(at) >= 2);
    match apart {
        Some(k) if k > 0 && spaces_before(starts[0]) == 1 => {
            let split = starts[k];
            let kept = line[amounts.start()..split].trim();
            (format!("{} {kept}", description.trim()), Amounts { start: split, text: &line[split..amounts.end()] })
        }
        _ => (description.trim().to_string(), amounts.into()),
    }
}

/// A transaction line: its date as written, its description, and where its amounts are.
pub(super) struct Found<'l> {
    pub(super) date_raw: String,
    pub(super) description: String,
    pub(super) amounts: Amounts<'l>,
    /// The transaction is the last of the amounts, not the first: an installment's row ends with
    /// the installment paid this month, then its count ("$18,000.00  $13,500.00  $1,500.00  3/12").
    pub(super) last_amount: bool,
    /// A paid check: money out.
    pub(super) paid_check: bool,
    /// A line without a date of its own, dated by the day above it (maybe a group's subtotal).
    pub(super) under_day: bool,
}

impl<'l> Found<'l> {
    /// An entry of the table, dated on its own line.
    fn entry(date_raw: String, description: String, amounts: Amounts<'l>) -> Found<'l> {
        Found { date_raw, description, amounts, last_amount: false, paid_check: false, under_day: false }
    }

    /// A paid check: its number is its description.
    fn check(date: &str, number: &str, amounts: regex::Match<'l>) -> Found<'l> {
        Found { paid_check: true, ..Found::entry(date.to_string(), format!("Check {number}"), amounts.into()) }
    }
}

impl Table {
    pub(super) fn new(home: Currency) -> Table {
        Table {
            columns: None,
            currency_columns: None,
            home,
            patterns: Patterns::for_currency(home),
            section: None,
            day: None,
            day_from: DaySource::Entry,
            last_entry_day: None,
            page_ended: false,
            pending: None,
            unclaimed: None,
            plans_or_scheduled: false,
            account_currency: None,
            paid_date_second: false,
            lines_since_headings: usize::MAX,
            amount_column: None,
            fee_column: None,
        }
    }

    /// The currency of the column an amount ending at `right` sits under, when the table has
    /// one column per currency.
    pub(super) fn currency_at(&self, right: usize) -> Option<CurrencyColumn> {
        let columns = self.currency_columns.as_ref()?;
        columns.iter().min_by_key(|(edge, _)| edge.abs_diff(right)).map(|(_, c)| *c)
    }

    /// Reads one line: the transaction it completes, or None when it only tells something about
    /// the lines around it (a heading, a section's total, a day, part of an entry) or nothing.
    pub(super) fn read<'l>(&mut self, line: &'l str) -> Option<Found<'l>> {
        let found = self.read_line(line);
        if let Some(found) = &found {
            self.last_entry_day = Some(found.date_raw.clone());
            self.page_ended = false;
        } else if ends_a_page(line) {
            self.page_ended = true;
        }
        found
    }

    fn read_line<'l>(&mut self, line: &'l str) -> Option<Found<'l>> {
        if line.trim().is_empty() {
            if self.day_from == DaySource::Entry {
                self.day = None;
            }
            self.drop_pending();
            return None;
        }
        if self.day_from == DaySource::PageTop {
            self.day_from = DaySource::Entry;
        }
        self.lines_since_headings = self.lines_since_headings.saturating_add(1);
        if let Some(currency) = self.account_heading(line) {
            self.account_currency = currency;
            self.drop_pending();
            return None;
        }
        if let Some(positions) = money_header_positions(line) {
            self.columns = Some(positions);
            self.fee_column = fee_header_position(line);
            self.carry_day_over_page();
            return None;
        }
        if let Some(positions) = currency_header_positions(line, self.home) {
            self.currency_columns = Some(positions);
            return None;
        }
        let indented = line.starts_with(char::is_whitespace);
        if names_plan_columns(line) || names_future_entries(line) {
            self.plans_or_scheduled = true;
            self.drop_pending();
            return None;
        }
        if self.plans_or_scheduled {
            // The table ends at the next table's headings or a heading at the margin.
            let ends = names_columns(line) || (!indented && !line.chars().any(|c| c.is_ascii_digit()) && line.chars().filter(|c| c.is_alphabetic()).count() >= 3);
            if !ends {
                return None;
            }
            self.plans_or_scheduled = false;
        }
        if !line.chars().any(|c| c.is_ascii_digit()) {
            let w = words(line);
            let booked = [" processed ", " posted ", " posting ", " post "].iter().filter_map(|k| w.find(k)).min();
            let paid = [" transaction ", " trans ", " purchase ", " transacao ", " compra ", " operacion ", " operacao "].iter().filter_map(|k| w.find(k)).min();
            if let (Some(booked), Some(paid)) = (booked, paid) {
                self.paid_date_second = booked < paid;
            }
            // Another table's headings: the debit and credit columns of a summary above it
            // (" TOTAL ABONOS   TOTAL CARGOS") say nothing of its rows.
            if names_columns(line) {
                self.columns = None;
                self.currency_columns = None;
                self.amount_column = amount_header_position(line);
                self.carry_day_over_page();
                self.lines_since_headings = 0;
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
            self.day_from = DaySource::Heading;
            return None;
        }
        if let Some(caps) = self.patterns.check.captures(line) {
            let (number, date, amounts) = (caps.name("number")?, caps.name("date")?, caps.name("amounts")?);
            self.drop_pending();
            return Some(Found::check(date.as_str(), number.as_str(), amounts));
        }
        // A description first in capitals is no place before the date when what follows the
        // dates has no words ("RECIBO IBERDROLA SAU   05/10   05/10   -78,41   1.095,35").
        let wordless = |c: &regex::Captures<'_>| c.name("place").is_some() && c.name("desc").is_some_and(|d| d.as_str().chars().filter(|ch| ch.is_alphabetic()).count() < 2);
        // "ROGERS WIRELESS   92.66   JUN10" is no place before the 92nd of a month.
        let impossible_day = |c: &regex::Captures<'_>| c.name("date").is_some_and(|d| !could_be_a_day(d.as_str()));
        if let Some(mut caps) = self.patterns.line.captures(line).filter(|c| !wordless(c) && !impossible_day(c)) {
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
            self.day_from = DaySource::Entry;
            self.drop_pending();
            let last_amount = caps.name("counter").is_some_and(|c| is_installment_count(c.as_str()));
            let (description, amounts) = amounts_apart_from_description(line, desc.as_str(), amounts, &self.patterns.amount);
            // The day paid: the second date when the headings put the processing day first.
            let paid = caps.name("date2").filter(|_| self.paid_date_second).unwrap_or(date);
            return Some(Found { last_amount, ..Found::entry(paid.as_str().to_string(), description, amounts) });
        }
        if let Some(caps) = self.patterns.amount_first.captures(line) {
            let (date, desc, amounts) = (caps.name("date")?, caps.name("desc")?, caps.name("amounts")?);
            self.day = Some(date.as_str().to_string());
            self.day_from = DaySource::Entry;
            self.drop_pending();
            let date_raw = month_and_day_joined(date.as_str());
            return Some(Found::entry(date_raw, desc.as_str().trim().to_string(), amounts.into()));
        }
        if let Some(caps) = self.patterns.described_first.captures(line) {
            let (date, desc, amounts) = (caps.name("date").or_else(|| caps.name("day_month"))?, caps.name("desc")?, caps.name("amounts")?);
            self.drop_pending();
            return Some(Found::entry(date.as_str().to_string(), desc.as_str().trim().to_string(), amounts.into()));
        }
        if let Some(caps) = self.patterns.date_after_amount.captures(line) {
            let (date, desc, amounts) = (caps.name("date")?, caps.name("desc")?, caps.name("amounts")?);
            self.drop_pending();
            return Some(Found::entry(month_and_day_joined(date.as_str()), desc.as_str().trim().to_string(), amounts.into()));
        }
        // Under a day's group totals, an undated line is an entry while a total gives its
        // direction: a heading at the margin ("Bank charges summary") ends the groups.
        let in_day = self.day.is_some() && !(self.day_from == DaySource::GroupTotal && self.section.is_none());
        if self.pending.is_some() || in_day {
            if let Some(caps) = self.patterns.undated.captures(line) {
                let (desc, amounts) = (caps.name("desc")?.as_str().trim(), caps.name("amounts")?);
                // A day's balance under an entry's lines ("SALDO DO DIA   810,67C") ends that
                // entry, whose amount came on its first line: the lines go with it.
                if super::is_balance_or_total(desc) {
                    let date_raw = self.pending.as_ref().map(|(date, _)| date.clone()).or_else(|| self.day.clone()).unwrap_or_default();
                    self.drop_pending();
                    return Some(Found::entry(date_raw, desc.to_string(), amounts.into()));
                }
                let (date_raw, description, under_day) = match self.pending.take() {
                    Some((date, text)) => (date, format!("{text} {desc}"), false),
                    None => (self.day.clone().unwrap_or_default(), desc.to_string(), true),
                };
                return Some(Found { under_day, ..Found::entry(date_raw, description, amounts.into()) });
            }
        }
        let dated_text = DATED_TEXT.captures(line).filter(|c| c.name("date").is_some_and(|d| could_be_a_day(d.as_str())) && c.name("desc").is_some_and(|d| has_words(d.as_str())));
        if let Some(caps) = dated_text {
            // A dated line without an amount: its entry ends on a later line.
            let (date, desc) = (caps.name("date")?.as_str(), caps.name("desc")?.as_str());
            self.day = Some(date.to_string());
            self.day_from = DaySource::Entry;
            self.drop_pending();
            self.pending = Some((date.to_string(), desc.trim().to_string()));
        } else if indented {
            self.continue_entry(line.trim());
        } else {
            self.heading(line);
        }
        None
    }

    /// The column headings repeated on a new page: the last entry's day goes on, for a first row
    /// printed without it.
    fn carry_day_over_page(&mut self) {
        if self.day.is_none() && self.page_ended {
            self.day = self.last_entry_day.clone();
            self.day_from = DaySource::PageTop;
        }
    }

    /// A heading naming an account and its currency, none of its words an amount or a date:
    /// Some(None) for the user's own currency, Some(Some(other)) for another, None for any other
    /// line (or one naming two currencies, a statement's title).
    fn account_heading(&self, line: &str) -> Option<Option<Currency>> {
        let w = words(line);
        let names_account = [" caja de ahorro", " cuenta ", " account ", " conta ", " savings ", " checking ", " poupanca ", " ahorros "].iter().any(|k| w.contains(k));
        if !names_account || self.patterns.amount.is_match(line) || DATED_TEXT.is_match(line) {
            return None;
        }
        let peso_home = ["ARS", "MXN", "CLP", "COP", "UYU"].contains(&self.home.code());
        let named: std::collections::BTreeSet<&str> = fold(line)
            .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
            .filter_map(|token| match token {
                "pesos" if peso_home => Some(self.home.code()),
                "$" if peso_home => Some(self.home.code()),
                "dolares" | "dollars" | "u$s" | "us$" | "usd" => Some("USD"),
                "euros" | "eur" => Some("EUR"),
                "r$" | "reais" | "brl" => Some("BRL"),
                _ => None,
            })
            .collect();
        let [only] = named.into_iter().collect::<Vec<_>>()[..] else { return None };
        let currency = Currency::parse("currency", only).ok()?;
        Some((currency != self.home).then_some(currency))
    }

    /// A line of paid checks with their dates first, as a checking statement prints them two
    /// or three to a line ("03/03/28  1041  1,650.00    03/10/28  1042  85.00"); empty for any
    /// other line.
    pub(super) fn read_checks<'l>(&mut self, line: &'l str) -> Vec<Found<'l>> {
        let mut found = Vec::new();
        let mut end = 0;
        for caps in self.patterns.check_date_first.captures_iter(line) {
            let (Some(whole), Some(date), Some(number), Some(amounts)) = (caps.get(0), caps.name("date"), caps.name("number"), caps.name("amounts")) else { return Vec::new() };
            if !line[end..whole.start()].trim().is_empty() {
                return Vec::new();
            }
            end = whole.end();
            found.push(Found::check(date.as_str(), number.as_str(), amounts));
        }
        if !line[end..].trim().is_empty() {
            return Vec::new();
        }
        if !found.is_empty() {
            self.drop_pending();
        }
        found
    }

    /// Gives up the entry being read: no amount came for it, so its text continues the entry
    /// above (see [`Table::take_unclaimed`]).
    pub(super) fn drop_pending(&mut self) {
        if let Some((_, text)) = self.pending.take() {
            self.unclaimed = Some(text);
        }
    }

    /// The text of the lines read since the last entry that turned out to be no entry of their
    /// own: the last entry's description goes on with them.
    pub(super) fn take_unclaimed(&mut self) -> Option<String> {
        self.unclaimed.take()
    }

    /// A line of words at the left margin that is neither a transaction nor a section's heading:
    /// another part of the statement begins ("MR OWEN PRICE - card ending 3318" after "Payments
    /// and credits", a page's header), so the section's direction no longer applies. Column
    /// headings ("Date  Description  Amount") belong to the section above them.
    pub(super) fn heading(&mut self, line: &str) {
        // A line that names the section's own direction belongs to it ("There were 5 Deposits
        // and Other Additions totaling $6,606.51."), as does the column headings' second line
        // ("posted" under "Date").
        let continues_headings = self.lines_since_headings == 1 && !line.chars().any(|c| c.is_ascii_digit()) && line.split_whitespace().count() <= 4;
        if continues_headings || (self.section.is_some() && direction_named(line) == self.section) {
            return;
        }
        if !names_columns(line) && line.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            self.section = None;
        }
    }

    /// A line of words inside the table: the next line of the entry being read, or the first
    /// line of another entry of the same day.
    pub(super) fn continue_entry(&mut self, text: &str) {
        if is_page_note(text) {
            return;
        }
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

/// A date printed as two numbers apart by a space ("01 02", South African "04 15"), joined as
/// "01/02" so the statement's dates decide which is the day; any other date as it is.
fn month_and_day_joined(date: &str) -> String {
    date.replacen(' ', "/", usize::from(date.bytes().all(|b| b.is_ascii_digit() || b == b' ')))
}

/// A page's note that the list goes on overleaf ("Continued on next page", "(continua)",
/// "Continúa en la página siguiente"): part of no entry.
fn is_page_note(text: &str) -> bool {
    let w = words(text);
    [" continued ", " continua ", " continuacion ", " continuacao ", " next page ", " pagina siguiente ", " proxima pagina ", " over the page "]
        .iter()
        .any(|k| w.starts_with(k) || (w.split_whitespace().count() <= 6 && w.contains(k)))
}

/// A page's number or its note that the list goes on ("Page 1 of 2", "Pág. 1/2", "Continued"):
/// the page ends there.
fn ends_a_page(line: &str) -> bool {
    let w = words(line);
    is_page_note(line.trim()) || [" page ", " pagina ", " pag ", " hoja ", " folha "].iter().any(|k| w.contains(k) && w.split(k).nth(1).is_some_and(|after| after.starts_with(|c: char| c.is_ascii_digit())))
}

/// Where the day of the undated lines came from, which says how long it lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DaySource {
    /// A transaction's line ("02 Nov 26  CR  MEDILINK…"): until a blank line.
    Entry,
    /// A heading line of its own ("Lunes 1 de noviembre de 2027"): blank lines between that
    /// day's entries do not end it.
    Heading,
    /// The last entry's day, under the column headings repeated at the top of a page: blank
    /// lines before the first row do not end it, the first line read does.
    PageTop,
    /// A line with the day's group total ("01 ABR 2032  Total de entradas  + 4.200,00"): blank
    /// lines between its groups and a page break do not end it, the next day does.
    GroupTotal,
}

/// Whether a date as written could be a day: "42.50 EUR, Rate 1.1565" under a card payment opens
/// with a foreign amount, not the 42nd of a month.
fn could_be_a_day(raw: &str) -> bool {
    if raw.chars().any(char::is_alphabetic) {
        return true;
    }
    let numbers: Vec<u32> = raw.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).take(2).filter_map(|p| p.parse().ok()).collect();
    match numbers[..] {
        [a, b] if a < 1000 => (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12),
        _ => true,
    }
}

/// "3/12", "04/06": the installment paid this month of how many (not a date: the first is at
/// most the second).
fn is_installment_count(text: &str) -> bool {
    let Some((paid, of)) = text.split_once('/').or_else(|| text.split_once(" de ")).or_else(|| text.split_once(" of ")) else { return false };
    matches!((paid.parse::<u32>(), of.parse::<u32>()), (Ok(p), Ok(o)) if p >= 1 && p <= o)
}
