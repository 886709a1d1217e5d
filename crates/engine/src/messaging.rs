//! Messages from a chat channel (WhatsApp): who sent them, whether they were seen before, and what
//! they become — transactions (a sentence, a receipt photo, a statement) or a question for the
//! coach — with the reply to send back, in the user's language.
//!
//! The transport (Meta's webhook, its signature and the Cloud API) lives in the api crate; this
//! is what any channel does with a message once it is known to be genuine. A sender is found by
//! the E.164 phone on their user; an unknown number gets an onboarding prompt and nothing is
//! stored for it. Each message id is claimed before it is handled and marked when it is done, so
//! a repeated delivery is answered once and logged once.

use base64::Engine as _;
use ozzie_core::transaction::Transaction;
use ozzie_core::user::User;
use ozzie_core::{DomainError, Language};
use ozzie_ingest::detect::{detect, Kind};
use ozzie_store::inbound::Claim;

use crate::ingestion::{Channel, SubmitTransactionsInput};
use crate::{Engine, EngineError, EngineResult, UserRef};

const CHANNEL: &str = "whatsapp";

/// What a message carries.
#[derive(Debug, Clone)]
pub enum Inbound {
    Text(String),
    /// A photo or a document, already downloaded.
    File { bytes: Vec<u8>, mime_type: String, file_name: Option<String> },
    /// A kind the coach cannot read (voice notes, stickers, locations…).
    Unsupported(String),
}

impl Inbound {
    fn kind(&self) -> &str {
        match self {
            Inbound::Text(_) => "text",
            Inbound::File { mime_type, .. } if mime_type.starts_with("image/") => "image",
            Inbound::File { .. } => "document",
            Inbound::Unsupported(kind) => kind,
        }
    }
}

/// What became of a message; [`Handled::reply`] is the answer to send.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// No user has this number: nothing was stored.
    UnknownSender,
    /// This message id was handled before.
    Repeated,
    Logged(Vec<Transaction>),
    Answered(String),
    /// The message could not be read as transactions, and the coach could not take it either.
    NotRead(String),
    Unsupported,
}

impl Outcome {
    /// A word for logs and the stored outcome (never the message's text).
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::UnknownSender => "unknown_sender",
            Outcome::Repeated => "repeated",
            Outcome::Logged(_) => "logged",
            Outcome::Answered(_) => "answered",
            Outcome::NotRead(_) => "not_read",
            Outcome::Unsupported => "unsupported",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Handled {
    pub outcome: Outcome,
    /// The text to send back; None when nothing should be sent (a repeated delivery).
    pub reply: Option<String>,
    /// The sender's user, when known.
    pub user_id: Option<String>,
}

impl Engine {
    /// The user whose phone is `phone` (E.164), whichever API client created it.
    pub fn channel_sender(&mut self, phone: &str) -> EngineResult<Option<User>> {
        Ok(self.store.user_by_phone(phone)?.map(|(_, user)| user))
    }

    /// Handles one message from `phone` (E.164, e.g. "+5511987654321") with the channel's id
    /// `message_id`. Acts for the API client that owns the sender's user.
    pub fn handle_channel_message(&mut self, phone: &str, message_id: &str, message: Inbound) -> EngineResult<Handled> {
        let received_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let Some((owner, user)) = self.store.user_by_phone(phone)? else {
            // Nothing is stored for a stranger, not even the message id.
            let language = language_for_number(phone);
            return Ok(Handled { outcome: Outcome::UnknownSender, reply: Some(say(language, Say::Onboarding)), user_id: None });
        };
        // At least once: a message whose handling was cut short is handled again on the next
        // delivery (Meta redelivers until it gets a 200), so nothing the user sent is lost.
        if self.store.claim_inbound_message(CHANNEL, message_id, Some(&user.id), message.kind(), &received_at)? == Claim::Done {
            return Ok(Handled { outcome: Outcome::Repeated, reply: None, user_id: Some(user.id) });
        }
        self.act_as(&owner);
        let outcome = self.read_message(&user, message)?;
        self.store.set_inbound_outcome(CHANNEL, message_id, outcome.label())?;
        let reply = self.reply_for(&user, &outcome);
        Ok(Handled { outcome, reply: Some(reply), user_id: Some(user.id) })
    }

    fn read_message(&mut self, user: &User, message: Inbound) -> EngineResult<Outcome> {
        let who = UserRef::Id(user.id.clone());
        match message {
            Inbound::Unsupported(_) => Ok(Outcome::Unsupported),
            Inbound::Text(text) if is_question(&text) => self.ask_coach(&who, &text),
            Inbound::Text(text) => {
                let input = SubmitTransactionsInput { kind: Some("text".into()), content: Some(text.clone()), ..Default::default() };
                match self.submit_transactions(&who, input, Channel::WhatsApp) {
                    Ok(done) => Ok(Outcome::Logged(done.transactions)),
                    // Not a purchase ("hi", "thanks", "help me save"): the coach takes it.
                    Err(EngineError::Domain(DomainError::Validation { field, .. })) if field == "content" => self.ask_coach(&who, &text),
                    Err(EngineError::Domain(e)) => Ok(Outcome::NotRead(e.to_string())),
                    Err(e) => Err(e),
                }
            }
            Inbound::File { bytes, mime_type, file_name } => {
                let kind = match detect(&bytes, file_name.as_deref()) {
                    Kind::Text if mime_type.starts_with("image/") => Kind::Image,
                    Kind::Text => Kind::Spreadsheet,
                    k => k,
                };
                let content = match kind {
                    Kind::Image | Kind::Pdf => base64::engine::general_purpose::STANDARD.encode(&bytes),
                    _ => String::from_utf8_lossy(&bytes).into_owned(),
                };
                let input = SubmitTransactionsInput {
                    kind: Some(kind.as_str().into()),
                    content: Some(content),
                    mime_type: Some(mime_type),
                    file_name,
                    ..Default::default()
                };
                match self.submit_transactions(&who, input, Channel::WhatsApp) {
                    Ok(done) => Ok(Outcome::Logged(done.transactions)),
                    Err(EngineError::Domain(e)) => Ok(Outcome::NotRead(e.to_string())),
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn ask_coach(&mut self, who: &UserRef, text: &str) -> EngineResult<Outcome> {
        match self.chat(who, text, None) {
            Ok(exchange) => Ok(Outcome::Answered(exchange.reply.message)),
            Err(EngineError::Domain(DomainError::PersonalityRequired | DomainError::PlanRequired | DomainError::IntakeRequired)) => {
                Ok(Outcome::NotRead(String::new()))
            }
            Err(EngineError::Domain(e)) => Ok(Outcome::NotRead(e.to_string())),
            Err(e) => Err(e),
        }
    }

    fn reply_for(&self, user: &User, outcome: &Outcome) -> String {
        let language = user.language;
        match outcome {
            Outcome::UnknownSender => say(language, Say::Onboarding),
            Outcome::Repeated => String::new(),
            Outcome::Logged(transactions) => {
                let lines: Vec<String> = transactions
                    .iter()
                    .map(|t| format!("• {} — {} ({})", t.tx.description, t.tx.currency.format(t.tx.amount_cents, language), t.tx.category.label(language)))
                    .collect();
                format!("{}\n{}", say(language, Say::Logged(transactions.len())), lines.join("\n"))
            }
            Outcome::Answered(reply) => reply.clone(),
            Outcome::NotRead(why) if why.is_empty() => say(language, Say::FinishSetup),
            Outcome::NotRead(why) => format!("{} {why}", say(language, Say::NotRead)),
            Outcome::Unsupported => say(language, Say::Unsupported),
        }
    }
}

/// A question goes to the coach; anything else is tried as transactions first.
fn is_question(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    if t.ends_with('?') || t.starts_with('¿') {
        return true;
    }
    const OPENINGS: &[&str] = &[
        "how ", "what ", "why ", "when ", "where ", "should ", "can i ", "am i ", "do i ", "is my ", "help",
        "como ", "quanto ", "qual ", "quando ", "por que ", "posso ", "devo ", "estou ", "ajuda",
        "cómo ", "cuánto ", "cuál ", "cuándo ", "por qué ", "puedo ", "debo ", "estoy ", "ayuda",
    ];
    OPENINGS.iter().any(|o| t.starts_with(o))
}

/// The language to greet an unknown number in, from its country calling code.
fn language_for_number(phone: &str) -> Language {
    let digits = phone.trim_start_matches('+');
    const PT: &[&str] = &["55", "351", "244", "258", "238", "245", "239", "670"];
    const ES: &[&str] = &[
        "34", "52", "54", "56", "57", "51", "58", "53", "591", "593", "595", "598", "502", "503", "504", "505", "506", "507", "1809", "1829", "1849", "240",
    ];
    if PT.iter().any(|c| digits.starts_with(c)) {
        Language::Pt
    } else if ES.iter().any(|c| digits.starts_with(c)) {
        Language::Es
    } else {
        Language::En
    }
}

enum Say {
    Onboarding,
    Logged(usize),
    NotRead,
    FinishSetup,
    Unsupported,
}

fn say(language: Language, what: Say) -> String {
    use Language::{En, Es, Pt};
    match (what, language) {
        (Say::Onboarding, En) => "Hi! I'm Ozzie, your money coach. This number isn't linked to an Ozzie account yet: open Ozzie, add this phone number to your profile, and then send me what you spend, like \"coffee $5 and lunch $15\".".into(),
        (Say::Onboarding, Pt) => "Oi! Eu sou o Ozzie, seu coach financeiro. Este número ainda não está ligado a uma conta Ozzie: abra o Ozzie, adicione este telefone ao seu perfil e depois me mande seus gastos, como \"café R$ 5 e almoço R$ 25\".".into(),
        (Say::Onboarding, Es) => "¡Hola! Soy Ozzie, tu coach financiero. Este número aún no está vinculado a una cuenta de Ozzie: abre Ozzie, añade este teléfono a tu perfil y luego envíame tus gastos, como \"café 3 € y comida 12 €\".".into(),
        (Say::Logged(1), En) => "Logged 1 transaction:".into(),
        (Say::Logged(n), En) => format!("Logged {n} transactions:"),
        (Say::Logged(1), Pt) => "Registrei 1 transação:".into(),
        (Say::Logged(n), Pt) => format!("Registrei {n} transações:"),
        (Say::Logged(1), Es) => "Registré 1 transacción:".into(),
        (Say::Logged(n), Es) => format!("Registré {n} transacciones:"),
        (Say::NotRead, En) => "I couldn't log that.".into(),
        (Say::NotRead, Pt) => "Não consegui registrar isso.".into(),
        (Say::NotRead, Es) => "No pude registrar eso.".into(),
        (Say::FinishSetup, En) => "Finish your plan in Ozzie first (income, expenses and a goal), then I can answer questions about your money.".into(),
        (Say::FinishSetup, Pt) => "Termine seu plano no Ozzie primeiro (renda, despesas e uma meta), e depois eu respondo perguntas sobre o seu dinheiro.".into(),
        (Say::FinishSetup, Es) => "Primero termina tu plan en Ozzie (ingresos, gastos y una meta) y luego podré responder preguntas sobre tu dinero.".into(),
        (Say::Unsupported, En) => "I can read text, receipt photos and statements (PDF, CSV, OFX, QIF). Try writing it, like \"coffee $5\".".into(),
        (Say::Unsupported, Pt) => "Eu leio textos, fotos de recibos e extratos (PDF, CSV, OFX, QIF). Tente escrever, como \"café R$ 5\".".into(),
        (Say::Unsupported, Es) => "Leo textos, fotos de recibos y extractos (PDF, CSV, OFX, QIF). Prueba a escribirlo, como \"café 3 €\".".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_go_to_the_coach() {
        for q in ["Am I on track?", "how much can I spend this week", "¿Cuánto gasté?", "quanto gastei esse mês", "Help"] {
            assert!(is_question(q), "{q}");
        }
        for t in ["coffee $5 and lunch $15", "gastei 30 no mercado", "uber 12.50"] {
            assert!(!is_question(t), "{t}");
        }
    }

    #[test]
    fn strangers_are_greeted_in_their_countrys_language() {
        assert_eq!(language_for_number("+5511987654321"), Language::Pt);
        assert_eq!(language_for_number("+5215512345678"), Language::Es);
        assert_eq!(language_for_number("+15551234567"), Language::En);
        assert_eq!(language_for_number("+18095551234"), Language::Es);
    }
}
