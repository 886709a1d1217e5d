//! The API over real HTTP on 127.0.0.1: credentials, client isolation, the seed's envelopes and
//! statuses, both intake dialects, INTAKE_REQUIRED.

use std::sync::Arc;

use base64::Engine as _;
use ozzie_api::{router, AppState};
use ozzie_engine::{Clock, Engine, OpenOptions, OsKeyring};
use serde_json::{json, Value};

struct Server {
    base: String,
    _dir: tempfile::TempDir,
    clients: Vec<(String, String)>,
}

async fn start(clients: usize) -> Server {
    start_with(clients, 120).await
}

async fn start_with(clients: usize, per_minute: u32) -> Server {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut engine = Engine::open(OpenOptions {
        data_dir: dir.path(),
        key_env: Some("api-test"),
        secrets: Arc::new(OsKeyring),
        clock: Clock::Fixed(chrono_date()),
    })
    .expect("open");
    let clients = (0..clients)
        .map(|i| {
            let c = engine.create_api_client(&format!("client-{i}"), per_minute).expect("client");
            (c.client_id, c.client_secret)
        })
        .collect();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}/v1", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, router(AppState::new(engine))).await });
    Server { base, _dir: dir, clients }
}

fn chrono_date() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2025, 5, 5).expect("date")
}

fn bearer(id: &str, secret: &str) -> String {
    format!("Bearer {}", base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}")))
}

async fn call(method: reqwest::Method, url: String, auth: Option<String>, body: Option<Value>) -> (u16, Value) {
    let mut req = reqwest::Client::new().request(method, url);
    if let Some(a) = auth {
        req = req.header("authorization", a);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.send().await.expect("send");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn credentials_are_required_and_checked() {
    let s = start(1).await;
    let (id, secret) = s.clients[0].clone();
    let url = format!("{}/users/ozz_usr_x", s.base);
    for auth in [None, Some("Basic abc".to_string()), Some("Bearer !!!".to_string()), Some(bearer(&id, "wrong")), Some(bearer("ozz_client_nope", &secret))] {
        let (status, body) = call(reqwest::Method::GET, url.clone(), auth.clone(), None).await;
        assert_eq!(status, 401, "{auth:?}");
        assert_eq!(body["error"]["code"], "UNAUTHORIZED");
    }
    let (status, _) = call(reqwest::Method::POST, format!("{}/users", s.base), None, Some(json!({ "external_user_id": "u1" }))).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn the_onboarding_flow_in_both_dialects_and_client_isolation() {
    let s = start(2).await;
    let a = bearer(&s.clients[0].0, &s.clients[0].1);
    let b = bearer(&s.clients[1].0, &s.clients[1].1);
    let (status, user) = call(reqwest::Method::POST, format!("{}/users", s.base), Some(a.clone()), Some(json!({ "external_user_id": "cust_1", "name": "Ana", "language": "pt" }))).await;
    assert_eq!(status, 201, "{user}");
    assert_eq!(user["object"], "user");
    let id = user["data"]["id"].as_str().expect("id").to_string();
    // The same external id again: CONFLICT.
    let (status, body) = call(reqwest::Method::POST, format!("{}/users", s.base), Some(a.clone()), Some(json!({ "external_user_id": "cust_1" }))).await;
    assert_eq!((status, body["error"]["code"].as_str()), (409, Some("CONFLICT")));
    // Another client cannot see A's user.
    let (status, body) = call(reqwest::Method::GET, format!("{}/users/{id}", s.base), Some(b.clone()), None).await;
    assert_eq!((status, body["error"]["code"].as_str()), (404, Some("NOT_FOUND")));
    // A plan before an intake.
    let (status, body) = call(reqwest::Method::POST, format!("{}/users/{id}/plan/generate", s.base), Some(a.clone()), None).await;
    assert_eq!((status, body["error"]["code"].as_str()), (400, Some("INTAKE_REQUIRED")));
    // Seed 001's intake, then the plan.
    let (status, intake) = call(reqwest::Method::POST, format!("{}/users/{id}/financial-intake", s.base), Some(a.clone()), Some(json!({ "monthly_income": 5000, "monthly_expenses": 3200, "financial_goal": "savings" }))).await;
    assert_eq!((status, intake["object"].as_str()), (201, Some("financial_intake")), "{intake}");
    // The plan and what needs it, before the plan is generated.
    for (method, path) in [(reqwest::Method::GET, "plan"), (reqwest::Method::GET, "money-moves"), (reqwest::Method::POST, "money-moves/generate")] {
        let (status, body) = call(method, format!("{}/users/{id}/{path}", s.base), Some(a.clone()), None).await;
        assert_eq!((status, body["error"]["code"].as_str()), (400, Some("PLAN_REQUIRED")), "{path}: {body}");
    }
    let (status, plan) = call(reqwest::Method::POST, format!("{}/users/{id}/plan/generate", s.base), Some(a.clone()), None).await;
    assert_eq!(status, 201, "{plan}");
    assert_eq!(plan["data"]["recommended_monthly_savings"], 900);
    let (status, again) = call(reqwest::Method::GET, format!("{}/users/{id}/plan", s.base), Some(a.clone()), None).await;
    assert_eq!((status, &again["data"]), (200, &plan["data"]));
    // Seed 000's dialect: external ids in the path (Flow B) and the other intake fields.
    let (status, intake) = call(
        reqwest::Method::POST,
        format!("{}/users/external:cust_9/intake", s.base),
        Some(b.clone()),
        Some(json!({ "monthly_net_income": 4000, "monthly_fixed_expenses": 1800, "monthly_variable_expenses": 700, "primary_goal": "debt", "total_debt": 6000, "monthly_debt_payment": 200 })),
    )
    .await;
    assert_eq!(status, 201, "{intake}");
    let (status, body) = call(reqwest::Method::POST, format!("{}/users/{id}/intake", s.base), Some(a), Some(json!({ "monthly_income": -5 }))).await;
    assert_eq!((status, body["error"]["code"].as_str()), (400, Some("VALIDATION_ERROR")), "{body}");
}

#[tokio::test]
async fn goals_transactions_money_moves_and_chat() {
    let s = start(1).await;
    let a = bearer(&s.clients[0].0, &s.clients[0].1);
    let u = format!("{}/users/external:cust_7", s.base);
    let post = |path: &str, body: Option<Value>| call(reqwest::Method::POST, format!("{u}{path}"), Some(a.clone()), body);
    let (status, _) = post("/financial-intake", Some(json!({ "monthly_income": 5000, "monthly_expenses": 3200, "financial_goal": "savings", "next_pay_date": "2025-05-15" }))).await;
    assert_eq!(status, 201);
    // Chat before the plan: the seed's PERSONALITY_REQUIRED.
    let (status, body) = post("/chat", Some(json!({ "message": "Am I on track?" }))).await;
    assert_eq!((status, body["error"]["code"].as_str()), (400, Some("PERSONALITY_REQUIRED")));
    assert_eq!(post("/plan/generate", None).await.0, 201);
    let (status, goal) = post("/goals", Some(json!({ "name": "Emergency Fund", "target_amount": 5000, "target_date": "2025-12-31" }))).await;
    assert_eq!((status, goal["object"].as_str()), (201, Some("goal")), "{goal}");
    assert_eq!(goal["data"]["monthly_contribution_needed"], 625);
    let (status, txs) = post("/transactions", Some(json!({ "type": "text", "content": "Spent $45 on groceries at Whole Foods and $12 on the subway" }))).await;
    assert_eq!(status, 201, "{txs}");
    assert_eq!(txs["data"]["transactions"].as_array().map(Vec::len), Some(2));
    let (status, page) = call(reqwest::Method::GET, format!("{u}/transactions?limit=1"), Some(a.clone()), None).await;
    assert_eq!((status, page["data"]["has_more"].as_bool()), (200, Some(true)), "{page}");
    // This month's spending next to the plan's targets.
    let (status, spending) = call(reqwest::Method::GET, format!("{u}/spending"), Some(a.clone()), None).await;
    assert_eq!((status, spending["data"]["month"].as_str()), (200, Some("2025-05")), "{spending}");
    let spent = |c: &str| spending["data"]["categories"].as_array().and_then(|cs| cs.iter().find(|x| x["category"] == c)).map(|x| x["spent_cents"].as_i64());
    assert_eq!((spent("food"), spent("transport"), spent("income")), (Some(Some(4500)), Some(Some(1200)), None), "{spending}");
    // The export for other tools.
    let (status, csv) = call(reqwest::Method::GET, format!("{u}/export?format=csv"), Some(a.clone()), None).await;
    assert_eq!((status, csv["data"]["transactions"].as_u64()), (200, Some(2)), "{csv}");
    let content = csv["data"]["content"].as_str().expect("content");
    assert!(content.starts_with("date,description,amount,currency,category,source\n") && content.contains(",-45.00,USD,food,"), "{content}");
    let (status, journal) = call(reqwest::Method::GET, format!("{u}/export?format=beancount"), Some(a.clone()), None).await;
    assert_eq!(status, 200);
    assert!(journal["data"]["content"].as_str().is_some_and(|c| c.contains("open Expenses:Transport")), "{journal}");
    let (status, body) = call(reqwest::Method::GET, format!("{u}/export?format=xlsx"), Some(a.clone()), None).await;
    assert_eq!((status, body["error"]["field"].as_str()), (400, Some("format")));
    // A correction, a refused one, a delete, and the same delete again.
    let tx_id = txs["data"]["transactions"][0]["id"].as_str().expect("id").to_string();
    let tx_url = format!("{u}/transactions/{tx_id}");
    let (status, fixed) = call(reqwest::Method::PATCH, tx_url.clone(), Some(a.clone()), Some(json!({ "category": "entertainment", "amount_cents": 4700 }))).await;
    assert_eq!((status, fixed["data"]["category"].as_str(), fixed["data"]["amount_cents"].as_i64(), fixed["data"]["ai_confidence"].as_f64()), (200, Some("entertainment"), Some(4700), Some(1.0)), "{fixed}");
    let (status, body) = call(reqwest::Method::PATCH, tx_url.clone(), Some(a.clone()), Some(json!({ "category": "snacks" }))).await;
    assert_eq!((status, body["error"]["field"].as_str()), (400, Some("category")), "{body}");
    let (status, gone) = call(reqwest::Method::DELETE, tx_url.clone(), Some(a.clone()), None).await;
    assert_eq!((status, gone["data"]["id"].as_str()), (200, Some(tx_id.as_str())), "{gone}");
    let (_, page) = call(reqwest::Method::GET, format!("{u}/transactions"), Some(a.clone()), None).await;
    assert_eq!(page["data"]["total_count"], 1);
    let (status, body) = call(reqwest::Method::DELETE, tx_url, Some(a.clone()), None).await;
    assert_eq!((status, body["error"]["code"].as_str()), (404, Some("NOT_FOUND")));
    let other = page["data"]["transactions"][0]["id"].as_str().expect("id").to_string();
    let (status, _) = call(reqwest::Method::PATCH, format!("{}/users/external:someone-else/transactions/{other}", s.base), Some(a.clone()), Some(json!({ "category": "food" }))).await;
    assert_eq!(status, 404, "another user's transaction is not found");
    let (status, moves) = call(reqwest::Method::GET, format!("{u}/money-moves"), Some(a.clone()), None).await;
    assert_eq!((status, moves["object"].as_str()), (200, Some("money_move_list")));
    assert!(moves["data"]["moves"].is_array());
    let (status, cycle) = post("/money-moves/generate", None).await;
    assert_eq!(status, 201, "{cycle}");
    let (_, current) = call(reqwest::Method::GET, format!("{u}/money-moves?status=available&limit=1"), Some(a.clone()), None).await;
    assert_eq!(current["data"][0]["id"], cycle["data"]["id"]);
    for path in ["/chat", "/chat/messages"] {
        let (status, reply) = post(path, Some(json!({ "message": "Am I on track to hit my emergency fund goal?", "language": "en" }))).await;
        assert_eq!(status, 200, "{reply}");
        assert_eq!(reply["data"]["message"], reply["data"]["reply"]);
        assert!(reply["data"]["message"].as_str().expect("message").contains("$5,000"), "{reply}");
        assert!(reply["data"]["emotion"].is_string());
    }
}

#[tokio::test]
async fn past_the_rate_limit_a_client_waits() {
    let s = start_with(2, 3).await;
    let a = bearer(&s.clients[0].0, &s.clients[0].1);
    let url = format!("{}/users/external:someone", s.base);
    for _ in 0..3 {
        assert_eq!(call(reqwest::Method::GET, url.clone(), Some(a.clone()), None).await.0, 200);
    }
    let res = reqwest::Client::new().get(&url).header("authorization", &a).send().await.expect("send");
    assert_eq!(res.status().as_u16(), 429);
    let retry: u64 = res.headers().get("retry-after").and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok()).expect("Retry-After");
    assert!((1..=60).contains(&retry));
    let body: Value = res.json().await.expect("json");
    assert_eq!(body["error"]["code"], "RATE_LIMIT_EXCEEDED");
    // The other client is not slowed down.
    let b = bearer(&s.clients[1].0, &s.clients[1].1);
    assert_eq!(call(reqwest::Method::GET, url, Some(b), None).await.0, 200);
}

/// Every route in /v1/openapi.json answers 401 without credentials and with wrong ones, so no
/// route is left open; the document's references all resolve.
#[tokio::test]
async fn every_documented_route_needs_credentials() {
    let s = start(1).await;
    let (status, doc) = call(reqwest::Method::GET, format!("{}/openapi.json", s.base), None, None).await;
    assert_eq!(status, 200);
    assert_eq!(doc["openapi"], "3.1.0");
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    let text = doc.to_string();
    for reference in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = reference.split('"').next().expect("name");
        assert!(schemas.contains_key(name), "unresolved reference to {name}");
    }
    let wrong = bearer(&s.clients[0].0, "not-the-secret");
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            if op.get("security").is_some_and(|s| s.as_array().is_some_and(Vec::is_empty)) {
                continue; // public: the webhook checks its own signature
            }
            let concrete: Vec<&str> = path
                .split('/')
                .map(|seg| match seg {
                    "{id}" => "external:someone",
                    "{transaction_id}" => "ozz_txn_01M819735MYPHQPERR0J99WK70",
                    s if s.starts_with('{') => "x",
                    s => s,
                })
                .collect();
            let url = format!("{}{}", s.base, concrete.join("/"));
            let method: reqwest::Method = method.to_uppercase().parse().expect("method");
            for auth in [None, Some(wrong.clone())] {
                let (status, body) = call(method.clone(), url.clone(), auth, Some(json!({}))).await;
                assert_eq!((status, body["error"]["code"].as_str()), (401, Some("UNAUTHORIZED")), "{method} {path}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 16, "only {checked} operations documented");
}

/// Requests the server cannot read still get the seed's error envelope, naming the field.
/// Device settings are not reachable over the network, even with good credentials.
#[tokio::test]
async fn device_settings_stay_inside_the_app() {
    let s = start(1).await;
    let a = bearer(&s.clients[0].0, &s.clients[0].1);
    let (status, body) = call(reqwest::Method::GET, format!("{}/device/settings", s.base), Some(a.clone()), None).await;
    assert_eq!((status, body["error"]["code"].as_str()), (404, Some("NOT_FOUND")));
    let (status, _) = call(reqwest::Method::PUT, format!("{}/device/settings/provider", s.base), Some(a), Some(json!({ "value": "openai" }))).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn unreadable_requests_get_the_seed_error_shape() {
    let s = start(1).await;
    let a = bearer(&s.clients[0].0, &s.clients[0].1);
    let u = format!("{}/users/external:cust_3", s.base);
    let (status, body) = call(reqwest::Method::POST, format!("{u}/intake"), Some(a.clone()), Some(json!({ "monthly_income": "lots" }))).await;
    assert_eq!((status, body["error"]["code"].as_str(), body["error"]["field"].as_str()), (400, Some("VALIDATION_ERROR"), Some("monthly_income")), "{body}");
    let res = reqwest::Client::new().post(format!("{u}/goals")).header("authorization", &a).body("{not json").send().await.expect("send");
    assert_eq!(res.status().as_u16(), 400);
    let body: Value = res.json().await.expect("json");
    assert_eq!(body["error"]["code"], "VALIDATION_ERROR");
    let (status, body) = call(reqwest::Method::GET, format!("{u}/money-moves?limit=many"), Some(a.clone()), None).await;
    assert_eq!((status, body["error"]["field"].as_str()), (400, Some("limit")), "{body}");
    let (status, body) = call(reqwest::Method::GET, format!("{}/nowhere", s.base), Some(a.clone()), None).await;
    assert_eq!((status, body["error"]["code"].as_str()), (404, Some("NOT_FOUND")));
    let (status, body) = call(reqwest::Method::DELETE, format!("{u}/goals"), Some(a), None).await;
    assert_eq!((status, body["error"]["code"].as_str()), (405, Some("VALIDATION_ERROR")));
}

/// The app's in-process requests act for the device's own users without credentials; the same
/// routes over the network still need them.
#[tokio::test]
async fn the_app_calls_the_router_in_process() {
    let dir = tempfile::tempdir().expect("tempdir");
    let engine = Engine::open(OpenOptions { data_dir: dir.path(), key_env: Some("local-test"), secrets: Arc::new(OsKeyring), clock: Clock::Fixed(chrono_date()) }).expect("open");
    let local = ozzie_api::local::LocalApi::new(AppState::new(engine));
    let intake = json!({ "monthly_income": 4000, "monthly_expenses": 2500, "financial_goal": "savings" });
    let r = local.request("POST", "/v1/users/external:local/financial-intake", Some(intake)).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let r = local.request("post", "/v1/users/external:local/plan/generate", None).await;
    assert_eq!((r.status, r.body["object"].as_str()), (201, Some("plan")), "{}", r.body);
    let r = local.request("GET", "/v1/users/external:local/transactions?limit=5", None).await;
    assert_eq!((r.status, r.body["data"]["total_count"].as_u64()), (200, Some(0)), "{}", r.body);
    let r = local.request("GET", "/v1/users/external:local/goals?", Some(json!({}))).await;
    assert_eq!(r.status, 200);
    // Device settings: inside the app only; a secret is stored but never shown.
    let r = local.request("PUT", "/v1/device/settings/provider", Some(json!({ "value": "openai" }))).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let r = local.request("GET", "/v1/device/settings", None).await;
    let provider = r.body["data"]["settings"].as_array().and_then(|s| s.iter().find(|x| x["key"] == "provider")).cloned();
    assert_eq!(provider.map(|p| p["value"].clone()), Some(json!("openai")), "{}", r.body);
    let r = local.request("PUT", "/v1/device/settings/provider", Some(json!({ "value": "telepathy" }))).await;
    assert_eq!((r.status, r.body["error"]["field"].as_str()), (400, Some("provider")), "{}", r.body);
    let r = local.request("GET", "/v1/nowhere", None).await;
    assert_eq!((r.status, r.body["error"]["code"].as_str()), (404, Some("NOT_FOUND")), "{}", r.body);
    let r = local.request("GET", "not a path", None).await;
    assert_eq!((r.status, r.body["error"]["code"].as_str()), (400, Some("VALIDATION_ERROR")), "{}", r.body);
}

/// An OpenAI-compatible server on 127.0.0.1 that streams every chat completion in three pieces.
async fn start_streaming_llm() -> String {
    async fn completions() -> axum::response::Response {
        let mut body = String::new();
        for piece in ["You are ", "on track ", "this month."] {
            let event = json!({ "choices": [{ "index": 0, "delta": { "content": piece } }] });
            body.push_str(&format!("data: {event}\n\n"));
        }
        body.push_str("data: [DONE]\n\n");
        axum::response::Response::builder().header("content-type", "text/event-stream").body(axum::body::Body::from(body)).expect("response")
    }
    let app = axum::Router::new().route("/v1/chat/completions", axum::routing::post(completions));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/v1", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

/// The events of a server-sent event stream, as (event, data) pairs.
fn events(stream: &str) -> Vec<(String, Value)> {
    stream
        .split("\n\n")
        .filter_map(|block| {
            let field = |name: &str| block.lines().find_map(|l| l.strip_prefix(name).map(|v| v.trim_start().to_string()));
            Some((field("event:")?, serde_json::from_str(&field("data:")?).ok()?))
        })
        .collect()
}

#[tokio::test]
async fn the_coach_streams_its_reply_keeps_the_history_and_debts_compare() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut engine = Engine::open(OpenOptions { data_dir: dir.path(), key_env: Some("stream-test"), secrets: Arc::new(OsKeyring), clock: Clock::Fixed(chrono_date()) }).expect("open");
    let llm = start_streaming_llm().await;
    engine.config_set("provider", "openai").expect("provider");
    engine.config_set("openai.base_url", &llm).expect("url");
    engine.config_set("openai.model", "test-model").expect("model");
    let client = engine.create_api_client("browser", 120).expect("client");
    let state = AppState::new(engine);
    let local = ozzie_api::local::LocalApi::new(state.clone());
    let me = "/v1/users/external:local";
    let intake = json!({ "monthly_income": 4000, "monthly_expenses": 2500, "financial_goal": "debt", "total_debt": 6000, "monthly_debt_payment": 200, "debt_interest_rate_percent": 21.5 });
    assert_eq!(local.request("POST", &format!("{me}/financial-intake"), Some(intake)).await.status, 201);
    assert_eq!(local.request("POST", &format!("{me}/plan/generate"), None).await.status, 201);

    // In the app: the pieces arrive one by one, then the stored reply.
    let mut pieces = Vec::new();
    local.stream("POST", &format!("{me}/chat/stream"), Some(json!({ "message": "Am I on track?" })), |p| pieces.push(p)).await;
    let head = serde_json::to_value(&pieces[0]).expect("piece");
    assert_eq!(head, json!({ "kind": "head", "status": 200 }));
    let body: String = pieces[1..pieces.len() - 1].iter().map(|p| serde_json::to_value(p).expect("piece")["text"].as_str().unwrap_or_default().to_string()).collect();
    let seen = events(&body);
    let deltas: Vec<&str> = seen.iter().filter(|(e, _)| e == "delta").filter_map(|(_, d)| d["text"].as_str()).collect();
    assert_eq!(deltas, vec!["You are ", "on track ", "this month."], "{body}");
    let (last, reply) = seen.last().expect("a final event");
    assert_eq!((last.as_str(), reply["object"].as_str(), reply["data"]["message"].as_str()), ("reply", Some("chat_message"), Some("You are on track this month.")), "{body}");
    assert!(pieces.len() > 3, "the body came in pieces, not at once: {pieces:?}");
    assert_eq!(serde_json::to_value(pieces.last().expect("end")).expect("piece"), json!({ "kind": "end" }));
    // An empty question fails before anything is written: the ordinary error, with its status.
    let mut refused = Vec::new();
    local.stream("POST", &format!("{me}/chat/stream"), Some(json!({ "message": "  " })), |p| refused.push(serde_json::to_value(p).expect("piece"))).await;
    assert_eq!(refused[0], json!({ "kind": "head", "status": 400 }));
    let error: Value = serde_json::from_str(refused[1]["text"].as_str().expect("text")).expect("json");
    assert_eq!(error["error"]["field"], "message", "{error}");

    // Over HTTP (the browser's way): the same events.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}/v1", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, router(state)).await });
    let auth = bearer(&client.client_id, &client.client_secret);
    let (status, _) = call(reqwest::Method::POST, format!("{base}/users"), Some(auth.clone()), Some(json!({ "external_user_id": "web" }))).await;
    assert_eq!(status, 201);
    let web = format!("{base}/users/external:web");
    call(reqwest::Method::POST, format!("{web}/financial-intake"), Some(auth.clone()), Some(json!({ "monthly_income": 3000, "monthly_expenses": 2000, "financial_goal": "savings" }))).await;
    call(reqwest::Method::POST, format!("{web}/plan/generate"), Some(auth.clone()), None).await;
    let res = reqwest::Client::new().post(format!("{web}/chat/stream")).header("authorization", auth.clone()).json(&json!({ "message": "How am I doing?" })).send().await.expect("send");
    assert_eq!(res.headers()["content-type"], "text/event-stream");
    let seen = events(&res.text().await.expect("body"));
    assert_eq!(seen.iter().map(|(e, _)| e.as_str()).collect::<Vec<_>>(), vec!["delta", "delta", "delta", "reply"]);

    // The history: question and reply, oldest first, in both seeds' shapes.
    let r = local.request("GET", &format!("{me}/chat/history?limit=10"), None).await;
    let messages = r.body["data"]["messages"].as_array().cloned().unwrap_or_default();
    let roles: Vec<&str> = messages.iter().filter_map(|m| m["role"].as_str()).collect();
    assert_eq!(roles, vec!["user", "assistant"], "{}", r.body);
    assert_eq!(messages[1]["reply"], messages[1]["message"]);
    let r = local.request("GET", &format!("{me}/chat/history?limit=0"), None).await;
    assert_eq!((r.status, r.body["error"]["field"].as_str()), (400, Some("limit")), "{}", r.body);

    // Debt payoff: the intake's debt alone, then two debts side by side.
    let r = local.request("POST", &format!("{me}/debt-payoff"), Some(json!({}))).await;
    assert_eq!((r.status, r.body["object"].as_str()), (200, Some("debt_plan")), "{}", r.body);
    assert_eq!(r.body["data"]["avalanche"]["debts"].as_array().map(Vec::len), Some(1));
    let two = json!({ "debts": [
        { "name": "Visa", "balance": 4200, "interest_rate_percent": 22.9, "minimum_payment": 120 },
        { "name": "Store card", "balance": 800, "interest_rate_percent": 12, "minimum_payment": 40 }
    ], "monthly_budget": 400 });
    let r = local.request("POST", &format!("{me}/debt-payoff"), Some(two)).await;
    let d = &r.body["data"];
    assert_eq!((d["cheaper"].as_str(), d["monthly_budget_cents"].as_i64()), (Some("avalanche"), Some(40000)), "{}", r.body);
    assert_eq!(d["snowball"]["debts"][0]["name"], "Store card", "snowball pays the smallest balance first");
    assert_eq!(d["avalanche"]["debts"][0]["name"], "Visa", "avalanche pays the highest rate first");
    assert!(d["interest_saved_cents"].as_i64().is_some_and(|s| s > 0), "{}", r.body);
    let low = json!({ "debts": [{ "name": "Visa", "balance": 4200, "interest_rate_percent": 22.9, "minimum_payment": 120 }], "monthly_budget": 50 });
    let r = local.request("POST", &format!("{me}/debt-payoff"), Some(low)).await;
    assert_eq!((r.status, r.body["error"]["field"].as_str()), (400, Some("monthly_budget")), "{}", r.body);
    let bad = json!({ "debts": [{ "name": "Visa", "balance": -1, "interest_rate_percent": 22.9, "minimum_payment": 120 }] });
    let r = local.request("POST", &format!("{me}/debt-payoff"), Some(bad)).await;
    assert_eq!((r.status, r.body["error"]["field"].as_str()), (400, Some("debts[0].balance")), "{}", r.body);
}

#[tokio::test]
async fn the_app_gets_each_notice_once_and_only_the_kinds_left_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let engine = Engine::open(OpenOptions { data_dir: dir.path(), key_env: Some("notice-test"), secrets: Arc::new(OsKeyring), clock: Clock::Fixed(chrono_date()) }).expect("open");
    let local = ozzie_api::local::LocalApi::new(AppState::new(engine));
    let me = "/v1/users/external:local";
    // Paid today (2025-05-05), a goal 60 % saved, groceries far over the plan's food target.
    let intake = json!({ "monthly_income": 4000, "monthly_expenses": 2500, "financial_goal": "savings", "next_pay_date": "2025-05-05" });
    assert_eq!(local.request("POST", &format!("{me}/financial-intake"), Some(intake)).await.status, 201);
    assert_eq!(local.request("POST", &format!("{me}/plan/generate"), None).await.status, 201);
    let goal = json!({ "name": "Trip", "target_amount": 1000, "starting_amount": 600 });
    assert_eq!(local.request("POST", &format!("{me}/goals"), Some(goal)).await.status, 201);
    let spent = json!({ "type": "text", "content": "groceries $2,400" });
    assert_eq!(local.request("POST", &format!("{me}/transactions"), Some(spent)).await.status, 201);
    let r = local.request("PUT", "/v1/device/settings/notify.goal_milestone", Some(json!({ "value": "off" }))).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let r = local.request("PUT", "/v1/device/settings/notify.payday", Some(json!({ "value": "sometimes" }))).await;
    assert_eq!((r.status, r.body["error"]["field"].as_str()), (400, Some("notify.payday")), "{}", r.body);

    let r = local.request("POST", "/v1/device/notifications", None).await;
    assert_eq!((r.status, r.body["object"].as_str()), (200, Some("notice_list")), "{}", r.body);
    let kinds: Vec<&str> = r.body["data"]["notices"].as_array().expect("notices").iter().filter_map(|n| n["kind"].as_str()).collect();
    assert_eq!(kinds, vec!["money_move", "payday", "over_target"], "{}", r.body);
    let over = &r.body["data"]["notices"][2];
    assert_eq!(over["title"], "Food is over the plan", "{over}");
    // Asked again: nothing new. Turned back on, the goal's milestone comes, once.
    let r = local.request("POST", "/v1/device/notifications", None).await;
    assert_eq!(r.body["data"]["notices"], json!([]), "{}", r.body);
    local.request("PUT", "/v1/device/settings/notify.goal_milestone", Some(json!({ "value": "on" }))).await;
    let r = local.request("POST", "/v1/device/notifications", None).await;
    assert_eq!(r.body["data"]["notices"][0]["title"], "Trip: 50% there", "{}", r.body);
    assert_eq!(local.request("POST", "/v1/device/notifications", None).await.body["data"]["notices"], json!([]));
}

/// A change sent again with the same Idempotency-Key gets the first answer and is not stored
/// twice; the key cannot be reused for another operation, and another client's same key is its own.
#[tokio::test]
async fn a_retried_change_with_its_idempotency_key_runs_once() {
    let server = start(2).await;
    let (a, b) = (bearer(&server.clients[0].0, &server.clients[0].1), bearer(&server.clients[1].0, &server.clients[1].1));
    let send = |auth: String, key: &'static str, path: String, body: Value| async move {
        let res = reqwest::Client::new().post(path).header("authorization", auth).header("idempotency-key", key).json(&body).send().await.expect("send");
        let replayed = res.headers().get("idempotent-replayed").is_some();
        (res.status().as_u16(), replayed, res.json::<Value>().await.unwrap_or(Value::Null))
    };
    let user = json!({"external_user_id": "idem", "name": "Ana", "language": "en", "currency": "USD"});
    let first = send(a.clone(), "key-1", format!("{}/users", server.base), user.clone()).await;
    let again = send(a.clone(), "key-1", format!("{}/users", server.base), user.clone()).await;
    assert_eq!((first.0, first.1), (201, false));
    assert_eq!((again.0, again.1), (201, true), "the retry is answered from memory, not with CONFLICT");
    assert_eq!(first.2, again.2);
    // Rows with the sender's ids: a resent batch (new key, same rows) stores nothing twice.
    let rows = json!({"transactions": [
        {"id": "dev_1", "amount_cents": 450, "category": "food", "description": "café", "transaction_date": "2025-05-01"},
        {"id": "dev_2", "amount_cents": 1200, "category": "transport", "description": "metro", "transaction_date": "2025-05-02", "source": "app_text", "ai_confidence": 0.9}
    ]});
    let batch = format!("{}/users/external:idem/transactions/batch", server.base);
    let stored = send(a.clone(), "key-2", batch.clone(), rows.clone()).await;
    let resent = send(a.clone(), "key-3", batch.clone(), rows.clone()).await;
    assert_eq!((stored.0, resent.0, resent.1), (201, 201, false));
    assert_eq!(stored.2["data"]["transactions"], resent.2["data"]["transactions"], "the same rows answer, in order");
    let (_, page) = call(reqwest::Method::GET, format!("{}/users/external:idem/transactions", server.base), Some(a.clone()), None).await;
    assert_eq!(page["data"]["total_count"], 2);
    // The key names one operation.
    let reused = send(a.clone(), "key-1", batch.clone(), rows.clone()).await;
    assert_eq!((reused.0, reused.2["error"]["code"].as_str()), (409, Some("CONFLICT")));
    // Another client's key-1 is its own.
    let other = send(b, "key-1", format!("{}/users", server.base), user).await;
    assert_eq!((other.0, other.1), (201, false));
    // A bad row names its position.
    let bad = send(a, "key-4", batch, json!({"transactions": [{"id": "x", "amount_cents": -1}]})).await;
    assert_eq!((bad.0, bad.2["error"]["field"].as_str()), (400, Some("transactions[0].amount_cents")));
}
