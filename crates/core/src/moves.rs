//! The rules that turn a plan and the user's real spending into money moves (seed 001's
//! recommendations). Deterministic: the same data gives the same moves, in en, pt or es.
//!
//! The method:
//! 1. **Category targets.** The plan leaves `needs + wants` a month for living. Fixed categories
//!    (housing, utilities, health, education) are budgeted at what they really cost (this month
//!    or the usual month, whichever is more): they are not cut from one month to the next. The
//!    rest is shared among the flexible categories (food, transport, entertainment, clothing,
//!    other) in the user's usual mix when earlier months are known, else in a reference mix
//!    ([`REFERENCE_MIX`]).
//! 2. **Overspend.** A flexible category whose month-to-date spending is above its whole-month
//!    target by at least 5 % (and one major unit) is a move: cut it by the difference. High
//!    priority from 25 % over.
//! 3. **Subscriptions.** Active recurring charges of entertainment, health and other (streaming, gyms, apps,
//!    memberships) add up to what cancelling unused ones could free; a price increase is named.
//! 4. **Debt.** With debt and an extra payment in the plan: how much sooner it is paid off and the
//!    interest saved (when the rate is known).
//! 5. **Emergency fund.** Savings below the plan's target (3 months of expenses): when the monthly
//!    savings get there.
//! 6. **Payday.** With a next pay date: move the savings on that day, before spending starts.
//!
//! Moves are ordered by priority, then by what they could save.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::calendar::{add_months, div_ceil};
use crate::intake::IntakeDraft;
use crate::money_move::Priority;
use crate::plan::{simulate_debt, Bucket, PlanDraft};
use crate::recurring::RecurringCharge;
use crate::transaction::Category;
use crate::{Currency, Language};

/// How the flexible budget is shared when the user's own mix is not known yet, in percent: about
/// the Consumer Expenditure Survey's proportions of these categories, vehicle purchases left out.
pub const REFERENCE_MIX: [(Category, i64); 5] =
    [(Category::Food, 35), (Category::Transport, 30), (Category::Entertainment, 12), (Category::Clothing, 8), (Category::Other, 15)];

/// Categories that are budgeted at what they cost.
const FIXED: [Category; 4] = [Category::Housing, Category::Utilities, Category::Health, Category::Education];

/// What the rules look at.
#[derive(Debug, Clone)]
pub struct Situation<'a> {
    pub plan: &'a PlanDraft,
    pub intake: &'a IntakeDraft,
    /// Spending (money out) per category from the first of this month to today.
    pub month_to_date: &'a BTreeMap<Category, i64>,
    /// Average monthly spending per category over earlier whole months, when there are any.
    pub usual: Option<&'a BTreeMap<Category, i64>>,
    pub recurring: &'a [RecurringCharge],
    pub language: Language,
    pub today: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveKind {
    Overspend,
    Subscriptions,
    Debt,
    EmergencyFund,
    Payday,
}

/// A recommendation before it gets an id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveDraft {
    pub kind: MoveKind,
    pub title: String,
    pub description: String,
    pub potential_savings_cents: i64,
    pub category: Category,
    pub priority: Priority,
}

/// The whole-month target of each spending category (method step 1).
pub fn category_targets(s: &Situation<'_>) -> BTreeMap<Category, i64> {
    let bucket = |b: Bucket| s.plan.allocations.iter().find(|a| a.bucket == b).map_or(0, |a| a.amount);
    let living = bucket(Bucket::Needs) + bucket(Bucket::Wants);
    let spent = |c: Category| s.month_to_date.get(&c).copied().unwrap_or(0);
    let usual = |c: Category| s.usual.and_then(|u| u.get(&c)).copied().unwrap_or(0);
    let mut targets = BTreeMap::new();
    let mut fixed_total = 0;
    for c in FIXED {
        let cost = spent(c).max(usual(c));
        fixed_total += cost;
        targets.insert(c, cost);
    }
    let flexible = (living - fixed_total).max(0);
    let own_mix: Vec<(Category, i64)> = REFERENCE_MIX.iter().map(|(c, _)| (*c, usual(*c))).collect();
    let own_total: i64 = own_mix.iter().map(|(_, v)| v).sum();
    let mix: Vec<(Category, i64)> = if own_total > 0 { own_mix } else { REFERENCE_MIX.to_vec() };
    let weight: i64 = mix.iter().map(|(_, w)| w).sum::<i64>().max(1);
    for (c, w) in mix {
        targets.insert(c, i64::try_from(i128::from(flexible) * i128::from(w) / i128::from(weight)).unwrap_or(0));
    }
    targets
}

/// The money moves for this situation, most important first.
pub fn recommend(s: &Situation<'_>) -> Vec<MoveDraft> {
    let mut moves = Vec::new();
    overspend(s, &mut moves);
    subscriptions(s, &mut moves);
    debt(s, &mut moves);
    emergency_fund(s, &mut moves);
    payday(s, &mut moves);
    let rank = |p: Priority| match p {
        Priority::High => 0,
        Priority::Medium => 1,
        Priority::Low => 2,
    };
    moves.sort_by_key(|m| (rank(m.priority), std::cmp::Reverse(m.potential_savings_cents)));
    moves
}

fn whole(currency: Currency, language: Language, minor: i64) -> String {
    currency.format_whole(minor, language)
}

fn overspend(s: &Situation<'_>, out: &mut Vec<MoveDraft>) {
    let lang = s.language;
    let cur = s.plan.currency;
    let targets = category_targets(s);
    for (category, _) in REFERENCE_MIX {
        let spent = s.month_to_date.get(&category).copied().unwrap_or(0);
        let target = targets.get(&category).copied().unwrap_or(0);
        let over = spent - target;
        if over <= 0 || over * 20 < target || over < cur.minor_per_major() {
            continue;
        }
        let name = category.label(lang).to_lowercase();
        let tip = match category {
            Category::Food => lang.pick(
                "Cook 3 more meals at home per week.",
                "Cozinhe em casa mais 3 refeições por semana.",
                "Cocina en casa 3 comidas más por semana.",
            ),
            Category::Transport => lang.pick(
                "Group errands into one trip and use transit for short rides.",
                "Junte as saídas numa só viagem e use transporte público nos trajetos curtos.",
                "Junta los recados en un solo viaje y usa transporte público en los trayectos cortos.",
            ),
            Category::Entertainment => lang.pick(
                "Plan one paid outing a week and one free one.",
                "Planeje um passeio pago por semana e um gratuito.",
                "Planea una salida de pago por semana y una gratuita.",
            ),
            Category::Clothing => lang.pick(
                "Wait 48 hours before buying clothes you do not need this week.",
                "Espere 48 horas antes de comprar roupas de que não precisa esta semana.",
                "Espera 48 horas antes de comprar ropa que no necesitas esta semana.",
            ),
            _ => lang.pick(
                "Look through this month's other purchases for ones you would not make again.",
                "Revise as outras compras do mês e veja quais não faria de novo.",
                "Revisa las otras compras del mes y mira cuáles no volverías a hacer.",
            ),
        };
        let (spent_s, over_s, target_s) = (whole(cur, lang, spent), whole(cur, lang, over), whole(cur, lang, target));
        out.push(MoveDraft {
            kind: MoveKind::Overspend,
            title: match lang {
                Language::En => format!("Cut {name} by {over_s}"),
                Language::Pt => format!("Reduza {name} em {over_s}"),
                Language::Es => format!("Reduce {name} en {over_s}"),
            },
            description: match lang {
                Language::En => format!("You spent {spent_s} on {name} this month — {over_s} above your plan target of {target_s}. {tip}"),
                Language::Pt => format!("Você gastou {spent_s} com {name} este mês — {over_s} acima da meta do seu plano, de {target_s}. {tip}"),
                Language::Es => format!("Gastaste {spent_s} en {name} este mes: {over_s} por encima de la meta de tu plan, de {target_s}. {tip}"),
            },
            potential_savings_cents: over,
            category,
            priority: if over * 4 >= target { Priority::High } else { Priority::Medium },
        });
    }
}

fn subscriptions(s: &Situation<'_>, out: &mut Vec<MoveDraft>) {
    let lang = s.language;
    let cur = s.plan.currency;
    let subs: Vec<&RecurringCharge> = s
        .recurring
        .iter()
        .filter(|r| !r.income && r.currency == cur && matches!(r.category, Category::Entertainment | Category::Other | Category::Health))
        .collect();
    if subs.is_empty() {
        return;
    }
    let monthly: i64 = subs.iter().map(|r| r.monthly_cost).sum();
    let names = subs.iter().map(|r| short_name(&r.merchant)).collect::<Vec<_>>().join(", ");
    let n = subs.len();
    let rises: Vec<String> = subs
        .iter()
        .filter_map(|r| r.price_increase.as_ref().map(|p| (short_name(&r.merchant), p)))
        .map(|(name, p)| {
            let (from, to) = (cur.format(p.from, lang), cur.format(p.to, lang));
            match lang {
                Language::En => format!("{name} went up from {from} to {to}."),
                Language::Pt => format!("{name} subiu de {from} para {to}."),
                Language::Es => format!("{name} subió de {from} a {to}."),
            }
        })
        .collect();
    let total = cur.format(monthly, lang);
    let mut description = match lang {
        Language::En => format!(
            "We detected {n} recurring charge{} ({names}) costing {total} a month. Cancelling unused ones could free up {total}/month.",
            if n == 1 { "" } else { "s" }
        ),
        Language::Pt => format!(
            "Encontramos {n} cobrança{} recorrente{} ({names}) que somam {total} por mês. Cancelar as que você não usa pode liberar até {total}/mês.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "" } else { "s" }
        ),
        Language::Es => format!(
            "Detectamos {n} cargo{} recurrente{} ({names}) que suman {total} al mes. Cancelar los que no usas podría liberar hasta {total}/mes.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "" } else { "s" }
        ),
    };
    for r in &rises {
        description.push(' ');
        description.push_str(r);
    }
    out.push(MoveDraft {
        kind: MoveKind::Subscriptions,
        title: lang.pick("Audit subscriptions", "Revise suas assinaturas", "Revisa tus suscripciones").to_string(),
        description,
        potential_savings_cents: monthly,
        category: Category::Entertainment,
        priority: if rises.is_empty() { Priority::Medium } else { Priority::High },
    });
}

/// "NETFLIX.COM 866-579-7172" → "Netflix".
fn short_name(merchant: &str) -> String {
    let key = crate::recurring::merchant_key(merchant);
    let mut words: Vec<String> = key
        .split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or_else(String::new, |f| f.to_uppercase().collect::<String>() + c.as_str())
        })
        .collect();
    if words.is_empty() {
        words.push(merchant.to_string());
    }
    words.join(" ")
}

fn debt(s: &Situation<'_>, out: &mut Vec<MoveDraft>) {
    let (lang, cur, intake) = (s.language, s.plan.currency, s.intake);
    let extra = s.plan.recommended_extra_debt_payment;
    if intake.total_debt <= 0 || extra <= 0 {
        return;
    }
    let rate = intake.debt_interest_rate_bp;
    let now = simulate_debt(intake.total_debt, intake.monthly_debt_payment, rate, s.today);
    let faster = simulate_debt(intake.total_debt, intake.monthly_debt_payment + extra, rate, s.today);
    let Some(faster) = faster else { return };
    let (extra_s, payment_s, debt_s) = (whole(cur, lang, extra), whole(cur, lang, intake.monthly_debt_payment), whole(cur, lang, intake.total_debt));
    let date = faster.date.format("%Y-%m-%d").to_string();
    let (sooner, saved) = match &now {
        Some(p) => (p.months - faster.months, p.total_interest - faster.total_interest),
        None => (0, 0),
    };
    let gain = match (lang, &now, saved > 0) {
        (Language::En, Some(_), true) => format!(", {sooner} months sooner, saving {} in interest", whole(cur, lang, saved)),
        (Language::Pt, Some(_), true) => format!(", {sooner} meses antes, economizando {} em juros", whole(cur, lang, saved)),
        (Language::Es, Some(_), true) => format!(", {sooner} meses antes, ahorrando {} en intereses", whole(cur, lang, saved)),
        (Language::En, Some(_), false) => format!(", {sooner} months sooner"),
        (Language::Pt, Some(_), false) => format!(", {sooner} meses antes"),
        (Language::Es, Some(_), false) => format!(", {sooner} meses antes"),
        (Language::En, None, _) => " — at today's payment it would never be paid off".to_string(),
        (Language::Pt, None, _) => " — com o pagamento atual ela nunca seria quitada".to_string(),
        (Language::Es, None, _) => " — con el pago actual nunca se terminaría de pagar".to_string(),
    };
    out.push(MoveDraft {
        kind: MoveKind::Debt,
        title: match lang {
            Language::En => format!("Pay {extra_s} extra on your debt"),
            Language::Pt => format!("Pague {extra_s} a mais na sua dívida"),
            Language::Es => format!("Paga {extra_s} extra en tu deuda"),
        },
        description: match lang {
            Language::En => format!("Adding {extra_s} a month to your {payment_s} payment clears your {debt_s} debt by {date}{gain}."),
            Language::Pt => format!("Somar {extra_s} por mês ao pagamento de {payment_s} quita sua dívida de {debt_s} até {date}{gain}."),
            Language::Es => format!("Sumar {extra_s} al mes a tu pago de {payment_s} liquida tu deuda de {debt_s} para el {date}{gain}."),
        },
        potential_savings_cents: if saved > 0 { saved } else { extra },
        category: Category::Other,
        priority: Priority::High,
    });
}

fn emergency_fund(s: &Situation<'_>, out: &mut Vec<MoveDraft>) {
    let (lang, cur, intake) = (s.language, s.plan.currency, s.intake);
    let target = s.plan.key_metrics.emergency_fund_target;
    let monthly = s.plan.recommended_monthly_savings;
    let have = intake.current_savings;
    if target <= 0 || have >= target || monthly <= 0 {
        return;
    }
    let months = div_ceil(target - have, monthly);
    let Some(by) = add_months(s.today, months) else { return };
    let (have_s, target_s, monthly_s) = (whole(cur, lang, have), whole(cur, lang, target), whole(cur, lang, monthly));
    let by = by.format("%Y-%m-%d");
    out.push(MoveDraft {
        kind: MoveKind::EmergencyFund,
        title: lang.pick("Build your emergency fund", "Monte sua reserva de emergência", "Construye tu fondo de emergencia").to_string(),
        description: match lang {
            Language::En => format!("You have {have_s} of a {target_s} safety net (3 months of expenses). Setting aside {monthly_s} a month gets you there by {by}."),
            Language::Pt => format!("Você tem {have_s} de uma reserva de {target_s} (3 meses de despesas). Guardando {monthly_s} por mês, você chega lá até {by}."),
            Language::Es => format!("Tienes {have_s} de un colchón de {target_s} (3 meses de gastos). Apartando {monthly_s} al mes llegas el {by}."),
        },
        potential_savings_cents: monthly,
        category: Category::Other,
        priority: if have * 3 < target { Priority::High } else { Priority::Medium },
    });
}

fn payday(s: &Situation<'_>, out: &mut Vec<MoveDraft>) {
    let (lang, cur) = (s.language, s.plan.currency);
    let (Some(pay), monthly) = (s.intake.next_pay_date, s.plan.recommended_monthly_savings) else { return };
    if monthly <= 0 || pay < s.today {
        return;
    }
    let (monthly_s, pay) = (whole(cur, lang, monthly), pay.format("%Y-%m-%d"));
    out.push(MoveDraft {
        kind: MoveKind::Payday,
        title: lang.pick("Save on payday", "Guarde no dia do pagamento", "Ahorra el día de cobro").to_string(),
        description: match lang {
            Language::En => format!("Your next payday is {pay}: move your {monthly_s} monthly savings that day, before spending starts."),
            Language::Pt => format!("Seu próximo pagamento cai em {pay}: transfira os {monthly_s} de poupança do mês nesse dia, antes de começar a gastar."),
            Language::Es => format!("Tu próximo cobro es el {pay}: mueve los {monthly_s} de ahorro del mes ese mismo día, antes de empezar a gastar."),
        },
        potential_savings_cents: monthly,
        category: Category::Other,
        priority: Priority::Low,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::IntakeInput;
    use crate::plan::compute_plan;
    use crate::recurring::{Cadence, Evidence, PriceIncrease};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    /// The seed's numbers: $5,000 income, $3,200 expenses, a savings goal; plus $4,000 of debt
    /// at 19.99 % paid $150 a month for the debt case.
    fn intake(debt: bool) -> IntakeDraft {
        IntakeInput {
            monthly_income: Some(5000.0),
            monthly_expenses: Some(3200.0),
            financial_goal: Some(if debt { "debt" } else { "savings" }.into()),
            next_pay_date: Some("2026-03-27".into()),
            total_debt: debt.then_some(4000.0),
            monthly_debt_payment: debt.then_some(150.0),
            debt_interest_rate_percent: debt.then_some(19.99),
            current_savings: Some(1200.0),
            ..Default::default()
        }
        .validate(Currency::USD)
        .expect("valid")
    }

    fn netflix() -> RecurringCharge {
        RecurringCharge {
            merchant: "NETFLIX.COM 866-579-7172".into(),
            category: Category::Entertainment,
            currency: Currency::USD,
            cadence: Cadence::Monthly,
            typical_amount: 1549,
            last_amount: 1799,
            last_date: day("2026-03-15"),
            next_date: day("2026-04-15"),
            charges: 4,
            monthly_cost: 1799,
            price_increase: Some(PriceIncrease { from: 1549, to: 1799, on: day("2026-03-15") }),
            income: false,
            evidence: Evidence::Rhythm,
        }
    }

    fn spotify() -> RecurringCharge {
        RecurringCharge {
            merchant: "SPOTIFY USA".into(),
            typical_amount: 1199,
            last_amount: 1199,
            monthly_cost: 1199,
            price_increase: None,
            ..netflix()
        }
    }

    #[test]
    fn targets_share_the_living_budget_after_fixed_costs() {
        let intake = intake(false);
        let plan = compute_plan(&intake, &[], day("2026-03-20"), Language::En);
        let month: BTreeMap<Category, i64> = [(Category::Housing, 150_000), (Category::Utilities, 20_000), (Category::Food, 90_000)].into();
        let s = Situation { plan: &plan, intake: &intake, month_to_date: &month, usual: None, recurring: &[], language: Language::En, today: day("2026-03-20") };
        let targets = category_targets(&s);
        let living: i64 = plan.allocations.iter().filter(|a| matches!(a.bucket, Bucket::Needs | Bucket::Wants)).map(|a| a.amount).sum();
        // $4,100 for living (income minus the plan's $900 of savings), $1,700 of it fixed:
        // $2,400 shared 35/30/12/8/15.
        assert_eq!(living, 410_000);
        assert_eq!(targets[&Category::Housing], 150_000);
        assert_eq!(targets[&Category::Food], 84_000);
        assert_eq!(targets[&Category::Transport], 72_000);
        assert_eq!(targets[&Category::Entertainment], 28_800);
        assert_eq!(targets.values().sum::<i64>(), living);
    }

    #[test]
    fn overspent_categories_and_subscriptions_with_real_numbers() {
        let intake = intake(false);
        let plan = compute_plan(&intake, &[], day("2026-03-20"), Language::En);
        let month: BTreeMap<Category, i64> =
            [(Category::Housing, 150_000), (Category::Utilities, 20_000), (Category::Food, 102_000), (Category::Entertainment, 31_000), (Category::Transport, 40_000)].into();
        let recurring = [netflix(), spotify()];
        let s = Situation { plan: &plan, intake: &intake, month_to_date: &month, usual: None, recurring: &recurring, language: Language::En, today: day("2026-03-20") };
        let moves = recommend(&s);
        let kinds: Vec<MoveKind> = moves.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, vec![MoveKind::EmergencyFund, MoveKind::Subscriptions, MoveKind::Overspend, MoveKind::Overspend, MoveKind::Payday]);
        let food = moves.iter().find(|m| m.category == Category::Food).expect("food");
        assert_eq!(food.title, "Cut food by $180");
        assert_eq!(food.description, "You spent $1,020 on food this month — $180 above your plan target of $840. Cook 3 more meals at home per week.");
        assert_eq!((food.potential_savings_cents, food.priority), (18_000, Priority::Medium));
        let subs = &moves[1];
        assert_eq!(
            subs.description,
            "We detected 2 recurring charges (Netflix, Spotify) costing $29.98 a month. Cancelling unused ones could free up $29.98/month. Netflix went up from $15.49 to $17.99."
        );
        assert_eq!((subs.potential_savings_cents, subs.priority), (2_998, Priority::High));
        // Transport ($400 of $720) is under target: no move.
        assert!(moves.iter().all(|m| m.category != Category::Transport));
        let ef = &moves[0];
        assert_eq!(ef.description, "You have $1,200 of a $9,600 safety net (3 months of expenses). Setting aside $900 a month gets you there by 2027-01-20.");
        // ($9,600 − $1,200) / $900 = 9.3, so 10 months from 2026-03-20.
    }

    #[test]
    fn the_debt_move_in_three_languages() {
        let intake = intake(true);
        let plan = compute_plan(&intake, &[], day("2026-03-20"), Language::Pt);
        assert!(plan.recommended_extra_debt_payment > 0);
        let month = BTreeMap::new();
        let moves = |language| {
            recommend(&Situation { plan: &plan, intake: &intake, month_to_date: &month, usual: None, recurring: &[], language, today: day("2026-03-20") })
        };
        let en = moves(Language::En);
        let debt = en.iter().find(|m| m.kind == MoveKind::Debt).expect("debt move");
        let slow = simulate_debt(400_000, 15_000, Some(1999), day("2026-03-20")).expect("paid off");
        let fast = simulate_debt(400_000, 15_000 + plan.recommended_extra_debt_payment, Some(1999), day("2026-03-20")).expect("paid off");
        assert_eq!(debt.potential_savings_cents, slow.total_interest - fast.total_interest);
        assert!(debt.description.contains(&format!("{} months sooner", slow.months - fast.months)), "{}", debt.description);
        let pt = moves(Language::Pt);
        assert!(pt.iter().any(|m| m.title.starts_with("Pague R$") || m.title.starts_with("Pague $")), "{:?}", pt.iter().map(|m| &m.title).collect::<Vec<_>>());
        let es = moves(Language::Es);
        assert!(es.iter().any(|m| m.description.contains("meses antes")));
    }
}

// ---- pay cycles (seed 000) ----------------------------------------------------------------------

/// The pay cycle `today` falls in: from the last payday on or before today to the next one
/// (the due date). Paydays step from the intake's `next_pay_date` by `cadence`, backwards and
/// forwards; without a pay date, cycles are calendar months.
pub fn pay_cycle(today: NaiveDate, next_pay_date: Option<NaiveDate>, cadence: crate::goal::Cadence) -> (NaiveDate, NaiveDate) {
    use crate::goal::Cadence as C;
    use chrono::Datelike;
    let Some(anchor) = next_pay_date else {
        let start = today.with_day(1).unwrap_or(today);
        return (start, add_months(start, 1).unwrap_or(today));
    };
    let step = |n: i64| -> Option<NaiveDate> {
        match cadence {
            C::Biweekly => anchor.checked_add_signed(chrono::TimeDelta::days(14 * n)),
            C::Monthly => add_months(anchor, n).or_else(|| {
                // Months before the anchor.
                u32::try_from(-n).ok().and_then(|m| anchor.checked_sub_months(chrono::Months::new(m)))
            }),
        }
    };
    // The first payday after today, found from the anchor in either direction.
    let mut n: i64 = 0;
    while step(n).is_some_and(|d| d <= today) && n < 10_000 {
        n += 1;
    }
    while step(n - 1).is_some_and(|d| d > today) && n > -10_000 {
        n -= 1;
    }
    let due = step(n).unwrap_or(today);
    let start = step(n - 1).unwrap_or(today);
    (start, due)
}

/// A checkable task of a cycle, before it gets an id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskDraft {
    pub title: String,
}

/// The money move of one pay cycle: the most important recommendation as its headline and one
/// concrete task for each of the top moves (at most four), saving on payday first.
pub fn cycle_move(moves: &[MoveDraft], plan: &PlanDraft, cadence: crate::goal::Cadence, due: NaiveDate, language: Language) -> (String, String, Vec<TaskDraft>) {
    let cur = plan.currency;
    let per_cycle = match cadence {
        crate::goal::Cadence::Biweekly => plan.recommended_monthly_savings * 12 / 26,
        crate::goal::Cadence::Monthly => plan.recommended_monthly_savings,
    };
    let due_s = due.format("%Y-%m-%d").to_string();
    let mut tasks = Vec::new();
    if per_cycle > 0 {
        let amount = whole(cur, language, per_cycle);
        tasks.push(match language {
            Language::En => format!("Move {amount} to savings on payday"),
            Language::Pt => format!("Transfira {amount} para a poupança no dia do pagamento"),
            Language::Es => format!("Pasa {amount} a tu ahorro el día de cobro"),
        });
    }
    for m in moves.iter().filter(|m| m.kind != MoveKind::Payday && m.kind != MoveKind::EmergencyFund).take(3) {
        let save = whole(cur, language, m.potential_savings_cents);
        let label = m.category.label(language).to_lowercase();
        tasks.push(match (m.kind, language) {
            (MoveKind::Overspend, Language::En) => format!("Spend {save} less on {label} before {due_s}"),
            (MoveKind::Overspend, Language::Pt) => format!("Gaste {save} a menos com {label} até {due_s}"),
            (MoveKind::Overspend, Language::Es) => format!("Gasta {save} menos en {label} antes del {due_s}"),
            (MoveKind::Subscriptions, Language::En) => "Cancel one subscription you no longer use".to_string(),
            (MoveKind::Subscriptions, Language::Pt) => "Cancele uma assinatura que você não usa mais".to_string(),
            (MoveKind::Subscriptions, Language::Es) => "Cancela una suscripción que ya no uses".to_string(),
            (MoveKind::Debt, _) => m.title.clone(),
            _ => m.title.clone(),
        });
    }
    if tasks.is_empty() {
        tasks.push(language.pick("Log every purchase this cycle", "Registre todas as compras deste ciclo", "Registra todas tus compras de este ciclo").to_string());
    }
    let (title, description) = match moves.first() {
        Some(top) => (top.title.clone(), top.description.clone()),
        None => (
            language.pick("Stay on plan", "Mantenha o plano", "Sigue tu plan").to_string(),
            language.pick("Your spending is within your plan: keep saving on payday.", "Seus gastos estão dentro do plano: continue guardando no dia do pagamento.", "Tus gastos van dentro del plan: sigue ahorrando el día de cobro.").to_string(),
        ),
    };
    (title, description, tasks.into_iter().map(|title| TaskDraft { title }).collect())
}

#[cfg(test)]
mod cycle_tests {
    use super::*;
    use crate::goal::Cadence;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn cycles_follow_the_paydays() {
        // Paid every other Friday, next on 2026-04-03.
        assert_eq!(pay_cycle(day("2026-03-28"), Some(day("2026-04-03")), Cadence::Biweekly), (day("2026-03-20"), day("2026-04-03")));
        // On payday a new cycle starts.
        assert_eq!(pay_cycle(day("2026-04-03"), Some(day("2026-04-03")), Cadence::Biweekly), (day("2026-04-03"), day("2026-04-17")));
        // Weeks after a stale pay date, the schedule carries on.
        assert_eq!(pay_cycle(day("2026-05-01"), Some(day("2026-04-03")), Cadence::Biweekly), (day("2026-05-01"), day("2026-05-15")));
        assert_eq!(pay_cycle(day("2026-03-28"), Some(day("2026-04-05")), Cadence::Monthly), (day("2026-03-05"), day("2026-04-05")));
        assert_eq!(pay_cycle(day("2026-03-28"), None, Cadence::Monthly), (day("2026-03-01"), day("2026-04-01")));
    }
}
