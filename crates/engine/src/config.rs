//! Settings: which coach and parser provider to use, and how to reach it. Plain values are kept
//! in the database's settings table; secrets (the LLM's API key, the Ozzie client secret) only in
//! the OS keyring (or the secret store the host gives), never in a file or a log.
//!
//! | key                    | values                                   | default   |
//! |------------------------|------------------------------------------|-----------|
//! | provider               | offline, openai, ozzie                   | offline   |
//! | openai.base_url        | http(s)://…/v1 (Ollama: http://127.0.0.1:11434/v1) |  |
//! | openai.model           | the model's name                         |           |
//! | openai.timeout_seconds | 1–600                                    | 30        |
//! | openai.vision          | true: receipt photos go to the model too | false     |
//! | openai.api_key         | secret; not needed for a local server    |           |
//! | ozzie.base_url         | http(s)://…/v1                           |           |
//! | ozzie.client_id        | the API client's id                      |           |
//! | ozzie.client_secret    | secret                                   |           |
//! | whatsapp.api_url       | the Cloud API's base, with its version   | https://graph.facebook.com/v21.0 |
//! | whatsapp.verify_token  | secret: the webhook's verify token       |           |
//! | whatsapp.app_secret    | secret: signs each webhook call          |           |
//! | whatsapp.access_token  | secret: sends replies, downloads media   |           |
//! | sync                   | on, off: send changes to the Ozzie endpoint above and keep what it derives | off |
//! | notify.money_move      | on, off: this pay cycle's move is ready  | on        |
//! | notify.payday          | on, off: it is payday                    | on        |
//! | notify.over_target     | on, off: a category went over its target | on        |
//! | notify.goal_milestone  | on, off: a goal passed 25/50/75/100 %    | on        |
//!
//! For headless sync, `OZZIE_REMOTE_URL`, `OZZIE_REMOTE_CLIENT_ID` and `OZZIE_REMOTE_CLIENT_SECRET`
//! override the Ozzie endpoint's settings and turn sync on (see [`crate::sync`]).
//! For a headless `ozzie serve`, `OZZIE_WHATSAPP_API_URL`, `OZZIE_WHATSAPP_VERIFY_TOKEN`,
//! `OZZIE_WHATSAPP_APP_SECRET` and `OZZIE_WHATSAPP_ACCESS_TOKEN` override these.

use std::time::Duration;

use ozzie_ai::llm::{ApiKey, LlmConfig, OpenAiClient};
use ozzie_ai::ozzie::{ClientSecret, OzzieClient, OzzieConfig};
use ozzie_core::user::User;
use ozzie_core::DomainError;

use crate::{Engine, EngineError, EngineResult};

const PLAIN: &[&str] = &[
    "provider",
    "openai.base_url",
    "openai.model",
    "openai.timeout_seconds",
    "openai.vision",
    "ozzie.base_url",
    "ozzie.client_id",
    "whatsapp.api_url",
    "sync",
    "notify.money_move",
    "notify.payday",
    "notify.over_target",
    "notify.goal_milestone",
];
const SECRET: &[&str] = &["openai.api_key", "ozzie.client_secret", "whatsapp.verify_token", "whatsapp.app_secret", "whatsapp.access_token"];
const DEFAULT_WHATSAPP_API_URL: &str = "https://graph.facebook.com/v21.0";
const DEFAULT_TIMEOUT_SECONDS: u64 = 30;

/// One setting as shown to people: secrets only say whether they are set.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct Setting {
    pub key: &'static str,
    pub value: Option<String>,
    pub secret: bool,
}

/// A secret value: shown to nothing but the code that uses it, never in `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(‹redacted›)")
    }
}

/// How `ozzie serve` reaches WhatsApp (Meta's Cloud API).
#[derive(Debug, Clone)]
pub struct WhatsAppSettings {
    /// The Cloud API's base URL with its version, e.g. https://graph.facebook.com/v21.0.
    pub api_url: String,
    pub verify_token: Secret,
    pub app_secret: Secret,
    pub access_token: Secret,
}

fn unknown_key(key: &str) -> EngineError {
    DomainError::validation("key", format!("'{key}' is not a setting; use one of: {}", PLAIN.iter().chain(SECRET).copied().collect::<Vec<_>>().join(", "))).into()
}

fn check(key: &str, value: &str) -> EngineResult<()> {
    let bad = |why: &str| -> EngineResult<()> { Err(DomainError::validation(key, why.to_string()).into()) };
    match key {
        "provider" if !matches!(value, "offline" | "openai" | "ozzie") => bad("must be offline, openai or ozzie"),
        "openai.base_url" | "ozzie.base_url" | "whatsapp.api_url" if !(value.starts_with("http://") || value.starts_with("https://")) => {
            bad("must be an http:// or https:// URL, e.g. http://127.0.0.1:11434/v1")
        }
        "openai.timeout_seconds" if !value.parse::<u64>().is_ok_and(|s| (1..=600).contains(&s)) => bad("must be a whole number of seconds from 1 to 600"),
        "openai.vision" if !matches!(value, "true" | "false") => bad("must be true or false"),
        _ if (key == "sync" || key.starts_with("notify.")) && !matches!(value, "on" | "off") => bad("must be on or off"),
        _ if value.trim().is_empty() => bad("must not be empty"),
        _ => Ok(()),
    }
}

impl Engine {
    fn secret_account(&self, key: &str) -> String {
        format!("{key}:{}", self.db_path().display())
    }

    /// A secret setting's value, when it is set.
    pub(crate) fn secret(&self, key: &str) -> Option<String> {
        self.secrets.get(&self.secret_account(key)).ok().flatten()
    }

    /// Sets one setting (secrets go to the keyring).
    pub fn config_set(&mut self, key: &str, value: &str) -> EngineResult<()> {
        let value = value.trim();
        if SECRET.contains(&key) {
            check(key, value)?;
            return self
                .secrets
                .set(&self.secret_account(key), value)
                .map_err(|e| EngineError::Environment(format!("the secret could not be saved in the OS keyring: {e}")));
        }
        if !PLAIN.contains(&key) {
            return Err(unknown_key(key));
        }
        check(key, value)?;
        Ok(self.store.set_setting(key, value)?)
    }

    /// Every setting, secrets shown only as set or not.
    pub fn config(&mut self) -> EngineResult<Vec<Setting>> {
        let mut out = Vec::new();
        for key in PLAIN {
            out.push(Setting { key, value: self.store.setting(key)?, secret: false });
        }
        for key in SECRET {
            let set = self.secrets.get(&self.secret_account(key)).ok().flatten().is_some();
            out.push(Setting { key, value: set.then(|| "(set)".to_string()), secret: true });
        }
        Ok(out)
    }

    /// The configured provider: offline, openai or ozzie.
    pub fn provider(&self) -> EngineResult<String> {
        Ok(self.store.setting("provider")?.unwrap_or_else(|| "offline".into()))
    }

    /// The OpenAI-compatible client when the provider is `openai` and it is configured.
    pub fn llm(&self) -> EngineResult<Option<OpenAiClient>> {
        if self.provider()? != "openai" {
            return Ok(None);
        }
        let (Some(base_url), Some(model)) = (self.store.setting("openai.base_url")?, self.store.setting("openai.model")?) else {
            return Err(DomainError::validation("provider", "openai needs openai.base_url and openai.model: `ozzie config set openai.base_url …`").into());
        };
        let timeout = self.store.setting("openai.timeout_seconds")?.and_then(|s| s.parse().ok()).unwrap_or(DEFAULT_TIMEOUT_SECONDS);
        let api_key = self.secrets.get(&self.secret_account("openai.api_key")).ok().flatten().and_then(ApiKey::new);
        let client = OpenAiClient::new(LlmConfig { base_url, model, api_key, timeout: Duration::from_secs(timeout) })
            .map_err(|e| EngineError::Environment(e.to_string()))?;
        Ok(Some(client))
    }

    /// Whether receipt photos go to the (vision-capable) model as well as to OCR.
    pub fn vision(&self) -> EngineResult<bool> {
        Ok(self.store.setting("openai.vision")?.as_deref() == Some("true"))
    }

    /// The WhatsApp webhook's settings, when the three secrets are set; `env` (the process
    /// environment in `ozzie serve`) overrides each value.
    pub fn whatsapp_settings(&self, env: &dyn Fn(&str) -> Option<String>) -> EngineResult<Option<WhatsAppSettings>> {
        let value = |key: &str, var: &str| -> EngineResult<Option<String>> {
            if let Some(v) = env(var).filter(|v| !v.trim().is_empty()) {
                return Ok(Some(v.trim().to_string()));
            }
            if SECRET.contains(&key) {
                return Ok(self.secrets.get(&self.secret_account(key)).ok().flatten());
            }
            Ok(self.store.setting(key)?)
        };
        let api_url = value("whatsapp.api_url", "OZZIE_WHATSAPP_API_URL")?.unwrap_or_else(|| DEFAULT_WHATSAPP_API_URL.into());
        check("whatsapp.api_url", &api_url)?;
        let verify_token = value("whatsapp.verify_token", "OZZIE_WHATSAPP_VERIFY_TOKEN")?;
        let app_secret = value("whatsapp.app_secret", "OZZIE_WHATSAPP_APP_SECRET")?;
        let access_token = value("whatsapp.access_token", "OZZIE_WHATSAPP_ACCESS_TOKEN")?;
        Ok(match (verify_token, app_secret, access_token) {
            (Some(v), Some(a), Some(t)) => Some(WhatsAppSettings {
                api_url: api_url.trim_end_matches('/').to_string(),
                verify_token: Secret(v),
                app_secret: Secret(a),
                access_token: Secret(t),
            }),
            _ => None,
        })
    }

    /// The remote Ozzie client when the provider is `ozzie` and it is configured.
    pub fn ozzie(&self) -> EngineResult<Option<OzzieClient>> {
        if self.provider()? != "ozzie" {
            return Ok(None);
        }
        let missing = || -> EngineError {
            DomainError::validation("provider", "ozzie needs ozzie.base_url, ozzie.client_id and ozzie.client_secret: `ozzie config set ozzie.base_url …`").into()
        };
        let base_url = self.store.setting("ozzie.base_url")?.ok_or_else(missing)?;
        let client_id = self.store.setting("ozzie.client_id")?.ok_or_else(missing)?;
        let client_secret = self.secret("ozzie.client_secret").and_then(ClientSecret::new).ok_or_else(missing)?;
        let client = OzzieClient::new(OzzieConfig { base_url, client_id, client_secret, timeout: Duration::from_secs(DEFAULT_TIMEOUT_SECONDS) })
            .map_err(|e| EngineError::Environment(e.to_string()))?;
        Ok(Some(client))
    }

    /// The user's id on the remote Ozzie endpoint, registering the user there on first use.
    pub(crate) fn remote_user(&mut self, client: &OzzieClient, user: &User) -> EngineResult<String> {
        let key = format!("ozzie.remote_user:{}", user.id);
        if let Some(id) = self.store.setting(&key)? {
            return Ok(id);
        }
        let id = client.ensure_user(&user.id, user.language, user.name.as_deref()).map_err(|e| EngineError::Environment(e.to_string()))?;
        self.store.set_setting(&key, &id)?;
        Ok(id)
    }
}
