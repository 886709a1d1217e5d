//! Ozzie Local's coach.
//!
//! - [`context::CoachContext`]: the facts a reply may use (plan, goals, spending this week and
//!   month, subscriptions, money moves), gathered by the engine. Nothing here reads the database.
//! - [`coach`]: the offline coach. It recognises the questions people ask about their money in
//!   en/pt/es and answers them from the context, with the numbers; it says plainly what it
//!   cannot answer. It is what the app uses without an LLM, and the fallback when one fails.
//! - [`llm`]: an OpenAI-compatible chat-completions client (whole or streamed replies, typed
//!   failures); [`prompt`]: the instructions and the facts block it is given; [`ozzie`]: a
//!   remote Ozzie endpoint's `/v1` chat and parser, for `provider = ozzie`.

pub mod coach;
pub mod extract;
pub mod context;
pub mod llm;
pub mod ozzie;
pub mod prompt;

pub use coach::{answer, Intent, Question, Reply};
pub use context::CoachContext;
