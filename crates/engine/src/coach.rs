//! Chat with the coach: the user's message and the reply are stored together; the reply comes
//! from the offline coach (`ozzie_ai::coach`), which answers from the user's real numbers.
//!
//! The coach needs a personality, which the first plan sets: before it, chat answers
//! PERSONALITY_REQUIRED (the seed's code), saying to generate the plan. An amount in the message ("can I afford a $300 purchase?") is read with the
//! same sentence parser that reads transactions, so "R$ 300", "300 €" and "1.5k" all work.

use chrono::{Datelike, Days, NaiveDate};
use ozzie_ai::context::{CoachContext, DebtFacts, GoalFacts, MoveFacts};
use ozzie_ai::prompt::coach_messages;
use ozzie_ai::{answer, Question};
use ozzie_core::chat::{ChatMessage, Personality};
use ozzie_core::goal::GoalType;
use ozzie_core::moves::{category_targets, recommend, MoveKind};
use ozzie_core::plan::simulate_debt;
use ozzie_core::{DomainError, Language};
use ozzie_ingest::Context;

use crate::{Engine, EngineResult, UserRef};

/// Longest message the coach reads.
pub const MAX_MESSAGE_CHARS: usize = 4_000;

/// Who wrote the reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplySource {
    Offline,
    Llm,
    /// The remote Ozzie endpoint's coach.
    Ozzie,
    /// The LLM failed (the reason); the offline coach answered.
    OfflineFallback(String),
}

/// A message and the coach's reply, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Exchange {
    pub question: ChatMessage,
    pub reply: ChatMessage,
    pub source: ReplySource,
}

impl Engine {
    /// Everything the coach may cite about this user, as of today.
    pub fn coach_context(&mut self, who: &UserRef) -> EngineResult<CoachContext> {
        let facts = self.facts(who)?;
        let user = &facts.user;
        let today = facts.today;
        let week_start = week_start(today);
        let week_to_date = self.store.spending_by_category(&user.id, week_start, today, user.currency)?;
        let goals = self.store.goals(&user.id)?;
        let goal_facts = goals
            .iter()
            .map(|g| {
                let p = facts.plan.goal_projections.iter().find(|p| p.goal_id == g.id);
                let d = &g.draft;
                GoalFacts {
                    name: d.name.clone(),
                    debt: d.goal_type == GoalType::Debt,
                    target: d.target_amount,
                    saved: d.current_amount,
                    target_date: d.target_date,
                    monthly_needed: p.and_then(|p| p.monthly_contribution_needed),
                    monthly_capacity: p.and_then(|p| p.monthly_capacity),
                    on_track: p.and_then(|p| p.on_track),
                    projected: p.and_then(|p| p.projected_completion_date),
                }
            })
            .collect();
        let intake = &facts.intake;
        let debt = (intake.total_debt > 0).then(|| {
            let rate = intake.debt_interest_rate_bp;
            let extra = facts.plan.recommended_extra_debt_payment;
            let now = simulate_debt(intake.total_debt, intake.monthly_debt_payment, rate, today);
            let with_plan = simulate_debt(intake.total_debt, intake.monthly_debt_payment + extra, rate, today);
            let interest_saved = match (&now, &with_plan) {
                (Some(a), Some(b)) => a.total_interest - b.total_interest,
                _ => 0,
            };
            DebtFacts {
                balance: intake.total_debt,
                payment: intake.monthly_debt_payment,
                rate_bp: rate,
                payoff_now: now.map(|p| p.date),
                payoff_with_plan: with_plan.map(|p| p.date),
                extra,
                interest_saved,
            }
        });
        let situation = facts.situation();
        let targets = category_targets(&situation);
        let moves = recommend(&situation)
            .into_iter()
            .map(|m| MoveFacts {
                cut: matches!(m.kind, MoveKind::Overspend | MoveKind::Subscriptions),
                title: m.title,
                description: m.description,
                potential_savings: m.potential_savings_cents,
            })
            .collect();
        let bucket = |b| facts.plan.allocations.iter().find(|a| a.bucket == b).map_or(0, |a| a.amount);
        let living_budget = bucket(ozzie_core::plan::Bucket::Needs) + bucket(ozzie_core::plan::Bucket::Wants);
        Ok(CoachContext {
            language: user.language,
            currency: user.currency,
            today,
            name: user.name.clone(),
            monthly_income: facts.plan.monthly_income,
            monthly_expenses: facts.plan.monthly_expenses,
            recommended_monthly_savings: facts.plan.recommended_monthly_savings,
            living_budget,
            current_savings: intake.current_savings,
            emergency_fund_target: facts.plan.key_metrics.emergency_fund_target,
            goals: goal_facts,
            debt,
            week_start,
            week_to_date,
            month_start: facts.month_start,
            month_to_date: facts.month_to_date.clone(),
            month_income: facts.month_income,
            category_targets: targets,
            subscriptions: facts.recurring.iter().filter(|r| !r.income).map(|r| (r.merchant.clone(), r.monthly_cost)).collect(),
            moves,
        })
    }

    /// Seed 001's `POST /chat` and seed 000's `POST /chat/messages`: asks the coach and stores
    /// the message with its reply. `language` overrides the user's for this message.
    pub fn chat(&mut self, who: &UserRef, message: &str, language: Option<&str>) -> EngineResult<Exchange> {
        self.ask(who, message, language, None)
    }

    /// [`Engine::chat`], handing each piece of an LLM's reply to `on_delta` as it is written.
    /// The offline coach's reply comes whole.
    pub fn chat_streaming(&mut self, who: &UserRef, message: &str, language: Option<&str>, on_delta: &mut dyn FnMut(&str)) -> EngineResult<Exchange> {
        self.ask(who, message, language, Some(on_delta))
    }

    fn ask(&mut self, who: &UserRef, message: &str, language: Option<&str>, on_delta: Option<&mut dyn FnMut(&str)>) -> EngineResult<Exchange> {
        let text = message.trim();
        if text.is_empty() {
            return Err(DomainError::validation("message", "is required and must not be empty").into());
        }
        if text.chars().count() > MAX_MESSAGE_CHARS {
            return Err(DomainError::validation("message", format!("is longer than {MAX_MESSAGE_CHARS} characters; send a shorter question")).into());
        }
        let user = self.user(who)?;
        // The seed: chat before the personality is set (it is, with the first plan) is
        // PERSONALITY_REQUIRED.
        let Some(personality) = self.store.personality(&user.id)? else {
            return Err(DomainError::PersonalityRequired.into());
        };
        if self.store.active_plan(&user.id)?.is_none() {
            return Err(DomainError::PlanRequired.into());
        }
        let mut ctx = self.coach_context(who)?;
        if let Some(raw) = language {
            ctx.language = Language::parse("language", raw)?;
        }
        let parse_ctx = Context { language: ctx.language, currency: ctx.currency, today: ctx.today };
        let amount = ozzie_ingest::sentence::parse(text, &parse_ctx).transactions.first().map(|t| t.amount_cents);
        let offline = answer(&ctx, &Question { text, amount });
        // With an LLM configured it writes the reply from the same facts; any failure (down,
        // slow, rate limited, a garbled reply) leaves the offline coach's answer, and the
        // user's message is stored either way.
        let remote = match self.ozzie() {
            Ok(Some(client)) => Some(self.remote_user(&client, &user).and_then(|id| {
                client.chat(&id, text, ctx.language).map_err(|e| crate::EngineError::Environment(e.to_string()))
            })),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        };
        let (reply_text, source) = match (remote, self.llm()) {
            (Some(Ok(reply)), _) => (reply.trim().to_string(), ReplySource::Ozzie),
            (Some(Err(e)), _) => (offline.message, ReplySource::OfflineFallback(e.to_string())),
            (None, Ok(None)) => (offline.message, ReplySource::Offline),
            (None, Err(e)) => (offline.message, ReplySource::OfflineFallback(e.to_string())),
            (None, Ok(Some(client))) => {
                let messages = coach_messages(&ctx, personality, text);
                let written = match on_delta {
                    Some(cb) => client.stream(&messages, cb),
                    None => client.complete(&messages),
                };
                match written {
                    Ok(reply) => (reply.trim().to_string(), ReplySource::Llm),
                    Err(e) => (offline.message, ReplySource::OfflineFallback(e.to_string())),
                }
            }
        };
        let (question, reply) = self.store.insert_exchange(&user.id, text, &reply_text, offline.emotion)?;
        Ok(Exchange { question, reply, source })
    }

    /// The latest messages, oldest first.
    pub fn chat_history(&mut self, who: &UserRef, limit: u32) -> EngineResult<Vec<ChatMessage>> {
        let user = self.user(who)?;
        Ok(self.store.chat_history(&user.id, limit)?)
    }

    pub fn personality(&mut self, who: &UserRef) -> EngineResult<Option<Personality>> {
        let user = self.user(who)?;
        Ok(self.store.personality(&user.id)?)
    }

    /// Changes the coach's tone (PLAN_REQUIRED before the first plan sets one).
    pub fn set_personality(&mut self, who: &UserRef, raw: &str) -> EngineResult<Personality> {
        let user = self.user(who)?;
        let p = Personality::parse("personality", raw)?;
        if self.store.personality(&user.id)?.is_none() {
            return Err(DomainError::PlanRequired.into());
        }
        self.store.set_personality(&user.id, p)?;
        Ok(p)
    }
}

/// Monday of `day`'s week.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day.checked_sub_days(Days::new(u64::from(day.weekday().num_days_from_monday()))).unwrap_or(day)
}
