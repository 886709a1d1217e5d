//! OFX/QFX statements: 1.x (SGML, tags often left unclosed) and 2.x (XML), bank and credit-card.
//!
//! The reader is a tolerant tag scanner rather than an XML parser, because 1.x files are not XML:
//! each `<STMTTRN>` block yields one transaction from DTPOSTED, TRNAMT (signed from the account
//! holder's side: negative is money out), NAME/MEMO and FITID (DTUSER, the purchase day, wins over
//! DTPOSTED when both are there), which is kept as the bank's id so
//! re-imports are recognised. CURDEF gives the currency.

use ozzie_core::transaction::Category;
use ozzie_core::Currency;

use crate::amount::{parse_cell, DecimalMark};
use crate::categorize::categorize;
use crate::dates::{parse_date, DateOrder};
use crate::text::description_of;
use crate::{Context, Diagnostic, Parse, Parsed};

/// Text of OFX bytes: UTF-8 when valid, else Windows-1252 (the usual `CHARSET:1252`).
pub fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.trim_start_matches('\u{feff}').to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

fn unescape(value: &str) -> String {
    value.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&nbsp;", " ")
}

/// Leaf values (`<TAG>value`) inside `block`, in order.
fn leaves(block: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = block;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else { break };
        let tag = &after[..close];
        rest = &after[close + 1..];
        if tag.starts_with('/') || tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        let value_end = rest.find('<').unwrap_or(rest.len());
        let value = rest[..value_end].trim();
        if !value.is_empty() {
            out.push((tag.trim().to_ascii_uppercase(), unescape(value)));
        }
    }
    out
}

fn value<'a>(fields: &'a [(String, String)], tag: &str) -> Option<&'a str> {
    fields.iter().find(|(t, _)| t == tag).map(|(_, v)| v.as_str())
}

/// Finds each `<STMTTRN>` block, whether or not it is closed. `upper` is `text` in ASCII
/// upper case (same byte offsets).
fn transaction_blocks<'a>(text: &'a str, upper: &str) -> Vec<&'a str> {
    let mut blocks = Vec::new();
    let mut from = 0;
    while let Some(pos) = upper[from..].find("<STMTTRN>") {
        let start = from + pos + "<STMTTRN>".len();
        let end = block_end(upper, start);
        blocks.push(&text[start..end]);
        from = end;
    }
    blocks
}

/// Where the block starting at `start` ends: at the first tag that closes it, opens the next one
/// or closes the list. Looking tag by tag (not for each marker through the rest of the file)
/// keeps a statement of a million transactions linear.
fn block_end(upper: &str, start: usize) -> usize {
    let mut at = start;
    while let Some(p) = upper[at..].find('<') {
        let tag = &upper[at + p..];
        if ["</STMTTRN>", "<STMTTRN>", "</BANKTRANLIST>"].iter().any(|m| tag.starts_with(m)) {
            return at + p;
        }
        at += p + 1;
    }
    upper.len()
}

pub fn looks_like_ofx(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_uppercase();
    head.contains("OFXHEADER") || head.contains("<OFX>") || head.contains("<OFX ")
}

pub fn parse(bytes: &[u8], ctx: &Context) -> Parse {
    let text = decode(bytes);
    let mut out = Parse::default();
    if !looks_like_ofx(bytes) {
        out.diagnostics.push(Diagnostic::general("this is not an OFX/QFX file (no OFXHEADER or <OFX>)"));
        return out;
    }
    // CURDEF comes before the transaction list; reading only the head keeps memory flat.
    let upper = text.to_ascii_uppercase();
    let head = &text[..upper.find("<STMTTRN>").unwrap_or(text.len())];
    let all = leaves(head);
    let currency = value(&all, "CURDEF").and_then(|c| Currency::parse("CURDEF", c).ok()).unwrap_or(ctx.currency);
    let blocks = transaction_blocks(&text, &upper);
    if blocks.is_empty() {
        out.diagnostics.push(Diagnostic::general("the OFX file has no transactions (no <STMTTRN>)"));
    }
    for (n, block) in blocks.iter().enumerate() {
        let record = n + 1;
        let fields = leaves(block);
        // The day the purchase was made (DTUSER) when the bank gives it, else the posting day.
        let posted = value(&fields, "DTUSER").or_else(|| value(&fields, "DTPOSTED"));
        let Some(date) = posted.and_then(|d| d.get(..8)).and_then(|d| parse_date(d, DateOrder::DayFirst, ctx.today)) else {
            out.diagnostics.push(Diagnostic::at(record, format!("transaction {record}: no readable DTPOSTED")));
            continue;
        };
        let Some((signed, _)) = value(&fields, "TRNAMT").and_then(|a| parse_cell(a, currency, Some(DecimalMark::Dot))) else {
            out.diagnostics.push(Diagnostic::at(record, format!("transaction {record}: no readable TRNAMT")));
            continue;
        };
        if signed == 0 {
            out.diagnostics.push(Diagnostic::at(record, format!("transaction {record}: zero amount")));
            continue;
        }
        let name = value(&fields, "NAME").or_else(|| value(&fields, "PAYEE")).unwrap_or("");
        let memo = value(&fields, "MEMO").unwrap_or("");
        let description = description_of([name, memo, value(&fields, "TRNTYPE").unwrap_or("")]);
        let (category, confidence) = if signed > 0 {
            (Category::Income, 0.95)
        } else {
            let c = categorize(&format!("{name} {memo}"));
            (c.category, c.confidence)
        };
        out.transactions.push(Parsed {
            amount_cents: signed.abs(),
            currency,
            category,
            description,
            transaction_date: date,
            confidence,
            external_id: value(&fields, "FITID").map(|s| s.chars().take(100).collect()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use ozzie_core::Language;

    fn ctx() -> Context {
        Context { language: Language::En, currency: Currency::USD, today: NaiveDate::from_ymd_opt(2025, 6, 1).expect("date") }
    }

    #[test]
    fn sgml_without_closing_tags() {
        let sgml = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nCHARSET:1252\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD\n<BANKTRANLIST>\n\
            <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250502120000[-5:EST]<TRNAMT>-89.99<FITID>2025050201<NAME>AMAZON.COM*2K4\n\
            <STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250503<TRNAMT>2500.00<FITID>2025050302<NAME>ACME PAYROLL<MEMO>DIRECT DEP\n\
            </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
        let p = parse(sgml.as_bytes(), &ctx());
        assert_eq!(p.transactions.len(), 2);
        assert_eq!(p.transactions[0].amount_cents, 8999);
        assert_eq!(p.transactions[0].external_id.as_deref(), Some("2025050201"));
        assert_eq!(p.transactions[0].transaction_date.to_string(), "2025-05-02");
        assert!(p.transactions[1].is_income());
    }

    #[test]
    fn xml_with_entities_and_currency() {
        let xml = "<?xml version=\"1.0\"?><?OFX OFXHEADER=\"200\" VERSION=\"220\"?><OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>EUR</CURDEF>\
            <BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20250510</DTPOSTED><TRNAMT>-12.5</TRNAMT><FITID>A1</FITID><NAME>Marks &amp; Spencer</NAME></STMTTRN>\
            </BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>";
        let p = parse(xml.as_bytes(), &ctx());
        assert_eq!(p.transactions[0].description, "Marks & Spencer");
        assert_eq!(p.transactions[0].currency.code(), "EUR");
        assert_eq!(p.transactions[0].amount_cents, 1250);
    }

    #[test]
    fn broken_files_are_diagnostics() {
        for bytes in [&b"<OFX><STMTTRN><TRNAMT>abc"[..], b"OFXHEADER", b"<OFX><STMTTRN><DTPOSTED>2025"] {
            let p = parse(bytes, &ctx());
            assert!(p.transactions.is_empty());
            assert!(!p.diagnostics.is_empty());
        }
    }
}
