//! The seed's `/v1` routes, each registered with its OpenAPI description.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use axum::extract::State;
use ozzie_engine::domain::debt::DebtPayoffInput;
use ozzie_engine::domain::goal::GoalInput;
use ozzie_engine::domain::intake::IntakeInput;
use ozzie_engine::domain::money_move::{MoneyMoveCycle, MoneyMoveRecommendation};
use ozzie_engine::domain::transaction::{BatchInput, TransactionPatchInput, TransactionQueryInput};
use ozzie_engine::domain::user::{NewUserInput, UserPatchInput};
use ozzie_engine::domain::wire::{ChatHistoryView, ChatMessageView, DebtPayoffView, Envelope, ExportView, GoalListView, RecurringListView, RecurringView, SpendingView, GoalView, IntakeView, ParsedListView, ParsedTransactionView, PlanView, TransactionListView, TransactionPageView, TransactionView, UserView};
use ozzie_engine::ingestion::{Channel, SubmitTransactionsInput};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::auth::{Client, Device};
use crate::error::ApiError;
use crate::extract::{Body, MoveTask, Params, TransactionId, User};
use crate::openapi::{schema_of, Api, Operation};
use crate::AppState;

/// The device's own user, whom the device routes (inside the app only) act for.
fn device_user() -> ozzie_engine::UserRef {
    ozzie_engine::UserRef::External("local".into())
}

fn ok<T: Serialize>(status: StatusCode, object: &'static str, data: T) -> Response {
    (status, Json(Envelope::new(object, data))).into_response()
}

async fn create_user(State(state): State<AppState>, client: Client, Body(input): Body<NewUserInput>) -> Result<Response, ApiError> {
    let user = state.for_client(&client, move |e| e.create_user(input)).await?;
    Ok(ok(StatusCode::CREATED, "user", UserView::from(&user)))
}

async fn get_user(State(state): State<AppState>, client: Client, User(who): User) -> Result<Response, ApiError> {
    let user = state.for_client(&client, move |e| e.user(&who)).await?;
    Ok(ok(StatusCode::OK, "user", UserView::from(&user)))
}

async fn patch_user(State(state): State<AppState>, client: Client, User(who): User, Body(patch): Body<UserPatchInput>) -> Result<Response, ApiError> {
    let user = state.for_client(&client, move |e| e.update_user(&who, patch)).await?;
    Ok(ok(StatusCode::OK, "user", UserView::from(&user)))
}

async fn submit_intake(State(state): State<AppState>, client: Client, User(who): User, Body(input): Body<IntakeInput>) -> Result<Response, ApiError> {
    let intake = state.for_client(&client, move |e| e.submit_intake(&who, input)).await?;
    Ok(ok(StatusCode::CREATED, "financial_intake", IntakeView::from(&intake)))
}

async fn generate_plan(State(state): State<AppState>, client: Client, User(who): User) -> Result<Response, ApiError> {
    let plan = state.for_client(&client, move |e| e.generate_plan(&who)).await?;
    Ok(ok(StatusCode::CREATED, "plan", plan.document))
}

async fn get_plan(State(state): State<AppState>, client: Client, User(who): User) -> Result<Response, ApiError> {
    let plan = state.for_client(&client, move |e| e.plan(&who)).await?;
    Ok(ok(StatusCode::OK, "plan", plan.document))
}

async fn create_goal(State(state): State<AppState>, client: Client, User(who): User, Body(input): Body<GoalInput>) -> Result<Response, ApiError> {
    let goal = state.for_client(&client, move |e| e.create_goal(&who, input)).await?;
    Ok(ok(StatusCode::CREATED, "goal", goal))
}

async fn list_goals(State(state): State<AppState>, client: Client, User(who): User) -> Result<Response, ApiError> {
    let goals = state.for_client(&client, move |e| e.goals(&who)).await?;
    Ok(ok(StatusCode::OK, "goal_list", GoalListView { goals }))
}

async fn submit_transactions(State(state): State<AppState>, client: Client, User(who): User, Body(input): Body<SubmitTransactionsInput>) -> Result<Response, ApiError> {
    let out = state.for_client(&client, move |e| e.submit_transactions(&who, input, Channel::Api)).await?;
    Ok(ok(StatusCode::CREATED, "transaction_list", TransactionListView { transactions: out.transactions.iter().map(TransactionView::from).collect() }))
}

/// Ozzie Local: rows another device already read (its sync), each stored once per the sender's id.
async fn batch_transactions(State(state): State<AppState>, client: Client, User(who): User, Body(input): Body<BatchInput>) -> Result<Response, ApiError> {
    let stored = state.for_client(&client, move |e| e.add_transactions_once(&who, input)).await?;
    Ok(ok(StatusCode::CREATED, "transaction_list", TransactionListView { transactions: stored.iter().map(TransactionView::from).collect() }))
}

/// Ozzie Local: what a `POST /transactions` body would store, storing nothing.
async fn preview_transactions(State(state): State<AppState>, client: Client, User(who): User, Body(input): Body<SubmitTransactionsInput>) -> Result<Response, ApiError> {
    let (items, diagnostics) = state.for_client(&client, move |e| e.preview_transactions(&who, input, Channel::Api)).await?;
    Ok(ok(StatusCode::OK, "transaction_preview", ParsedListView { transactions: items.iter().map(ParsedTransactionView::from).collect(), diagnostics }))
}

async fn list_transactions(State(state): State<AppState>, client: Client, User(who): User, Params(query): Params<TransactionQueryInput>) -> Result<Response, ApiError> {
    let page = state.for_client(&client, move |e| e.list_transactions(&who, query)).await?;
    Ok(ok(StatusCode::OK, "list", TransactionPageView::from(&page)))
}

/// Ozzie Local: a person's correction of one transaction.
async fn update_transaction(State(state): State<AppState>, client: Client, User(who): User, TransactionId(id): TransactionId, Body(patch): Body<TransactionPatchInput>) -> Result<Response, ApiError> {
    let t = state.for_client(&client, move |e| e.update_transaction(&who, &id, patch)).await?;
    Ok(ok(StatusCode::OK, "transaction", TransactionView::from(&t)))
}

/// Ozzie Local: deletes one transaction; the answer is what was deleted.
async fn delete_transaction(State(state): State<AppState>, client: Client, User(who): User, TransactionId(id): TransactionId) -> Result<Response, ApiError> {
    let t = state.for_client(&client, move |e| e.delete_transaction(&who, &id)).await?;
    Ok(ok(StatusCode::OK, "transaction", TransactionView::from(&t)))
}

/// Ozzie Local: this month's spending per category against the plan's targets.
async fn spending(State(state): State<AppState>, client: Client, User(who): User) -> Result<Response, ApiError> {
    let view = state.for_client(&client, move |e| e.spending(&who)).await?;
    Ok(ok(StatusCode::OK, "spending", view))
}

/// The query of `GET /money-moves`: without it, seed 001's recommendations; with it, seed 000's
/// pay-cycle moves.
#[derive(Debug, Default, Deserialize, JsonSchema)]
struct MovesQuery {
    /// Pay-cycle moves in this state: available, in_progress, completed or expired.
    status: Option<String>,
    /// At most this many pay-cycle moves (default 10).
    limit: Option<u32>,
}

/// Seed 001's `data`: this month's recommendations.
#[derive(Serialize, JsonSchema)]
struct MoveList {
    moves: Vec<MoneyMoveRecommendation>,
}

async fn money_moves(State(state): State<AppState>, client: Client, User(who): User, Params(q): Params<MovesQuery>) -> Result<Response, ApiError> {
    if q.status.is_none() && q.limit.is_none() {
        let moves = state.for_client(&client, move |e| e.money_moves(&who)).await?;
        return Ok(ok(StatusCode::OK, "money_move_list", MoveList { moves }));
    }
    let cycles = state.for_client(&client, move |e| e.move_cycles(&who, q.status.as_deref(), q.limit.unwrap_or(10))).await?;
    Ok(ok(StatusCode::OK, "money_move_list", cycles))
}

async fn generate_move(State(state): State<AppState>, client: Client, User(who): User) -> Result<Response, ApiError> {
    let cycle = state.for_client(&client, move |e| e.generate_move_cycle(&who)).await?;
    Ok(ok(StatusCode::CREATED, "money_move", cycle))
}

/// Ozzie Local: checks or unchecks one task of a pay-cycle money move.
#[derive(Debug, Deserialize, JsonSchema)]
struct TaskPatch {
    #[schemars(required)]
    done: Option<bool>,
}

async fn set_move_task(State(state): State<AppState>, client: Client, User(who): User, task: MoveTask, Body(patch): Body<TaskPatch>) -> Result<Response, ApiError> {
    let done = patch.done.ok_or_else(|| ApiError::from(ozzie_engine::domain::DomainError::validation("done", "is required: true or false")))?;
    let cycle = state.for_client(&client, move |e| e.set_move_task(&who, &task.move_id, &task.task_id, done)).await?;
    Ok(ok(StatusCode::OK, "money_move", cycle))
}

/// Ozzie Local: charges that come back on a rhythm (subscriptions, bills, salaries).
async fn recurring(State(state): State<AppState>, client: Client, User(who): User) -> Result<Response, ApiError> {
    let found = state.for_client(&client, move |e| e.recurring(&who)).await?;
    Ok(ok(StatusCode::OK, "recurring_list", RecurringListView { recurring: found.iter().map(RecurringView::from).collect() }))
}

/// The query (or body) naming an export's format.
#[derive(Debug, Default, Deserialize, JsonSchema)]
struct ExportQuery {
    /// csv, json, hledger or beancount.
    #[schemars(required, extend("enum" = ["csv", "json", "hledger", "beancount"]))]
    format: Option<String>,
}

fn export_format(q: &ExportQuery) -> Result<ozzie_engine::domain::export::ExportFormat, ApiError> {
    let raw = q.format.as_deref().ok_or_else(|| ApiError::from(ozzie_engine::domain::DomainError::validation("format", "is required: csv, json, hledger or beancount")))?;
    Ok(ozzie_engine::domain::export::ExportFormat::parse(raw)?)
}

/// Ozzie Local: every transaction of the user written for another tool.
async fn export(State(state): State<AppState>, client: Client, User(who): User, Params(q): Params<ExportQuery>) -> Result<Response, ApiError> {
    let format = export_format(&q)?;
    let view = state.for_client(&client, move |e| e.export(&who, format)).await?;
    Ok(ok(StatusCode::OK, "export", view))
}

/// Where an export from the app was saved.
#[derive(Serialize, JsonSchema)]
struct SavedExport {
    path: String,
    transactions: usize,
}

/// Ozzie Local, inside the app only: writes the device user's export into the Downloads folder
/// (the app itself has no file-system access).
async fn save_export(State(state): State<AppState>, _device: Device, client: Client, Body(q): Body<ExportQuery>) -> Result<Response, ApiError> {
    let format = export_format(&q)?;
    let view = state.for_client(&client, move |e| e.export(&device_user(), format)).await?;
    let folder = dirs::download_dir().or_else(dirs::home_dir).unwrap_or_else(std::env::temp_dir);
    let path = folder.join(&view.file_name);
    std::fs::create_dir_all(&folder)
        .and_then(|()| std::fs::write(&path, view.content.as_bytes()))
        .map_err(|e| ApiError(ozzie_engine::EngineError::Environment(format!("the export could not be saved in {}: {e}", folder.display()))))?;
    Ok(ok(StatusCode::OK, "saved_export", SavedExport { path: path.display().to_string(), transactions: view.transactions }))
}

/// A notice for the device to show.
#[derive(Serialize, JsonSchema)]
struct NoticeView {
    kind: ozzie_engine::domain::notices::NoticeKind,
    title: String,
    body: String,
}

#[derive(Serialize, JsonSchema)]
struct NoticeList {
    notices: Vec<NoticeView>,
}

/// Ozzie Local, inside the app only: the notices due now for the device's user (a money move is
/// ready, payday, a category over its target, a goal milestone), each handed out once.
async fn due_notices(State(state): State<AppState>, _device: Device, client: Client) -> Result<Response, ApiError> {
    let notices = state.for_client(&client, move |e| e.due_notices(&device_user())).await?;
    let notices = notices.into_iter().map(|n| NoticeView { kind: n.kind, title: n.title, body: n.body }).collect();
    Ok(ok(StatusCode::OK, "notice_list", NoticeList { notices }))
}

/// Ozzie Local, inside the app only: where sync with the Ozzie endpoint stands.
async fn device_sync_status(State(state): State<AppState>, _device: Device) -> Result<Response, ApiError> {
    let status = state.run(|e| e.sync_status(e.sync_remote(&env_var)?.as_ref())).await?;
    Ok(ok(StatusCode::OK, "sync_status", status))
}

fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// Ozzie Local, inside the app only: one sync run now (the app's background worker and its Sync now button).
async fn device_sync_now(State(state): State<AppState>, _device: Device) -> Result<Response, ApiError> {
    let engine = state.engine.clone();
    let report = tokio::task::spawn_blocking(move || -> Result<ozzie_engine::sync::SyncReport, ozzie_engine::EngineError> {
        use ozzie_engine::sync::Turns;
        let remote = engine.turn(|e| e.sync_remote(&env_var))?;
        let remote = remote.ok_or_else(|| ozzie_engine::domain::DomainError::validation("sync", "sync is off: set the Ozzie endpoint and turn sync on in Settings"))?;
        ozzie_engine::sync::sync_once(engine.as_ref(), &remote, ozzie_engine::sync::Backoff::default())
    })
    .await
    .map_err(|e| ApiError(ozzie_engine::EngineError::Environment(format!("the sync could not finish: {e}"))))??;
    Ok(ok(StatusCode::OK, "sync_report", report))
}

/// Ozzie Local, inside the app only: the device's settings (secrets only as set or not).
#[derive(Serialize, JsonSchema)]
struct SettingList {
    settings: Vec<ozzie_engine::config::Setting>,
    /// Where the encrypted database lives.
    database_path: String,
}

fn setting_list(e: &mut ozzie_engine::Engine) -> Result<SettingList, ozzie_engine::EngineError> {
    Ok(SettingList { settings: e.config()?, database_path: e.db_path().display().to_string() })
}

async fn device_settings(State(state): State<AppState>, _device: Device) -> Result<Response, ApiError> {
    let list = state.run(setting_list).await?;
    Ok(ok(StatusCode::OK, "setting_list", list))
}

#[derive(Debug, Deserialize, JsonSchema)]
struct SettingValue {
    /// The new value (a secret goes to the OS keyring and is never shown again).
    #[schemars(required)]
    value: Option<String>,
}

async fn set_device_setting(State(state): State<AppState>, _device: Device, axum::extract::Path(key): axum::extract::Path<String>, Body(body): Body<SettingValue>) -> Result<Response, ApiError> {
    let value = body.value.ok_or_else(|| ApiError::from(ozzie_engine::domain::DomainError::validation("value", "is required")))?;
    let list = state
        .run(move |e| {
            e.config_set(&key, &value)?;
            setting_list(e)
        })
        .await?;
    Ok(ok(StatusCode::OK, "setting_list", list))
}

#[derive(Debug, Deserialize, JsonSchema)]
struct ChatBody {
    /// What the user says to the coach.
    message: Option<String>,
    /// Reply in this language (en, pt, es) instead of the user's.
    language: Option<String>,
}

async fn chat(State(state): State<AppState>, client: Client, User(who): User, Body(body): Body<ChatBody>) -> Result<Response, ApiError> {
    let message = body.message.unwrap_or_default();
    let x = state.for_client(&client, move |e| e.chat(&who, &message, body.language.as_deref())).await?;
    Ok(ok(StatusCode::OK, "chat_message", ChatMessageView::from(&x.reply)))
}

/// What the streamed chat sends: pieces of the reply as an LLM writes them, then the outcome.
enum ChatEvent {
    Delta(String),
    Done(Result<ChatMessageView, ApiError>),
}

impl ChatEvent {
    fn into_sse(self) -> axum::response::sse::Event {
        let event = axum::response::sse::Event::default();
        match self {
            ChatEvent::Delta(text) => event.event("delta").data(serde_json::json!({ "text": text }).to_string()),
            ChatEvent::Done(Ok(reply)) => event.event("reply").data(serde_json::to_string(&Envelope::new("chat_message", reply)).unwrap_or_default()),
            ChatEvent::Done(Err(e)) => event.event("error").data(serde_json::to_string(&e.0.envelope()).unwrap_or_default()),
        }
    }
}

/// Ozzie Local: the coach's reply as server-sent events — `delta` events (`{"text": …}`) while an
/// LLM writes it, then one `reply` event with the stored message in the seed's envelope (or an
/// `error` event with the error envelope). A request that fails before anything was written
/// (an unknown user, an empty message) gets the ordinary JSON error and status instead.
async fn chat_stream(State(state): State<AppState>, client: Client, User(who): User, Body(body): Body<ChatBody>) -> Result<Response, ApiError> {
    let message = body.message.unwrap_or_default();
    let (events, mut received) = tokio::sync::mpsc::unbounded_channel::<ChatEvent>();
    let deltas = events.clone();
    tokio::spawn(async move {
        let exchange = state
            .for_client(&client, move |e| {
                e.chat_streaming(&who, &message, body.language.as_deref(), &mut |piece| {
                    let _ = deltas.send(ChatEvent::Delta(piece.to_string()));
                })
            })
            .await;
        let _ = events.send(ChatEvent::Done(exchange.map(|x| ChatMessageView::from(&x.reply))));
    });
    let first = match received.recv().await {
        Some(ChatEvent::Done(Err(e))) => return Err(e),
        Some(first) => first,
        None => return Err(ApiError(ozzie_engine::EngineError::Environment("the coach stopped before answering".into()))),
    };
    let stream = futures_util::stream::unfold((Some(first), received), |(next, mut received)| async move {
        let event = match next {
            Some(event) => event,
            None => received.recv().await?,
        };
        Some((Ok::<_, std::convert::Infallible>(event.into_sse()), (None, received)))
    });
    Ok(axum::response::sse::Sse::new(stream).into_response())
}

/// `GET …/chat/history`: how many of the latest messages.
#[derive(Debug, Default, Deserialize, JsonSchema)]
struct HistoryQuery {
    /// At most this many messages, the latest ones (default 50, at most 200).
    #[schemars(range(min = 1, max = 200))]
    limit: Option<u32>,
}

/// Ozzie Local: the conversation so far, oldest first.
async fn chat_history(State(state): State<AppState>, client: Client, User(who): User, Params(q): Params<HistoryQuery>) -> Result<Response, ApiError> {
    let limit = match q.limit {
        None => 50,
        Some(n @ 1..=200) => n,
        Some(_) => return Err(ozzie_engine::domain::DomainError::validation("limit", "must be between 1 and 200").into()),
    };
    let history = state.for_client(&client, move |e| e.chat_history(&who, limit)).await?;
    Ok(ok(StatusCode::OK, "chat_history", ChatHistoryView { messages: history.iter().map(ChatMessageView::from).collect() }))
}

/// Ozzie Local: paying off debts highest-rate first (avalanche) and smallest-balance first
/// (snowball), side by side.
async fn debt_payoff(State(state): State<AppState>, client: Client, User(who): User, Body(input): Body<DebtPayoffInput>) -> Result<Response, ApiError> {
    let plan = state.for_client(&client, move |e| e.debt_payoff(&who, &input)).await?;
    Ok(ok(StatusCode::OK, "debt_plan", plan.view()))
}

/// The seeds' routes, both dialects.
pub(crate) fn seed_routes(api: Api) -> Api {
    const USER: &[u16] = &[404];
    api.route(Operation::post("/v1/users", "createUser", "Create a user (seed 000 sends phone_e164, seed 001 phone).").body::<NewUserInput>().returns::<UserView>(201, "user").errors(&[409]), create_user)
        .route(Operation::get("/v1/users/{id}", "getUser", "A user.").returns::<UserView>(200, "user").errors(USER), get_user)
        .route(Operation::patch("/v1/users/{id}", "updateUser", "Change the fields given.").body::<UserPatchInput>().returns::<UserView>(200, "user").errors(USER), patch_user)
        .route(
            Operation::post("/v1/users/{id}/financial-intake", "submitIntake", "Submit the financial intake (either dialect's fields).").body::<IntakeInput>().returns::<IntakeView>(201, "financial_intake").errors(USER),
            submit_intake,
        )
        .route(Operation::post("/v1/users/{id}/intake", "submitIntakeAlias", "Submit the financial intake (seed 000's path).").body::<IntakeInput>().returns::<IntakeView>(201, "financial_intake").errors(USER), submit_intake)
        .route(Operation::post("/v1/users/{id}/plan/generate", "generatePlan", "Generate the plan from the latest intake.").returns::<PlanView>(201, "plan").errors(USER), generate_plan)
        .route(Operation::post("/v1/users/{id}/plan", "generatePlanAlias", "Generate the plan (seed 000's path).").returns::<PlanView>(201, "plan").errors(USER), generate_plan)
        .route(Operation::get("/v1/users/{id}/plan", "getPlan", "The current plan.").returns::<PlanView>(200, "plan").errors(USER), get_plan)
        .route(Operation::post("/v1/users/{id}/goals", "createGoal", "Create a goal (either dialect's fields).").body::<GoalInput>().returns::<GoalView>(201, "goal").errors(USER), create_goal)
        .route(Operation::get("/v1/users/{id}/goals", "listGoals", "The user's goals with their projections.").returns::<GoalListView>(200, "goal_list").errors(USER), list_goals)
        .route(
            Operation::post("/v1/users/{id}/transactions", "submitTransactions", "Transactions from text, an image (base64), a PDF (text or base64 bytes) or a spreadsheet.")
                .body::<SubmitTransactionsInput>()
                .returns::<TransactionListView>(201, "transaction_list")
                .errors(&[404, 413]),
            submit_transactions,
        )
        .route(
            Operation::post(
                "/v1/users/{id}/transactions/batch",
                "batchTransactions",
                "Ozzie Local: store rows another device already read (how a device syncs), answered in the order given; a row whose `id` this user already has answers with the stored transaction instead of a second copy.",
            )
            .body::<BatchInput>()
            .returns::<TransactionListView>(201, "transaction_list")
            .errors(&[404, 413]),
            batch_transactions,
        )
        .route(
            Operation::post("/v1/users/{id}/transactions/preview", "previewTransactions", "Ozzie Local: what POST /transactions would store with this body, storing nothing.")
                .body::<SubmitTransactionsInput>()
                .returns::<ParsedListView>(200, "transaction_preview")
                .errors(&[404, 413]),
            preview_transactions,
        )
        .route(
            Operation::get("/v1/users/{id}/transactions", "listTransactions", "Transactions, newest first, a page at a time.").query::<TransactionQueryInput>().returns::<TransactionPageView>(200, "list").errors(USER),
            list_transactions,
        )
        .route(
            Operation::patch("/v1/users/{id}/transactions/{transaction_id}", "updateTransaction", "Ozzie Local: correct a transaction's amount, category, description or date.")
                .body::<TransactionPatchInput>()
                .returns::<TransactionView>(200, "transaction")
                .errors(USER),
            update_transaction,
        )
        .route(
            Operation::delete("/v1/users/{id}/transactions/{transaction_id}", "deleteTransaction", "Ozzie Local: delete a transaction; answers what was deleted.").returns::<TransactionView>(200, "transaction").errors(USER),
            delete_transaction,
        )
        .route(
            Operation::get("/v1/users/{id}/spending", "getSpending", "Ozzie Local: this month's money out per category next to the plan's target for it.").returns::<SpendingView>(200, "spending").errors(USER),
            spending,
        )
        .route(
            Operation::get("/v1/users/{id}/money-moves", "listMoneyMoves", "Without a query: this month's recommendations (seed 001); with status or limit: pay-cycle moves (seed 000).")
                .query::<MovesQuery>()
                .returns_one_of(200, "money_move_list", vec![schema_of::<MoveList>, schema_of::<Vec<MoneyMoveCycle>>])
                .errors(USER),
            money_moves,
        )
        .route(Operation::post("/v1/users/{id}/money-moves/generate", "generateMoneyMove", "This pay cycle's money move, made once per cycle.").returns::<MoneyMoveCycle>(201, "money_move").errors(USER), generate_move)
        .route(
            Operation::patch("/v1/users/{id}/money-moves/{move_id}/tasks/{task_id}", "setMoneyMoveTask", "Ozzie Local: check or uncheck a task of a pay-cycle money move.")
                .body::<TaskPatch>()
                .returns::<MoneyMoveCycle>(200, "money_move")
                .errors(USER),
            set_move_task,
        )
        .route(
            Operation::get("/v1/users/{id}/recurring", "listRecurringCharges", "Ozzie Local: charges that come back on a rhythm, with their next date and monthly cost.")
                .returns::<RecurringListView>(200, "recurring_list")
                .errors(USER),
            recurring,
        )
        .route(
            Operation::get("/v1/users/{id}/export", "exportTransactions", "Ozzie Local: every transaction, as CSV, JSON, an hledger journal or a beancount file.")
                .query::<ExportQuery>()
                .returns::<ExportView>(200, "export")
                .errors(USER),
            export,
        )
        .route(
            Operation::post("/v1/device/export", "saveExport", "Ozzie Local, inside the app only: save the device user's export in the Downloads folder.")
                .public()
                .body::<ExportQuery>()
                .returns::<SavedExport>(200, "saved_export")
                .errors(&[404]),
            save_export,
        )
        .route(
            Operation::post("/v1/device/notifications", "dueNotices", "Ozzie Local, inside the app only: the notices due now (a money move is ready, payday, a category over its target, a goal milestone), each handed out once, for the kinds turned on (settings notify.*).")
                .public()
                .returns::<NoticeList>(200, "notice_list")
                .errors(&[404]),
            due_notices,
        )
        .route(
            Operation::get("/v1/device/sync", "getDeviceSync", "Ozzie Local, inside the app only: where sync with the Ozzie endpoint stands (waiting changes, refused ones with the reason, last sync, cached remote documents).")
                .public()
                .returns::<ozzie_engine::sync::SyncStatus>(200, "sync_status")
                .errors(&[404]),
            device_sync_status,
        )
        .route(
            Operation::post("/v1/device/sync", "runDeviceSync", "Ozzie Local, inside the app only: one sync run now; what it sent, pulled and refreshed, or why the endpoint could not be reached.")
                .public()
                .returns::<ozzie_engine::sync::SyncReport>(200, "sync_report")
                .errors(&[400, 404]),
            device_sync_now,
        )
        .route(
            Operation::get("/v1/device/settings", "getDeviceSettings", "Ozzie Local, inside the app only: the device's settings (secrets only as set).")
                .public()
                .returns::<SettingList>(200, "setting_list")
                .errors(&[404]),
            device_settings,
        )
        .route(
            Operation::put("/v1/device/settings/{key}", "setDeviceSetting", "Ozzie Local, inside the app only: change one setting (secrets go to the OS keyring).")
                .public()
                .body::<SettingValue>()
                .returns::<SettingList>(200, "setting_list")
                .errors(&[404]),
            set_device_setting,
        )
        .route(Operation::post("/v1/users/{id}/chat", "chat", "Ask the coach.").body::<ChatBody>().returns::<ChatMessageView>(200, "chat_message").errors(USER), chat)
        .route(Operation::post("/v1/users/{id}/chat/messages", "chatMessages", "Ask the coach (seed 000's path).").body::<ChatBody>().returns::<ChatMessageView>(200, "chat_message").errors(USER), chat)
        .route(
            Operation::post("/v1/users/{id}/chat/stream", "chatStream", "Ozzie Local: ask the coach and receive the reply as server-sent events: `delta` events ({\"text\": …}) while it is written, then `reply` (the stored message in the seed's envelope) or `error` (the error envelope).")
                .body::<ChatBody>()
                .returns_events(200, &["delta", "reply", "error"], "`delta` events, then one `reply` or `error` event.")
                .errors(USER),
            chat_stream,
        )
        .route(Operation::get("/v1/users/{id}/chat/history", "chatHistory", "Ozzie Local: the conversation so far, oldest first.").query::<HistoryQuery>().returns::<ChatHistoryView>(200, "chat_history").errors(USER), chat_history)
        .route(Operation::post("/v1/users/{id}/debt-payoff", "debtPayoff", "Ozzie Local: avalanche (highest rate first) and snowball (smallest balance first) side by side; without debts, the intake's debt.").body::<DebtPayoffInput>().returns::<DebtPayoffView>(200, "debt_plan").errors(USER), debt_payoff)
}
