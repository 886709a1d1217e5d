//! What an answer means for the queue, and how long to wait before trying again.

use std::time::Duration;

use crate::remote::Reply;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The remote has the change.
    Accepted,
    /// Try again: after `after` when the remote said so (`Retry-After`), else after the backoff.
    Retry { after: Option<Duration>, reason: String },
    /// A retry cannot fix it: park the change and show `reason`.
    Refused { reason: String },
}

/// The verdict on a reply by its status alone: 2xx accepted; 408, 425, 429 and 5xx retried;
/// other 4xx refused. (A change may accept more, e.g. a 404 for a delete: [`crate::changes`].)
pub fn verdict(reply: &Reply) -> Verdict {
    match reply.status {
        200..=299 => Verdict::Accepted,
        408 | 425 | 429 | 500..=599 => Verdict::Retry { after: reply.retry_after, reason: reply.error_text() },
        _ => Verdict::Refused { reason: reply.error_text() },
    }
}

/// Exponential backoff with jitter: the n-th retry waits between half and all of
/// `min(max, base × 2ⁿ)`, so many devices that failed together do not return together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    pub base: Duration,
    pub max: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff { base: Duration::from_secs(2), max: Duration::from_secs(15 * 60) }
    }
}

impl Backoff {
    /// The wait after `attempts` failed tries, with `random` (any u64) choosing the jitter.
    pub fn delay(&self, attempts: u32, random: u64) -> Duration {
        let ceiling = self.base.saturating_mul(1u32.checked_shl(attempts.min(31)).unwrap_or(u32::MAX)).min(self.max);
        let half = ceiling / 2;
        let spread = u64::try_from(half.as_millis()).unwrap_or(u64::MAX);
        half + Duration::from_millis(if spread == 0 { 0 } else { random % (spread + 1) })
    }

    /// [`Backoff::delay`] with fresh randomness.
    pub fn next_delay(&self, attempts: u32) -> Duration {
        let mut bytes = [0u8; 8];
        let random = getrandom::fill(&mut bytes).map(|()| u64::from_le_bytes(bytes)).unwrap_or(0);
        self.delay(attempts, random)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn reply(status: u16, retry_after: Option<u64>) -> Reply {
        Reply { status, body: json!({"error": {"code": "X", "message": "m"}}), retry_after: retry_after.map(Duration::from_secs) }
    }

    #[test]
    fn what_each_status_means() {
        assert_eq!(verdict(&reply(201, None)), Verdict::Accepted);
        assert_eq!(verdict(&reply(429, Some(7))), Verdict::Retry { after: Some(Duration::from_secs(7)), reason: "429 X: m".into() });
        assert!(matches!(verdict(&reply(503, None)), Verdict::Retry { after: None, .. }));
        assert!(matches!(verdict(&reply(400, None)), Verdict::Refused { .. }));
        assert!(matches!(verdict(&reply(404, None)), Verdict::Refused { .. }));
    }

    #[test]
    fn the_wait_doubles_up_to_the_cap_and_is_jittered() {
        let b = Backoff { base: Duration::from_secs(1), max: Duration::from_secs(60) };
        for attempts in 0..40 {
            let ceiling = Duration::from_secs(1u64 << attempts.min(6)).min(Duration::from_secs(60));
            for random in [0, 1, 12345, u64::MAX] {
                let d = b.delay(attempts, random);
                assert!(d >= ceiling / 2 && d <= ceiling, "attempt {attempts}: {d:?} outside [{:?}, {ceiling:?}]", ceiling / 2);
            }
        }
        assert_ne!(b.delay(3, 1), b.delay(3, 999), "jitter spreads the waits");
    }
}
