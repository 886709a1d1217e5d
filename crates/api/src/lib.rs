//! The seed's `/v1` HTTP API over the engine (`ozzie serve`), as an axum router the desktop shell
//! can also call in-process.
//!
//! - Every response is the seed's envelope: `{"object": …, "data": …}`, or `{"error": {"code",
//!   "message"[, "field"]}}` with the documented status (400, 401, 404, 409, 413, 429) — also for
//!   unreadable bodies and unknown routes (error.rs, extract.rs).
//! - Auth and rate limits per API client (auth.rs).
//! - The routes and their OpenAPI document are registered together (openapi.rs, routes.rs); the
//!   document is served at `/v1/openapi.json`.
//! - A change sent with `Idempotency-Key` runs once; a retry gets the first answer (idempotency.rs).
//! - The WhatsApp Cloud API webhook at `/v1/webhooks/whatsapp` (whatsapp.rs).
//! - The engine is synchronous and owns one SQLite connection: requests take turns on it, each on
//!   a blocking thread, so the async workers never wait on the database.

mod auth;
mod error;
mod extract;
mod idempotency;
pub mod local;
mod openapi;
mod routes;
mod whatsapp;

use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::DefaultBodyLimit;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use ozzie_engine::config::WhatsAppSettings;
use ozzie_engine::{Engine, EngineError};

pub use auth::Client;
pub use error::ApiError;
pub use extract::MAX_BODY_BYTES;

/// The engine the requests share, each client's request count this minute, and the WhatsApp
/// webhook when it is configured.
#[derive(Clone)]
pub struct AppState {
    engine: Arc<Mutex<Engine>>,
    rate_windows: Arc<auth::RateWindows>,
    known_tokens: Arc<auth::KnownTokens>,
    in_flight: Arc<idempotency::InFlight>,
    whatsapp: Option<Arc<whatsapp::WhatsApp>>,
}

impl AppState {
    pub fn new(engine: Engine) -> AppState {
        AppState { engine: Arc::new(Mutex::new(engine)), rate_windows: Arc::default(), known_tokens: Arc::default(), in_flight: Arc::default(), whatsapp: None }
    }

    /// Turns the WhatsApp webhook on.
    pub fn with_whatsapp(mut self, settings: WhatsAppSettings) -> AppState {
        self.whatsapp = Some(Arc::new(whatsapp::WhatsApp::new(settings)));
        self
    }

    /// Runs `work` on the engine on a blocking thread.
    async fn run<T: Send + 'static>(&self, work: impl FnOnce(&mut Engine) -> Result<T, EngineError> + Send + 'static) -> Result<T, ApiError> {
        let engine = self.engine.clone();
        tokio::task::spawn_blocking(move || {
            let mut engine = engine.lock().map_err(|_| EngineError::Environment("the engine is unavailable after an earlier failure; restart the server".into()))?;
            work(&mut engine)
        })
        .await
        .map_err(|e| ApiError(EngineError::Environment(format!("the request could not finish: {e}"))))?
        .map_err(ApiError)
    }

    /// Runs `work` on the engine acting for `client`'s users.
    async fn for_client<T: Send + 'static>(&self, client: &Client, work: impl FnOnce(&mut Engine) -> Result<T, EngineError> + Send + 'static) -> Result<T, ApiError> {
        let owner = client.client_id.clone();
        self.run(move |engine| {
            engine.act_as(&owner);
            work(engine)
        })
        .await
    }
}

fn documented_routes() -> (Router<AppState>, serde_json::Value) {
    whatsapp::routes(routes::seed_routes(openapi::Api::new())).finish()
}

/// The OpenAPI document of every route (what `/v1/openapi.json` serves).
pub fn openapi_document() -> serde_json::Value {
    documented_routes().1
}

/// The `/v1` routes of both seeds, and `/v1/openapi.json` describing them.
pub fn router(state: AppState) -> Router {
    let (routes, document) = documented_routes();
    let document = Arc::new(document);
    routes
        .route("/v1/openapi.json", get(move || async move { Json(document.as_ref().clone()).into_response() }))
        .fallback(error::no_route)
        .method_not_allowed_fallback(error::wrong_method)
        .layer(axum::middleware::from_fn_with_state(state.clone(), idempotency::layer))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(log_request))
        .with_state(state)
}

/// One log line per request: method, route (ids included, bodies and headers never), status and
/// time taken. Secrets and messages stay out of the logs.
async fn log_request(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    tracing::info!(%method, %path, status = response.status().as_u16(), ms = started.elapsed().as_millis() as u64, "request");
    response
}

/// Serves until Ctrl-C (or SIGTERM), finishing the requests under way.
pub fn serve(engine: Engine, addr: &str, whatsapp: Option<WhatsAppSettings>) -> std::io::Result<()> {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        eprintln!("ozzie serve: listening on http://{}/v1", listener.local_addr()?);
        let mut state = AppState::new(engine);
        match whatsapp {
            Some(settings) => {
                eprintln!("ozzie serve: WhatsApp webhook at /v1/webhooks/whatsapp, replies through {}", settings.api_url);
                state = state.with_whatsapp(settings);
            }
            None => eprintln!("ozzie serve: WhatsApp webhook off (set whatsapp.verify_token, whatsapp.app_secret and whatsapp.access_token to turn it on)"),
        }
        axum::serve(listener, router(state)).with_graceful_shutdown(shutdown()).await
    })
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down: finishing the requests under way");
}
