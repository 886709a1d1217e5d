//! Ozzie Local's desktop shell: a Tauri v2 window over the engine.
//!
//! The shell owns no rules and has one command, `api`: the UI's /v1 requests go to the api
//! crate's router in process (`ozzie_api::local`), acting for the device's own user — the same
//! contract a browser uses against `ozzie serve`, with no network port opened. If the encrypted
//! database cannot be opened, every request answers the reason in the seed's error envelope, so
//! the UI shows it instead of a blank window.
//! Mobile builds enter through [`run`] as well (`tauri::mobile_entry_point`).

use std::path::PathBuf;

use ozzie_api::local::{LocalApi, LocalResponse};
use ozzie_api::AppState;
use ozzie_engine::{Clock, Engine, EngineError, OpenOptions, OsKeyring};
use serde_json::Value;

/// The API, or why the engine could not be opened.
struct Shell {
    api: Result<LocalApi, Value>,
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

/// One /v1 request from the UI: `path` starts with /v1 and may carry a query string.
#[tauri::command]
async fn api(shell: tauri::State<'_, Shell>, method: String, path: String, body: Option<Value>) -> Result<LocalResponse, String> {
    Ok(match &shell.api {
        Ok(api) => api.request(&method, &path, body).await,
        Err(envelope) => LocalResponse { status: 500, body: envelope.clone() },
    })
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let opened = open_engine()
        .map(|engine| LocalApi::new(AppState::new(engine)))
        .map_err(|e| serde_json::to_value(e.envelope()).unwrap_or(Value::Null));
    let mut context = tauri::generate_context!();
    if cfg!(debug_assertions) {
        // A development build is a different app to the OS (its own WebView storage and
        // keyring-facing identity) and keeps its data in its own folder (see data_dir).
        context.config_mut().identifier = format!("{}.dev", context.config().identifier);
    }
    tauri::Builder::default()
        .manage(Shell { api: opened })
        .invoke_handler(tauri::generate_handler![api])
        .run(context)
        .unwrap_or_else(|e| {
            eprintln!("Ozzie Local could not start its window: {e}");
            std::process::exit(1);
        });
}
