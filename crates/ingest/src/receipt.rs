//! Receipts, from the text OCR read off a photo: the merchant, the date and the total.
//!
//! - **Total**: a line naming the total ("TOTAL", "TOTAL A PAGAR", "VALOR TOTAL", "IMPORTE TOTAL",
//!   "AMOUNT DUE", "GRAND TOTAL"), never a subtotal, tax, change or cash-tendered line. The most
//!   specific name wins ("total a pagar" over "total"), then the last such line; a "total" line
//!   with two amounts is a tax breakdown and counts only when nothing else does. Without one, the
//!   largest amount is taken, with a low confidence so the user is asked.
//! - **Date**: the first date on the receipt (day-first unless the user's currency is USD).
//! - **Merchant**: the first line with a name in it (not "RECEIPT", "CUPOM FISCAL", a phone
//!   number or an address line).

use std::sync::LazyLock;

use ozzie_core::transaction::Category;
use ozzie_core::Language;
use regex::Regex;

use crate::amount::{currency_from_symbol, parse_cell, DecimalMark};
use crate::categorize::categorize;
use crate::dates::{default_order, order_evidence, parse_date, DateOrder};
use crate::text::{capitalize, compile, fold, tidy, words};
use crate::{Context, Diagnostic, Parse, Parsed};

static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?:R\$|US\$|\$|€|£)?\s?\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}\b")
});
/// A whole amount with its thousands grouped: "155.100", "$ 1.250.000", "12,500".
static WHOLE_MONEY: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?:\$\s?)?\b\d{1,3}(?:[.,]\d{3})+\b")
});
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?:\d{4}[-/.]\d{2}[-/.]\d{2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b")
});

/// How specific a total line is (higher wins); None when the line is not a total.
fn total_rank(line: &str) -> Option<u8> {
    let w = words(line);
    const NOT_TOTAL: &[&str] = &[
        " subtotal ", " sub total ", " tax ", " iva ", " vat ", " gst ", " hst ", " pst ", " qst ", " igv ", " tva ", " mwst ", " imposto ",
        " impuesto ", " impuestos ", " change ", " troco ", " cambio ",
        " cash ", " dinheiro ", " efectivo ", " tendered ", " entregado ", " items ", " itens ", " articulos ", " qtd ",
        " savings ", " desconto ", " descuento ", " discount ", " tip ", " gorjeta ", " propina ", " pontos ", " points ",
    ];
    if NOT_TOTAL.iter().any(|k| w.contains(k)) {
        return None;
    }
    const RANKS: &[(&str, u8)] = &[
        (" total a pagar ", 4), (" valor a pagar ", 4), (" grand total ", 4), (" amount due ", 4), (" balance due ", 4),
        (" importe total ", 4), (" total eur ", 3), (" total r ", 3), (" valor total ", 3), (" total usd ", 3),
        (" total ", 2), (" importe ", 1), (" amount ", 1),
    ];
    RANKS.iter().filter(|(k, _)| w.contains(k)).map(|(_, r)| *r).max()
}

/// How a receipt writes its money: with cents, or in whole units with thousands grouped
/// ("155.100" in Colombia and Chile), which only a receipt with no cents anywhere can mean.
#[derive(Clone, Copy)]
enum Writing {
    Cents(DecimalMark),
    Whole,
}

fn amounts_on(line: &str, ctx: &Context, writing: Writing) -> Vec<i64> {
    match writing {
        Writing::Cents(mark) => MONEY.find_iter(line).filter_map(|m| parse_cell(m.as_str(), ctx.currency, Some(mark))).map(|(v, _)| v.abs()).collect(),
        Writing::Whole => WHOLE_MONEY
            .find_iter(line)
            .filter_map(|m| {
                let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
                let units: i64 = digits.parse().ok()?;
                units.checked_mul(ctx.currency.minor_per_major())
            })
            .collect(),
    }
}

/// A currency other than the user's named on a line by an unambiguous sign or code ("US$",
/// "U$S", "R$", "€", "£", a common code such as "USD" — not "TOTAL DUE"), written in the same
/// minor units (the amount read stays right).
fn foreign_currency_on(line: &str, ctx: &Context) -> Option<ozzie_core::Currency> {
    static SIGN: LazyLock<Regex> = LazyLock::new(|| compile(r"US\$|U\$S|R\$|€|£|\b(?:USD|EUR|GBP|BRL|MXN|ARS|CLP|COP|PEN|UYU|CAD|AUD|NZD|CHF|ZAR|INR)\b"));
    SIGN.find_iter(line)
        .filter_map(|m| currency_from_symbol(m.as_str(), ctx.currency))
        .find(|c| *c != ctx.currency && c.exponent() == ctx.currency.exponent())
}

fn merchant(lines: &[&str]) -> Option<String> {
    const GENERIC: &[&str] = &["receipt", "recibo", "cupom", "fiscal", "nota", "ticket", "factura", "simplificada", "welcome", "bienvenido", "bem vindo", "customer", "copy", "copia", "via", "cliente"];
    lines.iter().take(8).map(|l| l.trim()).find(|l| {
        let letters = l.chars().filter(|c| c.is_alphabetic()).count();
        let digits = l.chars().filter(|c| c.is_ascii_digit()).count();
        let folded = fold(l);
        letters >= 3 && digits * 2 < letters && !GENERIC.iter().any(|g| folded.split_whitespace().any(|w| w == *g))
            && !folded.starts_with("cnpj") && !folded.starts_with("cif") && !folded.starts_with("nif") && !folded.starts_with("tel")
    }).map(|l| tidy(&capitalize(&l.to_lowercase()), 80))
}

const NO_TOTAL: &str = "no TOTAL line was read; the largest amount was taken — check it";
const NO_DATE: &str = "no date was read from the receipt; today's date was used";

/// Whether a reading found all a receipt gives (the amount of its TOTAL line and its date):
/// when not, another reading of the photo may do better.
pub fn is_complete(parse: &Parse) -> bool {
    !parse.transactions.is_empty() && !parse.diagnostics.iter().any(|d| d.message == NO_TOTAL || d.message == NO_DATE)
}

pub fn parse(text: &str, ctx: &Context) -> Parse {
    let mut out = Parse::default();
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        out.diagnostics.push(Diagnostic::general("no text could be read from the image; retake the photo flat and in focus"));
        return out;
    }
    let comma = lines.iter().filter(|l| MONEY.find_iter(l).any(|m| m.as_str().rsplit_once(',').is_some_and(|(_, d)| d.len() == 2))).count();
    let dot = lines.iter().filter(|l| MONEY.find_iter(l).any(|m| m.as_str().rsplit_once('.').is_some_and(|(_, d)| d.len() == 2))).count();
    let mark = if comma > dot { DecimalMark::Comma } else { DecimalMark::Dot };
    let grouped = lines.iter().filter(|l| WHOLE_MONEY.is_match(l)).count();
    let mark = if comma + dot == 0 && grouped > 0 { Writing::Whole } else { Writing::Cents(mark) };

    let mut best: Option<(u8, usize, i64)> = None;
    for (n, line) in lines.iter().enumerate() {
        let Some(rank) = total_rank(line) else { continue };
        let on_line = amounts_on(line, ctx, mark);
        // "TOTAL 20,89 0,97" under a VAT table is a breakdown (base and tax), not what was paid.
        let rank = if on_line.len() >= 2 { 0 } else { rank };
        // The amount is on the line, or alone on the next one.
        let amount = on_line.last().copied().or_else(|| lines.get(n + 1).and_then(|next| amounts_on(next, ctx, mark).last().copied()));
        if let Some(amount) = amount.filter(|a| *a > 0) {
            if best.is_none_or(|(r, _, _)| rank >= r) {
                best = Some((rank, n, amount));
            }
        }
    }
    // A tip written under what was due ("AMOUNT DUE 63.93", "TIP 11.00", "TOTAL 74.93"): what was
    // paid is the total after it.
    let best = best.map(|(rank, n, amount)| {
        let tip = lines.iter().enumerate().skip(n + 1).find(|(_, l)| [" tip ", " gratuity ", " gorjeta ", " propina "].iter().any(|k| words(l).contains(k)));
        let after_tip = tip.and_then(|(t, _)| {
            lines.iter().enumerate().skip(t + 1).find_map(|(m, l)| total_rank(l).and_then(|_| amounts_on(l, ctx, mark).last().copied()).filter(|a| *a > amount).map(|a| (rank, m, a)))
        });
        after_tip.unwrap_or((rank, n, amount))
    });
    let (amount, confidence) = match best {
        Some((_, _, amount)) => (amount, 0.9_f64),
        None => match lines.iter().flat_map(|l| amounts_on(l, ctx, mark)).filter(|a| *a > 0).max() {
            Some(largest) => {
                out.diagnostics.push(Diagnostic::general(NO_TOTAL));
                (largest, 0.5)
            }
            None => {
                out.diagnostics.push(Diagnostic::general("no amount could be read from the receipt"));
                return out;
            }
        },
    };
    // The total printed in another currency than the user's, its sign saying which ("TOTAL US$
    // 115,65" at a free shop across the border); "$" alone is the user's own dollar or peso.
    let currency = best.and_then(|(_, n, _)| lines.get(n)).and_then(|l| foreign_currency_on(l, ctx)).unwrap_or(ctx.currency);
    // Dollars on a receipt in Portuguese or Spanish (Timor-Leste, Ecuador, Panama): written day
    // first, as the language does.
    let order = match (ctx.language, currency.code()) {
        (Language::Pt | Language::Es, "USD") => DateOrder::DayFirst,
        _ => default_order(ctx.currency),
    };
    let other = match order {
        DateOrder::DayFirst => DateOrder::MonthFirst,
        DateOrder::MonthFirst => DateOrder::DayFirst,
    };
    // A date that proves its own order ("11/14/26") is read that way whatever the currency; one
    // that would be after today in the expected order is read the other way (a receipt is of the
    // past).
    let read = |raw: &str| match order_evidence(raw) {
        Some(proven) => parse_date(raw, proven, ctx.today).filter(|d| *d <= ctx.today),
        None => parse_date(raw, order, ctx.today).filter(|d| *d <= ctx.today).or_else(|| parse_date(raw, other, ctx.today).filter(|d| *d <= ctx.today)),
    };
    // The day of the sale, not the validity of the invoice numbering printed above it
    // ("VIGENCIA 01/03/2029 AL 31/03/2030", Paraguay) nor a card's expiry.
    let validity = |l: &str| {
        let w = words(l);
        [" vigencia ", " valido ", " valida ", " validade ", " valid ", " vence ", " vencimiento ", " vencimento ", " expires ", " exp "].iter().any(|k| w.contains(k))
    };
    let date = lines.iter().filter(|l| !validity(l)).find_map(|l| DATE.find_iter(l).find_map(|m| read(m.as_str())));
    if date.is_none() {
        out.diagnostics.push(Diagnostic::general(NO_DATE));
    }
    let merchant = merchant(&lines);
    let category = categorize(&format!("{} {}", merchant.as_deref().unwrap_or(""), lines.join(" ")));
    let description = merchant.unwrap_or_else(|| "Receipt".into());
    out.transactions.push(Parsed {
        amount_cents: amount,
        currency,
        category: if category.category == Category::Income { Category::Other } else { category.category },
        description,
        transaction_date: date.unwrap_or(ctx.today),
        confidence: confidence.min(category.confidence).min(if date.is_some() { 1.0 } else { 0.7 }),
        external_id: None,
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use ozzie_core::{Currency, Language};

    fn ctx(currency: Currency) -> Context {
        Context { language: Language::En, currency, today: NaiveDate::from_ymd_opt(2025, 6, 1).expect("date") }
    }

    #[test]
    fn total_not_subtotal() {
        let text = "WHOLE FOODS MARKET\n123 Main St\n05/03/2025 14:22\nBANANAS 1.99\nMILK 4.49\nSUBTOTAL 6.48\nTAX 0.52\nTOTAL 7.00\nCASH 10.00\nCHANGE 3.00\n";
        let p = parse(text, &ctx(Currency::USD));
        let t = &p.transactions[0];
        assert_eq!((t.amount_cents, t.transaction_date.to_string(), t.category), (700, "2025-05-03".into(), Category::Food));
        assert_eq!(t.description, "Whole foods market");
    }

    #[test]
    fn portuguese_and_spanish_receipts() {
        let pt = "CUPOM FISCAL\nDROGASIL S.A.\nCNPJ 61.585.865/0001-51\n12/05/2025 10:01\nDIPIRONA 12,90\nVALOR TOTAL R$ 12,90\nDINHEIRO 20,00\nTROCO 7,10\n";
        let p = parse(pt, &ctx(Currency::BRL));
        assert_eq!((p.transactions[0].amount_cents, p.transactions[0].category), (1290, Category::Health));
        let es = "MERCADONA S.A.\nFACTURA SIMPLIFICADA\n20/05/2025\nLECHE 0,95\nPAN 1,20\nTOTAL (€) 2,15\nIVA 10% 0,20\n";
        let p = parse(es, &ctx(Currency::EUR));
        assert_eq!((p.transactions[0].amount_cents, p.transactions[0].transaction_date.to_string()), (215, "2025-05-20".into()));
    }

    #[test]
    fn the_total_after_a_tip() {
        let text = "FIVE POINTS PIZZA CO\nSUBTOTAL 59.00\nTAX 4.93\nAMOUNT DUE 63.93\nTIP 11.00\nTOTAL 74.93\n03/14/2025\n";
        let p = parse(text, &ctx(Currency::USD));
        assert_eq!(p.transactions[0].amount_cents, 7493);
        let text = "DINER\nTOTAL 63.93\nTIP ______\nTOTAL ______\n";
        assert_eq!(parse(text, &ctx(Currency::USD)).transactions[0].amount_cents, 6393);
    }

    #[test]
    fn dollars_in_portuguese_are_dated_day_first_and_no_receipt_is_of_the_future() {
        let text = "MERCEARIA TASI MANE\nDILI TIMOR-LESTE\nData: 11/10/2033 Hora: 17:45\nTOTAL USD 31.05\n";
        let timor = Context { language: Language::Pt, currency: Currency::USD, today: NaiveDate::from_ymd_opt(2033, 10, 12).expect("date") };
        assert_eq!(parse(text, &timor).transactions[0].transaction_date.to_string(), "2033-10-11");
        // In English the same date is the 10th of November: after today, so it must be the 11th of October.
        let us = Context { language: Language::En, ..timor };
        assert_eq!(parse(text, &us).transactions[0].transaction_date.to_string(), "2033-10-11");
    }

    #[test]
    fn a_reading_without_its_date_or_total_is_incomplete() {
        let c = ctx(Currency::USD);
        assert!(is_complete(&parse("LONGHORN BOOKS\n05/18/2025 15:47 REG 2\nSUBTOTAL 70.93\nTOTAL 76.78\n", &c)));
        assert!(!is_complete(&parse("LONGHORN BOOKS\nSUBTOTAL 70.93\nTOTAL 76.78\n", &c)));
        assert!(!is_complete(&parse("LONGHORN BOOKS\n05/18/2025\nBOOK 18.99\n", &c)));
        assert!(!is_complete(&parse("", &c)));
    }

    #[test]
    fn a_total_printed_in_another_currency_than_the_users() {
        let text = "FREE SHOP FRONTEIRA\nDATA: 14/11/2026 HORA: 15:22\nVALORES EM DOLARES AMERICANOS\nWHISKY BLACK LABEL 1L 38,90\nSUBTOTAL 128,50\nDESCONTO 10% -12,85\nTOTAL US$ 115,65\nCARTAO CREDITO US$ 115,65\n";
        let p = parse(text, &Context { language: Language::Pt, currency: Currency::BRL, today: NaiveDate::from_ymd_opt(2026, 11, 15).expect("date") });
        let t = &p.transactions[0];
        assert_eq!((t.amount_cents, t.currency.code(), t.transaction_date.to_string()), (11_565, "USD", "2026-11-14".into()));
        // "$" alone is the user's own peso.
        let p = parse("FARMACIA\n03/02/2026\nTOTAL $ 1.250,00\n", &Context { language: Language::Es, currency: Currency::parse("c", "ARS").expect("ars"), today: NaiveDate::from_ymd_opt(2026, 2, 5).expect("date") });
        assert_eq!(p.transactions[0].currency.code(), "ARS");
        // The numbering's validity above the day of the sale (Paraguay), in whole guaraníes.
        let py = "SUPERMERCADO LAS PALMERAS\nTIMBRADO N. 16781234\nVIGENCIA 01/03/2029 AL 31/03/2030\nFecha: 28/11/2029 Hora: 18:32\nTOTAL A PAGAR Gs. 174.725\n";
        let p = parse(py, &Context { language: Language::Es, currency: Currency::parse("c", "PYG").expect("pyg"), today: NaiveDate::from_ymd_opt(2029, 11, 30).expect("date") });
        assert_eq!((p.transactions[0].amount_cents, p.transactions[0].transaction_date.to_string()), (174_725, "2029-11-28".into()));
        // Three capitals are no currency's code unless they are one.
        let p = parse("CO-OP FOOD\n14/06/2025\nTOTAL DUE 15.04\n", &Context { language: Language::En, currency: Currency::parse("c", "GBP").expect("gbp"), today: NaiveDate::from_ymd_opt(2025, 6, 20).expect("date") });
        assert_eq!(p.transactions[0].currency.code(), "GBP");
    }

    #[test]
    fn a_date_that_proves_its_order() {
        // Australia: the GST "included in total" is not the total.
        let au = "FRESHWAY IGA BONDI\nTAX INVOICE\nCHICKEN BREAST 1.1KG 14.30\nTOTAL $45.75\nGST INCLUDED IN TOTAL $0.58\nEFTPOS $45.75\n14/04/2028 10:42\n";
        let p = parse(au, &Context { language: Language::En, currency: Currency::parse("c", "AUD").expect("aud"), today: NaiveDate::from_ymd_opt(2028, 4, 20).expect("date") });
        assert_eq!(p.transactions[0].amount_cents, 4575);
        let ca = "NORTHGATE FRESH MARKET\nSUBTOTAL 34.18\nHST 13% 1.88\nTOTAL 36.06\nAUTH 012345 05/14/25 17:22\n";
        let p = parse(ca, &ctx(Currency::parse("c", "CAD").expect("cad")));
        assert_eq!((p.transactions[0].amount_cents, p.transactions[0].transaction_date.to_string()), (3606, "2025-05-14".into()));
        // South Africa: the year first, with slashes.
        let za = "FRESHWAYS SUPERMARKET\nTOTAL R349.42\nVISA DEBIT 349.42\n2027/12/04 14:32 TILL 03 #8812\n";
        let p = parse(za, &Context { language: Language::En, currency: Currency::parse("c", "ZAR").expect("zar"), today: NaiveDate::from_ymd_opt(2027, 12, 5).expect("date") });
        assert_eq!((p.transactions[0].amount_cents, p.transactions[0].transaction_date.to_string()), (34_942, "2027-12-04".into()));
    }

    #[test]
    fn unreadable_receipts_say_so() {
        assert!(parse("", &ctx(Currency::USD)).transactions.is_empty());
        let p = parse("~~~ ### ~~~", &ctx(Currency::USD));
        assert!(p.transactions.is_empty() && !p.diagnostics.is_empty());
    }
}
