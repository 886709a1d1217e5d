//! Recurring charges: the same merchant taking about the same amount on a steady rhythm
//! (weekly, every two weeks, monthly, yearly), found in the user's own transactions.
//!
//! Transactions are grouped by a merchant key (the description's first words, without card
//! numbers, store numbers and the prefixes banks add) and currency. A group is recurring when it
//! has enough charges (three, or two a year apart), most gaps between them fit one cadence within
//! its jitter (a missed period counts as two gaps), and most amounts lie within 15 % of their
//! median. A charge later than one period plus jitter after today is no longer active. A last
//! charge at least 3 % above the ones before is a price increase.
//!
//! A charge from a well-known subscription service ([`KNOWN_SERVICES`]: streaming, music,
//! cloud storage, software, gyms) in the last month counts too, before any rhythm can show: a
//! person who imports one month of transactions still sees their subscriptions
//! ([`Evidence::KnownService`]).

use chrono::NaiveDate;

use crate::transaction::{Category, NewTransaction};
use crate::Currency;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    Weekly,
    Biweekly,
    Monthly,
    Yearly,
}

impl Cadence {
    pub fn as_str(self) -> &'static str {
        match self {
            Cadence::Weekly => "weekly",
            Cadence::Biweekly => "biweekly",
            Cadence::Monthly => "monthly",
            Cadence::Yearly => "yearly",
        }
    }

    /// (days between charges, days of jitter allowed)
    fn period(self) -> (i64, i64) {
        match self {
            Cadence::Weekly => (7, 1),
            Cadence::Biweekly => (14, 2),
            Cadence::Monthly => (30, 4),
            Cadence::Yearly => (365, 10),
        }
    }

    /// `amount` per charge expressed per month (52 weeks, 26 fortnights, 12 months a year).
    pub fn monthly(self, amount: i64) -> i64 {
        let per_year = match self {
            Cadence::Weekly => 52,
            Cadence::Biweekly => 26,
            Cadence::Monthly => 12,
            Cadence::Yearly => 1,
        };
        (amount * per_year + 6) / 12
    }

    fn min_charges(self) -> usize {
        match self {
            Cadence::Yearly => 2,
            _ => 3,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriceIncrease {
    pub from: i64,
    pub to: i64,
    pub on: NaiveDate,
}

/// Why a charge is taken as recurring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// Charges on a steady rhythm.
    Rhythm,
    /// A subscription service, seen fewer times than a rhythm needs.
    KnownService,
}

/// Merchant keys (see [`merchant_key`]) of subscription services, billed monthly unless a rhythm
/// says otherwise.
pub const KNOWN_SERVICES: &[&str] = &[
    "netflix", "spotify", "hulu", "disney plus", "disneyplus", "disney", "hbo max", "hbomax", "max com", "paramount", "peacock",
    "apple music", "icloud", "youtube premium", "youtube", "google storage", "google one", "amazon prime", "prime video",
    "audible", "kindle unlimited", "adobe", "microsoft", "dropbox", "openai", "chatgpt", "patreon", "xbox", "playstation",
    "nintendo", "crunchyroll", "deezer", "tidal", "globoplay", "mubi", "dazn", "starz", "sirius", "siriusxm", "duolingo",
    "headspace", "calm", "planet fitness", "smart fit", "smartfit", "bodytech", "gympass", "wellhub", "classpass", "peloton",
    "nyt", "new york", "washington post", "medium", "substack", "canva", "notion", "evernote", "nordvpn", "expressvpn",
];
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecurringCharge {
    /// The merchant as the latest charge names it.
    pub merchant: String,
    pub category: Category,
    pub currency: Currency,
    pub cadence: Cadence,
    /// The median charge.
    pub typical_amount: i64,
    pub last_amount: i64,
    pub last_date: NaiveDate,
    pub next_date: NaiveDate,
    pub charges: usize,
    /// The typical charge per month.
    pub monthly_cost: i64,
    pub price_increase: Option<PriceIncrease>,
    /// Money coming in on a rhythm (a salary), rather than a charge.
    pub income: bool,
    pub evidence: Evidence,
}

/// Words banks put around a merchant's name.
const NOISE: &[&str] = &[
    "pos", "purchase", "debit", "card", "payment", "recurring", "autopay", "ach", "web", "www", "com", "net", "inc", "llc", "ltd",
    "the", "compra", "tarj", "tarjeta", "cartao", "pag", "pagamento", "pago", "debito", "deb", "dd", "so", "sq", "tst", "pp",
    "paypal", "visa", "mastercard", "checkcard", "online", "bill", "billpay", "recibo", "domiciliacion", "adeudo", "usa", "us",
];

/// The merchant key of a description: its first two words that are not numbers or bank noise.
pub fn merchant_key(description: &str) -> String {
    let lower = description.to_lowercase();
    lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2 && !NOISE.contains(w))
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Is this merchant key one of [`KNOWN_SERVICES`] ("audible uk" is Audible)?
fn is_known_service(key: &str) -> bool {
    KNOWN_SERVICES.iter().any(|s| key == *s || key.strip_prefix(s).is_some_and(|rest| rest.starts_with(' ')))
}

fn median(sorted: &[i64]) -> i64 {
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }
}

/// Does this run of dates follow `cadence`? Most gaps must be one period (or two: a missed
/// charge) within the jitter.
fn fits(dates: &[NaiveDate], cadence: Cadence) -> bool {
    let (days, jitter) = cadence.period();
    if dates.len() < cadence.min_charges() {
        return false;
    }
    let gaps: Vec<i64> = dates.windows(2).map(|w| (w[1] - w[0]).num_days()).collect();
    let on_rhythm = gaps.iter().filter(|g| (**g - days).abs() <= jitter || (cadence != Cadence::Yearly && (**g - 2 * days).abs() <= jitter)).count();
    let single = gaps.iter().filter(|g| (**g - days).abs() <= jitter).count();
    on_rhythm * 4 >= gaps.len() * 3 && single * 2 >= gaps.len()
}

/// The recurring charges (and incomes) still active on `today`, dearest per month first.
pub fn detect(transactions: &[NewTransaction], today: NaiveDate) -> Vec<RecurringCharge> {
    let mut groups: std::collections::BTreeMap<(String, &str, bool), Vec<&NewTransaction>> = std::collections::BTreeMap::new();
    for t in transactions.iter().filter(|t| t.transaction_date <= today) {
        let key = merchant_key(&t.description);
        if !key.is_empty() {
            groups.entry((key, t.currency.code(), t.category == Category::Income)).or_default().push(t);
        }
    }
    let mut found: Vec<RecurringCharge> = groups.into_values().filter_map(|group| recurring_in(group, today)).collect();
    found.sort_by_key(|r| (std::cmp::Reverse(r.monthly_cost), r.merchant.clone()));
    found
}

fn recurring_in(mut group: Vec<&NewTransaction>, today: NaiveDate) -> Option<RecurringCharge> {
    group.sort_by_key(|t| t.transaction_date);
    // One charge per day: a duplicate entry is not a second period.
    group.dedup_by_key(|t| t.transaction_date);
    let mut amounts: Vec<i64> = group.iter().map(|t| t.amount_cents).collect();
    amounts.sort_unstable();
    let typical = median(&amounts);
    let close = |a: i64| (a - typical).abs() * 100 <= typical * 15;
    // Amounts mostly alike; a price change is allowed (it is reported).
    if group.iter().filter(|t| close(t.amount_cents)).count() * 4 < group.len() * 3 {
        return None;
    }
    let dates: Vec<NaiveDate> = group.iter().map(|t| t.transaction_date).collect();
    let last = *group.last()?;
    let rhythm = [Cadence::Weekly, Cadence::Biweekly, Cadence::Monthly, Cadence::Yearly].into_iter().find(|c| fits(&dates, *c));
    let known = last.category != Category::Income && is_known_service(&merchant_key(&last.description));
    let (cadence, evidence) = match (rhythm, known) {
        (Some(c), _) => (c, Evidence::Rhythm),
        (None, true) => (Cadence::Monthly, Evidence::KnownService),
        (None, false) => return None,
    };
    let (days, jitter) = cadence.period();
    let next_date = match cadence {
        Cadence::Monthly => crate::calendar::add_months(last.transaction_date, 1)?,
        Cadence::Yearly => crate::calendar::add_months(last.transaction_date, 12)?,
        _ => last.transaction_date + chrono::TimeDelta::days(days),
    };
    if (today - next_date).num_days() > jitter {
        return None; // stopped: the next charge is overdue
    }
    let before: Vec<i64> = {
        let mut b: Vec<i64> = group[..group.len() - 1].iter().map(|t| t.amount_cents).collect();
        b.sort_unstable();
        b
    };
    let price_increase = (!before.is_empty())
        .then(|| median(&before))
        .filter(|prev| last.amount_cents * 100 >= prev * 103)
        .map(|prev| PriceIncrease { from: prev, to: last.amount_cents, on: last.transaction_date });
    Some(RecurringCharge {
        merchant: last.description.clone(),
        category: last.category,
        currency: last.currency,
        cadence,
        typical_amount: typical,
        last_amount: last.amount_cents,
        last_date: last.transaction_date,
        next_date,
        charges: group.len(),
        monthly_cost: cadence.monthly(if price_increase.is_some() { last.amount_cents } else { typical }),
        price_increase,
        income: last.category == Category::Income,
        evidence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transaction::Source;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn t(date: &str, description: &str, cents: i64, category: Category) -> NewTransaction {
        NewTransaction {
            amount_cents: cents,
            currency: Currency::USD,
            category,
            description: description.into(),
            transaction_date: day(date),
            source: Source::FileSpreadsheet,
            ai_confidence: 0.9,
        }
    }

    fn month_of_noise() -> Vec<NewTransaction> {
        let mut v = Vec::new();
        for (i, d) in ["2026-01-03", "2026-01-09", "2026-01-17", "2026-02-02", "2026-02-21", "2026-03-05", "2026-03-19"].iter().enumerate() {
            v.push(t(d, &format!("WHOLEFDS MKT #{}", 100 + i), 4_000 + 1_700 * i as i64, Category::Food));
            v.push(t(d, "UBER *TRIP", 900 + 350 * i as i64, Category::Transport));
        }
        v
    }

    #[test]
    fn monthly_subscriptions_with_jitter_and_a_price_rise() {
        let mut v = month_of_noise();
        for (d, cents) in [("2025-12-15", 1549), ("2026-01-15", 1549), ("2026-02-17", 1549), ("2026-03-15", 1799)] {
            v.push(t(d, "NETFLIX.COM 866-579-7172", cents, Category::Entertainment));
        }
        for d in ["2025-12-02", "2026-01-01", "2026-02-03", "2026-03-02"] {
            v.push(t(d, "SPOTIFY USA", 1199, Category::Entertainment));
        }
        let found = detect(&v, day("2026-03-20"));
        let names: Vec<&str> = found.iter().map(|r| r.merchant.as_str()).collect();
        assert_eq!(names, vec!["NETFLIX.COM 866-579-7172", "SPOTIFY USA"]);
        let netflix = &found[0];
        assert_eq!((netflix.cadence, netflix.charges, netflix.monthly_cost), (Cadence::Monthly, 4, 1799));
        assert_eq!(netflix.price_increase, Some(PriceIncrease { from: 1549, to: 1799, on: day("2026-03-15") }));
        assert_eq!(netflix.next_date, day("2026-04-15"));
        assert_eq!(found[1].price_increase, None);
        // Groceries and rides on no rhythm are not recurring.
        assert!(found.iter().all(|r| r.category == Category::Entertainment));
    }

    #[test]
    fn weekly_biweekly_yearly_and_income() {
        let mut v = Vec::new();
        for w in 0..6 {
            v.push(t(&(day("2026-02-02") + chrono::TimeDelta::days(7 * w)).to_string(), "CITY GYM CLASS PASS", 2_500, Category::Health));
        }
        for w in 0..5 {
            v.push(t(&(day("2026-01-09") + chrono::TimeDelta::days(14 * w)).to_string(), "ACME CORP PAYROLL", 210_000, Category::Income));
        }
        v.push(t("2025-03-10", "AMAZON PRIME*2K4", 13_900, Category::Other));
        v.push(t("2026-03-09", "AMAZON PRIME*8Q1", 13_900, Category::Other));
        let found = detect(&v, day("2026-03-12"));
        let got: Vec<(&str, Cadence, i64, bool)> = found.iter().map(|r| (r.merchant.as_str(), r.cadence, r.monthly_cost, r.income)).collect();
        assert_eq!(
            got,
            vec![
                ("ACME CORP PAYROLL", Cadence::Biweekly, 455_000, true),
                ("CITY GYM CLASS PASS", Cadence::Weekly, 10_833, false),
                ("AMAZON PRIME*8Q1", Cadence::Yearly, 1_158, false),
            ]
        );
    }

    #[test]
    fn a_cancelled_subscription_is_not_active_and_two_charges_are_not_a_rhythm() {
        let mut v = Vec::new();
        for d in ["2025-09-05", "2025-10-05", "2025-11-05"] {
            v.push(t(d, "HULU 877-8244858", 1_799, Category::Entertainment));
        }
        v.push(t("2026-01-10", "CORNER BAKERY", 1_399, Category::Food));
        v.push(t("2026-02-10", "CORNER BAKERY", 1_399, Category::Food));
        assert!(detect(&v, day("2026-02-20")).is_empty());
        // One charge of a known service is enough; an old one is not.
        v.push(t("2026-02-03", "DISNEY PLUS", 1_399, Category::Entertainment));
        v.push(t("2025-11-20", "AUDIBLE*UK2", 799, Category::Entertainment));
        let found = detect(&v, day("2026-02-20"));
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].evidence, found[0].next_date), (Evidence::KnownService, day("2026-03-03")));
        assert_eq!(merchant_key("POS PURCHASE NETFLIX.COM 866-579-7172"), "netflix");
        assert_eq!(merchant_key("COMPRA TARJ. SPOTIFY P3A1B2"), "spotify");
        assert!(is_known_service("audible uk") && is_known_service("netflix") && !is_known_service("netflixer"));
    }
}
