//! The load benchmark's peer (bench/api_load.sh): a trivial axum handler on the same runtime
//! settings as `ozzie serve`, so the benchmark shows what the engine, auth and envelope cost on
//! top of axum itself. Prints its address like `ozzie serve` does.
//!
//!   cargo run --release -p ozzie-api --example trivial_server -- 127.0.0.1:0

use axum::routing::get;
use axum::{Json, Router};

fn main() -> std::io::Result<()> {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:0".into());
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let app = Router::new().route("/v1/users/{id}/transactions", get(|| async { Json(serde_json::json!({ "object": "list", "data": { "transactions": [] } })) }));
        let listener = tokio::net::TcpListener::bind(addr).await?;
        eprintln!("trivial server: listening on http://{}/v1", listener.local_addr()?);
        axum::serve(listener, app).await
    })
}
