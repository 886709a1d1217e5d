//! Ozzie Local's desktop shell: a Tauri v2 window over the engine.
//!
//! The shell owns no rules: it opens the engine on the device's encrypted database and exposes
//! the use-cases the UI needs as commands, returning the seed's JSON shapes (and its error
//! envelope on failure), so the UI reads the same documents as an `ozzie serve` client.
//! Mobile builds enter through [`run`] as well (`tauri::mobile_entry_point`).

use std::path::PathBuf;
use std::sync::Mutex;

use ozzie_engine::domain::intake::IntakeInput;
use ozzie_engine::domain::user::{NewUserInput, UserPatchInput};
use ozzie_engine::domain::wire::{ErrorEnvelope, UserView};
use ozzie_engine::domain::{Currency, DomainError, ErrorCode};
use ozzie_engine::{Clock, Engine, EngineError, OpenOptions, OsKeyring, UserRef};
use serde::{Deserialize, Serialize};

/// The engine, or why it could not be opened (shown by the UI instead of a blank window).
struct AppState {
    engine: Result<Mutex<Engine>, ErrorEnvelope>,
}

/// Debug builds keep their data apart from the installed app's.
fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("OZZIE_DATA_DIR") {
        return PathBuf::from(dir);
    }
    let name = if cfg!(debug_assertions) { "ozzie-dev" } else { "ozzie" };
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join(name)
}

fn open_engine() -> Result<Engine, EngineError> {
    let key_env = std::env::var("OZZIE_DB_KEY").ok();
    let today = std::env::var("OZZIE_TODAY").ok();
    Engine::open(OpenOptions {
        data_dir: &data_dir(),
        key_env: key_env.as_deref(),
        secrets: std::sync::Arc::new(OsKeyring),
        clock: Clock::from_env_value(today.as_deref())?,
    })
}

fn with_engine<T>(
    state: &tauri::State<'_, AppState>,
    f: impl FnOnce(&mut Engine) -> Result<T, EngineError>,
) -> Result<T, ErrorEnvelope> {
    let engine = state.engine.as_ref().map_err(Clone::clone)?;
    let mut engine = engine
        .lock()
        .map_err(|_| ErrorEnvelope::new(ErrorCode::InternalError.as_str(), "The app hit an internal error; restart it.", None))?;
    f(&mut engine).map_err(|e| e.envelope())
}

/// What the UI needs at start: the profile (if onboarding happened) and its active plan.
#[derive(Debug, Serialize)]
struct Profile {
    user: Option<UserView>,
    plan: Option<serde_json::Value>,
}

#[tauri::command]
fn profile(state: tauri::State<'_, AppState>) -> Result<Profile, ErrorEnvelope> {
    with_engine(&state, |engine| {
        let Some(user) = engine.users()?.into_iter().next() else {
            return Ok(Profile { user: None, plan: None });
        };
        let plan = match engine.plan(&UserRef::Id(user.id.clone())) {
            Ok(plan) => Some(plan.document),
            Err(EngineError::Domain(DomainError::PlanRequired)) => None,
            Err(e) => return Err(e),
        };
        Ok(Profile { user: Some(UserView::from(&user)), plan })
    })
}

/// The onboarding form: who the user is plus the intake (either dialect's fields).
#[derive(Debug, Deserialize)]
struct OnboardInput {
    name: Option<String>,
    language: Option<String>,
    currency: Option<String>,
    intake: IntakeInput,
}

/// Creates (or updates) the device's profile, stores the intake and returns the new plan.
#[tauri::command]
fn onboard(state: tauri::State<'_, AppState>, input: OnboardInput) -> Result<serde_json::Value, ErrorEnvelope> {
    with_engine(&state, |engine| {
        // Check the numbers before touching the profile, so a typo changes nothing.
        let currency = match &input.currency {
            Some(code) => Currency::parse("currency", code)?,
            None => Currency::USD,
        };
        input.intake.clone().validate(currency)?;
        let me = UserRef::LocalProfile;
        if engine.users()?.is_empty() {
            engine.create_user(NewUserInput {
                external_user_id: Some("local".into()),
                name: input.name,
                language: input.language,
                currency: input.currency,
                ..Default::default()
            })?;
        } else {
            let patch = UserPatchInput { name: input.name, language: input.language, currency: input.currency, ..Default::default() };
            if !patch.is_empty() {
                engine.update_user(&me, patch)?;
            }
        }
        engine.submit_intake(&me, input.intake)?;
        Ok(engine.generate_plan(&me)?.document)
    })
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let engine = open_engine().map(Mutex::new).map_err(|e| e.envelope());
    tauri::Builder::default()
        .manage(AppState { engine })
        .invoke_handler(tauri::generate_handler![profile, onboard])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Ozzie Local could not start its window: {e}");
            std::process::exit(1);
        });
}
