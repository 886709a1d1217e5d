//! Sync with a remote Ozzie endpoint (the hosted API, or another `ozzie serve`), split as the
//! design asks: what each queued change becomes on the remote and what its answer means is pure
//! ([`changes`], [`retry`]); sending is [`remote`]. The engine owns the loop: it reads the outbox,
//! asks this crate what to send, sends it without holding the database, and records the verdict.
//!
//! Rules every part keeps:
//! - A user is addressed as `external:{external_user_id}` (the seed's Flow B), so the remote finds
//!   the same person whatever its own ids are.
//! - Every request that changes something carries the outbox entry's idempotency key: a retry
//!   after a lost response is answered from the remote's memory, never stored twice.
//! - A failure that may pass (no connection, a timeout, 5xx, 429, 408) is retried later, with
//!   exponential backoff and jitter, or after `Retry-After`; one a retry cannot fix (another 4xx)
//!   is refused, and the engine parks the entry with the remote's message.

pub mod changes;
pub mod remote;
pub mod retry;

pub use changes::{Change, Plan};
pub use remote::{Method, Remote, Reply, Request, Unreachable};
pub use retry::{Backoff, Verdict};
