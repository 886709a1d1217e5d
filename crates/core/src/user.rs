//! The user profile and its onboarding stage.
//!
//! Stages follow the seed: `intake_pending` after creation, `plan_pending` once an intake is
//! stored, `active` once a plan exists. A stage never moves backwards: a new intake on an active
//! user keeps it active (the old plan stays usable until a new one is generated).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use schemars::JsonSchema;

use crate::error::{DomainError, DomainResult};
use crate::language::Language;
use crate::money::Currency;

pub const MAX_EXTERNAL_ID_LEN: usize = 100;
const MAX_NAME_LEN: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OnboardingStage {
    IntakePending,
    PlanPending,
    Active,
}

impl OnboardingStage {
    pub fn as_str(self) -> &'static str {
        match self {
            OnboardingStage::IntakePending => "intake_pending",
            OnboardingStage::PlanPending => "plan_pending",
            OnboardingStage::Active => "active",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "intake_pending" => Some(OnboardingStage::IntakePending),
            "plan_pending" => Some(OnboardingStage::PlanPending),
            "active" => Some(OnboardingStage::Active),
            _ => None,
        }
    }

    /// The stage after an event, never moving backwards.
    pub fn advance_to(self, reached: OnboardingStage) -> OnboardingStage {
        self.max(reached)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: String,
    pub external_user_id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub language: Language,
    pub currency: Currency,
    pub onboarding_stage: OnboardingStage,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The body of `POST /v1/users` in both dialects (seed 000 sends `phone_e164`, seed 001 `phone`).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(example = serde_json::json!({"external_user_id": "usr_8821", "name": "Maria Santos", "email": "maria@example.com", "phone": "+15551234567", "language": "en", "currency": "USD"}))]
pub struct NewUserInput {
    /// Your own id for this user (required).
    #[schemars(required, length(min = 1, max = 100))]
    pub external_user_id: Option<String>,
    #[schemars(length(max = 200))]
    pub name: Option<String>,
    #[schemars(email)]
    pub email: Option<String>,
    #[schemars(regex(pattern = r"^\+[1-9][0-9]{7,14}$"))]
    pub phone: Option<String>,
    #[schemars(regex(pattern = r"^\+[1-9][0-9]{7,14}$"))]
    pub phone_e164: Option<String>,
    #[schemars(extend("enum" = ["en", "pt", "es"]))]
    pub language: Option<String>,
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    pub currency: Option<String>,
}

/// A validated new user, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewUser {
    pub external_user_id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub language: Language,
    pub currency: Currency,
}

impl NewUserInput {
    pub fn validate(self) -> DomainResult<NewUser> {
        let external_user_id = match self.external_user_id {
            Some(id) => validate_external_id(&id)?,
            None => {
                return Err(DomainError::validation(
                    "external_user_id",
                    "is required: your own id for this user (max 100 characters)",
                ))
            }
        };
        let phone = match (self.phone, self.phone_e164) {
            (Some(p), _) => Some(validate_phone("phone", &p)?),
            (None, Some(p)) => Some(validate_phone("phone_e164", &p)?),
            (None, None) => None,
        };
        Ok(NewUser {
            external_user_id,
            name: self.name.map(|n| validate_name(&n)).transpose()?,
            email: self.email.map(|e| validate_email(&e)).transpose()?,
            phone,
            language: match self.language {
                Some(l) => Language::parse("language", &l)?,
                None => Language::En,
            },
            currency: match self.currency {
                Some(c) => Currency::parse("currency", &c)?,
                None => Currency::USD,
            },
        })
    }
}

/// The body of `PATCH /v1/users/{id}`: only the fields present change.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(example = serde_json::json!({"language": "pt"}))]
pub struct UserPatchInput {
    #[schemars(length(max = 200))]
    pub name: Option<String>,
    #[schemars(email)]
    pub email: Option<String>,
    #[schemars(regex(pattern = r"^\+[1-9][0-9]{7,14}$"))]
    pub phone: Option<String>,
    #[schemars(regex(pattern = r"^\+[1-9][0-9]{7,14}$"))]
    pub phone_e164: Option<String>,
    #[schemars(extend("enum" = ["en", "pt", "es"]))]
    pub language: Option<String>,
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    pub currency: Option<String>,
}

impl UserPatchInput {
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.email.is_none()
            && self.phone.is_none()
            && self.phone_e164.is_none()
            && self.language.is_none()
            && self.currency.is_none()
    }

    /// Applies the patch to a copy of `user`, validating every field given.
    pub fn apply(self, user: &User) -> DomainResult<User> {
        if self.is_empty() {
            return Err(DomainError::validation(
                "body",
                "nothing to update: give at least one of name, email, phone, language, currency",
            ));
        }
        let mut next = user.clone();
        if let Some(name) = self.name {
            next.name = Some(validate_name(&name)?);
        }
        if let Some(email) = self.email {
            next.email = Some(validate_email(&email)?);
        }
        if let Some(phone) = self.phone {
            next.phone = Some(validate_phone("phone", &phone)?);
        } else if let Some(phone) = self.phone_e164 {
            next.phone = Some(validate_phone("phone_e164", &phone)?);
        }
        if let Some(language) = self.language {
            next.language = Language::parse("language", &language)?;
        }
        if let Some(currency) = self.currency {
            next.currency = Currency::parse("currency", &currency)?;
        }
        Ok(next)
    }
}

pub fn validate_external_id(raw: &str) -> DomainResult<String> {
    let id = raw.trim();
    if id.is_empty() {
        return Err(DomainError::validation("external_user_id", "must not be empty"));
    }
    if id.chars().count() > MAX_EXTERNAL_ID_LEN {
        return Err(DomainError::validation(
            "external_user_id",
            format!("must be at most {MAX_EXTERNAL_ID_LEN} characters"),
        ));
    }
    if id.chars().any(char::is_control) {
        return Err(DomainError::validation("external_user_id", "must not contain control characters"));
    }
    Ok(id.to_string())
}

fn validate_name(raw: &str) -> DomainResult<String> {
    let name = raw.trim();
    if name.chars().count() > MAX_NAME_LEN {
        return Err(DomainError::validation("name", format!("must be at most {MAX_NAME_LEN} characters")));
    }
    Ok(name.to_string())
}

/// A pragmatic address check: one `@`, a non-empty local part, a dotted domain, no spaces.
pub fn validate_email(raw: &str) -> DomainResult<String> {
    let email = raw.trim();
    let valid = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && match email.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains("..")
            }
            None => false,
        };
    if valid {
        Ok(email.to_string())
    } else {
        Err(DomainError::validation("email", format!("'{email}' is not a valid email address")))
    }
}

/// E.164: a `+`, a non-zero country digit, 8 to 15 digits in all.
pub fn validate_phone(field: &str, raw: &str) -> DomainResult<String> {
    let phone = raw.trim();
    let digits = phone.strip_prefix('+').unwrap_or("");
    let valid = digits.len() >= 8
        && digits.len() <= 15
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    if valid {
        Ok(phone.to_string())
    } else {
        Err(DomainError::validation(
            field,
            format!("'{phone}' is not in E.164 format; write it as + country code and number, e.g. +15551234567"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> NewUserInput {
        NewUserInput { external_user_id: Some("usr_8821".into()), ..Default::default() }
    }

    #[test]
    fn validates_the_seed_example() {
        let user = NewUserInput {
            name: Some("Maria Santos".into()),
            email: Some("maria@example.com".into()),
            phone: Some("+15551234567".into()),
            language: Some("en".into()),
            ..input()
        }
        .validate()
        .expect("the seed's example is valid");
        assert_eq!(user.phone.as_deref(), Some("+15551234567"));
        assert_eq!(user.language, Language::En);
    }

    #[test]
    fn names_the_bad_field() {
        let err = NewUserInput { email: Some("not-an-email".into()), ..input() }.validate().unwrap_err();
        assert_eq!(err.field(), Some("email"));
        let err = NewUserInput { phone_e164: Some("5551234567".into()), ..input() }.validate().unwrap_err();
        assert_eq!(err.field(), Some("phone_e164"));
        let err = NewUserInput { language: Some("fr".into()), ..input() }.validate().unwrap_err();
        assert_eq!(err.field(), Some("language"));
        let err = NewUserInput { external_user_id: Some("x".repeat(101)), ..input() }.validate().unwrap_err();
        assert_eq!(err.field(), Some("external_user_id"));
        let err = NewUserInput::default().validate().unwrap_err();
        assert_eq!(err.field(), Some("external_user_id"));
    }

    #[test]
    fn stages_never_move_backwards() {
        let s = OnboardingStage::Active.advance_to(OnboardingStage::PlanPending);
        assert_eq!(s, OnboardingStage::Active);
        let s = OnboardingStage::IntakePending.advance_to(OnboardingStage::PlanPending);
        assert_eq!(s, OnboardingStage::PlanPending);
    }
}
