//! The WhatsApp webhook over real HTTP on 127.0.0.1, against a scripted WhatsApp Cloud API server
//! (also on 127.0.0.1) that serves media and records the replies sent through its messages
//! endpoint: verification, signatures, text / photo / document messages, questions for the coach,
//! unknown numbers and repeated deliveries.

use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine as _;
use hmac::{Hmac, Mac};
use ozzie_api::{router, AppState};
use ozzie_engine::config::{Secret, WhatsAppSettings};
use ozzie_engine::{Clock, Engine, OpenOptions, OsKeyring};
use serde_json::{json, Value};
use sha2::Sha256;

const APP_SECRET: &str = "app-secret-for-tests";
const ACCESS_TOKEN: &str = "cloud-api-token";
const VERIFY_TOKEN: &str = "verify-me";
const BUSINESS_NUMBER_ID: &str = "106540352242922";
const USER_PHONE: &str = "15551234567";

/// What the scripted Cloud API saw.
#[derive(Clone, Default)]
struct CloudApi {
    sent: Arc<Mutex<Vec<Value>>>,
    base: Arc<Mutex<String>>,
}

fn authorized(headers: &HeaderMap) -> bool {
    headers.get("authorization").and_then(|v| v.to_str().ok()) == Some(&format!("Bearer {ACCESS_TOKEN}"))
}

async fn media_url(State(api): State<CloudApi>, headers: HeaderMap, Path(id): Path<String>) -> (StatusCode, Json<Value>) {
    if !authorized(&headers) {
        return (StatusCode::UNAUTHORIZED, Json(json!({ "error": { "message": "Invalid OAuth access token.", "type": "OAuthException", "code": 190 } })));
    }
    let base = api.base.lock().expect("lock").clone();
    let mime = if id.starts_with("img") { "image/png" } else { "text/csv" };
    (StatusCode::OK, Json(json!({ "messaging_product": "whatsapp", "url": format!("{base}/files/{id}"), "mime_type": mime, "sha256": "…", "file_size": 1, "id": id })))
}

async fn media_file(headers: HeaderMap, Path(id): Path<String>) -> (StatusCode, Vec<u8>) {
    if !authorized(&headers) {
        return (StatusCode::UNAUTHORIZED, Vec::new());
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/ingest/files");
    let file = if id.starts_with("img") { "receipt_us_grocery.png" } else { "chase.csv" };
    (StatusCode::OK, std::fs::read(root.join(file)).expect("fixture"))
}

async fn send_message(State(api): State<CloudApi>, headers: HeaderMap, Path(number): Path<String>, Json(body): Json<Value>) -> (StatusCode, Json<Value>) {
    if !authorized(&headers) || number != BUSINESS_NUMBER_ID {
        return (StatusCode::UNAUTHORIZED, Json(json!({ "error": { "message": "Invalid OAuth access token.", "code": 190 } })));
    }
    let to = body["to"].clone();
    api.sent.lock().expect("lock").push(body);
    (StatusCode::OK, Json(json!({ "messaging_product": "whatsapp", "contacts": [{ "input": to, "wa_id": to }], "messages": [{ "id": "wamid.reply" }] })))
}

async fn start_cloud_api() -> CloudApi {
    let api = CloudApi::default();
    let app = Router::new()
        .route("/v21.0/{id}", get(media_url))
        .route("/v21.0/{id}/messages", post(send_message))
        .route("/files/{id}", get(media_file))
        .with_state(api.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    *api.base.lock().expect("lock") = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    api
}

struct Server {
    base: String,
    auth: String,
    cloud: CloudApi,
    _dir: tempfile::TempDir,
}

async fn start() -> Server {
    let cloud = start_cloud_api().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut engine = Engine::open(OpenOptions {
        data_dir: dir.path(),
        key_env: Some("whatsapp-test"),
        secrets: Arc::new(OsKeyring),
        clock: Clock::Fixed(chrono::NaiveDate::from_ymd_opt(2025, 5, 6).expect("date")),
    })
    .expect("open");
    let client = engine.create_api_client("whatsapp-test", 1000).expect("client");
    let settings = WhatsAppSettings {
        api_url: format!("{}/v21.0", cloud.base.lock().expect("lock")),
        verify_token: Secret::new(VERIFY_TOKEN),
        app_secret: Secret::new(APP_SECRET),
        access_token: Secret::new(ACCESS_TOKEN),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}/v1", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, router(AppState::new(engine).with_whatsapp(settings))).await });
    let auth = format!("Bearer {}", base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", client.client_id, client.client_secret)));
    let s = Server { base, auth, cloud, _dir: dir };
    // The user, as a client app would create them, with the phone WhatsApp will show.
    let http = reqwest::Client::new();
    for (path, body) in [
        ("/users", json!({ "external_user_id": "wa-user", "phone_e164": format!("+{USER_PHONE}"), "language": "en" })),
        ("/users/external:wa-user/intake", json!({ "monthly_income": 5000, "monthly_expenses": 3200, "financial_goal": "savings" })),
        ("/users/external:wa-user/plan/generate", json!({})),
    ] {
        let res = http.post(format!("{}{path}", s.base)).header("authorization", &s.auth).json(&body).send().await.expect("send");
        assert_eq!(res.status().as_u16(), 201, "{path}: {}", res.text().await.unwrap_or_default());
    }
    s
}

fn signature(body: &[u8], secret: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("key");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// A Cloud API notification carrying one message, as Meta sends it.
fn notification(from: &str, message: Value) -> Vec<u8> {
    let mut message = message;
    message["from"] = json!(from);
    message["timestamp"] = json!("1746518400");
    json!({
        "object": "whatsapp_business_account",
        "entry": [{
            "id": "102290129340398",
            "changes": [{
                "value": {
                    "messaging_product": "whatsapp",
                    "metadata": { "display_phone_number": "15550783881", "phone_number_id": BUSINESS_NUMBER_ID },
                    "contacts": [{ "profile": { "name": "Maria" }, "wa_id": from }],
                    "messages": [message]
                },
                "field": "messages"
            }]
        }]
    })
    .to_string()
    .into_bytes()
}

async fn deliver(s: &Server, body: Vec<u8>, secret: &str) -> (u16, Value) {
    let res = reqwest::Client::new()
        .post(format!("{}/webhooks/whatsapp", s.base))
        .header("content-type", "application/json")
        .header("x-hub-signature-256", signature(&body, secret))
        .body(body)
        .send()
        .await
        .expect("send");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn transactions(s: &Server) -> Vec<Value> {
    let res = reqwest::Client::new().get(format!("{}/users/external:wa-user/transactions?limit=200", s.base)).header("authorization", &s.auth).send().await.expect("send");
    let page: Value = res.json().await.expect("json");
    page["data"]["transactions"].as_array().cloned().unwrap_or_default()
}

fn replies(s: &Server) -> Vec<Value> {
    s.cloud.sent.lock().expect("lock").clone()
}

#[tokio::test]
async fn verification_echoes_the_challenge_only_for_the_right_token() {
    let s = start().await;
    let url = |token: &str| format!("{}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token={token}&hub.challenge=1158201444", s.base);
    let res = reqwest::get(url(VERIFY_TOKEN)).await.expect("send");
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.text().await.expect("text"), "1158201444");
    let res = reqwest::get(url("guess")).await.expect("send");
    assert_eq!(res.status().as_u16(), 403);
}

#[tokio::test]
async fn a_signed_text_becomes_transactions_and_is_answered_once() {
    let s = start().await;
    let body = notification(USER_PHONE, json!({ "id": "wamid.text1", "type": "text", "text": { "body": "coffee $5 and lunch $15" } }));
    let (status, receipt) = deliver(&s, body.clone(), APP_SECRET).await;
    assert_eq!((status, &receipt["data"]["messages"]), (200, &json!(1)), "{receipt}");
    let txs = transactions(&s).await;
    assert_eq!(txs.len(), 2, "{txs:?}");
    assert!(txs.iter().all(|t| t["source"] == "whatsapp_text"));
    let mut amounts: Vec<i64> = txs.iter().filter_map(|t| t["amount_cents"].as_i64()).collect();
    amounts.sort_unstable();
    assert_eq!(amounts, vec![500, 1500]);
    let sent = replies(&s);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["to"], USER_PHONE);
    assert_eq!(sent[0]["messaging_product"], "whatsapp");
    let text = sent[0]["text"]["body"].as_str().expect("reply");
    assert!(text.starts_with("Logged 2 transactions"), "{text}");
    // Meta delivers the same message again: nothing more is logged or sent.
    let (status, _) = deliver(&s, body, APP_SECRET).await;
    assert_eq!(status, 200);
    assert_eq!(transactions(&s).await.len(), 2);
    assert_eq!(replies(&s).len(), 1);
}

#[tokio::test]
async fn a_wrong_or_missing_signature_is_refused_and_nothing_is_stored() {
    let s = start().await;
    let body = notification(USER_PHONE, json!({ "id": "wamid.forged", "type": "text", "text": { "body": "rent $1200" } }));
    let (status, error) = deliver(&s, body.clone(), "not-the-app-secret").await;
    assert_eq!((status, error["error"]["code"].as_str()), (401, Some("UNAUTHORIZED")), "{error}");
    let res = reqwest::Client::new().post(format!("{}/webhooks/whatsapp", s.base)).body(body).send().await.expect("send");
    assert_eq!(res.status().as_u16(), 401);
    assert!(transactions(&s).await.is_empty());
    assert!(replies(&s).is_empty());
}

#[tokio::test]
async fn an_unknown_number_gets_onboarding_and_nothing_is_logged() {
    let s = start().await;
    let body = notification("5511987654321", json!({ "id": "wamid.stranger", "type": "text", "text": { "body": "almoço R$ 30" } }));
    let (status, _) = deliver(&s, body, APP_SECRET).await;
    assert_eq!(status, 200);
    let sent = replies(&s);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["to"], "5511987654321");
    let text = sent[0]["text"]["body"].as_str().expect("reply");
    assert!(text.contains("ainda não está ligado"), "a Brazilian number is greeted in Portuguese: {text}");
    assert!(transactions(&s).await.is_empty());
}

#[tokio::test]
async fn questions_go_to_the_coach() {
    let s = start().await;
    let body = notification(USER_PHONE, json!({ "id": "wamid.q1", "type": "text", "text": { "body": "How much can I save each month?" } }));
    assert_eq!(deliver(&s, body, APP_SECRET).await.0, 200);
    let sent = replies(&s);
    assert_eq!(sent.len(), 1);
    let text = sent[0]["text"]["body"].as_str().expect("reply");
    assert!(text.contains("$"), "the coach answers with the user's numbers: {text}");
    assert!(transactions(&s).await.is_empty());
}

#[tokio::test]
async fn a_receipt_photo_and_a_statement_become_transactions() {
    let s = start().await;
    let photo = notification(USER_PHONE, json!({ "id": "wamid.img1", "type": "image", "image": { "id": "img-1", "mime_type": "image/png", "sha256": "…" } }));
    assert_eq!(deliver(&s, photo, APP_SECRET).await.0, 200);
    let txs = transactions(&s).await;
    assert_eq!(txs.len(), 1, "{txs:?}");
    assert_eq!((txs[0]["amount_cents"].as_i64(), txs[0]["source"].as_str()), (Some(4224), Some("whatsapp_image")));
    let statement = notification(USER_PHONE, json!({ "id": "wamid.doc1", "type": "document", "document": { "id": "doc-1", "mime_type": "text/csv", "filename": "chase.csv" } }));
    assert_eq!(deliver(&s, statement, APP_SECRET).await.0, 200);
    assert!(transactions(&s).await.len() > 3, "the statement's rows are logged");
    let sent = replies(&s);
    assert_eq!(sent.len(), 2);
    assert!(sent.iter().all(|m| m["text"]["body"].as_str().is_some_and(|t| t.starts_with("Logged"))), "{sent:?}");
}
