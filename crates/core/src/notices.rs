//! What the device tells the user without being asked (desktop notifications): this pay cycle's
//! money move is ready, it is payday, a category went over its plan target this month, a goal
//! passed a milestone.
//!
//! Each notice has a `key` naming the occasion (the cycle, the payday, the month and category,
//! the goal and milestone). The engine hands a key out once, so the same occasion never
//! notifies twice, however often the app asks.

use chrono::NaiveDate;
use serde::Serialize;

use crate::language::Language;
use crate::money::Currency;
use crate::transaction::Category;

/// The kinds a person can turn off one by one (settings `notify.<kind>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    MoneyMove,
    Payday,
    OverTarget,
    GoalMilestone,
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 4] = [NoticeKind::MoneyMove, NoticeKind::Payday, NoticeKind::OverTarget, NoticeKind::GoalMilestone];

    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKind::MoneyMove => "money_move",
            NoticeKind::Payday => "payday",
            NoticeKind::OverTarget => "over_target",
            NoticeKind::GoalMilestone => "goal_milestone",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    /// The occasion, e.g. "over_target:2026-05:food"; handed out once.
    pub key: String,
    pub title: String,
    pub body: String,
}

/// One goal as the notices read it.
pub struct GoalProgress<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub progress_percent: f64,
}

/// The user's numbers today, as the notices read them.
pub struct NoticeFacts<'a> {
    pub language: Language,
    pub currency: Currency,
    pub today: NaiveDate,
    /// The current pay cycle's first day.
    pub cycle_start: NaiveDate,
    /// Today, when today is a payday (only known with a pay date in the intake).
    pub payday: Option<NaiveDate>,
    /// Whether this cycle's money move was already made.
    pub cycle_has_move: bool,
    pub monthly_savings: i64,
    /// YYYY-MM, and this month's spending and the plan's target per category.
    pub month: &'a str,
    pub spending: &'a [(Category, i64, i64)],
    pub goals: &'a [GoalProgress<'a>],
}

/// Goal milestones, in percent.
const MILESTONES: [u32; 4] = [25, 50, 75, 100];

/// Every notice the facts call for today (the engine drops those already handed out).
pub fn due(f: &NoticeFacts) -> Vec<Notice> {
    let lang = f.language;
    let money = |minor: i64| f.currency.format_whole(minor, lang);
    let mut out = Vec::new();
    if !f.cycle_has_move {
        out.push(Notice {
            kind: NoticeKind::MoneyMove,
            key: format!("money_move:{}", f.cycle_start),
            title: lang.pick("Your money move is ready", "Seu movimento do ciclo está pronto", "Tu movimiento del ciclo está listo").into(),
            body: lang
                .pick(
                    "Open Money moves to plan this pay cycle.",
                    "Abra Movimentos para planejar este ciclo de pagamento.",
                    "Abre Movimientos para planificar este ciclo de pago.",
                )
                .into(),
        });
    }
    if let Some(payday) = f.payday {
        let amount = money(f.monthly_savings);
        out.push(Notice {
            kind: NoticeKind::Payday,
            key: format!("payday:{payday}"),
            title: lang.pick("It's payday", "Hoje é dia de pagamento", "Hoy es día de pago").into(),
            body: match lang {
                Language::En => format!("Your plan saves {amount} a month: move this cycle's share before it gets spent."),
                Language::Pt => format!("Seu plano poupa {amount} por mês: separe a parte deste ciclo antes de gastá-la."),
                Language::Es => format!("Tu plan ahorra {amount} al mes: aparta la parte de este ciclo antes de gastarla."),
            },
        });
    }
    for &(category, spent, target) in f.spending {
        if target <= 0 || spent <= target || category == Category::Income {
            continue;
        }
        let (name, spent, target) = (category.label(lang), money(spent), money(target));
        out.push(Notice {
            kind: NoticeKind::OverTarget,
            key: format!("over_target:{}:{}", f.month, category.as_str()),
            title: match lang {
                Language::En => format!("{name} is over the plan"),
                Language::Pt => format!("{name} passou do plano"),
                Language::Es => format!("{name} superó el plan"),
            },
            body: match lang {
                Language::En => format!("{spent} spent this month; the plan leaves {target}."),
                Language::Pt => format!("{spent} gastos este mês; o plano prevê {target}."),
                Language::Es => format!("{spent} gastados este mes; el plan deja {target}."),
            },
        });
    }
    for g in f.goals {
        // Only the highest milestone reached: a goal funded at once does not notify four times.
        let Some(&milestone) = MILESTONES.iter().rev().find(|&&m| g.progress_percent >= f64::from(m)) else { continue };
        let name = g.name;
        out.push(Notice {
            kind: NoticeKind::GoalMilestone,
            key: format!("goal:{}:{milestone}", g.id),
            title: match (lang, milestone) {
                (Language::En, 100) => format!("{name}: reached!"),
                (Language::Pt, 100) => format!("{name}: meta alcançada!"),
                (Language::Es, 100) => format!("{name}: ¡meta alcanzada!"),
                (Language::En, m) => format!("{name}: {m}% there"),
                (Language::Pt, m) => format!("{name}: {m}% do caminho"),
                (Language::Es, m) => format!("{name}: {m}% del camino"),
            },
            body: lang.pick("Keep going: open Goals to see when you will get there.", "Continue assim: abra Metas para ver quando você chega lá.", "Sigue así: abre Metas para ver cuándo llegarás.").into(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(today: NaiveDate, spending: &'a [(Category, i64, i64)], goals: &'a [GoalProgress<'a>]) -> NoticeFacts<'a> {
        NoticeFacts {
            language: Language::En,
            currency: Currency::USD,
            today,
            cycle_start: NaiveDate::from_ymd_opt(2026, 5, 15).expect("date"),
            payday: (today == NaiveDate::from_ymd_opt(2026, 5, 15).expect("date")).then_some(today),
            cycle_has_move: false,
            monthly_savings: 90_000,
            month: "2026-05",
            spending,
            goals,
        }
    }

    #[test]
    fn each_occasion_has_its_notice_and_key() {
        let spending = [(Category::Food, 52_000, 40_000), (Category::Transport, 5_000, 20_000), (Category::Clothing, 1_000, 0)];
        let goals = [GoalProgress { id: "g1", name: "Trip", progress_percent: 80.0 }, GoalProgress { id: "g2", name: "Car", progress_percent: 10.0 }];
        let payday = NaiveDate::from_ymd_opt(2026, 5, 15).expect("date");
        let all = due(&facts(payday, &spending, &goals));
        let keys: Vec<&str> = all.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, vec!["money_move:2026-05-15", "payday:2026-05-15", "over_target:2026-05:food", "goal:g1:75"]);
        assert_eq!(all[2].title, "Food is over the plan");
        assert_eq!(all[2].body, "$520 spent this month; the plan leaves $400.");
        assert_eq!(all[3].title, "Trip: 75% there");
        // Not payday, the move made, nothing over, no milestone: nothing to say.
        let quiet = NoticeFacts { cycle_has_move: true, ..facts(payday.pred_opt().expect("date"), &spending[1..], &goals[1..]) };
        assert!(due(&quiet).is_empty());
    }

    #[test]
    fn notices_speak_the_users_language() {
        let spending = [(Category::Food, 52_000, 40_000)];
        let f = NoticeFacts { language: Language::Pt, currency: Currency::BRL, cycle_has_move: true, ..facts(NaiveDate::from_ymd_opt(2026, 5, 3).expect("date"), &spending, &[]) };
        let n = due(&f);
        assert_eq!(n[0].title, "Alimentação passou do plano");
        assert!(n[0].body.starts_with("R$"), "{}", n[0].body);
    }
}
