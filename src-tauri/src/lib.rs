//! Ozzie Local's desktop shell: a Tauri v2 window over the engine.
//!
//! The shell owns no rules. Its command `api` hands the UI's /v1 requests to the api crate's
//! router in process (`ozzie_api::local`; `api_stream` does the same for an answer that streams),
//! acting for the device's own user — the same contract a browser uses against `ozzie serve`,
//! with no network port opened. If the encrypted
//! database cannot be opened, every request answers the reason in the seed's error envelope, so
//! the UI shows it instead of a blank window.
//! Mobile builds enter through [`run`] as well (`tauri::mobile_entry_point`).
//!
//! A third command, `ui_ready`, is the UI saying its first screen shows real data. With
//! `OZZIE_REPORT_STARTUP=1` the shell prints when that happened (and when the page finished
//! loading), which is how `bench/desktop_start.sh` measures cold start without a driver in the way.

use std::path::PathBuf;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use ozzie_api::local::{LocalApi, LocalResponse, StreamPiece};
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

/// Prints `startup: EVENT unix_ms=… since_main_ms=…` when `OZZIE_REPORT_STARTUP=1`.
struct StartupReport {
    main_started: Instant,
    enabled: bool,
}

impl StartupReport {
    fn event(&self, event: &str) {
        if !self.enabled {
            return;
        }
        let unix_ms = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis());
        println!("startup: {event} unix_ms={unix_ms} since_main_ms={}", self.main_started.elapsed().as_millis());
    }
}

/// The UI's first screen is on display with the user's data (once per page load).
#[tauri::command]
fn ui_ready(report: tauri::State<'_, StartupReport>) {
    report.event("ui_ready");
}

/// One /v1 request from the UI: `path` starts with /v1 and may carry a query string.
#[tauri::command]
async fn api(shell: tauri::State<'_, Shell>, method: String, path: String, body: Option<Value>) -> Result<LocalResponse, String> {
    Ok(match &shell.api {
        Ok(api) => api.request(&method, &path, body).await,
        Err(envelope) => LocalResponse { status: 500, body: envelope.clone() },
    })
}

/// A /v1 request whose answer streams (the coach's reply as server-sent events): the status,
/// then each piece of the body, go to the UI through `pieces` as they are written.
#[tauri::command]
async fn api_stream(shell: tauri::State<'_, Shell>, method: String, path: String, body: Option<Value>, pieces: tauri::ipc::Channel<StreamPiece>) -> Result<(), String> {
    match &shell.api {
        Ok(api) => api.stream(&method, &path, body, |piece| drop(pieces.send(piece))).await,
        Err(envelope) => {
            let _ = pieces.send(StreamPiece::Head { status: 500 });
            let _ = pieces.send(StreamPiece::Chunk { text: envelope.to_string() });
            let _ = pieces.send(StreamPiece::End);
        }
    }
    Ok(())
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let report = StartupReport { main_started: Instant::now(), enabled: std::env::var_os("OZZIE_REPORT_STARTUP").is_some_and(|v| v == "1") };
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
        .plugin(tauri_plugin_notification::init())
        .manage(Shell { api: opened })
        .manage(report)
        .on_page_load(|webview, payload| {
            if matches!(payload.event(), tauri::webview::PageLoadEvent::Finished) {
                use tauri::Manager;
                webview.state::<StartupReport>().event("page_loaded");
            }
        })
        .invoke_handler(tauri::generate_handler![api, api_stream, ui_ready])
        .run(context)
        .unwrap_or_else(|e| {
            eprintln!("Ozzie Local could not start its window: {e}");
            std::process::exit(1);
        });
}
