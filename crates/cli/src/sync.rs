//! `ozzie sync`: one run, `--watch` to keep going, `status`, `retry`. The remote comes from
//! OZZIE_REMOTE_URL / OZZIE_REMOTE_CLIENT_ID / OZZIE_REMOTE_CLIENT_SECRET or the settings.

use std::cell::RefCell;
use std::time::Duration;

use ozzie_engine::sync::{sync_once, Backoff, SyncReport, SyncStatus};
use ozzie_engine::{Engine, EngineError};

use crate::args::{SyncArgs, SyncCmd};
use crate::Output;

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

pub(crate) fn run(mut engine: Engine, args: SyncArgs, out: &Output) -> Result<(), EngineError> {
    let remote = engine.sync_remote(&env)?;
    match args.command {
        Some(SyncCmd::Status) => return out.print("sync_status", &engine.sync_status(remote.as_ref())?, status_text),
        Some(SyncCmd::Retry) => {
            let n = engine.retry_parked()?;
            return out.print("sync_retry", &serde_json::json!({ "requeued": n }), |_| format!("{n} refused change(s) back in the queue; they go with the next sync."));
        }
        None => {}
    }
    let remote = remote.ok_or_else(|| {
        ozzie_engine::domain::DomainError::validation("sync", "sync is off: `ozzie config set sync on` with ozzie.base_url, ozzie.client_id and ozzie.client_secret set (or set OZZIE_REMOTE_URL, OZZIE_REMOTE_CLIENT_ID and OZZIE_REMOTE_CLIENT_SECRET)")
    })?;
    let engine = RefCell::new(engine);
    let backoff = Backoff::default();
    loop {
        let report = sync_once(&engine, &remote, backoff)?;
        out.print("sync_report", &report, report_text)?;
        if !args.watch {
            return Ok(());
        }
        let pause = if report.offline.is_some() { backoff.next_delay(2).min(Duration::from_secs(args.interval)) } else { Duration::from_secs(args.interval) };
        std::thread::sleep(pause);
    }
}

fn report_text(r: &SyncReport) -> String {
    let mut text = format!("sent {}, waiting {}, refused {}, pulled {}, refreshed {}", r.sent, r.waiting, r.parked, r.pulled, r.refreshed);
    if let Some(why) = &r.offline {
        text.push_str(&format!("\noffline: {why}; the changes wait and go when the remote answers"));
    }
    text
}

fn status_text(s: &SyncStatus) -> String {
    let mut lines = vec![match &s.remote_url {
        Some(url) => format!("sync: on, with {url}"),
        None => "sync: off (`ozzie config set sync on` with the Ozzie endpoint set)".to_string(),
    }];
    lines.push(format!("waiting: {} change(s)", s.pending));
    lines.push(format!("last sync: {}", s.last_success_at.as_deref().unwrap_or("never")));
    if let Some(e) = &s.last_error {
        lines.push(format!("last error: {e}"));
    }
    for p in &s.parked {
        lines.push(format!("refused: {} {} {}: {} (after {} attempt(s))", p.op, p.entity, p.entity_id, p.error, p.attempts));
    }
    for c in &s.cached {
        lines.push(format!("remote {} of {}: {}{}", c.kind, c.user_id, c.fetched_at.as_deref().unwrap_or("never fetched"), if c.stale { " (stale)" } else { "" }));
    }
    lines.join("\n")
}
