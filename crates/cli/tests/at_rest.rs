//! Encryption at rest after a realistic session: a person onboards, plans, adds a goal, types and
//! imports transactions, talks to the coach, and an app works through `ozzie serve` at the same
//! time. While the server still runs (its write-ahead log full of fresh pages), after it is
//! killed without a checkpoint, and after a clean close, no file the session left — the database,
//! its WAL, shared-memory and journal files, the sync lock, anything in the data directory or in
//! the temporary directory it was given — holds any of the text the person typed or imported, nor
//! the database key in any form; and no output or log line (at trace level) shows the key.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

mod common;

const KEY: &str = "at-rest-passphrase-7c1e9b";

/// Words of the session that must never be readable on disk.
const PRIVATE: &[&str] = &[
    "Beatriz Quintanilha",
    "bq-ext-5523",
    "Lisbon sabbatical",
    "Padaria Estrela Dourada",
    "Livraria Bertrand Chiado",
    "Clinica Veterinaria Bolinhas",
    "Farmacia Sao Bento",
    "Can I afford the sabbatical in March",
    "Teodoro Vasconcelos",
    "Oficina Mecanica Irmaos Lobo",
];

struct Session {
    data: tempfile::TempDir,
    tmp: tempfile::TempDir,
    logs: Arc<Mutex<Vec<u8>>>,
}

impl Session {
    fn command(&self) -> Command {
        let mut cmd = common::ozzie(self.data.path(), KEY, "2026-03-10");
        cmd.env("RUST_LOG", "trace").env("TMPDIR", self.tmp.path());
        cmd
    }

    fn run(&self, args: &[&str]) -> Value {
        let out = self.command().arg("--json").args(args).output().expect("ozzie runs");
        let mut logs = self.logs.lock().expect("logs");
        logs.extend(&out.stdout);
        logs.extend(&out.stderr);
        assert!(out.status.success(), "ozzie {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).expect("JSON")
    }

    /// Every file under the data and temporary directories, with its bytes.
    fn files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
            for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if let Ok(bytes) = std::fs::read(&path) {
                    out.push((path, bytes));
                }
            }
        }
        let mut out = Vec::new();
        walk(self.data.path(), &mut out);
        walk(self.tmp.path(), &mut out);
        out
    }

    /// Asserts that no file holds a private word or the key; returns the names and sizes seen.
    fn assert_nothing_readable(&self, moment: &str) -> Vec<String> {
        let files = self.files();
        for (path, bytes) in &files {
            for needle in PRIVATE.iter().map(|w| w.as_bytes().to_vec()).chain(key_forms()) {
                assert!(!contains(bytes, &needle), "{moment}: {} holds {:?}", path.display(), String::from_utf8_lossy(&needle));
            }
            if path.extension().is_none() && path.file_name().is_some_and(|n| n == "ozzie.db") {
                assert!(!bytes.starts_with(b"SQLite format 3"), "{moment}: the database has a plain SQLite header");
            }
        }
        files.iter().map(|(p, b)| format!("{} ({} bytes)", p.file_name().map(|n| n.to_string_lossy()).unwrap_or_default(), b.len())).collect()
    }
}

/// The key as it could leak: the passphrase, and the derived 256-bit key raw and in hex.
fn key_forms() -> Vec<Vec<u8>> {
    let mut hasher = Sha256::new();
    hasher.update(b"ozzie-local/db-key/v1\0");
    hasher.update(KEY.as_bytes());
    let raw = hasher.finalize().to_vec();
    vec![KEY.as_bytes().to_vec(), hex::encode(&raw).into_bytes(), hex::encode_upper(&raw).into_bytes(), raw]
}

/// `ozzie serve`, killed when the test ends however it ends.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_realistic_session_leaves_no_readable_text_and_no_key() {
    let session = Session { data: tempfile::tempdir().expect("tempdir"), tmp: tempfile::tempdir().expect("tempdir"), logs: Arc::default() };

    // The person, at the terminal.
    session.run(&["user", "create", "--name", "Beatriz Quintanilha", "--external-user-id", "bq-ext-5523", "--language", "pt", "--currency", "BRL"]);
    session.run(&["intake", "set", "--monthly-income", "9000", "--monthly-expenses", "6200", "--financial-goal", "savings", "--next-pay-date", "2026-03-20"]);
    session.run(&["goal", "add", "--name", "Lisbon sabbatical", "--target-amount", "30000", "--target-date", "2027-03-01"]);
    session.run(&["plan", "generate"]);
    session.run(&["tx", "add", "gastei R$ 42 na Padaria Estrela Dourada e R$ 18,50 na Farmacia Sao Bento"]);
    let csv = session.tmp.path().join("extrato.csv");
    std::fs::write(
        &csv,
        "Data,Descrição,Valor\n05/03/2026,Livraria Bertrand Chiado,-89,90\n04/03/2026,Clinica Veterinaria Bolinhas,-240,00\n01/03/2026,Pix recebido Teodoro Vasconcelos,1.500,00\n",
    )
    .expect("write csv");
    session.run(&["tx", "import", csv.to_str().expect("path")]);
    std::fs::remove_file(&csv).expect("the person deletes the export");
    session.run(&["tx", "list"]);
    session.run(&["chat", "Can I afford the sabbatical in March?"]);
    session.run(&["moves", "generate"]);
    session.run(&["report"]);

    // An app, through the API, while the server keeps the database open.
    let client = session.run(&["api-client", "create", "app"]);
    let token = {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", client["data"]["client_id"].as_str().expect("id"), client["data"]["client_secret"].as_str().expect("secret")))
    };
    let mut server = Server(session.command().args(["serve", "--addr", "127.0.0.1:0"]).stderr(Stdio::piped()).spawn().expect("serve starts"));
    let mut lines = BufReader::new(server.0.stderr.take().expect("stderr")).lines();
    let port: u16 = loop {
        let line = lines.next().expect("serve says where it listens").expect("line");
        session.logs.lock().expect("logs").extend(line.as_bytes());
        if let Some(rest) = line.split("listening on http://127.0.0.1:").nth(1) {
            break rest.trim_end_matches("/v1").parse().expect("port");
        }
    };
    let logs = session.logs.clone();
    let reader = std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            logs.lock().expect("logs").extend(line.as_bytes());
        }
    });
    let http = reqwest::blocking::Client::new();
    let call = |method: reqwest::Method, path: &str, body: Value| -> Value {
        let answer = http.request(method, format!("http://127.0.0.1:{port}/v1{path}")).bearer_auth(&token).json(&body).send().expect("the server answers");
        let status = answer.status();
        let text = answer.text().expect("body");
        assert!(status.is_success(), "{path}: {status} {text}");
        session.logs.lock().expect("logs").extend(text.as_bytes());
        serde_json::from_str(&text).expect("JSON")
    };
    call(reqwest::Method::POST, "/users", json!({"external_user_id": "app-user-1", "name": "Teodoro Vasconcelos", "language": "pt"}));
    call(reqwest::Method::POST, "/users/external:app-user-1/financial-intake", json!({"monthly_income": 7000, "monthly_expenses": 5000, "financial_goal": "savings"}));
    for day in 1..=9 {
        call(
            reqwest::Method::POST,
            "/users/external:app-user-1/transactions",
            json!({"type": "text", "content": format!("R$ {day}50 na Oficina Mecanica Irmaos Lobo dia {day}")}),
        );
    }
    let wal = session.data.path().join("ozzie.db-wal");
    let wal_size = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    assert!(wal_size > 0, "the server's write-ahead log holds pages while it runs");
    println!("while serving: {:?}", session.assert_nothing_readable("while the server runs"));

    // Killed without a chance to checkpoint: the WAL stays as it was.
    server.0.kill().expect("SIGKILL");
    let _ = server.0.wait();
    let _ = reader.join();
    println!("after SIGKILL: {:?}", session.assert_nothing_readable("after the server was killed"));

    // The next start recovers the WAL; a clean close checkpoints it.
    session.run(&["check"]);
    let listed = session.run(&["tx", "list"]);
    assert!(listed.to_string().contains("Livraria Bertrand Chiado"), "the data is all there when opened with the key");
    println!("after a clean close: {:?}", session.assert_nothing_readable("after a clean close"));

    let logs = session.logs.lock().expect("logs").clone();
    assert!(logs.len() > 1_000, "the session's output and trace logs were captured");
    for form in key_forms() {
        assert!(!contains(&logs, &form), "the key appears in the output or logs");
    }
}
