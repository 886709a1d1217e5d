//! Crash safety of imports: `ozzie tx import` of a large bank export is SIGKILLed at random
//! moments (while it reads, stores, builds the date index or commits). Each time the database
//! must open, pass SQLite's integrity and foreign-key checks, hold either none of the file or all
//! of it, and running the import again must end with each row stored once.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

mod common;
use common::{seed, Rng};

const KEY: &str = "crash-test-key";
const ROWS: usize = 40_000;
const KILLS: usize = 24;

fn ozzie(dir: &Path) -> Command {
    common::ozzie(dir, KEY, "2026-11-20")
}

fn json(dir: &Path, args: &[&str]) -> Value {
    let out = ozzie(dir).arg("--json").args(args).output().expect("ozzie runs");
    assert!(out.status.success(), "ozzie {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice::<Value>(&out.stdout).expect("JSON")["data"].clone()
}

/// A checking account's export, newest first: distinct rows over two years.
fn bank_export(path: &Path, rng: &mut Rng) {
    const MERCHANTS: [&str; 8] = ["WHOLEFDS MKT", "UBER *TRIP", "SHELL OIL", "COMCAST", "CVS PHARMACY", "NETFLIX.COM", "ZARA", "AMAZON MKTPLACE"];
    let start = chrono::NaiveDate::from_ymd_opt(2024, 11, 1).expect("date");
    let mut text = String::from("Date,Description,Amount\n");
    for i in 0..ROWS {
        let day = start - chrono::Days::new((i * 730 / ROWS) as u64);
        let cents = 100 + rng.below(20_000);
        text.push_str(&format!("{day},{} #{i:06},-{}.{:02}\n", rng.pick(&MERCHANTS), cents / 100, cents % 100));
    }
    std::fs::write(path, text).expect("write the export");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
    }
}

/// `ozzie check`: the file must be sound; returns (transactions, imports).
fn check(dir: &Path) -> (u64, u64) {
    let data = json(dir, &["check"]);
    assert_eq!(data["sound"], true, "the database is damaged: {data}");
    (data["transactions"].as_u64().expect("count"), data["imports"].as_u64().expect("count"))
}

#[test]
fn an_import_killed_at_random_moments_is_all_or_nothing() {
    let mut rng = Rng(seed("OZZIE_CRASH_SEED"));
    let work = tempfile::tempdir().expect("tempdir");
    let csv = work.path().join("statement.csv");
    bank_export(&csv, &mut rng);
    let csv = csv.to_str().expect("utf-8 path");
    let template = work.path().join("template");
    json(&template, &["user", "create", "--name", "Ana"]);

    // One import run to the end: how many rows it stores, and how long it takes.
    let whole = work.path().join("whole");
    copy_dir(&template, &whole);
    let started = Instant::now();
    json(&whole, &["tx", "import", csv]);
    let full_run = started.elapsed();
    let (all, _) = check(&whole);
    assert_eq!(all, ROWS as u64, "every row of the export is stored once");

    let (mut nothing, mut everything) = (0, 0);
    for round in 0..KILLS {
        let dir = work.path().join(format!("round{round}"));
        copy_dir(&template, &dir);
        let mut child = ozzie(&dir).args(["tx", "import", csv]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("import starts");
        // Anywhere from the start to just after the usual end (some runs finish first).
        let at = Duration::from_micros(rng.below(full_run.as_micros() as u64 * 21 / 20));
        std::thread::sleep(at);
        child.kill().expect("SIGKILL");
        let _ = child.wait();

        let (stored, imports) = check(&dir);
        match stored {
            0 => {
                assert_eq!(imports, 0, "round {round}: an import record without its rows");
                nothing += 1;
            }
            n if n == all => {
                assert_eq!(imports, 1, "round {round}");
                everything += 1;
            }
            n => panic!("round {round}: killed after {at:?}, {n} of {all} rows were stored: not all-or-nothing"),
        }
        let again = json(&dir, &["tx", "import", csv]);
        let (after, _) = check(&dir);
        assert_eq!(after, all, "round {round}: running the import again stores each row once ({again})");
        println!("round {round}: killed after {:>4} ms: {stored} rows stored; the second run stored {}", at.as_millis(), all - stored);
        std::fs::remove_dir_all(&dir).expect("clean up");
    }
    println!("{KILLS} kills of a {ROWS}-row import ({} ms when not killed): {nothing} left nothing, {everything} had finished", full_run.as_millis());
    assert!(nothing > 0, "no kill landed before the import committed: the test did not test anything");
}
