//! Queries of the `users` table. Users belong to an owner: `local` on a device, or the API client
//! of `ozzie serve` that created them; an external id is unique per owner.

use ozzie_core::user::{NewUser, OnboardingStage, User};
use ozzie_core::wire::UserView;
use ozzie_core::{Currency, DomainError, Language};
use rusqlite::{params, OptionalExtension, Row};

use crate::error::StoreResult;
use crate::outbox::{enqueue, Entity, Op};
use crate::{bad_value, new_id, now, parse_time, time_text, Store};

/// The owner of the users a device creates for itself.
pub const LOCAL_OWNER: &str = "local";

const COLUMNS: &str =
    "id, external_user_id, name, email, phone, language, currency, onboarding_stage, created_at, updated_at";

pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<User> {
    let language: String = r.get(5)?;
    let currency: String = r.get(6)?;
    let stage: String = r.get(7)?;
    Ok(User {
        id: r.get(0)?,
        external_user_id: r.get(1)?,
        name: r.get(2)?,
        email: r.get(3)?,
        phone: r.get(4)?,
        language: Language::parse("language", &language).map_err(|e| bad_value(e.to_string()))?,
        currency: Currency::parse("currency", &currency).map_err(|e| bad_value(e.to_string()))?,
        onboarding_stage: OnboardingStage::parse(&stage).ok_or_else(|| bad_value(format!("stage {stage}")))?,
        created_at: parse_time(&r.get::<_, String>(8)?)?,
        updated_at: parse_time(&r.get::<_, String>(9)?)?,
    })
}

impl Store {
    /// Creates a user; CONFLICT when the owner already has one with this external id.
    pub fn create_user(&mut self, owner: &str, new: &NewUser) -> StoreResult<User> {
        let tx = self.conn.transaction()?;
        let taken: bool = tx.query_row(
            "SELECT count(*) > 0 FROM users WHERE owner = ?1 AND external_user_id = ?2",
            params![owner, new.external_user_id],
            |r| r.get(0),
        )?;
        if taken {
            return Err(DomainError::Conflict(format!(
                "A user with external_user_id '{}' already exists. Use GET /v1/users/external:{} (or `ozzie user show`) to retrieve it.",
                new.external_user_id, new.external_user_id
            ))
            .into());
        }
        let at = now();
        let user = User {
            id: new_id("usr"),
            external_user_id: new.external_user_id.clone(),
            name: new.name.clone(),
            email: new.email.clone(),
            phone: new.phone.clone(),
            language: new.language,
            currency: new.currency,
            onboarding_stage: OnboardingStage::IntakePending,
            created_at: at,
            updated_at: at,
        };
        tx.execute(
            &format!("INSERT INTO users (owner, {COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
            params![
                owner,
                user.id,
                user.external_user_id,
                user.name,
                user.email,
                user.phone,
                user.language.as_str(),
                user.currency.code(),
                user.onboarding_stage.as_str(),
                time_text(&user.created_at),
                time_text(&user.updated_at),
            ],
        )?;
        enqueue(&tx, &user.id, Entity::User, &user.id, Op::Create, &UserView::from(&user))?;
        tx.commit()?;
        Ok(user)
    }

    pub fn user(&self, owner: &str, id: &str) -> StoreResult<Option<User>> {
        Ok(self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM users WHERE owner = ?1 AND id = ?2"))?
            .query_row(params![owner, id], from_row)
            .optional()?)
    }

    pub fn user_by_external_id(&self, owner: &str, external_user_id: &str) -> StoreResult<Option<User>> {
        Ok(self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM users WHERE owner = ?1 AND external_user_id = ?2"))?
            .query_row(params![owner, external_user_id], from_row)
            .optional()?)
    }

    /// The owner's users, oldest first.
    pub fn users(&self, owner: &str) -> StoreResult<Vec<User>> {
        let mut stmt = self.conn.prepare(&format!("SELECT {COLUMNS} FROM users WHERE owner = ?1 ORDER BY id"))?;
        let users = stmt.query_map([owner], from_row)?.collect::<Result<_, _>>()?;
        Ok(users)
    }

    /// Saves the profile fields of `user` (not its stage, which intake and plan move).
    pub fn update_user(&mut self, user: &User) -> StoreResult<User> {
        let tx = self.conn.transaction()?;
        let mut next = user.clone();
        next.updated_at = now();
        let changed = tx.execute(
            "UPDATE users SET name = ?2, email = ?3, phone = ?4, language = ?5, currency = ?6, updated_at = ?7 WHERE id = ?1",
            params![
                next.id,
                next.name,
                next.email,
                next.phone,
                next.language.as_str(),
                next.currency.code(),
                time_text(&next.updated_at)
            ],
        )?;
        if changed == 0 {
            return Err(DomainError::NotFound(format!("No user with id '{}'.", user.id)).into());
        }
        enqueue(&tx, &next.id, Entity::User, &next.id, Op::Update, &UserView::from(&next))?;
        tx.commit()?;
        Ok(next)
    }
}

/// Moves a user's stage forward inside the caller's transaction (never backwards).
pub(crate) fn advance_stage(tx: &rusqlite::Transaction<'_>, user_id: &str, reached: OnboardingStage) -> StoreResult<()> {
    let current: String = tx.query_row("SELECT onboarding_stage FROM users WHERE id = ?1", [user_id], |r| r.get(0))?;
    let current = OnboardingStage::parse(&current).ok_or_else(|| bad_value(format!("stage {current}")))?;
    let next = current.advance_to(reached);
    if next != current {
        tx.execute(
            "UPDATE users SET onboarding_stage = ?2, updated_at = ?3 WHERE id = ?1",
            params![user_id, next.as_str(), time_text(&now())],
        )?;
    }
    Ok(())
}
