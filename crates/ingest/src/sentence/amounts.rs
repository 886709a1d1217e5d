//! Amounts in a message: numbers with a currency symbol, word or ISO code before or after them,
//! the language's separators, multipliers ("1.5k", "2 mil"), and the counts and labels that are
//! not money ("2 coffees", "table 4").

use ozzie_core::Language;

use super::dates::weekday;
use super::{is_separator, Amount, Word, FILLER};
use crate::amount::{currency_from_symbol, parse_unsigned, DecimalMark, Decimal};
use crate::Context;
/// A currency named by a word next to a number: "reais", "bucks", "€", "usd".
pub(super) fn currency_word(key: &str) -> Option<&'static str> {
    Some(match key {
        "$" | "dollars" | "dollar" | "bucks" | "buck" => "$",
        // "dólares" in Portuguese or Spanish means US dollars, whatever the user's own peso.
        "usd" | "dolares" | "dolar" => "US$",
        "r$" | "reais" | "real" | "brl" | "conto" | "contos" | "pila" | "pilas" => "R$",
        "€" | "euros" | "euro" | "eur" | "pavos" => "€",
        "£" | "pounds" | "pound" | "quid" | "gbp" | "libras" | "libra" | "esterlinas" => "£",
        "us$" | "u$" => "US$",
        "pesos" | "peso" | "mxn" => "PESOS",
        "mx$" => "MX$",
        "nz$" => "NZ$",
        "au$" | "a$" => "A$",
        "ca$" | "c$" => "C$",
        // ISO codes people type ("CAD 38.50", "12,99 USD").
        "cad" => "CAD",
        "aud" => "AUD",
        "nzd" => "NZD",
        "ars" => "ARS",
        "cop" => "COP",
        "clp" => "CLP",
        "uyu" => "UYU",
        "chf" => "CHF",
        "jpy" => "JPY",
        "zar" | "rand" | "rands" => "ZAR",
        "pen" | "soles" | "sol" | "s/" | "s/." => "PEN",
        "₹" | "inr" | "rupees" | "rupee" => "INR",
        "₦" | "ngn" | "naira" => "NGN",
        "kz" | "aoa" | "kwanzas" | "kwanza" => "AOA",
        "ksh" | "kes" => "KES",
        "₱" | "php" => "PHP",
        _ => return None,
    })
}

const SYMBOLS: &[&str] = &["us$", "u$s", "u$", "mx$", "nz$", "au$", "ca$", "a$", "c$", "r$", "$", "€", "£", "¥", "₹", "₦", "₱", "s/"];

/// Splits "R$45,90", "45€", "$1.5k" into (symbol, number part, symbol-after).
pub(super) fn split_symbol(key: &str) -> (Option<&'static str>, &str, Option<&'static str>) {
    for sym in SYMBOLS {
        if let Some(rest) = key.strip_prefix(sym) {
            if !rest.is_empty() {
                return (Some(sym), rest, None);
            }
        }
        if let Some(rest) = key.strip_suffix(sym) {
            if !rest.is_empty() {
                return (None, rest, Some(sym));
            }
        }
    }
    (None, key, None)
}

/// "45", "45,90", "1.450,00", "1.5k", "2k" → the number and its multiplier power.
pub(super) fn number(part: &str, mark: DecimalMark) -> Option<Decimal> {
    let (body, power) = match part.strip_suffix('k') {
        Some(b) => (b, 3),
        None => (part, 0),
    };
    if body.is_empty() || !body.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    let dec = parse_unsigned(body, Some(mark))?;
    // In "1.5k" the dot is decimal whatever the language.
    let dec = if power > 0 && body.contains(['.', ',']) && dec.scale == 0 {
        parse_unsigned(&body.replace(',', "."), Some(DecimalMark::Dot))?
    } else {
        dec
    };
    dec.times_ten_pow(power)
}

pub(super) fn find_amounts(words: &[Word], taken: &[bool], ctx: &Context) -> Vec<Amount> {
    let mark = match ctx.language {
        Language::En => DecimalMark::Dot,
        Language::Pt | Language::Es => DecimalMark::Comma,
    };
    let key = |i: usize| words.get(i).map_or("", |w| w.key.as_str());
    let free = |i: usize| i < words.len() && !taken[i];
    let symbol_currency = |sym: &str| currency_from_symbol(sym, ctx.currency);
    let mut out = Vec::new();
    let mut labels = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !free(i) {
            i += 1;
            continue;
        }
        // South Africans write rand as "R642.18": an R stuck to a number, for a rand user.
        let rand_prefixed = ctx.currency.code() == "ZAR" && key(i).starts_with('r') && key(i)[1..].starts_with(|c: char| c.is_ascii_digit());
        let (before_sym, body, after_sym) = if rand_prefixed { (Some("ZAR"), &key(i)[1..], None) } else { split_symbol(key(i)) };
        let Some(mut value) = number(body, mark) else {
            // A lone symbol or currency code followed by the number: "R$ 45", "$ 12", "USD 120".
            let leading = SYMBOLS.iter().find(|s| **s == key(i)).copied().or_else(|| currency_code(key(i)));
            if let (Some(sym), true) = (leading, free(i + 1)) {
                if let Some(v) = number(key(i + 1), mark) {
                    let (v, end) = multiplier(words, i + 1, v, ctx);
                    out.push(Amount { at: i + 1, span: (i, end), value: v, currency: symbol_currency(sym), marked: true });
                    i = end + 1;
                    continue;
                }
            }
            i += 1;
            continue;
        };
        let mut end = i;
        (value, end) = multiplier(words, end, value, ctx);
        let mut currency = before_sym.or(after_sym).and_then(symbol_currency);
        let mut marked = currency.is_some();
        if !marked && free(end + 1) {
            // "2 libras de carne" weighs the meat.
            let weight = matches!(key(end + 1), "libras" | "libra") && key(end + 2) == "de";
            if let Some(sym) = currency_word(key(end + 1)).filter(|_| !weight) {
                currency = symbol_currency(sym);
                marked = true;
                end += 1;
            }
        }
        // "apt 12", "flight UA 1202", "voo G3 1460", "7 eleven": a plain number that names
        // something or opens a shop's name is not money — unless the message has no other number.
        let plain_number = !marked && end == i && value.scale == 0 && body.bytes().all(|b| b.is_ascii_digit());
        if plain_number && (names_something(words, i) || (free(i + 1) && crate::categorize::opens_a_shops_name(body, key(i + 1)))) {
            labels.push(Amount { at: i, span: (i, end), value, currency, marked });
            i = end + 1;
            continue;
        }
        out.push(Amount { at: i, span: (i, end), value, currency, marked });
        i = end + 1;
    }
    if out.is_empty() {
        out = labels;
    }
    out
}

/// A currency code (not a word like "dollars") that can stand before its number.
pub(super) fn currency_code(key: &str) -> Option<&'static str> {
    currency_word(key).filter(|_| key.len() == 3 && key.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Words after which a bare number is a label, not money.
const LABELS: &[&str] = &[
    "apt", "apartment", "apto", "ape", "unit", "suite", "gate", "portao", "invoice", "numero", "number", "route", "ruta", "rota",
    "linha", "linea",
];

pub(super) fn names_something(words: &[Word], at: usize) -> bool {
    let key = |i: usize| words.get(i).map_or("", |w| w.key.as_str());
    let before = at.checked_sub(1).map_or("", key);
    // A carrier's code between the word and the number: "flight UA 1202", "vuelo VB 1202".
    let code = before.len() == 2 && before.bytes().all(|b| b.is_ascii_alphanumeric()) && before.bytes().any(|b| b.is_ascii_alphabetic());
    LABELS.contains(&before) || (code && at >= 2 && ["flight", "voo", "vuelo"].contains(&key(at - 2)))
}

/// "2 mil", "1.5k", "3 mil reais": applies a thousands word after the number.
pub(super) fn multiplier(words: &[Word], at: usize, value: Decimal, ctx: &Context) -> (Decimal, usize) {
    let next = words.get(at + 1).map_or("", |w| w.key.as_str());
    let is_thousand = match ctx.language {
        Language::Pt | Language::Es => matches!(next, "mil" | "k"),
        Language::En => matches!(next, "k" | "grand"),
    };
    let is_million = matches!(next, "million" | "millions" | "millon" | "millones" | "milhao" | "milhoes");
    let power = if is_thousand { 3 } else if is_million { 6 } else { 0 };
    match (power, value.times_ten_pow(power)) {
        (1.., Some(v)) => (v, at + 1),
        _ => (value, at),
    }
}

/// Is the number followed by a word of its item (not a separator or a preposition)?
pub(super) fn followed_by_word(words: &[Word], amount: &Amount) -> bool {
    words.get(amount.span.1 + 1).is_some_and(|w| w.key.chars().next().is_some_and(char::is_alphabetic) && !is_separator(&w.key) && !words[amount.span.1].ends_item)
}

/// Words that can follow an amount without being what was counted ("18 last friday", "20 to the
/// food bank", "20 el sábado").
pub(super) fn is_function_word(key: &str) -> bool {
    FILLER.contains(&key)
        || weekday(key).is_some()
        || matches!(
            key,
            "at" | "in" | "by" | "from" | "w" | "via" | "last" | "yesterday" | "today" | "tonight" | "this" | "ayer" | "hoy"
                | "anoche" | "ontem" | "hoje" | "anteontem" | "anteayer" | "pasado" | "passada" | "passado" | "each" | "cada"
                | "total" | "per" | "i" | "we" | "eu" | "yo" | "nos" | "back" | "ago"
        )
}

/// Verbs a count follows ("sold 12 jars", "pedi 2 pizzas").
const COUNT_VERBS: &[&str] = &[
    "sold", "bought", "ordered", "had", "got", "vendi", "comprei", "pedi", "tomei", "vendemos", "compre", "pedimos", "tome",
];

/// What people buy by the number at a cinema, a game or a show.
const TICKETS: &[&str] = &[
    "tickets", "ingressos", "entradas", "boletos", "bilhetes", "boletas", "pases", "passes", "seats", "lugares", "assentos",
];

/// Units that say a number is a quantity ("40 litros", "3 kg"), never money.
const UNITS: &[&str] = &[
    "litros", "liters", "litres", "litro", "liter", "litre", "l", "galones", "gallons", "galoes", "gal", "kg", "kgs", "kilos",
    "quilos", "km", "kms", "horas", "hours", "hrs", "minutos", "minutes", "mins", "unidades", "units", "pieces", "pcs", "piezas",
    "lb", "lbs", "pounds of", "oz", "g", "gramas", "gramos",
];

/// A small whole number followed by the thing it counts ("2 coffees for $8", "3 kids, $137.60")
/// is a count, not money — when something else in the message can be the amount: another
/// number of its item, a marked amount, or a later number that closes an item as its total
/// ("3 croissants and a latte, 14.75", "2 coxinhas e um suco 21").
pub(super) fn is_count(words: &[Word], amounts: &[Amount], amount: &Amount, other_in_item: bool, marked_elsewhere: bool) -> bool {
    if amount.marked || amount.value.scale != 0 || words[amount.span.1].ends_item {
        return false;
    }
    let next = words.get(amount.span.1 + 1).map_or("", |w| w.key.as_str());
    let unit = UNITS.contains(&next);
    if amount.value.digits > 20 && !unit {
        return false;
    }
    let names_a_thing = next.chars().next().is_some_and(char::is_alphabetic) && !is_separator(next) && !is_function_word(next);
    // "5 por 50", "3 for 10": a count and its price.
    let priced = matches!(next, "por" | "for") && words.get(amount.span.1 + 2).is_some_and(|w| w.key.starts_with(|c: char| c.is_ascii_digit() || "$€£".contains(c)));
    if !(names_a_thing || priced || next == "x" || words[amount.at].key.ends_with('x')) {
        return false;
    }
    // The count opens its item ("3 croissants", "e 2 coxinhas"); "cvs 12 meds" names a shop first.
    let opens_item = amount.span.0 == 0 || {
        let before = &words[amount.span.0 - 1];
        before.ends_item || is_separator(&before.key) || FILLER.contains(&before.key.as_str()) || COUNT_VERBS.contains(&before.key.as_str())
            || weekday(&before.key).is_some()
    };
    // Tickets are counted whatever comes before them ("Kinoplex 2 ingressos e pipoca 78").
    let tickets = TICKETS.contains(&next);
    // One to nine of a plural thing after a shop's name ("tim hortons 2 coffees and a box of
    // timbits 14.25") counts what the later total paid for; "cvs 12 meds" stays money.
    let few_of_a_plural = amount.value.digits < 10 && next.len() > 3 && next.ends_with('s') && names_a_thing;
    let total_later = (unit || tickets || few_of_a_plural || (amount.value.digits <= 12 && opens_item))
        && amounts.iter().any(|b| {
            let after_words = b.span.0 > 0 && words[b.span.0 - 1].key.chars().any(char::is_alphabetic);
            let closes = !followed_by_word(words, b) || words.get(b.span.1 + 1).is_some_and(|w| matches!(w.key.as_str(), "total" | "no total" | "en total"));
            b.at > amount.at && after_words && closes && b.value.digits > amount.value.digits * 10_i128.pow(b.value.scale)
        });
    other_in_item || marked_elsewhere || total_later
}
