//! The plan's words: the summary and the action items, in en/pt/es, from the numbers
//! `plan::compute_plan` worked out. Kept apart from the math so each reads as one idea.

use chrono::{Datelike, NaiveDate};

use crate::calendar::{div_ceil, nth_monthly};
use crate::intake::{FinancialGoal, IntakeDraft};
use crate::language::Language;
use crate::plan::{needs_and_wants, share_percent, ActionItem, BudgetTargets, PlanDraft, EMERGENCY_FUND_MONTHS};

pub(crate) fn month_year(date: NaiveDate, lang: Language) -> String {
    const EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const PT: [&str; 12] = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];
    const ES: [&str; 12] = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    let month = lang.pick(EN, PT, ES)[date.month0() as usize];
    lang.pick(format!("{month} {}", date.year()), format!("{month} de {}", date.year()), format!("{month} de {}", date.year()))
}

fn rate_adjective(rate: i64, lang: Language) -> &'static str {
    let (en, pt, es) = match rate {
        20.. => ("an excellent", "excelente", "excelente"),
        15..=19 => ("a solid", "sólida", "sólida"),
        10..=14 => ("a healthy", "saudável", "saludable"),
        5..=9 => ("a good", "boa", "buena"),
        _ => ("a modest", "modesta", "modesta"),
    };
    lang.pick(en, pt, es)
}

pub(crate) fn summary(plan: &PlanDraft, intake: &IntakeDraft, targets: &BudgetTargets, wants: i64) -> String {
    let lang = plan.language;
    let money = |minor: i64| plan.currency.format(minor, lang);
    let areas = plan.focus_areas.iter().map(|a| a.phrase(lang)).collect::<Vec<_>>().join("; ");
    let focus = lang.pick(format!(" Focus areas: {areas}."), format!(" Pontos de atenção: {areas}."), format!(" Áreas de enfoque: {areas}."));
    let payoff = plan.key_metrics.debt_payoff.clone().flatten();

    if plan.monthly_surplus <= 0 {
        let gap = plan.key_metrics.monthly_shortfall;
        let head = if gap == 0 {
            lang.pick(
                "Your income and outgoings are equal, so nothing is left to save yet.".to_string(),
                "Sua renda e seus gastos são iguais, então ainda não sobra nada para guardar.".to_string(),
                "Tus ingresos y tus gastos son iguales, así que todavía no queda nada para ahorrar.".to_string(),
            )
        } else {
            lang.pick(
                format!("Your outgoings are {} more than your income each month, so there is nothing to save yet. The plan closes the gap: bring variable spending from {} down to {}.", money(gap), money(wants), money(targets.wants)),
                format!("Seus gastos superam sua renda em {} por mês, então ainda não há o que guardar. O plano fecha essa diferença: reduza os gastos variáveis de {} para {}.", money(gap), money(wants), money(targets.wants)),
                format!("Tus gastos superan tus ingresos en {} al mes, así que todavía no hay nada para ahorrar. El plan cierra esa diferencia: baja los gastos variables de {} a {}.", money(gap), money(wants), money(targets.wants)),
            )
        };
        return head + &focus;
    }

    let surplus = money(plan.monthly_surplus);
    let save = money(plan.recommended_monthly_savings);
    let rate = plan.savings_rate_percent;
    let adj = rate_adjective(rate, lang);
    let extra = plan.recommended_extra_debt_payment;
    let debt_clause = |lead: bool| -> String {
        let when = payoff.as_ref().map(|p| month_year(p.date, lang));
        match (lead, when) {
            (true, Some(when)) => lang.pick(
                format!("putting an extra {}/month toward your {} debt — debt-free by {when} — and saving {save}/month, {adj} {rate}% savings rate", money(extra), money(intake.total_debt)),
                format!("pagar {}/mês a mais da sua dívida de {} — livre das dívidas em {when} — e guardar {save}/mês, uma taxa de poupança {adj} de {rate}%", money(extra), money(intake.total_debt)),
                format!("pagar {}/mes extra de tu deuda de {} — sin deudas en {when} — y ahorrar {save}/mes, una tasa de ahorro {adj} del {rate}%", money(extra), money(intake.total_debt)),
            ),
            (true, None) => lang.pick(
                format!("putting an extra {}/month toward your {} debt and saving {save}/month, {adj} {rate}% savings rate", money(extra), money(intake.total_debt)),
                format!("pagar {}/mês a mais da sua dívida de {} e guardar {save}/mês, uma taxa de poupança {adj} de {rate}%", money(extra), money(intake.total_debt)),
                format!("pagar {}/mes extra de tu deuda de {} y ahorrar {save}/mes, una tasa de ahorro {adj} del {rate}%", money(extra), money(intake.total_debt)),
            ),
            (false, Some(when)) => lang.pick(
                format!(" Putting an extra {}/month toward your debt makes you debt-free by {when}.", money(extra)),
                format!(" Pagando {}/mês a mais da dívida, você fica livre dela em {when}.", money(extra)),
                format!(" Pagando {}/mes extra de la deuda, quedas sin deudas en {when}.", money(extra)),
            ),
            (false, None) => lang.pick(
                format!(" Put an extra {}/month toward your debt.", money(extra)),
                format!(" Pague {}/mês a mais da sua dívida.", money(extra)),
                format!(" Paga {}/mes extra de tu deuda.", money(extra)),
            ),
        }
    };
    let body = if plan.financial_goal == FinancialGoal::Debt && extra > 0 {
        let clause = debt_clause(true);
        lang.pick(
            format!("Based on your {surplus} monthly surplus, Ozzie recommends {clause}."),
            format!("Com base na sua sobra mensal de {surplus}, o Ozzie recomenda {clause}."),
            format!("Con base en tu excedente mensual de {surplus}, Ozzie recomienda {clause}."),
        )
    } else {
        let head = lang.pick(
            format!("Based on your {surplus} monthly surplus, Ozzie recommends saving {save}/month — {adj} {rate}% savings rate."),
            format!("Com base na sua sobra mensal de {surplus}, o Ozzie recomenda guardar {save}/mês — uma taxa de poupança {adj} de {rate}%."),
            format!("Con base en tu excedente mensual de {surplus}, Ozzie recomienda ahorrar {save}/mes — una tasa de ahorro {adj} del {rate}%."),
        );
        if extra > 0 {
            head + &debt_clause(false)
        } else {
            head
        }
    };
    body + &focus
}

pub(crate) fn action_items(
    plan: &PlanDraft,
    intake: &IntakeDraft,
    targets: &BudgetTargets,
    wants: i64,
    no_goals: bool,
    today: NaiveDate,
    anchor: NaiveDate,
) -> Vec<ActionItem> {
    let lang = plan.language;
    let money = |minor: i64| plan.currency.format(minor, lang);
    let item = |kind: &'static str, title: String, description: String| ActionItem { kind, title, description };
    let mut items = Vec::new();
    let metrics = &plan.key_metrics;

    if plan.monthly_surplus <= 0 {
        let gap = metrics.monthly_shortfall;
        if gap > 0 {
            let mut detail = lang.pick(
                format!("Bring variable spending from {} to {}.", money(wants), money(targets.wants)),
                format!("Reduza os gastos variáveis de {} para {}.", money(wants), money(targets.wants)),
                format!("Baja los gastos variables de {} a {}.", money(wants), money(targets.wants)),
            );
            let needs = needs_and_wants(intake).0;
            if targets.needs < needs {
                detail += &lang.pick(
                    format!(" Then bring fixed costs from {} to {}: rent, insurance, phone and subscriptions are the usual places.", money(needs), money(targets.needs)),
                    format!(" Depois, reduza os custos fixos de {} para {}: aluguel, seguros, celular e assinaturas costumam ter espaço.", money(needs), money(targets.needs)),
                    format!(" Después, baja los gastos fijos de {} a {}: alquiler, seguros, teléfono y suscripciones suelen tener margen.", money(needs), money(targets.needs)),
                );
            }
            items.push(item(
                "close_gap",
                lang.pick(format!("Cut {} from monthly spending", money(gap)), format!("Corte {} dos gastos mensais", money(gap)), format!("Recorta {} de tus gastos mensuales", money(gap))),
                detail,
            ));
            if targets.debt_payment < intake.monthly_debt_payment {
                items.push(item(
                    "lower_debt_payment",
                    lang.pick("Ask your lenders for a lower payment".into(), "Peça aos credores uma parcela menor".into(), "Pide a tus acreedores una cuota menor".into()),
                    lang.pick(
                        format!("Even after those cuts you are short; a payment of {} instead of {} closes the gap. Ask about hardship plans before missing a payment.", money(targets.debt_payment), money(intake.monthly_debt_payment)),
                        format!("Mesmo com esses cortes ainda falta dinheiro; uma parcela de {} em vez de {} fecha a conta. Negocie antes de atrasar um pagamento.", money(targets.debt_payment), money(intake.monthly_debt_payment)),
                        format!("Incluso con esos recortes falta dinero; una cuota de {} en lugar de {} cierra la diferencia. Negocia antes de atrasar un pago.", money(targets.debt_payment), money(intake.monthly_debt_payment)),
                    ),
                ));
            }
        } else {
            let first = plan.currency.floor_whole(plan.monthly_income * 5 / 100);
            items.push(item(
                "first_savings",
                lang.pick(format!("Free up a first {}/month to save", money(first)), format!("Libere os primeiros {}/mês para guardar", money(first)), format!("Libera los primeros {}/mes para ahorrar", money(first))),
                lang.pick(
                    "That is 5% of your income; trimming variable spending is the quickest place to find it.".to_string(),
                    "Isso é 5% da sua renda; cortar gastos variáveis é o caminho mais rápido.".to_string(),
                    "Es el 5% de tus ingresos; recortar gastos variables es el camino más rápido.".to_string(),
                ),
            ));
        }
        if intake.total_debt > 0 || gap > 0 {
            items.push(item(
                "no_new_debt",
                lang.pick("Avoid new debt for now".into(), "Evite novas dívidas por enquanto".into(), "Evita nuevas deudas por ahora".into()),
                lang.pick(
                    "Until income covers outgoings, new credit only moves the gap to next month, with interest.".into(),
                    "Enquanto a renda não cobrir os gastos, crédito novo só empurra a diferença para o mês seguinte, com juros.".into(),
                    "Mientras los ingresos no cubran los gastos, el crédito nuevo solo pasa la diferencia al mes siguiente, con intereses.".into(),
                ),
            ));
        }
        return items;
    }

    let save = plan.recommended_monthly_savings;
    if save > 0 {
        let when = intake.next_pay_date.filter(|d| *d >= today);
        items.push(item(
            "automate_savings",
            lang.pick(format!("Move {}/month to savings", money(save)), format!("Guarde {}/mês automaticamente", money(save)), format!("Aparta {}/mes para ahorro", money(save))),
            match when {
                Some(d) => lang.pick(
                    format!("Set an automatic transfer for payday, starting {d}, so the money is saved before it can be spent."),
                    format!("Agende uma transferência automática para o dia do pagamento, a partir de {d}, para guardar antes de gastar."),
                    format!("Programa una transferencia automática para el día de pago, desde el {d}, para ahorrar antes de gastar."),
                ),
                None => lang.pick(
                    "Set an automatic transfer for payday so the money is saved before it can be spent.".to_string(),
                    "Agende uma transferência automática para o dia do pagamento, para guardar antes de gastar.".to_string(),
                    "Programa una transferencia automática para el día de pago, para ahorrar antes de gastar.".to_string(),
                ),
            },
        ));
    }
    if intake.current_savings < metrics.emergency_fund_target {
        let months = metrics.emergency_fund_months_tenths.unwrap_or(0);
        let have = format!("{}{}{}", months / 10, lang.pick(".", ",", ","), months % 10);
        let eta = (save > 0)
            .then(|| div_ceil(metrics.emergency_fund_target - intake.current_savings, save))
            .and_then(|m| nth_monthly(anchor, m))
            .map(|d| month_year(d, lang));
        let target = money(metrics.emergency_fund_target);
        let saved = money(intake.current_savings);
        let mut description = lang.pick(
            format!("That is {EMERGENCY_FUND_MONTHS} months of your outgoings. You have {saved} ({have} months)."),
            format!("São {EMERGENCY_FUND_MONTHS} meses dos seus gastos. Você tem {saved} ({have} meses)."),
            format!("Son {EMERGENCY_FUND_MONTHS} meses de tus gastos. Tienes {saved} ({have} meses)."),
        );
        if let Some(eta) = eta {
            description += &lang.pick(
                format!(" At {}/month you get there by {eta}.", money(save)),
                format!(" Guardando {}/mês, você chega lá em {eta}.", money(save)),
                format!(" Ahorrando {}/mes, llegas en {eta}.", money(save)),
            );
        }
        items.push(item(
            "emergency_fund",
            lang.pick(format!("Build a {target} emergency fund"), format!("Monte uma reserva de emergência de {target}"), format!("Crea un fondo de emergencia de {target}")),
            description,
        ));
    }
    if let Some(payoff) = &metrics.debt_payoff {
        let extra = plan.recommended_extra_debt_payment;
        let paying = money(intake.monthly_debt_payment + extra);
        let debt = money(intake.total_debt);
        let mut description = match payoff {
            Some(p) => lang.pick(
                format!("With {paying}/month on {debt}, you are debt-free by {}.", month_year(p.date, lang)),
                format!("Com {paying}/mês sobre {debt}, você fica livre das dívidas em {}.", month_year(p.date, lang)),
                format!("Con {paying}/mes sobre {debt}, quedas sin deudas en {}.", month_year(p.date, lang)),
            ),
            None => lang.pick(
                format!("At {paying}/month the interest outgrows the payment on {debt}: raise the payment or ask for a lower rate."),
                format!("Com {paying}/mês os juros crescem mais que o pagamento sobre {debt}: aumente a parcela ou negocie a taxa."),
                format!("Con {paying}/mes los intereses crecen más que el pago sobre {debt}: sube la cuota o negocia la tasa."),
            ),
        };
        if intake.debt_interest_rate_bp.is_none() {
            description += lang.pick(
                " (This assumes no interest; add your rate for an exact date.)",
                " (Isso supõe juros zero; informe a taxa para uma data exata.)",
                " (Esto supone cero intereses; indica la tasa para una fecha exacta.)",
            );
        }
        items.push(item(
            "pay_down_debt",
            if extra > 0 {
                lang.pick(format!("Pay {} extra toward your debt each month", money(extra)), format!("Pague {} a mais da dívida todo mês", money(extra)), format!("Paga {} extra de tu deuda cada mes", money(extra)))
            } else {
                lang.pick("Keep up your debt payments".into(), "Mantenha as parcelas em dia".into(), "Mantén tus pagos de deuda al día".into())
            },
            description,
        ));
    }
    let income = plan.monthly_income;
    if share_percent(wants, income) > 30 {
        let cut = plan.currency.floor_whole(wants - income * 30 / 100);
        items.push(item(
            "trim_wants",
            lang.pick(format!("Trim variable spending by {}", money(cut)), format!("Reduza {} dos gastos variáveis", money(cut)), format!("Recorta {} de tus gastos variables", money(cut))),
            lang.pick(
                format!("Variable spending is {}% of your income; 30% or less leaves more for your goals. Dining out and subscriptions are the easiest places to start.", share_percent(wants, income)),
                format!("Os gastos variáveis são {}% da sua renda; 30% ou menos deixa mais para seus objetivos. Comer fora e assinaturas são os lugares mais fáceis para começar.", share_percent(wants, income)),
                format!("Los gastos variables son el {}% de tus ingresos; 30% o menos deja más para tus metas. Comer fuera y las suscripciones son lo más fácil para empezar.", share_percent(wants, income)),
            ),
        ));
    }
    if no_goals {
        items.push(item(
            "set_goal",
            lang.pick("Set a goal with a target date".into(), "Defina um objetivo com data".into(), "Define una meta con fecha".into()),
            lang.pick(
                "A named goal lets Ozzie tell you each month whether you are on track.".into(),
                "Com um objetivo definido, o Ozzie mostra todo mês se você está no caminho certo.".into(),
                "Con una meta definida, Ozzie te dice cada mes si vas por buen camino.".into(),
            ),
        ));
    }
    items
}

