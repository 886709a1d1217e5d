//! `ozzie moves`, `ozzie recurring` and `ozzie debts`: the engine's advice, as the seed's JSON
//! envelope (`--json`) or as tables for people.

use ozzie_core::debt::{DebtInput, DebtPayoffInput, PayoffComparison};
use ozzie_core::money_move::MoneyMoveRecommendation;
use ozzie_core::recurring::Evidence;
use ozzie_core::wire::{ChatHistoryView, ChatMessageView, RecurringListView, RecurringView};
use ozzie_core::{Currency, DomainError, Language};
use ozzie_engine::{Engine, EngineError, UserRef};
use serde::Serialize;

use std::io::Write;

use crate::args::{ChatArgs, ConfigCmd, DebtsPlanArgs, MovesCmd};
use crate::{human, Output};

#[derive(Serialize)]
struct MoveListView<'a> {
    moves: &'a [MoneyMoveRecommendation],
}

pub fn moves(engine: &mut Engine, who: &UserRef, out: &Output) -> Result<(), EngineError> {
    let moves = engine.money_moves(who)?;
    let user = engine.user(who)?;
    out.print("money_move_list", &MoveListView { moves: &moves }, |v| {
        if v.moves.is_empty() {
            return user.language.pick("No money moves this month: you are on plan.", "Nenhum movimento este mês: você está dentro do plano.", "Ningún movimiento este mes: vas según tu plan.").to_string();
        }
        v.moves
            .iter()
            .map(|m| format!("[{}] {}\n    {}", serde_json::to_value(m.priority).ok().and_then(|p| p.as_str().map(str::to_uppercase)).unwrap_or_default(), m.title, m.description))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn cycle_text(c: &ozzie_core::money_move::MoneyMoveCycle) -> String {
    let status = serde_json::to_value(c.status).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
    let tasks = c.tasks.iter().map(|t| format!("  [{}] {}  ({})", if t.done { "x" } else { " " }, t.title, t.id)).collect::<Vec<_>>().join("\n");
    format!("{} — {status}, due {}  ({})\n{}\n{tasks}", c.title, c.due_date, c.id, c.description)
}

pub fn cycles(engine: &mut Engine, who: &UserRef, cmd: MovesCmd, out: &Output) -> Result<(), EngineError> {
    match cmd {
        MovesCmd::Generate => {
            let c = engine.generate_move_cycle(who)?;
            out.print("money_move", &c, cycle_text)
        }
        MovesCmd::Cycles { status, limit } => {
            let list = engine.move_cycles(who, status.as_deref(), limit)?;
            out.print("money_move_list", &list, |l| if l.is_empty() { "No pay-cycle money moves yet: `ozzie moves generate`.".into() } else { l.iter().map(cycle_text).collect::<Vec<_>>().join("\n\n") })
        }
        MovesCmd::Done { move_id, task_id, undo } => {
            let c = engine.set_move_task(who, &move_id, &task_id, !undo)?;
            out.print("money_move", &c, cycle_text)
        }
        MovesCmd::List => moves(engine, who, out),
    }
}

pub fn recurring(engine: &mut Engine, who: &UserRef, out: &Output) -> Result<(), EngineError> {
    let found = engine.recurring(who)?;
    let user = engine.user(who)?;
    let lang = user.language;
    out.print("recurring_list", &RecurringListView { recurring: found.iter().map(RecurringView::from).collect() }, |_| {
        if found.is_empty() {
            return lang.pick("No recurring charges found.", "Nenhuma cobrança recorrente encontrada.", "No se encontraron cargos recurrentes.").to_string();
        }
        let rows: Vec<Vec<String>> = found
            .iter()
            .map(|r| {
                let mut note = String::new();
                if let Some(p) = &r.price_increase {
                    note = format!("{} → {}", r.currency.format(p.from, lang), r.currency.format(p.to, lang));
                }
                if r.evidence == Evidence::KnownService {
                    note = lang.pick("seen once", "visto uma vez", "visto una vez").to_string();
                }
                vec![
                    r.merchant.clone(),
                    r.cadence.as_str().to_string(),
                    format!("{}{}", if r.income { "+" } else { "" }, r.currency.format(r.typical_amount, lang)),
                    r.currency.format(r.monthly_cost, lang),
                    r.next_date.to_string(),
                    note,
                ]
            })
            .collect();
        human::table(&["MERCHANT", "EVERY", "AMOUNT", "PER MONTH", "NEXT", "NOTE"], &rows)
    })
}

/// "Visa:4200:22.9:120" → a debt in `currency` (amounts in major units, the rate in percent).
/// "NAME:BALANCE:RATE:MINIMUM" (the name may hold colons) as the API's debt input.
fn parse_debt(raw: &str) -> Result<DebtInput, DomainError> {
    let bad = |why: &str| DomainError::validation("debt", format!("'{raw}' {why}; write NAME:BALANCE:RATE:MINIMUM, e.g. \"Visa:4200:22.9:120\""));
    let parts: Vec<&str> = raw.rsplitn(4, ':').collect();
    let [minimum, rate, balance, name] = parts.as_slice() else { return Err(bad("has not four parts")) };
    let number = |field: &str, v: &str| v.trim().parse::<f64>().map_err(|_| bad(&format!("has a {field} that is not a number")));
    Ok(DebtInput {
        name: name.trim().to_string(),
        balance: number("balance", balance)?,
        interest_rate_percent: number("rate", rate)?,
        minimum_payment: number("minimum", minimum)?,
    })
}

pub fn debt_plan(engine: &mut Engine, who: &UserRef, a: DebtsPlanArgs, out: &Output) -> Result<(), EngineError> {
    let language = engine.user(who)?.language;
    let input = DebtPayoffInput { debts: a.debts.iter().map(|d| parse_debt(d)).collect::<Result<_, _>>()?, monthly_budget: a.budget };
    let plan = engine.debt_payoff(who, &input)?;
    out.print("debt_plan", &plan.view(), |_| debt_text(&plan.comparison, plan.currency, language))
}

fn debt_text(c: &PayoffComparison, currency: Currency, lang: Language) -> String {
    let mut rows = Vec::new();
    for s in [&c.avalanche, &c.snowball] {
        for d in &s.debts {
            rows.push(vec![s.strategy.as_str().to_string(), d.name.clone(), d.paid_off.to_string(), currency.format(d.interest, lang)]);
        }
        rows.push(vec![s.strategy.as_str().to_string(), lang.pick("all debts", "todas", "todas").to_string(), s.debt_free.to_string(), currency.format(s.total_interest, lang)]);
    }
    let verdict = match lang {
        _ if c.interest_saved == 0 => lang.pick("Both orders cost the same interest here.", "As duas ordens custam os mesmos juros aqui.", "Los dos órdenes cuestan los mismos intereses aquí.").to_string(),
        Language::En => format!("{} pays {} less interest.", c.cheaper.as_str(), currency.format(c.interest_saved, lang)),
        Language::Pt => format!("{} paga {} a menos de juros.", c.cheaper.as_str(), currency.format(c.interest_saved, lang)),
        Language::Es => format!("{} paga {} menos de intereses.", c.cheaper.as_str(), currency.format(c.interest_saved, lang)),
    };
    format!("{}\n\n{verdict}", human::table(&["STRATEGY", "DEBT", "PAID OFF", "INTEREST"], &rows))
}

pub fn chat(engine: &mut Engine, who: &UserRef, a: ChatArgs, out: &Output) -> Result<(), EngineError> {
    if let Some(p) = a.personality {
        let p = engine.set_personality(who, &p)?;
        return out.print("personality", &serde_json::json!({ "personality": p.as_str() }), |_| format!("The coach's tone is now {}.", p.as_str()));
    }
    if a.message.is_empty() {
        let history = engine.chat_history(who, a.last)?;
        return out.print("chat_history", &ChatHistoryView { messages: history.iter().map(ChatMessageView::from).collect() }, |v| {
            v.messages.iter().map(|m| format!("{}: {}", if m.role == "user" { "you" } else { "ozzie" }, m.message)).collect::<Vec<_>>().join("\n")
        });
    }
    let question = a.message.join(" ");
    if out.json {
        let exchange = engine.chat(who, &question, a.language.as_deref())?;
        warn_fallback(&exchange.source);
        return out.print("chat_message", &ChatMessageView::from(&exchange.reply), |v| v.message.clone());
    }
    // For people: an LLM's reply is printed as it is written.
    let mut streamed = false;
    let exchange = engine.chat_streaming(who, &question, a.language.as_deref(), &mut |piece| {
        streamed = true;
        let mut stdout = std::io::stdout().lock();
        let _ = write!(stdout, "{piece}");
        let _ = stdout.flush();
    })?;
    match (&exchange.source, streamed) {
        (ozzie_engine::coach::ReplySource::Llm, true) => println!(),
        (source, partial) => {
            if partial {
                println!();
            }
            warn_fallback(source);
            println!("{}", exchange.reply.message);
        }
    }
    Ok(())
}

fn warn_fallback(source: &ozzie_engine::coach::ReplySource) {
    if let ozzie_engine::coach::ReplySource::OfflineFallback(why) = source {
        eprintln!("note: the LLM did not answer ({why}); this is the offline coach's answer. Your message was saved.");
    }
}

#[derive(Serialize)]
struct ConfigView {
    settings: Vec<ozzie_engine::config::Setting>,
}

pub fn config(engine: &mut Engine, cmd: ConfigCmd, out: &Output) -> Result<(), EngineError> {
    match cmd {
        ConfigCmd::Set { key, value } => {
            let value = match value {
                Some(v) if v != "-" => v,
                _ => {
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line).map_err(|e| EngineError::Environment(format!("could not read the value from standard input: {e}")))?;
                    line.trim().to_string()
                }
            };
            engine.config_set(&key, &value)?;
            let shown = if key.ends_with("api_key") || key.ends_with("secret") { "(set)".to_string() } else { value };
            out.print("setting", &serde_json::json!({ "key": key, "value": shown }), |_| format!("{key} = {shown}"))
        }
        ConfigCmd::Get => {
            let settings = engine.config()?;
            out.print("settings", &ConfigView { settings }, |v| {
                v.settings.iter().map(|s| format!("{:<24} {}", s.key, s.value.as_deref().unwrap_or("-"))).collect::<Vec<_>>().join("\n")
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debts_from_the_command_line() {
        let d = parse_debt("Visa: card:4200:22.9:120").and_then(|d| d.to_debt(Currency::USD, "debt")).expect("debt");
        assert_eq!((d.name.as_str(), d.balance, d.rate_bp, d.minimum), ("Visa: card", 420_000, 2290, 12_000));
        assert!(parse_debt("Visa:4200:abc:120").unwrap_err().to_string().contains("rate that is not a number"));
        assert!(parse_debt("Visa:4200").is_err());
        let too_high = parse_debt("Visa:4200:250:120").and_then(|d| d.to_debt(Currency::USD, "debt")).unwrap_err();
        assert!(too_high.to_string().contains("between 0 and 100"), "{too_high}");
    }
}
