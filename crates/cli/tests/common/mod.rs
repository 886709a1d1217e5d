//! Helpers shared by the `ozzie` binary's fault tests (sync under faults, imports killed midway).

#![allow(dead_code)] // each test binary uses its own part

use std::path::Path;
use std::process::Command;

/// The `ozzie` binary on the database in `dir`, opened with `key`, with "today" fixed.
pub fn ozzie(dir: &Path, key: &str, today: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ozzie"));
    cmd.arg("--data-dir").arg(dir).env("OZZIE_DB_KEY", key).env("OZZIE_TODAY", today).env_remove("OZZIE_DATA_DIR");
    cmd
}

/// A small deterministic generator (xorshift64*), seeded per test and printed, so a failing run
/// can be replayed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// The seed from `replay_var` when set, else from the clock; printed either way.
pub fn seed(replay_var: &str) -> u64 {
    let seed = std::env::var(replay_var).ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(7, |d| d.as_nanos() as u64) | 1
    });
    println!("seed {seed} ({replay_var}={seed} replays it)");
    seed
}
