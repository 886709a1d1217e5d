//! Chat history and the coach's personality. Chat stays on the device: it is not queued for
//! sync (a remote Ozzie endpoint keeps its own conversation when it is the coach).

use ozzie_core::chat::{ChatMessage, Emotion, Personality, Role};
use rusqlite::{params, OptionalExtension};

use crate::error::StoreResult;
use crate::{bad_value, new_id, now, parse_time, time_text, Store};

fn emotion_text(e: Emotion) -> &'static str {
    match e {
        Emotion::Encouraging => "encouraging",
        Emotion::Celebratory => "celebratory",
        Emotion::Concerned => "concerned",
        Emotion::Neutral => "neutral",
    }
}

fn emotion_of(raw: &str) -> Option<Emotion> {
    Some(match raw {
        "encouraging" => Emotion::Encouraging,
        "celebratory" => Emotion::Celebratory,
        "concerned" => Emotion::Concerned,
        "neutral" => Emotion::Neutral,
        _ => return None,
    })
}

impl Store {
    /// The coach's tone for this user (None before a plan is generated).
    pub fn personality(&self, user_id: &str) -> StoreResult<Option<Personality>> {
        let raw: Option<Option<String>> = self.conn.query_row("SELECT personality FROM users WHERE id = ?1", [user_id], |r| r.get(0)).optional()?;
        raw.flatten().map(|p| Personality::parse("personality", &p).map_err(Into::into)).transpose()
    }

    pub fn set_personality(&mut self, user_id: &str, personality: Personality) -> StoreResult<()> {
        self.conn.execute("UPDATE users SET personality = ?2 WHERE id = ?1", params![user_id, personality.as_str()])?;
        Ok(())
    }

    /// Stores a question and the coach's reply together (both or neither).
    pub fn insert_exchange(&mut self, user_id: &str, question: &str, reply: &str, emotion: Emotion) -> StoreResult<(ChatMessage, ChatMessage)> {
        let tx = self.conn.transaction()?;
        let asked_at = now();
        let asked = ChatMessage { id: new_id("chat"), user_id: user_id.into(), role: Role::User, message: question.into(), emotion: None, created_at: asked_at };
        let answered = ChatMessage {
            id: new_id("chat"),
            user_id: user_id.into(),
            role: Role::Assistant,
            message: reply.into(),
            emotion: Some(emotion),
            created_at: now(),
        };
        for m in [&asked, &answered] {
            tx.execute(
                "INSERT INTO chat_messages (id, user_id, role, message, emotion, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    m.id,
                    m.user_id,
                    if m.role == Role::User { "user" } else { "assistant" },
                    m.message,
                    m.emotion.map(emotion_text),
                    time_text(&m.created_at)
                ],
            )?;
        }
        tx.commit()?;
        Ok((asked, answered))
    }

    /// The latest `limit` messages, oldest first.
    pub fn chat_history(&self, user_id: &str, limit: u32) -> StoreResult<Vec<ChatMessage>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, role, message, emotion, created_at FROM
               (SELECT id, role, message, emotion, created_at FROM chat_messages WHERE user_id = ?1 ORDER BY created_at DESC, id DESC LIMIT ?2)
             ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map(params![user_id, limit], |r| {
            let role: String = r.get(1)?;
            let emotion: Option<String> = r.get(3)?;
            Ok(ChatMessage {
                id: r.get(0)?,
                user_id: user_id.to_string(),
                role: match role.as_str() {
                    "user" => Role::User,
                    "assistant" => Role::Assistant,
                    other => return Err(bad_value(format!("role {other}"))),
                },
                message: r.get(2)?,
                emotion: emotion.as_deref().and_then(emotion_of),
                created_at: parse_time(&r.get::<_, String>(4)?)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
