//! An OpenAI-compatible chat-completions client (OpenAI, Ollama, llama.cpp, vLLM): one request
//! with the messages, the reply whole or streamed as server-sent events.
//!
//! Every failure is a typed [`LlmError`] the caller can fall back on (the offline coach, the
//! offline parser): unreachable, timed out, rate limited (with the server's Retry-After), an
//! error status, or a reply that does not have the chat-completions shape. The API key is
//! redacted in `Debug` and only ever sent in the `Authorization` header.

use std::io::{BufRead, BufReader};
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// An API key. `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    pub fn new(key: impl Into<String>) -> Option<ApiKey> {
        let key = key.into();
        (!key.trim().is_empty()).then(|| ApiKey(key.trim().to_string()))
    }
}

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

/// Where and how to reach the model.
#[derive(Debug, Clone, PartialEq)]
pub struct LlmConfig {
    /// Up to and including `/v1`, e.g. `http://127.0.0.1:11434/v1` (Ollama).
    pub base_url: String,
    pub model: String,
    /// None for a local server that needs none (Ollama, llama.cpp).
    pub api_key: Option<ApiKey>,
    /// For the whole exchange, streaming included.
    pub timeout: Duration,
}

/// One chat message: text, or (for a vision model) text and an image.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    pub role: &'static str,
    pub content: serde_json::Value,
}

impl Message {
    pub fn system(content: impl Into<String>) -> Message {
        Message { role: "system", content: serde_json::Value::String(content.into()) }
    }

    pub fn user(content: impl Into<String>) -> Message {
        Message { role: "user", content: serde_json::Value::String(content.into()) }
    }

    /// A user message carrying an image (OpenAI's content parts, as data: URL).
    pub fn user_with_image(text: impl Into<String>, mime: &str, image: &[u8]) -> Message {
        use base64::Engine as _;
        let url = format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(image));
        Message {
            role: "user",
            content: serde_json::json!([{ "type": "text", "text": text.into() }, { "type": "image_url", "image_url": { "url": url } }]),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LlmError {
    #[error("the model server at {0} could not be reached")]
    Unreachable(String),
    #[error("the model did not answer within {0} seconds")]
    Timeout(u64),
    #[error("the model server is rate limiting requests{}", .retry_after.map(|s| format!("; retry after {s} s")).unwrap_or_default())]
    RateLimited { retry_after: Option<u64> },
    #[error("the model server answered {status}: {message}")]
    Status { status: u16, message: String },
    #[error("the model's reply could not be read: {0}")]
    Malformed(String),
}

#[derive(Serialize)]
struct Request<'a> {
    model: &'a str,
    messages: &'a [Message],
    stream: bool,
    temperature: f32,
}

#[derive(Deserialize)]
struct Completion {
    choices: Vec<Choice>,
}

#[derive(Deserialize)]
struct Choice {
    #[serde(default)]
    message: Option<ChoiceMessage>,
    #[serde(default)]
    delta: Option<ChoiceMessage>,
}

#[derive(Deserialize)]
struct ChoiceMessage {
    #[serde(default)]
    content: Option<String>,
}

pub struct OpenAiClient {
    config: LlmConfig,
    http: reqwest::blocking::Client,
}

impl std::fmt::Debug for OpenAiClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenAiClient").field("config", &self.config).finish_non_exhaustive()
    }
}

impl OpenAiClient {
    pub fn new(config: LlmConfig) -> Result<OpenAiClient, LlmError> {
        let http = reqwest::blocking::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .build()
            .map_err(|e| LlmError::Unreachable(e.to_string()))?;
        Ok(OpenAiClient { config, http })
    }

    fn send(&self, messages: &[Message], stream: bool) -> Result<reqwest::blocking::Response, LlmError> {
        let url = format!("{}/chat/completions", self.config.base_url.trim_end_matches('/'));
        let mut request = self.http.post(&url).json(&Request { model: &self.config.model, messages, stream, temperature: 0.3 });
        if let Some(ApiKey(key)) = &self.config.api_key {
            request = request.bearer_auth(key);
        }
        let response = request.send().map_err(|e| self.transport_error(&e))?;
        let status = response.status().as_u16();
        if status == 429 {
            let retry_after = response.headers().get("retry-after").and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse().ok());
            return Err(LlmError::RateLimited { retry_after });
        }
        if !response.status().is_success() {
            let body = response.text().unwrap_or_default();
            return Err(LlmError::Status { status, message: body.chars().take(300).collect() });
        }
        Ok(response)
    }

    fn transport_error(&self, e: &reqwest::Error) -> LlmError {
        if e.is_timeout() {
            LlmError::Timeout(self.config.timeout.as_secs())
        } else {
            LlmError::Unreachable(self.config.base_url.clone())
        }
    }

    /// The whole reply at once.
    pub fn complete(&self, messages: &[Message]) -> Result<String, LlmError> {
        let response = self.send(messages, false)?;
        let body = response.text().map_err(|e| self.transport_error(&e))?;
        let completion: Completion = serde_json::from_str(&body).map_err(|e| LlmError::Malformed(e.to_string()))?;
        completion
            .choices
            .into_iter()
            .find_map(|c| c.message.and_then(|m| m.content))
            .filter(|c| !c.trim().is_empty())
            .ok_or_else(|| LlmError::Malformed("the reply has no message content".into()))
    }

    /// The reply as it is written: `on_delta` gets each piece; the whole reply is returned.
    pub fn stream(&self, messages: &[Message], on_delta: &mut dyn FnMut(&str)) -> Result<String, LlmError> {
        let response = self.send(messages, true)?;
        let mut reply = String::new();
        for line in BufReader::new(response).lines() {
            let line = line.map_err(|e| if e.kind() == std::io::ErrorKind::TimedOut { LlmError::Timeout(self.config.timeout.as_secs()) } else { LlmError::Malformed(e.to_string()) })?;
            let Some(data) = line.strip_prefix("data:").map(str::trim) else { continue };
            if data == "[DONE]" {
                break;
            }
            let chunk: Completion = serde_json::from_str(data).map_err(|e| LlmError::Malformed(e.to_string()))?;
            if let Some(piece) = chunk.choices.into_iter().find_map(|c| c.delta.and_then(|d| d.content)) {
                on_delta(&piece);
                reply.push_str(&piece);
            }
        }
        if reply.trim().is_empty() {
            return Err(LlmError::Malformed("the stream ended without any content".into()));
        }
        Ok(reply)
    }
}
