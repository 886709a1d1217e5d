//! Sync under faults: a device (the engine in this process, or `ozzie sync` processes) and a
//! remote `ozzie serve`, both on real encrypted databases, with a fault-injecting proxy on
//! 127.0.0.1 between them that drops connections, delays, answers 500 and 429 with Retry-After,
//! and loses answers after the remote committed. When the faults stop and the queue drains, the
//! two databases must hold the same users, intakes, goals and transactions: none lost, none
//! duplicated.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ozzie_core::goal::GoalInput;
use ozzie_core::intake::IntakeInput;
use ozzie_core::transaction::{ManualTransactionInput, TransactionPatchInput, TransactionQueryInput};
use ozzie_core::user::{NewUserInput, UserPatchInput};
use ozzie_engine::ingestion::{Channel, SubmitTransactionsInput};
use ozzie_engine::sync::{sync_once, Backoff, Remote};
use ozzie_engine::{Clock, Engine, OpenOptions, SecretStore, UserRef};
use serde_json::Value;

mod common;
use common::{seed, Rng};

const KEY: &str = "sync-test-key";
const TODAY: &str = "2026-11-20";

struct NoKeyring;

impl SecretStore for NoKeyring {
    fn get(&self, _: &str) -> Result<Option<String>, String> {
        Ok(None)
    }
    fn set(&self, _: &str, _: &str) -> Result<(), String> {
        Err("no keyring in this test".into())
    }
}

fn open_engine(dir: &Path) -> Engine {
    Engine::open(OpenOptions {
        data_dir: dir,
        key_env: Some(KEY),
        secrets: Arc::new(NoKeyring),
        clock: Clock::from_env_value(Some(TODAY)).expect("date"),
    })
    .expect("the engine opens")
}

fn ozzie(dir: &Path) -> Command {
    let mut cmd = common::ozzie(dir, KEY, TODAY);
    cmd.env("RUST_LOG", "warn");
    cmd
}

/// The remote: `ozzie serve` on its own database, with one API client for the device.
struct RemoteServer {
    dir: tempfile::TempDir,
    child: Child,
    port: u16,
    client_id: String,
    client_secret: String,
}

impl RemoteServer {
    fn start() -> RemoteServer {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = ozzie(dir.path()).args(["--json", "api-client", "create", "device", "--requests-per-minute", "1000000"]).output().expect("runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let created: Value = serde_json::from_slice(&out.stdout).expect("json");
        let mut child = ozzie(dir.path()).args(["serve", "--addr", "127.0.0.1:0"]).stderr(Stdio::piped()).spawn().expect("serve starts");
        let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
        let port = loop {
            let line = lines.next().expect("serve says where it listens").expect("line");
            if let Some(rest) = line.split("listening on http://127.0.0.1:").nth(1) {
                break rest.trim_end_matches("/v1").parse().expect("port");
            }
        };
        // Keep reading its log so it never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        RemoteServer {
            dir,
            child,
            port,
            client_id: created["data"]["client_id"].as_str().expect("id").to_string(),
            client_secret: created["data"]["client_secret"].as_str().expect("secret").to_string(),
        }
    }

    fn token(&self) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", self.client_id, self.client_secret))
    }

    /// Something made on the remote itself (as a WhatsApp message would), straight to the server.
    fn remote_sentence(&self, external_id: &str, text: &str) -> bool {
        let http = reqwest::blocking::Client::new();
        let url = format!("http://127.0.0.1:{}/v1/users/external:{external_id}/transactions", self.port);
        http.post(url).bearer_auth(self.token()).json(&serde_json::json!({"type": "text", "content": text})).send().is_ok_and(|r| r.status().as_u16() == 201)
    }

    /// Stops the server (SIGTERM drains it) and opens its database as the device's client.
    fn stop_and_open(&mut self) -> Engine {
        let _ = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        let _ = self.child.wait();
        let mut engine = open_engine(self.dir.path());
        engine.act_as(&self.client_id);
        engine
    }
}

impl Drop for RemoteServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What the proxy did to requests, for the report.
#[derive(Default)]
struct FaultCounts {
    passed: AtomicU64,
    dropped: AtomicU64,
    delayed: AtomicU64,
    server_errors: AtomicU64,
    too_many: AtomicU64,
    lost_answers: AtomicU64,
}

/// A TCP proxy that speaks just enough HTTP/1.1 to fail in the ways networks and servers do.
struct Proxy {
    port: u16,
    faults: Arc<AtomicBool>,
    /// While set, a POST whose path ends with this is refused with 400 VALIDATION_ERROR.
    refuse: Arc<Mutex<Option<&'static str>>>,
    counts: Arc<FaultCounts>,
}

impl Proxy {
    fn start(upstream: u16, seed: u64) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let faults = Arc::new(AtomicBool::new(true));
        let refuse: Arc<Mutex<Option<&'static str>>> = Arc::default();
        let counts = Arc::new(FaultCounts::default());
        let rng = Arc::new(Mutex::new(Rng(seed ^ 0x9E37_79B9_7F4A_7C15)));
        let (f, c, r) = (faults.clone(), counts.clone(), refuse.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let (f, c, rng, r) = (f.clone(), c.clone(), rng.clone(), r.clone());
                std::thread::spawn(move || {
                    let roll = rng.lock().map(|mut r| r.below(100)).unwrap_or(99);
                    let fault = if f.load(Ordering::SeqCst) { roll } else { 99 };
                    let refuse = r.lock().ok().and_then(|r| *r);
                    handle(conn, upstream, fault, refuse, &c);
                });
            }
        });
        Proxy { port, faults, refuse, counts }
    }

    fn report(&self) -> String {
        let c = &self.counts;
        let n = |a: &AtomicU64| a.load(Ordering::SeqCst);
        format!(
            "proxy: {} passed, {} connections dropped, {} delayed, {} answered 500, {} answered 429, {} answers lost after the remote committed",
            n(&c.passed), n(&c.dropped), n(&c.delayed), n(&c.server_errors), n(&c.too_many), n(&c.lost_answers)
        )
    }
}

/// Reads one request (head and Content-Length body).
fn read_request(conn: &mut TcpStream) -> Option<(String, Vec<u8>)> {
    let mut data = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end]).into_owned();
            let length = head.lines().find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap_or(0))).unwrap_or(0);
            let mut body = data[end + 4..].to_vec();
            while body.len() < length {
                let n = conn.read(&mut buf).ok().filter(|n| *n > 0)?;
                body.extend_from_slice(&buf[..n]);
            }
            return Some((head, body));
        }
        let n = conn.read(&mut buf).ok().filter(|n| *n > 0)?;
        data.extend_from_slice(&buf[..n]);
    }
}

fn canned(conn: &mut TcpStream, status: &str, extra: &str, code: &str) {
    let body = format!("{{\"error\":{{\"code\":\"{code}\",\"message\":\"injected by the test proxy\"}}}}");
    let _ = write!(conn, "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n{extra}connection: close\r\n\r\n{body}", body.len());
}

/// One request per connection: forwarded with `Connection: close`, or failed by `fault` (0–99).
fn handle(mut conn: TcpStream, upstream: u16, fault: u64, refuse: Option<&str>, counts: &FaultCounts) {
    let Some((head, body)) = read_request(&mut conn) else { return };
    let request_line = head.lines().next().unwrap_or("");
    if refuse.is_some_and(|s| request_line.starts_with("POST ") && request_line.split(' ').nth(1).is_some_and(|p| p.ends_with(s))) {
        return canned(&mut conn, "400 Bad Request", "", "VALIDATION_ERROR");
    }
    match fault {
        0..=5 => {
            counts.dropped.fetch_add(1, Ordering::SeqCst);
            let _ = conn.shutdown(Shutdown::Both);
            return;
        }
        6..=10 => {
            counts.server_errors.fetch_add(1, Ordering::SeqCst);
            return canned(&mut conn, "500 Internal Server Error", "", "INTERNAL_ERROR");
        }
        11..=14 => {
            counts.too_many.fetch_add(1, Ordering::SeqCst);
            return canned(&mut conn, "429 Too Many Requests", "retry-after: 1\r\n", "RATE_LIMIT_EXCEEDED");
        }
        15..=21 => {
            counts.delayed.fetch_add(1, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(150 + fault * 20));
        }
        _ => {}
    }
    let head: String = head.lines().filter(|l| !l.to_ascii_lowercase().starts_with("connection:")).map(|l| format!("{l}\r\n")).collect();
    let Ok(mut up) = TcpStream::connect(("127.0.0.1", upstream)) else { return };
    if up.write_all(format!("{head}connection: close\r\n\r\n").as_bytes()).and_then(|()| up.write_all(&body)).is_err() {
        return;
    }
    let mut answer = Vec::new();
    let _ = up.read_to_end(&mut answer);
    if (22..=28).contains(&fault) {
        // The remote did the work; the device never hears of it.
        counts.lost_answers.fetch_add(1, Ordering::SeqCst);
        let _ = conn.shutdown(Shutdown::Both);
        return;
    }
    counts.passed.fetch_add(1, Ordering::SeqCst);
    let _ = conn.write_all(&answer);
    let _ = conn.shutdown(Shutdown::Both);
}

fn remote_via(proxy_port: u16, server: &RemoteServer) -> Remote {
    Remote::new(ozzie_ai_config(format!("http://127.0.0.1:{proxy_port}/v1"), server)).expect("client")
}

fn ozzie_ai_config(base_url: String, server: &RemoteServer) -> ozzie_ai::ozzie::OzzieConfig {
    ozzie_ai::ozzie::OzzieConfig {
        base_url,
        client_id: server.client_id.clone(),
        client_secret: ozzie_ai::ozzie::ClientSecret::new(server.client_secret.clone()).expect("secret"),
        timeout: Duration::from_secs(10),
    }
}

const QUICK: Backoff = Backoff { base: Duration::from_millis(20), max: Duration::from_millis(400) };

const SENTENCES: &[(&str, &[&str])] = &[
    ("en", &["coffee $4 and lunch $12", "uber 18 dollars yesterday", "groceries $63.20 at Whole Foods", "got paid $2,400", "netflix 15.99"]),
    ("pt", &["café R$ 6 e almoço R$ 32", "uber 25 reais ontem", "mercado R$ 180,50", "recebi 3.500 de salário", "farmácia 42 reais"]),
    ("es", &["café 3 euros y comida 14 euros", "taxi 12 euros ayer", "supermercado 54,30 €", "me pagaron 1.800 euros", "cine 9 euros"]),
];

/// The device's users: external id, language, currency.
const USERS: &[(&str, &str, &str)] = &[("ana", "en", "USD"), ("bruno", "pt", "BRL"), ("carmen", "es", "EUR"), ("dev/ice 4", "en", "USD")];

/// One random change on the device; returns what it was.
fn random_change(engine: &mut Engine, rng: &mut Rng, step: usize) -> &'static str {
    let (ext, language, _) = *rng.pick(USERS);
    let who = UserRef::External(ext.to_string());
    let roll = rng.below(100);
    let result: Result<&'static str, ozzie_engine::EngineError> = (|| match roll {
        0..=24 => {
            let n = 1 + rng.below(3);
            let items = (0..n)
                .map(|i| ManualTransactionInput {
                    amount_cents: Some(100 + rng.below(20_000) as i64),
                    currency: None,
                    category: Some((*rng.pick(&["food", "transport", "housing", "entertainment", "income", "other"])).to_string()),
                    description: Some(format!("typed {step}.{i}")),
                    transaction_date: Some(format!("2026-{:02}-{:02}", 1 + rng.below(11), 1 + rng.below(28))),
                })
                .collect();
            engine.add_transactions(&who, items).map(|_| "typed transactions")
        }
        25..=39 => {
            let sentences = SENTENCES.iter().find(|(l, _)| *l == language).map(|(_, s)| *s).unwrap_or(&[]);
            let input = SubmitTransactionsInput { kind: Some("text".into()), content: Some((*rng.pick(sentences)).to_string()), ..Default::default() };
            engine.submit_transactions(&who, input, Channel::App).map(|_| "a sentence")
        }
        40..=54 | 55..=64 => {
            let page = engine.list_transactions(&who, TransactionQueryInput { limit: Some("100".into()), ..Default::default() })?;
            if page.transactions.is_empty() {
                return Ok("nothing to change");
            }
            let id = page.transactions[rng.below(page.transactions.len() as u64) as usize].id.clone();
            if roll <= 54 {
                let patch = TransactionPatchInput {
                    amount_cents: Some(50 + rng.below(9_000) as i64),
                    category: Some((*rng.pick(&["food", "health", "utilities", "clothing"])).to_string()),
                    description: Some(format!("edited {step}")),
                    ..Default::default()
                };
                engine.update_transaction(&who, &id, patch).map(|_| "an edit")
            } else {
                engine.delete_transaction(&who, &id).map(|_| "a delete")
            }
        }
        65..=72 => {
            let income = 3_000 + rng.below(5_000) as i64;
            let input = IntakeInput {
                monthly_income: Some(income as f64),
                monthly_expenses: Some((income / 2 + rng.below(1_000) as i64) as f64),
                financial_goal: Some((*rng.pick(&["savings", "debt"])).to_string()),
                total_debt: Some(rng.below(20_000) as f64),
                monthly_debt_payment: Some(rng.below(300) as f64),
                next_pay_date: Some("2026-11-28".into()),
                ..Default::default()
            };
            engine.submit_intake(&who, input).map(|_| "an intake")
        }
        73..=79 => engine.generate_plan(&who).map(|_| "a plan").or(Ok("no plan without an intake")),
        80..=89 => {
            let kind = *rng.pick(&["savings", "debt"]);
            let (big, small) = ((500 + rng.below(20_000)) as f64, rng.below(400) as f64);
            let (target, starting) = if kind == "debt" { (small, big) } else { (big, small) };
            let input = GoalInput {
                name: Some(format!("goal {step}")),
                goal_type: Some(kind.to_string()),
                target_amount: Some(target),
                starting_amount: Some(starting),
                target_date: Some("2027-12-31".into()),
                ..Default::default()
            };
            engine.create_goal(&who, input).map(|_| "a goal")
        }
        _ => engine.update_user(&who, UserPatchInput { name: Some(format!("{ext} #{step}")), ..Default::default() }).map(|_| "a profile change"),
    })();
    result.expect("a valid change is accepted locally")
}

fn create_users(engine: &mut Engine) {
    for (ext, language, currency) in USERS {
        engine
            .create_user(NewUserInput {
                external_user_id: Some((*ext).to_string()),
                name: Some(format!("{ext} local")),
                language: Some((*language).to_string()),
                currency: Some((*currency).to_string()),
                ..Default::default()
            })
            .expect("user");
    }
}

/// What must match: per user (by external id), the profile, every intake, the goals and the
/// transactions (as their CSV export lines, sorted).
#[derive(Debug, PartialEq, Eq)]
struct Holdings {
    users: BTreeMap<String, Value>,
    intakes: BTreeMap<String, Vec<Value>>,
    goals: BTreeMap<String, Vec<String>>,
    transactions: BTreeMap<String, Vec<String>>,
}

impl Holdings {
    fn of(engine: &mut Engine) -> Holdings {
        let strip = |mut v: Value, keys: &[&str]| {
            if let Value::Object(m) = &mut v {
                for k in keys {
                    m.remove(*k);
                }
            }
            v
        };
        let mut h = Holdings { users: BTreeMap::new(), intakes: BTreeMap::new(), goals: BTreeMap::new(), transactions: BTreeMap::new() };
        for user in engine.users().expect("users") {
            let who = UserRef::External(user.external_user_id.clone());
            let view = serde_json::to_value(ozzie_core::wire::UserView::from(&user)).expect("json");
            h.users.insert(user.external_user_id.clone(), strip(view, &["id", "created_at", "updated_at", "onboarding_stage"]));
            let intakes = engine.intakes(&who).expect("intakes");
            h.intakes.insert(
                user.external_user_id.clone(),
                intakes.iter().map(|i| strip(serde_json::to_value(ozzie_core::wire::IntakeView::from(i)).expect("json"), &["id", "user_id", "created_at"])).collect(),
            );
            let mut goals: Vec<String> = engine.goals(&who).expect("goals").iter().map(|g| format!("{} {} {} {}", g.goal_type, g.name, g.target_amount, g.target_date.clone().unwrap_or_default())).collect();
            goals.sort();
            h.goals.insert(user.external_user_id.clone(), goals);
            let csv = engine.export(&who, ozzie_core::export::ExportFormat::Csv).expect("export").content;
            let mut lines: Vec<String> = csv.lines().skip(1).map(String::from).collect();
            lines.sort();
            h.transactions.insert(user.external_user_id.clone(), lines);
        }
        h
    }

    fn counts(&self) -> String {
        format!(
            "{} users, {} intakes, {} goals, {} transactions",
            self.users.len(),
            self.intakes.values().map(Vec::len).sum::<usize>(),
            self.goals.values().map(Vec::len).sum::<usize>(),
            self.transactions.values().map(Vec::len).sum::<usize>()
        )
    }
}

/// Runs sync until nothing is queued, the last run sent nothing and fetched nothing new.
fn drain(engine: &RefCell<Engine>, remote: &Remote) {
    let started = Instant::now();
    loop {
        assert!(started.elapsed() < Duration::from_secs(180), "the queue did not drain: {} left", engine.borrow().outbox_len().unwrap_or(0));
        let report = sync_once(engine, remote, QUICK).expect("sync runs");
        let left = engine.borrow().outbox_len().expect("len");
        if left == 0 && report.offline.is_none() && report.sent == 0 && report.pulled == 0 {
            return;
        }
        if report.sent == 0 && report.pulled == 0 {
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

fn assert_same(local: &mut Engine, mut server: RemoteServer) {
    let local_holdings = Holdings::of(local);
    let mut remote_engine = server.stop_and_open();
    let remote_holdings = Holdings::of(&mut remote_engine);
    println!("local:  {}", local_holdings.counts());
    println!("remote: {}", remote_holdings.counts());
    for (ext, lines) in &local_holdings.transactions {
        let theirs = remote_holdings.transactions.get(ext).cloned().unwrap_or_default();
        let missing: Vec<_> = lines.iter().filter(|l| !theirs.contains(l)).take(5).collect();
        let extra: Vec<_> = theirs.iter().filter(|l| !lines.contains(l)).take(5).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{ext}: only here {missing:?}, only there {extra:?}");
    }
    assert_eq!(local_holdings, remote_holdings);
    let status = local.sync_status(None).expect("status");
    assert!(status.parked.is_empty(), "nothing refused: {:?}", status.parked);
}

#[test]
fn a_thousand_changes_through_a_faulty_network_arrive_once() {
    let mut rng = Rng(seed("OZZIE_SYNC_SEED"));
    let server = RemoteServer::start();
    let proxy = Proxy::start(server.port, rng.next());
    let remote = remote_via(proxy.port, &server);
    let device = tempfile::tempdir().expect("tempdir");
    let engine = RefCell::new(open_engine(device.path()));
    create_users(&mut engine.borrow_mut());

    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut remote_made = 0;
    for step in 0..1_000 {
        *kinds.entry(random_change(&mut engine.borrow_mut(), &mut rng, step)).or_default() += 1;
        if step % 25 == 24 {
            let report = sync_once(&engine, &remote, QUICK).expect("a sync run never fails for the network's faults");
            assert_eq!(report.parked, 0, "nothing valid is refused: {report:?} {:?}", engine.borrow().sync_status(None).map(|s| s.parked));
            // Meanwhile, on the remote, someone sends a message.
            let (ext, language, _) = *rng.pick(USERS);
            let sentences = SENTENCES.iter().find(|(l, _)| *l == language).map(|(_, s)| *s).unwrap_or(&[]);
            if server.remote_sentence(&ext.replace(" ", "%20").replace("/", "%2F"), *rng.pick(sentences)) {
                remote_made += 1;
            }
        }
    }
    println!("device changes: {kinds:?}; {remote_made} messages made on the remote");
    proxy.faults.store(false, Ordering::SeqCst);
    drain(&engine, &remote);
    println!("{}", proxy.report());
    let faults = &proxy.counts;
    assert!(faults.lost_answers.load(Ordering::SeqCst) > 0 && faults.dropped.load(Ordering::SeqCst) > 0 && faults.too_many.load(Ordering::SeqCst) > 0, "every kind of fault happened: {}", proxy.report());
    assert!(remote_made > 0);
    assert_same(&mut engine.borrow_mut(), server);
}

#[test]
fn killing_the_sync_process_at_random_points_converges() {
    let mut rng = Rng(seed("OZZIE_SYNC_SEED"));
    let server = RemoteServer::start();
    let proxy = Proxy::start(server.port, rng.next());
    let device = tempfile::tempdir().expect("tempdir");
    {
        let mut engine = open_engine(device.path());
        create_users(&mut engine);
        for step in 0..300 {
            random_change(&mut engine, &mut rng, step);
        }
    }
    let sync = |extra: &[&str]| {
        let mut cmd = ozzie(device.path());
        cmd.arg("sync")
            .args(extra)
            .env("OZZIE_REMOTE_URL", format!("http://127.0.0.1:{}/v1", proxy.port))
            .env("OZZIE_REMOTE_CLIENT_ID", &server.client_id)
            .env("OZZIE_REMOTE_CLIENT_SECRET", &server.client_secret)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    };
    let mut kills = 0;
    for round in 0..15 {
        let mut child = sync(&["--watch", "--interval", "1"]).spawn().expect("sync starts");
        std::thread::sleep(Duration::from_millis(100 + rng.below(1_200)));
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        kills += 1;
        // The person keeps using the device between runs.
        let mut engine = open_engine(device.path());
        for step in 0..10 {
            random_change(&mut engine, &mut rng, 1_000 + round * 10 + step);
        }
    }
    println!("killed `ozzie sync` {kills} times");
    proxy.faults.store(false, Ordering::SeqCst);
    let started = Instant::now();
    loop {
        let out = sync(&[]).stdout(Stdio::piped()).output().expect("sync runs");
        assert!(out.status.success());
        let engine = open_engine(device.path());
        if engine.outbox_len().expect("len") == 0 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(180), "the queue did not drain");
        std::thread::sleep(Duration::from_millis(300));
    }
    // One more run pulls anything the last one left.
    assert!(sync(&[]).status().expect("runs").success());
    println!("{}", proxy.report());
    assert_same(&mut open_engine(device.path()), server);
}

#[test]
fn a_refused_change_is_parked_with_its_reason_and_goes_when_retried() {
    let server = RemoteServer::start();
    let proxy = Proxy::start(server.port, 1);
    proxy.faults.store(false, Ordering::SeqCst);
    *proxy.refuse.lock().expect("lock") = Some("/goals");
    let remote = remote_via(proxy.port, &server);
    let device = tempfile::tempdir().expect("tempdir");
    let engine = RefCell::new(open_engine(device.path()));
    let mut rng = Rng(42);
    {
        let mut e = engine.borrow_mut();
        create_users(&mut e);
        let who = UserRef::External("ana".into());
        e.create_goal(&who, GoalInput { name: Some("Trip".into()), goal_type: Some("savings".into()), target_amount: Some(900.0), ..Default::default() }).expect("goal");
        for step in 0..40 {
            random_change(&mut e, &mut rng, step);
        }
    }
    let first = sync_once(&engine, &remote, QUICK).expect("runs");
    assert!(first.parked >= 1, "{first:?}");
    let again = sync_once(&engine, &remote, QUICK).expect("runs");
    assert_eq!(again.parked, 0, "a refused change is not retried on its own: {again:?}");
    let status = engine.borrow().sync_status(None).expect("status");
    assert!(!status.parked.is_empty() && status.parked.iter().all(|p| p.entity == "goal" && p.error.contains("VALIDATION_ERROR")), "{:?}", status.parked);
    assert_eq!(status.pending, 0, "everything else went: {status:?}");
    println!("parked: {:?}", status.parked.iter().map(|p| (&p.entity, &p.error)).collect::<Vec<_>>());
    // The cause is fixed; the person asks to try again.
    *proxy.refuse.lock().expect("lock") = None;
    assert_eq!(engine.borrow_mut().retry_parked().expect("retry"), status.parked.len());
    drain(&engine, &remote);
    assert_same(&mut engine.borrow_mut(), server);
}
