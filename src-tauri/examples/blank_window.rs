//! The floor for `bench/desktop_start.sh`: a Tauri window of the app's size showing one line of
//! static HTML, built with the same Tauri, WebKitGTK and profile as the app. It prints the same
//! `startup: page_loaded unix_ms=…` line as the app with `OZZIE_REPORT_STARTUP=1`, so the bench
//! reads the app's cold start as a ratio to the cheapest window this stack can show.
//!
//!   cargo build --release -p ozzie-desktop --example blank_window

use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    let mut context = tauri::generate_context!();
    for window in &mut context.config_mut().app.windows {
        window.url = tauri::WebviewUrl::External("blank://localhost/".parse().expect("a valid URL"));
    }
    tauri::Builder::default()
        .register_uri_scheme_protocol("blank", |_, _| {
            tauri::http::Response::builder()
                .header("content-type", "text/html")
                .body(b"<!doctype html><title>blank</title><p>Ready.</p>".to_vec())
                .expect("a static response")
        })
        .on_page_load(|_, payload| {
            if matches!(payload.event(), tauri::webview::PageLoadEvent::Finished) {
                let unix_ms = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis());
                println!("startup: page_loaded unix_ms={unix_ms}");
            }
        })
        .run(context)
        .unwrap_or_else(|e| {
            eprintln!("blank window: {e}");
            std::process::exit(1);
        });
}
