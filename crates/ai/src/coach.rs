//! The offline coach: the questions people ask about their money, recognised in en/pt/es, and
//! answered from the [`CoachContext`] with the real numbers.
//!
//! Recognised (checked in this order, the first that fits wins):
//! 1. **Afford** — "Can I afford a $300 purchase?" (needs an amount): yes when it fits in what is
//!    left of this month's budget; else from savings above the emergency fund; else how many
//!    months of the plan's savings it takes.
//! 2. **Debt-free** — "When will I be debt-free?": the payoff date at today's payment and with
//!    the plan's extra.
//! 3. **Cut back** — "Where can I cut back?": the money moves that save the most.
//! 4. **Save** — "How much can I save?": the plan's monthly savings and what this month leaves.
//! 5. **Left to spend** — "How much can I spend this week / today?": what is left of this
//!    month's budget, shared over the days to the month's end.
//! 6. **Spending** — "What did I spend this week / on food this month?": totals by category.
//! 7. **On track** — "Am I on track for my emergency fund?": the goal (or the emergency fund)
//!    against what the plan saves.
//!
//! Anything else gets a plain answer saying what the coach can answer, with an example.

use ozzie_core::chat::Emotion;
use ozzie_core::text::words;
use ozzie_core::transaction::Category;
use ozzie_core::{Currency, Language};

use crate::context::CoachContext;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    Afford,
    DebtFree,
    CutBack,
    Save,
    LeftToSpend,
    Spending,
    OnTrack,
    Unknown,
}

/// A message to the coach, with the amount it names (read by the engine's sentence parser).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question<'a> {
    pub text: &'a str,
    pub amount: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub message: String,
    pub emotion: Emotion,
    pub intent: Intent,
}

const AFFORD: &[&str] = &[
    "afford", "can i buy", "should i buy", "posso comprar", "consigo comprar", "da pra comprar", "da para comprar", "cabe no orcamento",
    "posso gastar", "puedo comprar", "me alcanza", "alcanza para", "puedo permitirme", "puedo gastar",
];
const DEBT_FREE: &[&str] = &[
    "debt free", "out of debt", "pay off my", "paid off", "payoff", "sem dividas", "sem divida", "quitar", "livre das dividas",
    "livre de dividas", "pagar minhas dividas", "libre de deudas", "sin deudas", "salir de deudas", "pagar mis deudas", "liquidar",
];
const CUT_BACK: &[&str] = &[
    "cut back", "cut down", "spend less", "where can i save", "reduce my spending", "onde posso cortar", "cortar gastos", "gastar menos",
    "onde posso economizar", "reduzir gastos", "recortar", "gastar menos", "donde puedo ahorrar", "reducir gastos", "reducir mis gastos",
];
const SAVE: &[&str] = &[
    "how much can i save", "how much should i save", "how much could i save", "quanto posso guardar", "quanto posso poupar",
    "quanto consigo guardar", "quanto consigo poupar", "quanto posso economizar", "cuanto puedo ahorrar", "cuanto deberia ahorrar",
    "cuanto podria ahorrar",
];
const LEFT_TO_SPEND: &[&str] = &[
    "how much can i spend", "how much do i have left", "how much is left", "how much have i got left", "quanto posso gastar",
    "quanto ainda posso gastar", "quanto sobrou", "quanto me resta", "quanto ainda tenho", "cuanto puedo gastar", "cuanto me queda",
    "cuanto me sobra", "cuanto tengo para gastar",
];
const SPENDING: &[&str] = &[
    "spend", "spent", "spending", "gastei", "gasto", "gastos", "gastando", "gaste", "gastado", "gastamos",
];
const ON_TRACK: &[&str] = &[
    "on track", "emergency fund", "my goal", "reach my", "hit my", "no caminho", "no rumo", "reserva de emergencia", "minha meta",
    "atingir", "bater a meta", "voy bien", "en camino", "fondo de emergencia", "mi meta", "alcanzar", "cumplir",
];

/// Words that name a category in a question ("on food", "com comida", "en comida").
const CATEGORY_WORDS: &[(&str, Category)] = &[
    ("food", Category::Food), ("groceries", Category::Food), ("restaurants", Category::Food), ("eating out", Category::Food),
    ("comida", Category::Food), ("alimentacao", Category::Food), ("mercado", Category::Food), ("restaurantes", Category::Food),
    ("supermercado", Category::Food), ("transport", Category::Transport), ("transportation", Category::Transport),
    ("uber", Category::Transport), ("gas", Category::Transport), ("transporte", Category::Transport), ("gasolina", Category::Transport),
    ("housing", Category::Housing), ("rent", Category::Housing), ("moradia", Category::Housing), ("aluguel", Category::Housing),
    ("vivienda", Category::Housing), ("alquiler", Category::Housing), ("renta", Category::Housing), ("utilities", Category::Utilities),
    ("bills", Category::Utilities), ("contas", Category::Utilities), ("servicios", Category::Utilities), ("health", Category::Health),
    ("saude", Category::Health), ("salud", Category::Health), ("pharmacy", Category::Health), ("farmacia", Category::Health),
    ("entertainment", Category::Entertainment), ("fun", Category::Entertainment), ("lazer", Category::Entertainment),
    ("ocio", Category::Entertainment), ("entretenimiento", Category::Entertainment), ("education", Category::Education),
    ("educacao", Category::Education), ("educacion", Category::Education), ("clothes", Category::Clothing),
    ("clothing", Category::Clothing), ("roupas", Category::Clothing), ("roupa", Category::Clothing), ("ropa", Category::Clothing),
];

fn has_any(w: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| w.contains(&format!(" {p} ")))
}

/// What the question asks.
pub fn intent_of(q: &Question<'_>) -> Intent {
    let w = words(q.text);
    if q.amount.is_some() && has_any(&w, AFFORD) {
        Intent::Afford
    } else if has_any(&w, DEBT_FREE) {
        Intent::DebtFree
    } else if has_any(&w, CUT_BACK) {
        Intent::CutBack
    } else if has_any(&w, SAVE) {
        Intent::Save
    } else if has_any(&w, LEFT_TO_SPEND) {
        Intent::LeftToSpend
    } else if has_any(&w, SPENDING) {
        Intent::Spending
    } else if has_any(&w, ON_TRACK) {
        Intent::OnTrack
    } else {
        Intent::Unknown
    }
}

/// The coach's answer to `q`.
pub fn answer(ctx: &CoachContext, q: &Question<'_>) -> Reply {
    let intent = intent_of(q);
    let (message, emotion) = match intent {
        Intent::Afford => afford(ctx, q.amount.unwrap_or(0)),
        Intent::DebtFree => debt_free(ctx),
        Intent::CutBack => cut_back(ctx),
        Intent::Save => save(ctx),
        Intent::LeftToSpend => left_to_spend(ctx, q.text),
        Intent::Spending => spending(ctx, q.text),
        Intent::OnTrack => on_track(ctx),
        Intent::Unknown => (unknown(ctx.language), Emotion::Neutral),
    };
    Reply { message, emotion, intent }
}

struct Say {
    lang: Language,
    cur: Currency,
}

impl Say {
    fn whole(&self, minor: i64) -> String {
        self.cur.format_whole(minor, self.lang)
    }

    fn exact(&self, minor: i64) -> String {
        self.cur.format(minor, self.lang)
    }

    fn date(&self, d: chrono::NaiveDate) -> String {
        match self.lang {
            Language::En => d.format("%B %-d, %Y").to_string(),
            Language::Pt => format!("{} de {} de {}", d.format("%-d"), month_name(d, Language::Pt), d.format("%Y")),
            Language::Es => format!("{} de {} de {}", d.format("%-d"), month_name(d, Language::Es), d.format("%Y")),
        }
    }
}

fn month_name(d: chrono::NaiveDate, lang: Language) -> &'static str {
    use chrono::Datelike;
    const PT: [&str; 12] = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];
    const ES: [&str; 12] = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    let i = d.month0() as usize;
    match lang {
        Language::Pt => PT[i],
        _ => ES[i],
    }
}

fn say(ctx: &CoachContext) -> Say {
    Say { lang: ctx.language, cur: ctx.currency }
}

fn afford(ctx: &CoachContext, price: i64) -> (String, Emotion) {
    let s = say(ctx);
    let left = ctx.left_this_month();
    let spare_savings = (ctx.current_savings - ctx.emergency_fund_target).max(0);
    let p = s.whole(price);
    if price <= left {
        let after = s.whole(left - price);
        let text = match s.lang {
            Language::En => format!("Yes. You have {} left in this month's budget; after {p} you would still have {after}.", s.whole(left)),
            Language::Pt => format!("Sim. Ainda restam {} no orçamento deste mês; depois de {p} sobrariam {after}.", s.whole(left)),
            Language::Es => format!("Sí. Te quedan {} en el presupuesto de este mes; después de {p} todavía tendrías {after}.", s.whole(left)),
        };
        return (text, Emotion::Encouraging);
    }
    let room = left.max(0);
    if price <= room + spare_savings {
        let text = match s.lang {
            Language::En => format!(
                "Only by dipping into savings: this month's budget has {} left, so {} would come from the {} you have above your emergency fund.",
                s.whole(room),
                s.whole(price - room),
                s.whole(spare_savings)
            ),
            Language::Pt => format!(
                "Só usando a poupança: o orçamento deste mês tem {} livres, então {} sairiam dos {} que você tem além da reserva de emergência.",
                s.whole(room),
                s.whole(price - room),
                s.whole(spare_savings)
            ),
            Language::Es => format!(
                "Solo tocando tus ahorros: al presupuesto de este mes le quedan {}, así que {} saldrían de los {} que tienes por encima de tu fondo de emergencia.",
                s.whole(room),
                s.whole(price - room),
                s.whole(spare_savings)
            ),
        };
        return (text, Emotion::Concerned);
    }
    let short = price - room;
    let months = if ctx.recommended_monthly_savings > 0 { Some(ozzie_core::calendar::div_ceil(short, ctx.recommended_monthly_savings)) } else { None };
    let text = match (s.lang, months) {
        (Language::En, Some(m)) => format!(
            "Not right now: this month's budget has {} left and your savings are below your {} emergency fund. Setting aside {} a month, you could buy it in {m} month{}.",
            s.whole(room),
            s.whole(ctx.emergency_fund_target),
            s.whole(ctx.recommended_monthly_savings),
            if m == 1 { "" } else { "s" }
        ),
        (Language::Pt, Some(m)) => format!(
            "Agora não: o orçamento deste mês tem {} livres e sua poupança está abaixo da reserva de emergência de {}. Guardando {} por mês, você poderia comprar em {m} {}.",
            s.whole(room),
            s.whole(ctx.emergency_fund_target),
            s.whole(ctx.recommended_monthly_savings),
            if m == 1 { "mês" } else { "meses" }
        ),
        (Language::Es, Some(m)) => format!(
            "Ahora no: al presupuesto de este mes le quedan {} y tus ahorros están por debajo de tu fondo de emergencia de {}. Apartando {} al mes, podrías comprarlo en {m} {}.",
            s.whole(room),
            s.whole(ctx.emergency_fund_target),
            s.whole(ctx.recommended_monthly_savings),
            if m == 1 { "mes" } else { "meses" }
        ),
        (Language::En, None) => format!("Not right now: this month's budget has {} left and there is no room to save yet.", s.whole(room)),
        (Language::Pt, None) => format!("Agora não: o orçamento deste mês tem {} livres e ainda não sobra nada para guardar.", s.whole(room)),
        (Language::Es, None) => format!("Ahora no: al presupuesto de este mes le quedan {} y todavía no queda margen para ahorrar.", s.whole(room)),
    };
    (text, Emotion::Concerned)
}

fn debt_free(ctx: &CoachContext) -> (String, Emotion) {
    let s = say(ctx);
    let Some(d) = &ctx.debt else {
        return (
            s.lang.pick("You have no debt in your plan — nothing to pay off.", "Seu plano não tem dívidas — nada a quitar.", "Tu plan no tiene deudas: nada que pagar.").to_string(),
            Emotion::Celebratory,
        );
    };
    let debt = s.whole(d.balance);
    let payment = s.whole(d.payment);
    let text = match (d.payoff_now, d.payoff_with_plan) {
        (Some(now), Some(plan)) if d.extra > 0 && plan < now => match s.lang {
            Language::En => format!(
                "Paying {payment} a month, your {debt} debt is gone by {}. With your plan's extra {} a month, by {}{}.",
                s.date(now),
                s.whole(d.extra),
                s.date(plan),
                if d.interest_saved > 0 { format!(", saving {} in interest", s.whole(d.interest_saved)) } else { String::new() }
            ),
            Language::Pt => format!(
                "Pagando {payment} por mês, sua dívida de {debt} acaba em {}. Com os {} extras do seu plano, em {}{}.",
                s.date(now),
                s.whole(d.extra),
                s.date(plan),
                if d.interest_saved > 0 { format!(", economizando {} em juros", s.whole(d.interest_saved)) } else { String::new() }
            ),
            Language::Es => format!(
                "Pagando {payment} al mes, tu deuda de {debt} termina el {}. Con los {} extra de tu plan, el {}{}.",
                s.date(now),
                s.whole(d.extra),
                s.date(plan),
                if d.interest_saved > 0 { format!(", ahorrando {} en intereses", s.whole(d.interest_saved)) } else { String::new() }
            ),
        },
        (Some(now), _) => match s.lang {
            Language::En => format!("Paying {payment} a month, your {debt} debt is gone by {}.", s.date(now)),
            Language::Pt => format!("Pagando {payment} por mês, sua dívida de {debt} acaba em {}.", s.date(now)),
            Language::Es => format!("Pagando {payment} al mes, tu deuda de {debt} termina el {}.", s.date(now)),
        },
        (None, Some(plan)) => match s.lang {
            Language::En => format!("At {payment} a month the interest outgrows the payments, but with your plan's extra {} you are debt-free by {}.", s.whole(d.extra), s.date(plan)),
            Language::Pt => format!("Com {payment} por mês os juros crescem mais que os pagamentos, mas com os {} extras do plano você quita tudo em {}.", s.whole(d.extra), s.date(plan)),
            Language::Es => format!("Con {payment} al mes los intereses crecen más que los pagos, pero con los {} extra del plan terminas el {}.", s.whole(d.extra), s.date(plan)),
        },
        (None, None) => match s.lang {
            Language::En => format!("At {payment} a month your {debt} debt is never paid off: the interest grows faster. Paying more each month is the first move."),
            Language::Pt => format!("Com {payment} por mês sua dívida de {debt} nunca acaba: os juros crescem mais rápido. Pagar mais por mês é o primeiro passo."),
            Language::Es => format!("Con {payment} al mes tu deuda de {debt} nunca se termina: los intereses crecen más rápido. Pagar más cada mes es el primer paso."),
        },
    };
    let emotion = if d.payoff_now.is_none() && d.payoff_with_plan.is_none() { Emotion::Concerned } else { Emotion::Encouraging };
    (text, emotion)
}

fn cut_back(ctx: &CoachContext) -> (String, Emotion) {
    let s = say(ctx);
    let mut moves: Vec<_> = ctx.moves.iter().filter(|m| m.cut && m.potential_savings > 0).collect();
    moves.sort_by_key(|m| std::cmp::Reverse(m.potential_savings));
    moves.truncate(3);
    if moves.is_empty() {
        // No overspending: name the biggest flexible category of the month.
        let biggest = ctx
            .month_to_date
            .iter()
            .filter(|(c, _)| matches!(c, Category::Food | Category::Transport | Category::Entertainment | Category::Clothing | Category::Other))
            .max_by_key(|(_, v)| **v);
        let text = match (s.lang, biggest) {
            (Language::En, Some((c, v))) => format!("You are within your plan this month. Your biggest flexible spending is {} at {}: that is where a cut would show most.", c.label(s.lang).to_lowercase(), s.whole(*v)),
            (Language::Pt, Some((c, v))) => format!("Você está dentro do plano este mês. Seu maior gasto flexível é {}, com {}: é onde um corte faria mais diferença.", c.label(s.lang).to_lowercase(), s.whole(*v)),
            (Language::Es, Some((c, v))) => format!("Vas dentro de tu plan este mes. Tu mayor gasto flexible es {}, con {}: ahí es donde un recorte se notaría más.", c.label(s.lang).to_lowercase(), s.whole(*v)),
            (lang, None) => lang.pick("You are within your plan this month and there is no flexible spending yet to cut.", "Você está dentro do plano este mês e ainda não há gastos flexíveis para cortar.", "Vas dentro de tu plan este mes y todavía no hay gastos flexibles que recortar.").to_string(),
        };
        return (text, Emotion::Encouraging);
    }
    let total: i64 = moves.iter().map(|m| m.potential_savings).sum();
    let list = moves.iter().map(|m| format!("{} — {}", m.title, m.description)).collect::<Vec<_>>().join("\n");
    let text = match s.lang {
        Language::En => format!("Here is where you can free up about {} a month:\n{list}", s.whole(total)),
        Language::Pt => format!("Veja onde dá para liberar cerca de {} por mês:\n{list}", s.whole(total)),
        Language::Es => format!("Aquí puedes liberar unos {} al mes:\n{list}", s.whole(total)),
    };
    (text, Emotion::Neutral)
}

fn save(ctx: &CoachContext) -> (String, Emotion) {
    let s = say(ctx);
    let monthly = ctx.recommended_monthly_savings;
    let rate = if ctx.monthly_income > 0 { (monthly * 100 + ctx.monthly_income / 2) / ctx.monthly_income } else { 0 };
    let surplus = ctx.monthly_income - ctx.monthly_expenses;
    let this_month = ctx.month_income - ctx.spent_this_month();
    let text = match s.lang {
        Language::En => format!(
            "Your plan sets aside {} a month ({rate}% of your {} income), from a surplus of {}. So far this month {} came in and {} went out{}.",
            s.whole(monthly),
            s.whole(ctx.monthly_income),
            s.whole(surplus),
            s.whole(ctx.month_income),
            s.whole(ctx.spent_this_month()),
            if this_month > 0 { format!(": {} is still yours to save", s.whole(this_month)) } else { String::new() }
        ),
        Language::Pt => format!(
            "Seu plano guarda {} por mês ({rate}% da sua renda de {}), de uma sobra de {}. Até agora este mês entraram {} e saíram {}{}.",
            s.whole(monthly),
            s.whole(ctx.monthly_income),
            s.whole(surplus),
            s.whole(ctx.month_income),
            s.whole(ctx.spent_this_month()),
            if this_month > 0 { format!(": {} ainda podem ir para a poupança", s.whole(this_month)) } else { String::new() }
        ),
        Language::Es => format!(
            "Tu plan aparta {} al mes (el {rate}% de tus ingresos de {}), de un excedente de {}. En lo que va del mes entraron {} y salieron {}{}.",
            s.whole(monthly),
            s.whole(ctx.monthly_income),
            s.whole(surplus),
            s.whole(ctx.month_income),
            s.whole(ctx.spent_this_month()),
            if this_month > 0 { format!(": todavía puedes ahorrar {}", s.whole(this_month)) } else { String::new() }
        ),
    };
    (text, if monthly > 0 { Emotion::Encouraging } else { Emotion::Concerned })
}

/// What is left of this month's budget, for the week or the day when the question asks so.
fn left_to_spend(ctx: &CoachContext, text: &str) -> (String, Emotion) {
    use chrono::Datelike;
    let s = say(ctx);
    let w = words(text);
    let left = ctx.left_this_month();
    if left <= 0 {
        let over = s.whole(-left);
        return (
            match s.lang {
                Language::En => format!("Nothing is left in this month's budget: spending is {over} over the plan. Hold off on what can wait until next month."),
                Language::Pt => format!("Não sobrou nada no orçamento deste mês: os gastos passaram {over} do plano. Adie o que puder esperar até o mês que vem."),
                Language::Es => format!("No queda nada en el presupuesto de este mes: el gasto supera el plan en {over}. Deja para el mes que viene lo que pueda esperar."),
            },
            Emotion::Concerned,
        );
    }
    let month_start = ctx.today.with_day(1).unwrap_or(ctx.today);
    let next_month = ozzie_core::calendar::add_months(month_start, 1).unwrap_or(ctx.today);
    let days = (next_month - ctx.today).num_days().max(1);
    let (all, per_day) = (s.whole(left), s.whole(left / days));
    let message = if has_any(&w, &["today", "per day", "a day", "hoje", "por dia", "hoy", "al dia"]) {
        match s.lang {
            Language::En => format!("About {per_day} a day: {all} is left in this month's budget for the {days} days to the month's end."),
            Language::Pt => format!("Cerca de {per_day} por dia: sobram {all} no orçamento deste mês para os {days} dias até o fim do mês."),
            Language::Es => format!("Unos {per_day} al día: quedan {all} en el presupuesto de este mes para los {days} días hasta fin de mes."),
        }
    } else if has_any(&w, &["week", "semana"]) && days > 7 {
        let week = s.whole(left * 7 / days);
        match s.lang {
            Language::En => format!("About {week} this week: {all} is left in this month's budget for the {days} days to the month's end."),
            Language::Pt => format!("Cerca de {week} nesta semana: sobram {all} no orçamento deste mês para os {days} dias até o fim do mês."),
            Language::Es => format!("Unos {week} esta semana: quedan {all} en el presupuesto de este mes para los {days} días hasta fin de mes."),
        }
    } else {
        match s.lang {
            Language::En => format!("{all} until the end of the month ({days} days): that is what is left in this month's budget."),
            Language::Pt => format!("{all} até o fim do mês ({days} dias): é o que sobra no orçamento deste mês."),
            Language::Es => format!("{all} hasta fin de mes ({days} días): es lo que queda en el presupuesto de este mes."),
        }
    };
    (message, Emotion::Encouraging)
}

fn spending(ctx: &CoachContext, text: &str) -> (String, Emotion) {
    let s = say(ctx);
    let w = words(text);
    let week = has_any(&w, &["week", "semana"]);
    let category = CATEGORY_WORDS.iter().find(|(k, _)| w.contains(&format!(" {k} "))).map(|(_, c)| *c);
    let (by, period) = if week {
        (&ctx.week_to_date, s.lang.pick("this week", "esta semana", "esta semana"))
    } else {
        (&ctx.month_to_date, s.lang.pick("this month", "este mês", "este mes"))
    };
    if let Some(c) = category {
        let spent = by.get(&c).copied().unwrap_or(0);
        let name = c.label(s.lang).to_lowercase();
        let target = ctx.category_targets.get(&c).copied().filter(|_| !week);
        let versus = match (s.lang, target) {
            (Language::En, Some(t)) => format!(", against a plan target of {} for the month", s.whole(t)),
            (Language::Pt, Some(t)) => format!(", para uma meta do plano de {} no mês", s.whole(t)),
            (Language::Es, Some(t)) => format!(", frente a una meta del plan de {} para el mes", s.whole(t)),
            _ => String::new(),
        };
        let message = match s.lang {
            Language::En => format!("You spent {} on {name} {period}{versus}.", s.exact(spent)),
            Language::Pt => format!("Você gastou {} com {name} {period}{versus}.", s.exact(spent)),
            Language::Es => format!("Gastaste {} en {name} {period}{versus}.", s.exact(spent)),
        };
        let over = target.is_some_and(|t| spent > t);
        return (message, if over { Emotion::Concerned } else { Emotion::Neutral });
    }
    let total: i64 = by.values().sum();
    let mut top: Vec<(&Category, &i64)> = by.iter().collect();
    top.sort_by_key(|(c, v)| (std::cmp::Reverse(**v), c.as_str()));
    let parts = top.iter().take(3).map(|(c, v)| format!("{} {}", c.label(s.lang).to_lowercase(), s.exact(**v))).collect::<Vec<_>>().join(", ");
    let message = match (s.lang, total) {
        (Language::En, 0) => format!("You have no spending recorded {period}."),
        (Language::Pt, 0) => format!("Não há gastos registrados {period}."),
        (Language::Es, 0) => format!("No hay gastos registrados {period}."),
        (Language::En, _) => format!("You spent {} {period}. Most of it: {parts}.", s.exact(total)),
        (Language::Pt, _) => format!("Você gastou {} {period}. A maior parte: {parts}.", s.exact(total)),
        (Language::Es, _) => format!("Gastaste {} {period}. Lo principal: {parts}.", s.exact(total)),
    };
    (message, Emotion::Neutral)
}

fn on_track(ctx: &CoachContext) -> (String, Emotion) {
    let s = say(ctx);
    let w_goal = ctx.goals.iter().find(|g| !g.debt);
    if let Some(g) = w_goal {
        let (saved, target) = (s.whole(g.saved), s.whole(g.target));
        let name = &g.name;
        let need = g.monthly_needed.map(|n| s.whole(n));
        let cap = g.monthly_capacity.map(|n| s.whole(n));
        let by = g.target_date.map(|d| s.date(d));
        let text = match (s.lang, g.on_track, need, cap, by) {
            (_, _, _, _, _) if g.saved >= g.target => match s.lang {
                Language::En => format!("You've reached your {target} {name} goal — well done!"),
                Language::Pt => format!("Você atingiu sua meta {name} de {target} — parabéns!"),
                Language::Es => format!("¡Alcanzaste tu meta {name} de {target}! Bien hecho."),
            },
            (Language::En, Some(true), Some(need), Some(cap), Some(by)) => format!("Yes. You've saved {saved} toward your {target} {name} goal for {by}. It needs {need} a month and your plan puts {cap} toward it, so you're on track."),
            (Language::Pt, Some(true), Some(need), Some(cap), Some(by)) => format!("Sim. Você já guardou {saved} da sua meta {name} de {target} para {by}. Ela precisa de {need} por mês e seu plano separa {cap}, então você está no caminho."),
            (Language::Es, Some(true), Some(need), Some(cap), Some(by)) => format!("Sí. Llevas {saved} ahorrados de tu meta {name} de {target} para el {by}. Necesita {need} al mes y tu plan le destina {cap}, así que vas bien."),
            (Language::En, Some(false), Some(need), Some(cap), Some(by)) => format!("Not yet. You've saved {saved} of {target} for {name} by {by}: that needs {need} a month, but your plan puts {cap} toward it. Cutting back or moving the date would close the gap."),
            (Language::Pt, Some(false), Some(need), Some(cap), Some(by)) => format!("Ainda não. Você guardou {saved} de {target} para {name} até {by}: isso pede {need} por mês, mas o plano separa {cap}. Cortar gastos ou adiar a data fecharia a diferença."),
            (Language::Es, Some(false), Some(need), Some(cap), Some(by)) => format!("Todavía no. Llevas {saved} de {target} para {name} al {by}: eso pide {need} al mes, pero tu plan le destina {cap}. Recortar gastos o mover la fecha cerraría la diferencia."),
            (Language::En, _, _, _, _) => format!("You've saved {saved} of {target} for {name}{}.", g.projected.map(|d| format!("; at your plan's pace you get there by {}", s.date(d))).unwrap_or_default()),
            (Language::Pt, _, _, _, _) => format!("Você guardou {saved} de {target} para {name}{}.", g.projected.map(|d| format!("; no ritmo do plano você chega lá em {}", s.date(d))).unwrap_or_default()),
            (Language::Es, _, _, _, _) => format!("Llevas {saved} de {target} para {name}{}.", g.projected.map(|d| format!("; al ritmo de tu plan llegas el {}", s.date(d))).unwrap_or_default()),
        };
        let emotion = match (g.saved >= g.target, g.on_track) {
            (true, _) => Emotion::Celebratory,
            (_, Some(false)) => Emotion::Concerned,
            _ => Emotion::Encouraging,
        };
        return (text, emotion);
    }
    // No savings goal: the emergency fund.
    let (have, target, monthly) = (ctx.current_savings, ctx.emergency_fund_target, ctx.recommended_monthly_savings);
    if target <= 0 || have >= target {
        return (
            match s.lang {
                Language::En => format!("Your emergency fund is complete: {} saved against a {} target.", s.whole(have), s.whole(target)),
                Language::Pt => format!("Sua reserva de emergência está completa: {} guardados para uma meta de {}.", s.whole(have), s.whole(target)),
                Language::Es => format!("Tu fondo de emergencia está completo: {} ahorrados para una meta de {}.", s.whole(have), s.whole(target)),
            },
            Emotion::Celebratory,
        );
    }
    let months = (monthly > 0).then(|| ozzie_core::calendar::div_ceil(target - have, monthly));
    let text = match (s.lang, months) {
        (Language::En, Some(m)) => format!("You have {} of your {} emergency fund (3 months of expenses). At {} a month you complete it in {m} month{}.", s.whole(have), s.whole(target), s.whole(monthly), if m == 1 { "" } else { "s" }),
        (Language::Pt, Some(m)) => format!("Você tem {} da sua reserva de emergência de {} (3 meses de despesas). Guardando {} por mês, você completa em {m} {}.", s.whole(have), s.whole(target), s.whole(monthly), if m == 1 { "mês" } else { "meses" }),
        (Language::Es, Some(m)) => format!("Tienes {} de tu fondo de emergencia de {} (3 meses de gastos). Con {} al mes lo completas en {m} {}.", s.whole(have), s.whole(target), s.whole(monthly), if m == 1 { "mes" } else { "meses" }),
        (Language::En, None) => format!("You have {} of your {} emergency fund, and your plan has no room to save yet.", s.whole(have), s.whole(target)),
        (Language::Pt, None) => format!("Você tem {} da sua reserva de {}, e o plano ainda não tem sobra para guardar.", s.whole(have), s.whole(target)),
        (Language::Es, None) => format!("Tienes {} de tu fondo de {}, y tu plan todavía no deja margen para ahorrar.", s.whole(have), s.whole(target)),
    };
    (text, if months.is_some() { Emotion::Encouraging } else { Emotion::Concerned })
}

fn unknown(lang: Language) -> String {
    lang.pick(
        "I can't answer that one from your numbers yet. I can tell you whether you're on track for your goal, what you spent this week or this month (or on a category), how much you can save, where you can cut back, when you'll be debt-free, and whether you can afford a purchase — try \"Can I afford a $300 purchase?\"",
        "Essa eu ainda não consigo responder com os seus números. Posso dizer se você está no caminho da sua meta, quanto gastou nesta semana ou neste mês (ou numa categoria), quanto pode guardar, onde cortar gastos, quando vai quitar suas dívidas e se pode fazer uma compra — tente \"Posso comprar algo de R$ 300?\"",
        "Eso todavía no puedo responderlo con tus números. Puedo decirte si vas bien con tu meta, cuánto gastaste esta semana o este mes (o en una categoría), cuánto puedes ahorrar, dónde recortar, cuándo estarás libre de deudas y si puedes permitirte una compra; prueba \"¿Puedo comprar algo de 300 €?\"",
    )
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intent(text: &str, amount: Option<i64>) -> Intent {
        intent_of(&Question { text, amount })
    }

    #[test]
    fn the_seven_questions_are_recognised_in_three_languages() {
        let cases: &[(&str, Option<i64>, Intent)] = &[
            ("Am I on track to hit my emergency fund goal?", None, Intent::OnTrack),
            ("Estou no caminho da minha reserva de emergência?", None, Intent::OnTrack),
            ("¿Voy bien con mi fondo de emergencia?", None, Intent::OnTrack),
            ("What did I spend this week?", None, Intent::Spending),
            ("How much can I spend this week?", None, Intent::LeftToSpend),
            ("Quanto ainda posso gastar hoje?", None, Intent::LeftToSpend),
            ("¿Cuánto me queda para este mes?", None, Intent::LeftToSpend),
            ("quanto gastei com mercado este mês", None, Intent::Spending),
            ("¿Cuánto gasté en comida este mes?", None, Intent::Spending),
            ("How much can I save?", None, Intent::Save),
            ("Quanto consigo poupar por mês?", None, Intent::Save),
            ("¿Cuánto puedo ahorrar?", None, Intent::Save),
            ("Where can I cut back?", None, Intent::CutBack),
            ("Onde posso cortar gastos?", None, Intent::CutBack),
            ("¿Dónde puedo recortar?", None, Intent::CutBack),
            ("When will I be debt-free?", None, Intent::DebtFree),
            ("Quando vou quitar minhas dívidas?", None, Intent::DebtFree),
            ("¿Cuándo estaré libre de deudas?", None, Intent::DebtFree),
            ("Can I afford a $300 purchase?", Some(30_000), Intent::Afford),
            ("Posso comprar um celular de R$ 1.200?", Some(120_000), Intent::Afford),
            ("¿Me alcanza para unas zapatillas de 90 €?", Some(9_000), Intent::Afford),
            ("tell me a joke", None, Intent::Unknown),
        ];
        for (text, amount, want) in cases {
            assert_eq!(intent(text, *amount), *want, "{text}");
        }
        // "afford" without an amount cannot be answered as a purchase.
        assert_eq!(intent("can I afford it?", None), Intent::Unknown);
    }
}
