//! The seed's `/v1` HTTP API over the engine (`ozzie serve`), as an axum router the desktop shell
//! can also call in-process.
//!
//! - Every response is the seed's envelope: `{"object": …, "data": …}`, or `{"error": {"code",
//!   "message"[, "field"]}}` with the documented status (400, 401, 404, 409, 429).
//! - Auth: `Authorization: Bearer base64(client_id:client_secret)` of a client made with
//!   `ozzie api-client create`; a request acts for that client's users only (users.owner).
//! - Rate limits: each client's requests are counted per minute (`ozzie api-client create
//!   --requests-per-minute`); past the limit, 429 RATE_LIMIT_EXCEEDED with `Retry-After`.
//! - The engine is synchronous and owns one SQLite connection: requests take turns on it, each on
//!   a blocking thread, so the async workers never wait on the database.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine as _;
use ozzie_engine::domain::chat::Emotion;
use ozzie_engine::domain::goal::GoalInput;
use ozzie_engine::domain::intake::IntakeInput;
use ozzie_engine::domain::money_move::MoneyMoveRecommendation;
use ozzie_engine::domain::transaction::TransactionQueryInput;
use ozzie_engine::domain::user::{NewUserInput, UserPatchInput};
use ozzie_engine::domain::wire::{Envelope, ErrorEnvelope, GoalListView, IntakeView, TransactionListView, TransactionPageView, TransactionView, UserView};
use ozzie_engine::ingestion::{Channel, SubmitTransactionsInput};
use ozzie_engine::domain::{DomainError, ErrorCode};
use ozzie_engine::{Engine, EngineError, UserRef};
use serde::{Deserialize, Serialize};

/// The engine the requests share, and each client's request count this minute.
#[derive(Clone)]
pub struct AppState {
    engine: Arc<Mutex<Engine>>,
    windows: Arc<Mutex<HashMap<String, Window>>>,
}

/// A client's requests in the current one-minute window.
#[derive(Debug, Clone, Copy)]
struct Window {
    started: Instant,
    count: u32,
}

const WINDOW: Duration = Duration::from_secs(60);

impl AppState {
    pub fn new(engine: Engine) -> AppState {
        AppState { engine: Arc::new(Mutex::new(engine)), windows: Arc::new(Mutex::new(HashMap::new())) }
    }

    /// Counts a request of `client`; past its limit, how many seconds until the window ends.
    fn admit(&self, client: &str, per_minute: u32) -> Result<(), u64> {
        let Ok(mut windows) = self.windows.lock() else { return Ok(()) };
        let now = Instant::now();
        let w = windows.entry(client.to_string()).or_insert(Window { started: now, count: 0 });
        if now.duration_since(w.started) >= WINDOW {
            *w = Window { started: now, count: 0 };
        }
        if w.count >= per_minute {
            let left = WINDOW.saturating_sub(now.duration_since(w.started));
            return Err(left.as_secs().max(1));
        }
        w.count += 1;
        Ok(())
    }
}

/// An error as the seed shows it, with its HTTP status.
pub struct ApiError(EngineError);

impl From<EngineError> for ApiError {
    fn from(e: EngineError) -> Self {
        ApiError(e)
    }
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        ApiError(e.into())
    }
}

fn status_of(code: ErrorCode) -> StatusCode {
    match code {
        ErrorCode::ValidationError | ErrorCode::IntakeRequired | ErrorCode::PlanRequired | ErrorCode::PersonalityRequired => StatusCode::BAD_REQUEST,
        ErrorCode::Unauthorized => StatusCode::UNAUTHORIZED,
        ErrorCode::NotFound => StatusCode::NOT_FOUND,
        ErrorCode::Conflict => StatusCode::CONFLICT,
        ErrorCode::RateLimitExceeded => StatusCode::TOO_MANY_REQUESTS,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (status_of(self.0.code()), Json(self.0.envelope())).into_response()
    }
}

fn unauthorized(message: &str) -> Response {
    let body = ErrorEnvelope::new(ErrorCode::Unauthorized.as_str(), message.to_string(), None);
    (StatusCode::UNAUTHORIZED, Json(body)).into_response()
}

/// The API client a request authenticated as.
pub struct Client {
    pub client_id: String,
}

impl FromRequestParts<AppState> for Client {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        const HOW: &str = "Send Authorization: Bearer base64(client_id:client_secret), with a client made by `ozzie api-client create NAME`.";
        let header = parts.headers.get("authorization").and_then(|v| v.to_str().ok()).ok_or_else(|| unauthorized(&format!("Missing credentials. {HOW}")))?;
        let token = header.strip_prefix("Bearer ").ok_or_else(|| unauthorized(&format!("Not a Bearer token. {HOW}")))?;
        let decoded = base64::engine::general_purpose::STANDARD.decode(token.trim()).ok().and_then(|b| String::from_utf8(b).ok());
        let (id, secret) = decoded.as_deref().and_then(|d| d.split_once(':')).ok_or_else(|| unauthorized(&format!("The token is not base64(client_id:client_secret). {HOW}")))?;
        let (id, secret) = (id.to_string(), secret.to_string());
        let engine = state.engine.clone();
        let client = tokio::task::spawn_blocking(move || engine.lock().map_err(|_| ()).map(|e| e.authenticate(&id, &secret)))
            .await
            .map_err(|_| unauthorized("The server could not check the credentials."))?
            .map_err(|_| unauthorized("The server could not check the credentials."))?
            .map_err(|_| unauthorized("The server could not check the credentials."))?;
        let Some(c) = client else { return Err(unauthorized("Unknown client or wrong secret.")) };
        if let Err(retry_after) = state.admit(&c.client_id, c.requests_per_minute) {
            let body = ErrorEnvelope::new(
                ErrorCode::RateLimitExceeded.as_str(),
                format!("This client may make {} requests a minute. Retry after {retry_after} seconds.", c.requests_per_minute),
                None,
            );
            return Err((StatusCode::TOO_MANY_REQUESTS, [("retry-after", retry_after.to_string())], Json(body)).into_response());
        }
        Ok(Client { client_id: c.client_id })
    }
}

/// Runs `work` on the engine, acting for `client`, on a blocking thread.
async fn with_engine<T: Send + 'static>(state: &AppState, client: &Client, work: impl FnOnce(&mut Engine) -> Result<T, EngineError> + Send + 'static) -> Result<T, ApiError> {
    let engine = state.engine.clone();
    let owner = client.client_id.clone();
    tokio::task::spawn_blocking(move || {
        let mut engine = engine.lock().map_err(|_| EngineError::Environment("the engine is unavailable after an earlier failure; restart the server".into()))?;
        engine.act_as(&owner);
        work(&mut engine)
    })
    .await
    .map_err(|e| ApiError(EngineError::Environment(format!("the request could not finish: {e}"))))?
    .map_err(ApiError)
}

fn ok<T: Serialize>(status: StatusCode, object: &'static str, data: T) -> Response {
    (status, Json(Envelope::new(object, data))).into_response()
}

fn user_ref(raw: &str) -> Result<UserRef, ApiError> {
    Ok(UserRef::parse(raw)?)
}

async fn create_user(State(state): State<AppState>, client: Client, Json(input): Json<NewUserInput>) -> Result<Response, ApiError> {
    let user = with_engine(&state, &client, move |e| e.create_user(input)).await?;
    Ok(ok(StatusCode::CREATED, "user", UserView::from(&user)))
}

async fn get_user(State(state): State<AppState>, client: Client, Path(id): Path<String>) -> Result<Response, ApiError> {
    let who = user_ref(&id)?;
    let user = with_engine(&state, &client, move |e| e.user(&who)).await?;
    Ok(ok(StatusCode::OK, "user", UserView::from(&user)))
}

async fn patch_user(State(state): State<AppState>, client: Client, Path(id): Path<String>, Json(patch): Json<UserPatchInput>) -> Result<Response, ApiError> {
    let who = user_ref(&id)?;
    let user = with_engine(&state, &client, move |e| e.update_user(&who, patch)).await?;
    Ok(ok(StatusCode::OK, "user", UserView::from(&user)))
}

async fn submit_intake(State(state): State<AppState>, client: Client, Path(id): Path<String>, Json(input): Json<IntakeInput>) -> Result<Response, ApiError> {
    let who = user_ref(&id)?;
    let intake = with_engine(&state, &client, move |e| e.submit_intake(&who, input)).await?;
    Ok(ok(StatusCode::CREATED, "financial_intake", IntakeView::from(&intake)))
}

async fn generate_plan(State(state): State<AppState>, client: Client, Path(id): Path<String>) -> Result<Response, ApiError> {
    let who = user_ref(&id)?;
    let plan = with_engine(&state, &client, move |e| e.generate_plan(&who)).await?;
    Ok(ok(StatusCode::CREATED, "plan", plan.document))
}

async fn get_plan(State(state): State<AppState>, client: Client, Path(id): Path<String>) -> Result<Response, ApiError> {
    let who = user_ref(&id)?;
    let plan = with_engine(&state, &client, move |e| e.plan(&who)).await?;
    Ok(ok(StatusCode::OK, "plan", plan.document))
}

async fn create_goal(State(state): State<AppState>, client: Client, Path(id): Path<String>, Json(input): Json<GoalInput>) -> Result<Response, ApiError> {
    let who = user_ref(&id)?;
    let goal = with_engine(&state, &client, move |e| e.create_goal(&who, input)).await?;
    Ok(ok(StatusCode::CREATED, "goal", goal))
}

async fn list_goals(State(state): State<AppState>, client: Client, Path(id): Path<String>) -> Result<Response, ApiError> {
    let who = user_ref(&id)?;
    let goals = with_engine(&state, &client, move |e| e.goals(&who)).await?;
    Ok(ok(StatusCode::OK, "goal_list", GoalListView { goals }))
}

async fn submit_transactions(State(state): State<AppState>, client: Client, Path(id): Path<String>, Json(input): Json<SubmitTransactionsInput>) -> Result<Response, ApiError> {
    let who = user_ref(&id)?;
    let out = with_engine(&state, &client, move |e| e.submit_transactions(&who, input, Channel::Api)).await?;
    Ok(ok(StatusCode::CREATED, "transaction_list", TransactionListView { transactions: out.transactions.iter().map(TransactionView::from).collect() }))
}

async fn list_transactions(State(state): State<AppState>, client: Client, Path(id): Path<String>, Query(query): Query<TransactionQueryInput>) -> Result<Response, ApiError> {
    let who = user_ref(&id)?;
    let page = with_engine(&state, &client, move |e| e.list_transactions(&who, query)).await?;
    Ok(ok(StatusCode::OK, "list", TransactionPageView::from(&page)))
}

#[derive(Debug, Default, Deserialize)]
struct MovesQuery {
    status: Option<String>,
    limit: Option<u32>,
}

#[derive(Serialize)]
struct MoveList {
    moves: Vec<MoneyMoveRecommendation>,
}

/// Seed 001 (no query): this month's recommendations as `data.moves`. Seed 000 (`status` or
/// `limit`): pay-cycle moves as a `data` array.
async fn money_moves(State(state): State<AppState>, client: Client, Path(id): Path<String>, Query(q): Query<MovesQuery>) -> Result<Response, ApiError> {
    let who = user_ref(&id)?;
    if q.status.is_none() && q.limit.is_none() {
        let moves = with_engine(&state, &client, move |e| e.money_moves(&who)).await?;
        return Ok(ok(StatusCode::OK, "money_move_list", MoveList { moves }));
    }
    let cycles = with_engine(&state, &client, move |e| e.move_cycles(&who, q.status.as_deref(), q.limit.unwrap_or(10))).await?;
    Ok(ok(StatusCode::OK, "money_move_list", cycles))
}

async fn generate_move(State(state): State<AppState>, client: Client, Path(id): Path<String>) -> Result<Response, ApiError> {
    let who = user_ref(&id)?;
    let cycle = with_engine(&state, &client, move |e| e.generate_move_cycle(&who)).await?;
    Ok(ok(StatusCode::CREATED, "money_move", cycle))
}

#[derive(Debug, Deserialize)]
struct ChatBody {
    message: Option<String>,
    language: Option<String>,
}

/// A reply in both seeds' shapes: seed 001 reads `message`, seed 000 `reply` and `emotion`.
#[derive(Serialize)]
struct ChatReply {
    id: String,
    user_id: String,
    role: &'static str,
    message: String,
    reply: String,
    emotion: Option<Emotion>,
    created_at: String,
}

async fn chat(State(state): State<AppState>, client: Client, Path(id): Path<String>, Json(body): Json<ChatBody>) -> Result<Response, ApiError> {
    let who = user_ref(&id)?;
    let message = body.message.unwrap_or_default();
    let x = with_engine(&state, &client, move |e| e.chat(&who, &message, body.language.as_deref())).await?;
    let r = x.reply;
    Ok(ok(
        StatusCode::OK,
        "chat_message",
        ChatReply {
            id: r.id,
            user_id: r.user_id,
            role: "assistant",
            reply: r.message.clone(),
            message: r.message,
            emotion: r.emotion,
            created_at: r.created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        },
    ))
}

/// The `/v1` routes of both seeds.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/v1/users", post(create_user))
        .route("/v1/users/{id}", get(get_user).patch(patch_user))
        .route("/v1/users/{id}/financial-intake", post(submit_intake))
        .route("/v1/users/{id}/intake", post(submit_intake))
        .route("/v1/users/{id}/plan/generate", post(generate_plan))
        .route("/v1/users/{id}/plan", post(generate_plan).get(get_plan))
        .route("/v1/users/{id}/goals", post(create_goal).get(list_goals))
        .route("/v1/users/{id}/transactions", post(submit_transactions).get(list_transactions))
        .route("/v1/users/{id}/money-moves", get(money_moves))
        .route("/v1/users/{id}/money-moves/generate", post(generate_move))
        .route("/v1/users/{id}/chat", post(chat))
        .route("/v1/users/{id}/chat/messages", post(chat))
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
pub fn serve(engine: Engine, addr: &str) -> std::io::Result<()> {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        eprintln!("ozzie serve: listening on http://{}/v1", listener.local_addr()?);
        axum::serve(listener, router(AppState::new(engine))).with_graceful_shutdown(shutdown()).await
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
