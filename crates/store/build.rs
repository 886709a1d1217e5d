//! Embeds every file of `migrations/` (sorted by name, i.e. by timestamp) into the binary.
use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("../../migrations");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("migrations/ exists at the workspace root")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    let mut out = String::from("pub static MIGRATIONS: &[Migration] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_stem().expect("file name").to_string_lossy();
        assert!(
            name.len() > 15 && name[..14].bytes().all(|b| b.is_ascii_digit()) && name.as_bytes()[14] == b'_',
            "migration {name} must be named YYYYMMDDHHMMSS_description.sql"
        );
        let abs = f.canonicalize().expect("canonical path");
        writeln!(out, "    Migration {{ name: {name:?}, sql: include_str!({:?}) }},", abs.display().to_string())
            .expect("write to string");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("migrations.rs");
    std::fs::write(dest, out).expect("write migrations.rs");
}
