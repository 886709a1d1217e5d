//! The WhatsApp webhook, in Meta's WhatsApp Cloud API format.
//!
//! - `GET /v1/webhooks/whatsapp`: Meta's verification handshake; the `hub.challenge` is echoed
//!   when `hub.verify_token` is this server's verify token, else 403.
//! - `POST /v1/webhooks/whatsapp`: message notifications. The raw body's HMAC-SHA256 under the
//!   app secret must equal `X-Hub-Signature-256` (compared in constant time) before anything is
//!   read; then each message is handed to the engine (engine/messaging.rs), which finds the
//!   sender by phone and makes it transactions or a question for the coach, and the reply is sent
//!   with the Cloud API's `/{phone_number_id}/messages`. Photos and documents are downloaded with
//!   the Cloud API's media endpoints.
//!
//! The webhook answers 200 only after its messages are handled, so a message cut short by a
//! crash is delivered again by Meta (the engine claims message ids, so none is logged twice).
//! Logs carry the message kind and outcome, never its text or the full phone number.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use hmac::{Hmac, Mac};
use ozzie_engine::config::WhatsAppSettings;
use ozzie_engine::domain::wire::Envelope;
use ozzie_engine::domain::ErrorCode;
use ozzie_engine::messaging::Inbound;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::error::{error_response, invalid};
use crate::extract::{Params, MAX_BODY_BYTES};
use crate::openapi::{Api, Operation};
use crate::AppState;

/// WhatsApp's limit on a text message's body.
const MAX_REPLY_CHARS: usize = 4096;

/// The configured webhook and its HTTP client for the Cloud API.
pub(crate) struct WhatsApp {
    settings: WhatsAppSettings,
    http: reqwest::Client,
}

impl WhatsApp {
    pub(crate) fn new(settings: WhatsAppSettings) -> WhatsApp {
        let http = reqwest::Client::builder().timeout(Duration::from_secs(30)).build().unwrap_or_default();
        WhatsApp { settings, http }
    }

    /// Whether `header` (`sha256=<hex>`) is the HMAC-SHA256 of `body` under the app secret.
    fn signed(&self, header: Option<&str>, body: &[u8]) -> bool {
        let Some(hex_digest) = header.and_then(|h| h.trim().strip_prefix("sha256=")) else { return false };
        let Ok(expected) = hex::decode(hex_digest) else { return false };
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(self.settings.app_secret.expose().as_bytes()) else { return false };
        mac.update(body);
        mac.verify_slice(&expected).is_ok()
    }

    /// A photo's or document's bytes: the media id's URL first, then the file itself.
    async fn download(&self, media_id: &str) -> Result<(Vec<u8>, Option<String>), String> {
        #[derive(Deserialize)]
        struct MediaUrl {
            url: String,
            mime_type: Option<String>,
        }
        let token = self.settings.access_token.expose();
        let meta: MediaUrl = self
            .http
            .get(format!("{}/{media_id}", self.settings.api_url))
            .bearer_auth(token)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| format!("media lookup failed: {}", e.without_url()))?
            .json()
            .await
            .map_err(|e| format!("media lookup answered something else: {}", e.without_url()))?;
        let response = self.http.get(&meta.url).bearer_auth(token).send().await.and_then(reqwest::Response::error_for_status).map_err(|e| format!("media download failed: {}", e.without_url()))?;
        if response.content_length().is_some_and(|n| n > MAX_BODY_BYTES as u64) {
            return Err("the file is larger than the server takes".into());
        }
        let bytes = response.bytes().await.map_err(|e| format!("media download failed: {}", e.without_url()))?;
        if bytes.len() > MAX_BODY_BYTES {
            return Err("the file is larger than the server takes".into());
        }
        Ok((bytes.to_vec(), meta.mime_type))
    }

    /// Sends `text` to `to` from the business number `phone_number_id`.
    async fn send(&self, phone_number_id: &str, to: &str, text: &str) -> Result<(), String> {
        let body: String = text.chars().take(MAX_REPLY_CHARS).collect();
        let payload = serde_json::json!({
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": to,
            "type": "text",
            "text": { "preview_url": false, "body": body }
        });
        self.http
            .post(format!("{}/{phone_number_id}/messages", self.settings.api_url))
            .bearer_auth(self.settings.access_token.expose())
            .json(&payload)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map(|_| ())
            .map_err(|e| format!("the reply could not be sent: {}", e.without_url()))
    }
}

/// A webhook notification (only the parts Ozzie reads; the rest is ignored).
#[derive(Debug, Default, Deserialize, JsonSchema)]
struct Notification {
    /// "whatsapp_business_account".
    object: Option<String>,
    #[serde(default)]
    entry: Vec<Entry>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
struct Entry {
    #[serde(default)]
    changes: Vec<Change>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
struct Change {
    /// "messages" for messages and their statuses.
    field: Option<String>,
    value: Option<ChangeValue>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
struct ChangeValue {
    metadata: Option<Metadata>,
    #[serde(default)]
    messages: Vec<Message>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
struct Metadata {
    /// The business number the message was sent to; replies go out from it.
    phone_number_id: Option<String>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
struct Message {
    /// The sender's number, digits only (E.164 without the +).
    from: String,
    /// The message's id (wamid…), unique per message.
    id: String,
    #[serde(rename = "type")]
    kind: String,
    text: Option<Text>,
    image: Option<Media>,
    document: Option<Media>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
struct Text {
    body: String,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
struct Media {
    id: String,
    mime_type: Option<String>,
    filename: Option<String>,
}

/// The webhook's answer: how many messages were handled.
#[derive(Debug, Serialize, JsonSchema)]
struct Receipt {
    messages: usize,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
struct Verification {
    #[serde(rename = "hub.mode")]
    mode: Option<String>,
    #[serde(rename = "hub.verify_token")]
    verify_token: Option<String>,
    #[serde(rename = "hub.challenge")]
    challenge: Option<String>,
}

fn not_configured() -> Response {
    error_response(
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
        "WhatsApp is not configured on this server: set whatsapp.verify_token, whatsapp.app_secret and whatsapp.access_token (`ozzie config set …`, or OZZIE_WHATSAPP_* for a headless server), then restart `ozzie serve`.",
        None,
    )
}

/// The last digits of a number, for logs.
fn masked(phone: &str) -> String {
    let tail: String = phone.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
    format!("…{tail}")
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn verify(State(state): State<AppState>, Params(q): Params<Verification>) -> Response {
    let Some(wa) = state.whatsapp.clone() else { return not_configured() };
    let token_ok = q.verify_token.as_deref().is_some_and(|t| constant_time_eq(t.as_bytes(), wa.settings.verify_token.expose().as_bytes()));
    match (q.mode.as_deref(), token_ok, q.challenge) {
        (Some("subscribe"), true, Some(challenge)) => (StatusCode::OK, [("content-type", "text/plain; charset=utf-8")], challenge).into_response(),
        (Some("subscribe"), true, None) => invalid("hub.challenge", "is required"),
        _ => error_response(StatusCode::FORBIDDEN, ErrorCode::Unauthorized, "The verify token does not match this server's whatsapp.verify_token.", Some("hub.verify_token")),
    }
}

async fn receive(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(wa) = state.whatsapp.clone() else { return not_configured() };
    let signature = headers.get("x-hub-signature-256").and_then(|v| v.to_str().ok());
    if !wa.signed(signature, &body) {
        tracing::warn!("whatsapp webhook: a call with a missing or wrong X-Hub-Signature-256 was refused");
        return error_response(StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized, "X-Hub-Signature-256 is missing or is not this app's signature of the body.", None);
    }
    let notification: Notification = match serde_json::from_slice(&body) {
        Ok(n) => n,
        Err(e) => return invalid("body", format!("Not a WhatsApp webhook notification: {e}")),
    };
    if notification.object.as_deref().is_some_and(|o| o != "whatsapp_business_account") {
        return invalid("object", "is not \"whatsapp_business_account\": this webhook takes WhatsApp Cloud API notifications");
    }
    let mut handled = 0;
    for change in notification.entry.into_iter().flat_map(|e| e.changes) {
        // Other fields (account updates, templates) carry no messages to handle.
        if change.field.as_deref().is_some_and(|f| f != "messages") {
            continue;
        }
        let Some(value) = change.value else { continue };
        let from_number = value.metadata.and_then(|m| m.phone_number_id);
        for message in value.messages {
            if let Err(response) = handle(&state, &wa, from_number.as_deref(), message).await {
                return response;
            }
            handled += 1;
        }
    }
    (StatusCode::OK, Json(Envelope::new("webhook_receipt", Receipt { messages: handled }))).into_response()
}

/// Handles one message and sends its reply. An error response makes Meta deliver the whole
/// notification again (only for failures on this side; the claimed ids keep that safe).
async fn handle(state: &AppState, wa: &Arc<WhatsApp>, business_number: Option<&str>, message: Message) -> Result<(), Response> {
    let phone = format!("+{}", message.from.trim_start_matches('+'));
    let known = {
        let phone = phone.clone();
        state.run(move |e| e.channel_sender(&phone)).await.map_err(IntoResponse::into_response)?.is_some()
    };
    let inbound = match (message.kind.as_str(), message.text, message.image.or(message.document)) {
        ("text", Some(text), _) => Inbound::Text(text.body),
        (kind @ ("image" | "document"), _, Some(media)) if known => match wa.download(&media.id).await {
            Ok((bytes, mime)) => Inbound::File { bytes, mime_type: media.mime_type.or(mime).unwrap_or_else(|| "application/octet-stream".into()), file_name: media.filename },
            Err(why) => {
                tracing::warn!(kind, %why, "whatsapp: media could not be fetched; Meta will deliver the message again");
                return Err(error_response(StatusCode::BAD_GATEWAY, ErrorCode::InternalError, format!("The {kind} could not be fetched from the Cloud API; deliver it again."), None));
            }
        },
        (kind, _, _) => Inbound::Unsupported(kind.to_string()),
    };
    let kind = message.kind.clone();
    let (phone_for_engine, id) = (phone.clone(), message.id.clone());
    let handled = state.run(move |e| e.handle_channel_message(&phone_for_engine, &id, inbound)).await.map_err(IntoResponse::into_response)?;
    tracing::info!(%kind, from = %masked(&phone), outcome = handled.outcome.label(), "whatsapp message");
    if let (Some(reply), Some(number)) = (handled.reply, business_number) {
        if let Err(why) = wa.send(number, &message.from, &reply).await {
            tracing::warn!(%why, "whatsapp: reply not sent");
        }
    }
    Ok(())
}

/// The webhook's two routes.
pub(crate) fn routes(api: Api) -> Api {
    api.route(
        Operation::get("/v1/webhooks/whatsapp", "verifyWhatsAppWebhook", "Meta's webhook verification: echoes hub.challenge when hub.verify_token matches.")
            .public()
            .query::<Verification>()
            .returns_text(200, "The hub.challenge, echoed.")
            .errors(&[403, 404]),
        verify,
    )
    .route(
        Operation::post("/v1/webhooks/whatsapp", "receiveWhatsAppMessages", "WhatsApp Cloud API message notifications, signed with X-Hub-Signature-256.")
            .public()
            .header("X-Hub-Signature-256", "sha256=<hex HMAC-SHA256 of the raw body under the app secret>")
            .body::<Notification>()
            .returns::<Receipt>(200, "webhook_receipt")
            .errors(&[401, 404, 502]),
        receive,
    )
}
