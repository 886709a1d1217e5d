//! Transactions from what people type: "Spent $45 on groceries at Whole Foods and $12 on the
//! subway", "gastei 45,90 no mercado ontem e 12 de uber", "ayer 3 cañas por 7,50€".
//!
//! ## How a message is read
//!
//! 1. **Words.** The message is split into lines and words; each word keeps its original text
//!    (for the description) and a folded form (lowercase, no accents) for matching.
//! 2. **Dates** ([`crate::dates`] rules, in en/pt/es): "yesterday", "anteontem", "el viernes
//!    pasado", "on the 3rd", "dia 5", "3 de mayo", "05/03". One date phrase in a message dates every
//!    transaction; with several, each transaction takes the nearest one before it (or its own).
//! 3. **Amounts**: a number with a currency symbol or word before or after it ("$45", "45,90€",
//!    "R$ 12", "20 bucks", "2 mil reais", "1.5k"), read with the language's separators. A number
//!    without a currency is an amount only when its item has no marked amount, and a small whole
//!    number followed by a word ("2 coffees") is a count, not money.
//! 4. **Items**: lines, commas, semicolons and "and / e / y / plus" separate items; an item without
//!    an amount joins its neighbour ("coffee and a muffin $8" is one purchase). Several amounts
//!    in one item are split around them.
//! 5. **Meaning**: income words ("got paid", "recebi", "me pagaron", "refund", "reembolso",
//!    "devolución") make an item `income`; otherwise [`crate::categorize`] picks the category.
//!    The description is the item without amounts, dates and filler verbs.
//!
//! Dates are read in `sentence/dates.rs`, amounts (and the counts that are not money) in
//! `sentence/amounts.rs`; items, meaning and descriptions here.
//!
//! Confidence is the lower of how sure the amount is (a marked currency 0.97, a lone number
//! 0.85, a guess among several 0.6) and how sure the category is.

mod amounts;
mod dates;

use amounts::{find_amounts, followed_by_word, is_count};
use dates::{find_dates, DatePhrase};

use ozzie_core::transaction::Category;
use ozzie_core::{Currency, Language};

use crate::amount::Decimal;
use crate::categorize::{categorize, mentions_income};
use crate::text::{capitalize, fold, tidy};
use crate::{Context, Diagnostic, Parse, Parsed};

const INCOME_CONFIDENCE: f64 = 0.93;
const MARKED_AMOUNT: f64 = 0.97;
const LONE_NUMBER: f64 = 0.85;
const GUESSED_NUMBER: f64 = 0.6;
/// A follow-up item with no words of its own takes the category before it, unsurely.
const INHERITED_CONFIDENCE: f64 = 0.6;

/// Longest message read; anything longer is cut (and said so) rather than slowing everything.
const MAX_MESSAGE_CHARS: usize = 20_000;

#[derive(Debug, Clone)]
struct Word {
    /// As typed, for descriptions.
    raw: String,
    /// Folded and stripped of surrounding punctuation, for matching.
    key: String,
    /// The word ended an item: a trailing comma/semicolon, or the last word of a line.
    ends_item: bool,
    line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Amount {
    /// Index of the word holding the number.
    at: usize,
    /// Words (inclusive range) the amount occupies, symbols and multipliers included.
    span: (usize, usize),
    value: Decimal,
    currency: Option<Currency>,
    marked: bool,
}

fn split_words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    for (line_no, line) in text.lines().enumerate() {
        let start = words.len();
        for raw in line.split_whitespace() {
            let trimmed = raw.trim_end_matches([',', ';', '.', '!', '?', ':', ')']);
            // A comma, a semicolon or the end of a sentence ends an item ("cabify 9. hoy: café").
            let ends_item = (raw.ends_with([',', ';', '!', '?']) || (raw.ends_with('.') && raw.len() > 1)) && !raw.ends_with(",,");
            // Keep "$4.50." as "$4.50"; keep "R$" and "1.5k".
            let key = fold(trimmed.trim_start_matches(['(', '"', '\'', '¿', '¡']));
            // "Friday's takeaway": the possessive does not change the word.
            let key = key.strip_suffix("'s").or_else(|| key.strip_suffix("’s")).map(str::to_string).unwrap_or(key);
            words.push(Word { raw: raw.trim_end_matches([',', ';']).to_string(), key, ends_item, line: line_no + 1 });
        }
        if words.len() > start {
            if let Some(last) = words.last_mut() {
                last.ends_item = true;
            }
        }
    }
    words
}

fn is_separator(key: &str) -> bool {
    // "adn": the phone keyboard's "and".
    matches!(key, "and" | "adn" | "plus" | "&" | "+" | "e" | "y" | "also" | "then" | "mais" | "tambem" | "ademas" | "luego")
}

// ---- items ------------------------------------------------------------------------------------

/// Filler words left out of descriptions (folded).
const FILLER: &[&str] = &[
    "i", "spent", "spend", "paid", "pay", "bought", "buy", "got", "on", "for", "was", "were", "the", "a", "an", "of",
    "my", "some", "just", "today", "today's", "and", "plus", "also", "then", "with", "to", "just", "me", "it",
    "gastei", "gasto", "paguei", "pago", "comprei", "compra", "foi", "foram", "com", "no", "na", "nos", "nas", "em",
    "de", "do", "da", "dos", "das", "o", "a", "os", "as", "um", "uma", "uns", "umas", "e", "mais", "pra", "para", "por",
    "gaste", "pague", "compre", "fueron", "en", "el", "la", "los", "las", "un", "una", "y", "del", "al", "con",
    "x", "r$", "$", "€", "£",
];

/// Words whose meaning depends on where the person lives, told by their language and currency:
/// "gás" alone is cooking or heating gas in Portuguese and Spanish (fuel is gasolina, nafta,
/// combustível) and fuel in English; the names and words of [`REGIONAL_WORDS`] ("Boots" is a
/// pharmacy to someone paying in pounds, boots elsewhere; "renda" is the rent in Portugal, income
/// in Brazil).
fn regional_meaning(ctx: &Context, item_text: &str, c: &mut crate::categorize::Categorized) {
    if ctx.language != Language::En && c.matched == Some("gas") {
        c.category = Category::Utilities;
        return;
    }
    // A possessive's "s" joins its word, as the categorizer reads it ("Tim's" → "tims").
    let words = crate::text::words(item_text).replace(" s ", "s ");
    let here = |(currency, language, _, _): &&(&str, Option<Language>, &str, Category)| *currency == ctx.currency.code() && language.is_none_or(|l| l == ctx.language);
    let regional = REGIONAL_WORDS.iter().filter(here).find(|(_, _, word, _)| words.contains(&format!(" {word} "))).or_else(|| {
        // Alone: the only words naming the item, or its only words ("NOS" is a filler elsewhere).
        let named = named_words(item_text).join(" ");
        let only = if named.is_empty() { item_text.split_whitespace().map(fold).filter(|w| w.chars().any(char::is_alphabetic)).collect::<Vec<_>>().join(" ") } else { named };
        crate::merchants_regional::NAMES_ALONE.iter().filter(here).find(|(_, _, word, _)| only == *word)
    });
    if let Some((_, _, word, category)) = regional {
        // The place's meaning wins over no meaning, and over what a shorter name or the word
        // itself means elsewhere ("Tim's" is not the Brazilian carrier TIM in Canada).
        // A top-up is of what it names ("recarga de la STM").
        let generic = c.matched.is_some_and(crate::categorize::is_generic_head);
        if c.category == Category::Other || generic || c.matched.is_none_or(|m| m.len() <= word.len()) {
            c.category = *category;
            c.confidence = c.confidence.max(crate::categorize::KEYWORD_CONFIDENCE);
        }
    }
}

/// Names and words that mean something else, or something only, where the person lives (their
/// currency, and language when it matters): (currency, language, word as folded, category).
const REGIONAL_WORDS: &[(&str, Option<Language>, &str, Category)] = &[
    // Dublin's trains; Spain's transport pass; a Spanish-speaking "academia" teaches (a
    // Brazilian one is a gym).
    ("EUR", Some(Language::En), "dart", Category::Transport),
    // Ireland's fuel stations; Australia's sausage.
    ("EUR", Some(Language::En), "topaz", Category::Transport),
    ("AUD", None, "snag", Category::Food),
    // Argentina's pastries ("facturas para el mate"), not bills.
    ("ARS", None, "facturas", Category::Food),
    ("EUR", Some(Language::Es), "abono", Category::Transport),
    ("EUR", Some(Language::Es), "academia", Category::Education),
    ("MXN", None, "academia", Category::Education),
    ("ARS", None, "academia", Category::Education),
    ("CLP", None, "academia", Category::Education),
    ("COP", None, "academia", Category::Education),
    ("PEN", None, "academia", Category::Education),
    ("UYU", None, "academia", Category::Education),
    // The United Kingdom: the chemist, the coffee chain, the grocer.
    ("GBP", None, "boots", Category::Health),
    ("GBP", None, "costa", Category::Food),
    ("GBP", None, "co op", Category::Food),
    // Canada: Tim Hortons as people say it, Shoppers Drug Mart, the streaming service.
    ("CAD", None, "tims", Category::Food),
    ("CAD", None, "timmies", Category::Food),
    ("CAD", None, "shoppers", Category::Health),
    ("CAD", None, "crave", Category::Entertainment),
    // Portugal: rent, the pharmacy chain, school fees, a draught beer.
    ("EUR", Some(Language::Pt), "renda", Category::Housing),
    ("EUR", Some(Language::Pt), "wells", Category::Health),
    ("EUR", Some(Language::Pt), "propinas", Category::Education),
    ("EUR", Some(Language::Pt), "propina", Category::Education),
    ("EUR", Some(Language::Pt), "imperial", Category::Food),
    // Ireland: the chemist.
    ("EUR", Some(Language::En), "boots", Category::Health),
    // New Zealand: Wellington's transit card.
    ("NZD", None, "snapper", Category::Transport),
    // Chile, Peru, Uruguay: the supermarkets.
    ("CLP", None, "lider", Category::Food),
    ("PEN", None, "wong", Category::Food),
    ("UYU", None, "devoto", Category::Food),
    // Montevideo's transit system.
    ("UYU", None, "stm", Category::Transport),
];


/// Words that tie an amount to what follows it ("12 on breakfast", "40 na gasolina").
const LINKERS: &[&str] = &["on", "at", "for", "in", "em", "no", "na", "nos", "nas", "en", "para", "pra", "pro", "por"];

/// Words that only point back at the item before ("… and 16.80 back", "e mais 10 na volta").
const FOLLOW_UP: &[&str] = &[
    "back", "return", "again", "more", "another", "too", "home", "volta", "ida", "outro", "outra", "denovo", "vuelta",
    "regreso", "otro", "otra", "tambien", "tb",
];

/// Words of a segment and the amounts chosen in it, with how sure each is.
type Segment = (std::ops::Range<usize>, Vec<(Amount, f64)>);

struct Item {
    words: std::ops::Range<usize>,
    amount: Amount,
    amount_confidence: f64,
}

/// Cuts the message into items, each holding exactly one amount.
fn items(words: &[Word], amounts: &[Amount]) -> Vec<Item> {
    // Raw segments between separators.
    let mut segments: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, w) in words.iter().enumerate() {
        let boundary_before = is_separator(&w.key) && i > start;
        if boundary_before {
            segments.push(start..i);
            start = i;
        }
        if w.ends_item {
            segments.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < words.len() {
        segments.push(start..words.len());
    }
    let amounts_in = |r: &std::ops::Range<usize>| amounts.iter().filter(|a| r.contains(&a.at)).copied().collect::<Vec<_>>();

    // Choose the amounts of each segment: marked ones win; otherwise bare numbers that are not
    // counts ("99 pro trabalho 14,90": an integer before words gives way to a number with cents).
    let mut chosen: Vec<Segment> = Vec::new();
    let marked_anywhere = amounts.iter().any(|a| a.marked);
    for seg in &segments {
        let found = amounts_in(seg);
        let marked: Vec<Amount> = found.iter().filter(|a| a.marked).copied().collect();
        let picks: Vec<(Amount, f64)> = if !marked.is_empty() {
            marked.into_iter().map(|a| (a, MARKED_AMOUNT)).collect()
        } else {
            let mut bare: Vec<Amount> = found.iter().filter(|a| !is_count(words, amounts, a, found.len() > 1, marked_anywhere)).copied().collect();
            if bare.len() > 1 && bare.iter().filter(|a| a.value.scale > 0).count() == 1 {
                // "99 pro trabalho 14,90", "corrida no 99 18,50", "e 99 14,50": the whole number
                // names something (a shop, an app) when words or the priced number follow it.
                let names_a_place = |a: &Amount| a.span.0 > 0 && matches!(words[a.span.0 - 1].key.as_str(), "no" | "na" | "do" | "da" | "pelo" | "pela" | "at" | "from");
                let priced_next = |a: &Amount| bare.iter().any(|b| b.value.scale > 0 && b.span.0 == a.span.1 + 1);
                let names: Vec<bool> = bare.iter().map(|a| a.value.scale == 0 && (followed_by_word(words, a) || names_a_place(a) || priced_next(a))).collect();
                let mut names = names.into_iter();
                bare.retain(|_| !names.next().unwrap_or(false));
            }
            match bare.len() {
                0 => Vec::new(),
                1 => vec![(bare[0], LONE_NUMBER)],
                _ => bare.into_iter().map(|a| (a, GUESSED_NUMBER)).collect(),
            }
        };
        chosen.push((seg.clone(), picks));
    }
    // A message whose only number is a count ("2 coffees") still has that number as its amount.
    if chosen.iter().all(|(_, p)| p.is_empty()) {
        if let Some((seg, picks)) = chosen.iter_mut().find(|(seg, _)| amounts_in(seg).len() == 1) {
            picks.push((amounts_in(seg)[0], GUESSED_NUMBER));
        }
    }

    // Segments without an amount join the next one that has one (else the previous one).
    let mut merged: Vec<Segment> = Vec::new();
    let mut pending: Option<usize> = None;
    for (seg, picks) in chosen {
        if picks.is_empty() {
            pending = Some(pending.unwrap_or(seg.start));
            continue;
        }
        let start = pending.take().unwrap_or(seg.start);
        merged.push((start..seg.end, picks));
    }
    if let (Some(start), Some(last)) = (pending, merged.last_mut()) {
        last.0 = last.0.start..words.len().max(start);
    }

    // Several amounts in one segment: split around them.
    let mut out = Vec::new();
    for (range, picks) in merged {
        if picks.len() == 1 {
            out.push(Item { words: range, amount: picks[0].0, amount_confidence: picks[0].1 });
            continue;
        }
        // Words follow their amount when the segment opens with one ("12 lunch 5 coffee"), or
        // when it says "spent 12 on breakfast 40 on gas" (dictated, no separators): each amount
        // is followed by a linking word and nothing before the first one names a purchase.
        let amount_first = picks[0].0.span.0 == range.start || {
            let linked = picks[..picks.len() - 1].iter().all(|(a, _)| words.get(a.span.1 + 1).is_some_and(|w| LINKERS.contains(&w.key.as_str())));
            let lead: Vec<&str> = (range.start..picks[0].0.span.0).map(|i| words[i].raw.as_str()).collect();
            linked && categorize(&lead.join(" ")).category == Category::Other && !mentions_income(&lead.join(" "))
        };
        for (n, (amount, conf)) in picks.iter().enumerate() {
            let words_range = if amount_first {
                let end = picks.get(n + 1).map_or(range.end, |(next, _)| next.span.0);
                let start = if n == 0 { range.start } else { amount.span.0 };
                start..end
            } else {
                let start = if n == 0 { range.start } else { picks[n - 1].0.span.1 + 1 };
                start..amount.span.1 + 1
            };
            out.push(Item { words: words_range, amount: *amount, amount_confidence: *conf });
        }
    }
    out
}

fn describe(words: &[Word], item: &Item, skip: &[bool], lang: Language, category: Category) -> String {
    let kept: Vec<&str> = item
        .words
        .clone()
        .filter(|&i| !skip[i] && !(item.amount.span.0..=item.amount.span.1).contains(&i))
        .map(|i| words[i].raw.as_str())
        .collect();
    // Drop filler at both ends only: "groceries at Whole Foods" keeps its inner "at".
    let is_filler = |w: &&str| {
        let k = fold(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '$' && c != '€' && c != '£'));
        FILLER.contains(&k.as_str()) || k.is_empty()
    };
    let mut slice: &[&str] = &kept;
    while let Some(first) = slice.first().filter(|w| is_filler(w)) {
        let _ = first;
        slice = &slice[1..];
    }
    while let Some(last) = slice.last().filter(|w| is_filler(w)) {
        let _ = last;
        slice = &slice[..slice.len() - 1];
    }
    let text = tidy(&slice.join(" "), 200);
    let text = text.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '-' | '.')).trim().to_string();
    if text.is_empty() {
        category.label(lang).to_string()
    } else {
        capitalize(&text)
    }
}

/// Every amount written in `text` (in minor units of the currency it names, or `ctx`'s), counts
/// and labels included: what an amount read by someone else (an LLM) must be one of.
pub fn amounts_written(text: &str, ctx: &Context) -> Vec<(i64, Currency)> {
    let words = split_words(text);
    let taken = vec![false; words.len()];
    find_amounts(&words, &taken, ctx)
        .into_iter()
        .filter_map(|a| {
            let currency = a.currency.unwrap_or(ctx.currency);
            a.value.to_minor(currency).map(|v| (v.abs(), currency))
        })
        .collect()
}

/// Reads every transaction in a message.
pub fn parse(text: &str, ctx: &Context) -> Parse {
    let mut diagnostics = Vec::new();
    let text: String = if text.chars().count() > MAX_MESSAGE_CHARS {
        diagnostics.push(Diagnostic::general(format!("the message is longer than {MAX_MESSAGE_CHARS} characters; the rest was not read")));
        text.chars().take(MAX_MESSAGE_CHARS).collect()
    } else {
        text.to_string()
    };
    let words = split_words(&text);
    let mut dates = find_dates(&words, ctx);
    let taken_by = |dates: &[DatePhrase]| {
        let mut taken = vec![false; words.len()];
        for d in dates {
            for t in taken.iter_mut().take(d.span.1 + 1).skip(d.span.0) {
                *t = true;
            }
        }
        taken
    };
    let mut taken = taken_by(&dates);
    let mut amounts = find_amounts(&words, &taken, ctx);
    // A date that took the message's only number was its amount when other words name what was
    // bought ("menú del día 14"; "el día 14" alone stays a date without an amount).
    let numbered = |d: &DatePhrase| (d.span.0..=d.span.1).any(|i| words[i].key.bytes().all(|b| b.is_ascii_digit()));
    let names_a_thing = |i: usize| !dates.iter().any(|d| (d.span.0..=d.span.1).contains(&i)) && words[i].key.chars().any(char::is_alphabetic) && !FILLER.contains(&words[i].key.as_str());
    if amounts.is_empty() && dates.iter().any(numbered) && (0..words.len()).any(names_a_thing) {
        let kept: Vec<DatePhrase> = dates.iter().copied().filter(|d| !numbered(d)).collect();
        let untaken = taken_by(&kept);
        let found = find_amounts(&words, &untaken, ctx);
        if !found.is_empty() {
            (dates, taken, amounts) = (kept, untaken, found);
        }
    }
    let items = items(&words, &amounts);
    if items.is_empty() {
        diagnostics.push(Diagnostic::general("no amount found: write it with a number, e.g. \"coffee $5\""));
    }

    let mut transactions: Vec<Parsed> = Vec::new();
    // The transactions named by a word with two meanings, and the other meaning.
    let mut two_meanings = Vec::new();
    for item in &items {
        let Some(amount_cents) = item.amount.value.to_minor(item.amount.currency.unwrap_or(ctx.currency)).filter(|v| *v > 0) else {
            diagnostics.push(Diagnostic::at(words[item.amount.at].line, format!("'{}' is not an amount above zero", words[item.amount.at].raw)));
            continue;
        };
        // The item's own date, else the nearest before it, else the only one, else today.
        let own = dates.iter().find(|d| item.words.contains(&d.span.0));
        let before = dates.iter().rfind(|d| d.span.1 < item.words.start);
        let date = match (own, before, dates.len()) {
            (Some(d), _, _) => d.date,
            (None, _, 1) => dates[0].date,
            (None, Some(d), _) => d.date,
            _ => ctx.today,
        };
        // Meaning comes from the words that are neither the date nor the amount ("dia 5" is
        // not the Dia supermarket).
        let item_text: String = item
            .words
            .clone()
            .filter(|&i| !taken[i] && !(item.amount.span.0..=item.amount.span.1).contains(&i))
            .map(|i| words[i].raw.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let (category, category_confidence) = if mentions_income(&item_text) {
            (Category::Income, INCOME_CONFIDENCE)
        } else {
            // "carnaval: cerveja 45, uber 32": the topic before a colon names the occasion; what
            // was bought decides when it says anything.
            let bought = item_text.rsplit_once(": ").map(|(_, rest)| categorize(rest)).filter(|c| c.category != Category::Other);
            let mut c = bought.unwrap_or_else(|| categorize(&item_text));
            regional_meaning(ctx, &item_text, &mut c);
            let follow_up = item_text
                .split_whitespace()
                .map(fold)
                .filter(|w| !FILLER.contains(&w.as_str()))
                .all(|w| FOLLOW_UP.contains(&w.as_str()) || w.chars().all(|c| !c.is_alphabetic()));
            match transactions.last() {
                // "lyft 14.30 to work and 16.80 back": an item with no words of its own shares
                // its neighbour's category.
                Some(previous) if c.matched.is_none() && follow_up => (previous.category, INHERITED_CONFIDENCE),
                _ => (c.category, c.confidence),
            }
        };
        if let Some(other) = second_meaning(&item_text) {
            two_meanings.push((transactions.len(), other));
        }
        transactions.push(Parsed {
            amount_cents,
            currency: item.amount.currency.unwrap_or(ctx.currency),
            category,
            description: describe(&words, item, &taken, ctx.language, category),
            transaction_date: date,
            confidence: item.amount_confidence.min(category_confidence),
            external_id: None,
        });
    }
    meaning_from_neighbours(&mut transactions, &two_meanings);
    Parse { transactions, diagnostics }
}

/// Names with a second meaning that the items around them decide: (name as folded, the other
/// meaning). Water alone is the water bill ("luz 80, agua 40"), bought with food it is a drink
/// ("elote 25 y agua 15"); Subway after a coffee is the sandwich shop, Max after Disney+ the
/// streaming service, a "boleto" next to a taxi the bus fare.
const TWO_MEANINGS: &[(&str, Category)] = &[
    ("agua", Category::Food),
    ("aguas", Category::Food),
    ("water", Category::Food),
    ("subway", Category::Food),
    ("max", Category::Entertainment),
    ("boleto", Category::Transport),
    ("boletos", Category::Transport),
];

/// The other meaning of an item named by one of [`TWO_MEANINGS`] alone, if it has one: "Subway",
/// "at Subway", "agua"; not "the subway" (the article names the system, not a shop).
fn second_meaning(item_text: &str) -> Option<Category> {
    match named_words(item_text).as_slice() {
        [name] => TWO_MEANINGS.iter().find(|(n, _)| n == name).map(|(_, c)| *c),
        _ => None,
    }
}

/// The words that name an item, folded: without fillers, "at" and "from", but with articles
/// ("the subway" names the system).
fn named_words(item_text: &str) -> Vec<String> {
    let article = |w: &str| matches!(w, "the" | "el" | "la" | "o" | "a");
    let mut named: Vec<String> = item_text
        .split_whitespace()
        .map(fold)
        .filter(|w| w.chars().any(char::is_alphabetic) && (article(w) || !(FILLER.contains(&w.as_str()) || matches!(w.as_str(), "at" | "from"))))
        .collect();
    // An article names something only before it: "disco … el 14 de septiembre" leaves "el".
    while named.last().is_some_and(|w| article(w)) {
        named.pop();
    }
    named
}

/// An item named by a word with two meanings takes the other one when the item next to it (the
/// one before, else the one after) has that meaning.
fn meaning_from_neighbours(transactions: &mut [Parsed], two_meanings: &[(usize, Category)]) {
    for &(i, other) in two_meanings {
        let plain = |j: usize| !two_meanings.iter().any(|(k, _)| *k == j);
        let before = i.checked_sub(1).filter(|&j| plain(j)).map(|j| transactions[j].category);
        let after = transactions.get(i + 1).filter(|_| plain(i + 1)).map(|t| t.category);
        if before.or(after) == Some(other) && transactions[i].category != Category::Income {
            transactions[i].category = other;
            transactions[i].confidence = transactions[i].confidence.min(INHERITED_CONFIDENCE);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn ctx(lang: Language, today: (i32, u32, u32), currency: Currency) -> Context {
        Context { language: lang, currency, today: NaiveDate::from_ymd_opt(today.0, today.1, today.2).expect("date") }
    }

    fn brief(p: &Parse) -> Vec<(i64, &'static str, String)> {
        p.transactions.iter().map(|t| (t.amount_cents, t.category.as_str(), t.transaction_date.to_string())).collect()
    }

    fn en(text: &str) -> Parse {
        parse(text, &ctx(Language::En, (2025, 5, 14), Currency::USD))
    }

    #[test]
    fn the_seed_sentence() {
        let p = en("Spent $45 on groceries at Whole Foods and $12 on the subway");
        assert_eq!(brief(&p), vec![(4500, "food", "2025-05-14".into()), (1200, "transport", "2025-05-14".into())]);
        assert_eq!(p.transactions[0].description, "Groceries at Whole Foods");
        assert_eq!(p.transactions[1].description, "Subway");
        assert!(p.transactions.iter().all(|t| t.confidence > 0.85));
    }

    #[test]
    fn several_items_and_counts() {
        assert_eq!(brief(&en("coffee $5 and lunch $15")), vec![(500, "food", "2025-05-14".into()), (1500, "food", "2025-05-14".into())]);
        assert_eq!(brief(&en("2 coffees for $8")), vec![(800, "food", "2025-05-14".into())]);
        assert_eq!(brief(&en("coffee and a muffin $8")).len(), 1);
        assert_eq!(brief(&en("lunch 15, uber 22.50; netflix 15.99")).iter().map(|b| b.0).collect::<Vec<_>>(), vec![1500, 2250, 1599]);
        assert_eq!(brief(&en("got paid $2,300.50 yesterday")), vec![(230_050, "income", "2025-05-13".into())]);
        assert_eq!(brief(&en("rent 1.5k")), vec![(150_000, "housing", "2025-05-14".into())]);
    }

    #[test]
    fn a_count_before_a_later_total_is_not_an_amount() {
        assert_eq!(brief(&en("3 croissants and a latte, 14.75")), vec![(1475, "food", "2025-05-14".into())]);
        let pt = |t: &str| parse(t, &ctx(Language::Pt, (2026, 3, 27), Currency::BRL));
        assert_eq!(brief(&pt("2 coxinhas e um suco 21")), vec![(2100, "food", "2026-03-27".into())]);
        // A ride app named by its number, before the price.
        assert_eq!(brief(&pt("ifood 42,80 e 99 14,50")), vec![(4280, "food", "2026-03-27".into()), (1450, "transport", "2026-03-27".into())]);
        assert_eq!(brief(&pt("abasteci 40 litros, deu 246,00")), vec![(24600, "transport", "2026-03-27".into())]);
        // A few of a plural thing after the shop's name, paid by the total at the end.
        assert_eq!(brief(&en("tim hortons 2 coffees and a box of timbits 14.25")), vec![(1425, "food", "2025-05-14".into())]);
        // Not counts: a shop before the number, or amounts first throughout.
        assert_eq!(brief(&en("cvs 12 meds; comcast 79.99")).iter().map(|b| b.0).collect::<Vec<_>>(), vec![1200, 7999]);
        assert_eq!(brief(&en("20 groceries and 15 gas")).iter().map(|b| b.0).collect::<Vec<_>>(), vec![2000, 1500]);
        // A number that opens a shop's name.
        assert_eq!(brief(&en("7 eleven slurpee and chips 6.38")), vec![(638, "food", "2025-05-14".into())]);
        assert_eq!(brief(&en("7 eleven 12")), vec![(1200, "food", "2025-05-14".into())]);
    }

    #[test]
    fn dictated_messages_tickets_and_typos() {
        // No separators: each amount takes the words after it.
        assert_eq!(
            brief(&en("ok so today I spent 12 on breakfast 40 on gas 18 at the pharmacy and 9 for parking")),
            vec![(1200, "food", "2025-05-14".into()), (4000, "transport", "2025-05-14".into()), (1800, "health", "2025-05-14".into()), (900, "transport", "2025-05-14".into())]
        );
        // But a purchase named first keeps the words before each amount.
        assert_eq!(brief(&en("coffee 5 at starbucks")), vec![(500, "food", "2025-05-14".into())]);
        assert_eq!(brief(&en("spent 9 on taco bell adn 31 on gas")), vec![(900, "food", "2025-05-14".into()), (3100, "transport", "2025-05-14".into())]);
        let pt = |t: &str| parse(t, &ctx(Language::Pt, (2026, 7, 14), Currency::BRL));
        assert_eq!(brief(&pt("Kinoplex 2 ingressos e pipoca 78")), vec![(7800, "entertainment", "2026-07-14".into())]);
        assert_eq!(brief(&pt("ifood 48,90 ontwm")), vec![(4890, "food", "2026-07-13".into())]);
        // 2025-05-14 is a Wednesday; "Saturdya" is the 10th.
        assert_eq!(brief(&en("groceries 112.40 on Saturdya")), vec![(11_240, "food", "2025-05-10".into())]);
        assert_eq!(brief(&en("ice cream sundae 5"))[0].2, "2025-05-14", "a sundae is not a Sunday");
    }

    #[test]
    fn rupees_and_a_pix_sent_for_an_amount() {
        let inr = Currency::parse("c", "INR").expect("inr");
        let p = parse("electricity bill ₹1,240 paid on upi", &ctx(Language::En, (2032, 4, 22), inr));
        assert_eq!((brief(&p), p.transactions[0].currency.code()), (vec![(124_000, "utilities", "2032-04-22".into())], "INR"));
        // The naira's and the kwanza's signs.
        let ngn = Currency::parse("c", "NGN").expect("ngn");
        let p = parse("₦4,500 for suya and drinks", &ctx(Language::En, (2033, 2, 25), ngn));
        assert_eq!((brief(&p), p.transactions[0].currency.code()), (vec![(450_000, "food", "2033-02-25".into())], "NGN"));
        let aoa = Currency::parse("c", "AOA").expect("aoa");
        assert_eq!(parse("paguei 15 mil kz de propina", &ctx(Language::Pt, (2033, 4, 6), aoa)).transactions[0].amount_cents, 1_500_000);
        let br = |t: &str| parse(t, &ctx(Language::Pt, (2032, 4, 28), Currency::BRL));
        assert_eq!(brief(&br("pix de 120 pro encanador"))[0].1, "housing");
        assert_eq!(brief(&br("pix de 200 da minha mãe"))[0].1, "income");
    }

    #[test]
    fn words_that_mean_one_thing_where_the_person_lives() {
        let gb = |t: &str| parse(t, &ctx(Language::En, (2026, 6, 2), Currency::parse("c", "GBP").expect("gbp")));
        assert_eq!(brief(&gb("Boots £7.49"))[0].1, "health");
        assert_eq!(brief(&en("boots 80"))[0].1, "clothing");
        let pt_pt = |t: &str| parse(t, &ctx(Language::Pt, (2026, 6, 2), Currency::EUR));
        assert_eq!(brief(&pt_pt("renda 750 dia 1")), vec![(75_000, "housing", "2026-06-01".into())]);
        let br = |t: &str| parse(t, &ctx(Language::Pt, (2026, 6, 2), Currency::BRL));
        assert_eq!(brief(&br("corrida no 99 18,50")), vec![(1850, "transport", "2026-06-02".into())]);
        assert_eq!(brief(&br("Mercado Livre 134,50"))[0].1, "other");
        // A name that must stand alone still does before a date that opens with an article.
        let es_es = |t: &str| parse(t, &ctx(Language::Es, (2026, 9, 20), Currency::EUR));
        assert_eq!(brief(&es_es("recarga del abono 20"))[0].1, "transport");
        assert_eq!(brief(&es_es("inglés en la academia 92"))[0].1, "education");
        assert_eq!(brief(&br("academia 99,90"))[0].1, "health");
        let ie = |t: &str| parse(t, &ctx(Language::En, (2026, 9, 20), Currency::EUR));
        assert_eq!(brief(&ie("dart to howth 4.10"))[0].1, "transport");
        let ar = |t: &str| parse(t, &ctx(Language::Es, (2026, 9, 20), Currency::parse("c", "ARS").expect("ars")));
        assert_eq!(brief(&ar("facturas para el mate 6.800"))[0].1, "food");
        let co = |t: &str| parse(t, &ctx(Language::Es, (2026, 9, 20), Currency::parse("c", "COP").expect("cop")));
        assert_eq!(brief(&co("prima 980 mil"))[0].1, "income");
        let uy = |t: &str| parse(t, &ctx(Language::Es, (2026, 9, 20), Currency::parse("c", "UYU").expect("uyu")));
        assert_eq!(brief(&uy("disco 1.875,50 el 14 de septiembre")), vec![(187_550, "food", "2026-09-14".into())]);
        assert_eq!(brief(&gb("Costa 3.20"))[0].1, "food");
        assert_eq!(brief(&en("Costa Rica trip 900"))[0].1, "other");
        let ca = |t: &str| parse(t, &ctx(Language::En, (2026, 6, 2), Currency::parse("c", "CAD").expect("cad")));
        assert_eq!(brief(&ca("Tim's 3.45"))[0].1, "food");
        assert_eq!(brief(&ca("Shoppers 14.25"))[0].1, "health");
        assert_eq!(brief(&pt_pt("propinas 356,25"))[0].1, "education");
        let mx = |t: &str| parse(t, &ctx(Language::Es, (2026, 6, 2), Currency::MXN));
        assert_eq!(brief(&mx("Walmart 845"))[0].1, "food");
        assert_eq!(brief(&en("Walmart 84.50"))[0].1, "food");
        let nz = |t: &str| parse(t, &ctx(Language::En, (2026, 6, 2), Currency::parse("c", "NZD").expect("nzd")));
        let got = nz("dinner in Auckland NZ$62 and a flight A$180");
        let got: Vec<(i64, &str)> = got.transactions.iter().map(|t| (t.amount_cents, t.currency.code())).collect();
        assert_eq!(got, vec![(6200, "NZD"), (18_000, "AUD")]);
        let uy = |t: &str| parse(t, &ctx(Language::Es, (2026, 6, 2), Currency::parse("c", "UYU").expect("uyu")));
        assert_eq!(brief(&uy("Devoto 2.315,80"))[0].1, "food");
        assert_eq!(brief(&uy("recarga de la STM 300"))[0].1, "transport");
        let ar = |t: &str| parse(t, &ctx(Language::Es, (2026, 6, 2), Currency::parse("c", "ARS").expect("ars")));
        assert_eq!(brief(&ar("Personal 24.999"))[0].1, "utilities");
        assert_eq!(brief(&ar("préstamo personal 24.999"))[0].1, "other");
        assert_eq!(brief(&pt_pt("NOS 49,99"))[0].1, "utilities");
        assert_eq!(brief(&pt_pt("jantar nos avós 30"))[0].1, "food");
        assert_eq!(brief(&br("Zona Sul 231,45"))[0].1, "food");
        assert_eq!(brief(&br("casa na zona sul 231,45"))[0].1, "other");
    }

    #[test]
    fn names_with_two_meanings_pounds_in_words_and_a_canadian_paycheque() {
        let mx = |t: &str| parse(t, &ctx(Language::Es, (2026, 6, 2), Currency::MXN));
        let categories = |p: &Parse| p.transactions.iter().map(|t| t.category.as_str()).collect::<Vec<_>>();
        assert_eq!(categories(&mx("elote 25 y agua 15")), vec!["food", "food"]);
        assert_eq!(categories(&mx("luz 480, agua 210 y tacos 95")), vec!["utilities", "utilities", "food"]);
        assert_eq!(categories(&mx("agua 210")), vec!["utilities"]);
        let categories_en = |t: &str| en(t).transactions.iter().map(|t| t.category.as_str()).collect::<Vec<_>>();
        assert_eq!(categories_en("Dunkin 6.28\nSubway 11.40"), vec!["food", "food"]);
        assert_eq!(categories_en("subway 2.90"), vec!["transport"]);
        assert_eq!(categories_en("Hulu 9.99 and Max 16.99"), vec!["entertainment", "entertainment"]);
        let pt = parse("jantar em Londres 30 libras", &ctx(Language::Pt, (2026, 6, 2), Currency::EUR));
        assert_eq!((pt.transactions[0].amount_cents, pt.transactions[0].currency.code()), (3000, "GBP"));
        let es = parse("2 libras de carne 180", &ctx(Language::Es, (2026, 6, 2), Currency::MXN));
        assert_eq!((es.transactions.len(), es.transactions[0].amount_cents, es.transactions[0].currency.code()), (1, 18_000, "MXN"));
        let ca = parse("paycheque 2,480 in", &ctx(Language::En, (2026, 6, 2), Currency::parse("c", "CAD").expect("cad")));
        assert_eq!(brief(&ca), vec![(248_000, "income", "2026-06-02".into())]);
    }

    #[test]
    fn currency_codes_labels_and_prices() {
        let ca = |t: &str| parse(t, &ctx(Language::En, (2026, 2, 10), Currency::parse("c", "CAD").expect("cad")));
        assert_eq!(ca("USD 120 for Coldplay tickets").transactions[0].currency.code(), "USD");
        assert_eq!(ca("lunch 38.50 CAD").transactions[0].currency.code(), "CAD");
        // Numbers that name things are not money, unless nothing else is.
        assert_eq!(brief(&en("paid rent for apt 12, $1,375")), vec![(137_500, "housing", "2025-05-14".into())]);
        assert_eq!(brief(&en("security deposit for the new apt 2k")).len(), 1);
        let pt = |t: &str| parse(t, &ctx(Language::Pt, (2025, 4, 12), Currency::BRL));
        assert_eq!(brief(&pt("voo G3 1460 pra BH, 480")), vec![(48_000, "transport", "2025-04-12".into())]);
        let es = |t: &str| parse(t, &ctx(Language::Es, (2025, 2, 4), Currency::MXN));
        assert_eq!(brief(&es("tacos de canasta, 5 por 50")), vec![(5_000, "food", "2025-02-04".into())]);
        assert_eq!(brief(&es("recarga de la tarjeta del Metro 50"))[0].1, "transport");
        // Gas is fuel in English and cooking gas in Portuguese and Spanish.
        assert_eq!(brief(&pt("luz 212,30; água 87,15; gás 45"))[2].1, "utilities");
        assert_eq!(brief(&en("wawa gas 40"))[0].1, "transport");
        assert_eq!(brief(&en("sold 12 jars of honey at the market, 96 total")), vec![(9_600, "income", "2025-05-14".into())]);
        // Rand written "R642.18", millions in words, pounds of something.
        let za = |t: &str| parse(t, &ctx(Language::En, (2026, 4, 10), Currency::parse("c", "ZAR").expect("zar")));
        assert_eq!(brief(&za("Engen R800 petrol and Clicks R124.99")).iter().map(|b| (b.0, b.1)).collect::<Vec<_>>(), vec![(80_000, "transport"), (12_499, "health")]);
        let co = |t: &str| parse(t, &ctx(Language::Es, (2025, 6, 16), Currency::parse("c", "COP").expect("cop")));
        assert_eq!(brief(&co("me consignaron 2 millones del proyecto"))[0].0, 200_000_000);
        assert_eq!(brief(&en("crawfish, 3 lbs for 21")), vec![(2_100, "food", "2025-05-14".into())]);
        assert_eq!(brief(&pt("recarga do cartão TOP do metrô 50"))[0].1, "transport");
    }

    #[test]
    fn refunds_are_income_whatever_else_is_named() {
        let pt = |t: &str| parse(t, &ctx(Language::Pt, (2025, 6, 30), Currency::BRL));
        assert_eq!(brief(&pt("restituição do imposto de renda 1.347,22"))[0].1, "income");
        assert_eq!(brief(&pt("imposto de renda 500"))[0].1, "other");
        assert_eq!(brief(&pt("primeira parcela do 13º 2.425"))[0].1, "income");
        let es = |t: &str| parse(t, &ctx(Language::Es, (2025, 6, 30), Currency::parse("c", "ARS").expect("ars")));
        assert_eq!(brief(&es("transferencia de mi viejo 150.000"))[0].1, "income");
        assert_eq!(brief(&es("transferencia a mi viejo 150.000"))[0].1, "other");
        assert_eq!(brief(&es("gratificación 4 mil"))[0].1, "income");
        assert_eq!(brief(&en("nando's with the lads, 64 quid"))[0].1, "food");
    }

    #[test]
    fn dates_in_english() {
        // 14 May 2025 is a Wednesday.
        assert_eq!(brief(&en("last Friday dinner $40"))[0].2, "2025-05-09");
        // Bought for a day still to come: today; a past day named without "for": that day.
        let july_2nd = |t: &str| parse(t, &ctx(Language::En, (2033, 7, 2), Currency::USD));
        assert_eq!(brief(&july_2nd("fireworks 89.99 and burgers 42.30 for the 4th of july"))[1].2, "2033-07-02");
        assert_eq!(brief(&july_2nd("fireworks 89.99 on the 4th of july"))[0].2, "2032-07-04");
        assert_eq!(brief(&en("on wednesday lunch $12"))[0].2, "2025-05-14");
        assert_eq!(brief(&en("last wednesday lunch $12"))[0].2, "2025-05-07");
        assert_eq!(brief(&en("gym $30 on the 3rd"))[0].2, "2025-05-03");
        assert_eq!(brief(&en("books $20 on the 20th"))[0].2, "2025-04-20");
        assert_eq!(brief(&en("May 3 shoes $80"))[0].2, "2025-05-03");
        assert_eq!(brief(&en("03/05 shoes $80"))[0].2, "2025-03-05");
        assert_eq!(brief(&en("day before yesterday gas $40"))[0].2, "2025-05-12");
    }

    #[test]
    fn portuguese_and_spanish() {
        let pt = ctx(Language::Pt, (2025, 5, 14), Currency::BRL);
        let p = parse("gastei 45,90 no mercado ontem e 12 de uber", &pt);
        assert_eq!(brief(&p), vec![(4590, "food", "2025-05-13".into()), (1200, "transport", "2025-05-13".into())]);
        let p = parse("recebi R$ 1.500,00 de salário", &pt);
        assert_eq!(brief(&p), vec![(150_000, "income", "2025-05-14".into())]);
        let p = parse("aluguel 2 mil reais dia 5", &pt);
        assert_eq!(brief(&p), vec![(200_000, "housing", "2025-05-05".into())]);
        let p = parse("3 passagens de ônibus por R$ 13,20 na sexta passada", &pt);
        assert_eq!(brief(&p), vec![(1320, "transport", "2025-05-09".into())]);
        let es = ctx(Language::Es, (2025, 5, 14), Currency::EUR);
        // "del día" names the set menu; the number the date took is the amount.
        assert_eq!(brief(&parse("menú del día 14", &es)), vec![(1400, "food", "2025-05-14".into())]);
        assert!(parse("el día 14", &es).transactions.is_empty());
        let p = parse("ayer 2 cervezas por 6 euros y el viernes cena 35,50€", &es);
        assert_eq!(brief(&p), vec![(600, "food", "2025-05-13".into()), (3550, "food", "2025-05-09".into())]);
        let p = parse("me pagaron 800 euros el 3 de mayo", &es);
        assert_eq!(brief(&p), vec![(80_000, "income", "2025-05-03".into())]);
    }

    #[test]
    fn nothing_to_read_is_a_diagnostic_not_a_panic() {
        for text in ["", "hello there", "$", "R$", "1.2.3.4", "¿¡", "and and and", "$-5", "0 dollars"] {
            let p = en(text);
            assert!(p.transactions.iter().all(|t| t.amount_cents > 0), "{text}");
        }
        assert!(en("hello").transactions.is_empty());
        assert!(!en("hello").diagnostics.is_empty());
    }
}
