//! The three languages Ozzie speaks. Every user-facing sentence the domain produces (plan summary,
//! action items) is written in each of them; nothing falls back silently to English.

use serde::{Deserialize, Serialize};

use crate::error::{DomainError, DomainResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Pt,
    Es,
}

impl Language {
    pub fn parse(field: &str, raw: &str) -> DomainResult<Language> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "en" => Ok(Language::En),
            "pt" => Ok(Language::Pt),
            "es" => Ok(Language::Es),
            other => Err(DomainError::validation(
                field,
                format!("'{other}' is not supported; use \"en\", \"pt\" or \"es\""),
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Pt => "pt",
            Language::Es => "es",
        }
    }

    /// Picks the sentence for this language out of the three given.
    pub fn pick<T>(self, en: T, pt: T, es: T) -> T {
        match self {
            Language::En => en,
            Language::Pt => pt,
            Language::Es => es,
        }
    }
}
