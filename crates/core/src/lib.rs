//! Ozzie Local's domain: the seed API's objects in both dialects, money in minor units, and the
//! plan and goal math. No IO, no async, no SQL, no HTTP: every host (CLI, HTTP API, desktop shell)
//! and the store build on these types, and every rule about money lives here once.

pub mod calendar;
pub mod chat;
pub mod debt;
pub mod error;
pub mod export;
pub mod goal;
pub mod intake;
pub mod language;
pub mod money;
pub mod money_move;
pub mod notices;
pub mod moves;
pub mod plan;
pub mod recurring;
pub mod text;
mod plan_text;
pub mod transaction;
pub mod user;
pub mod wire;

pub use error::{DomainError, DomainResult, ErrorCode};
pub use language::Language;
pub use money::Currency;
