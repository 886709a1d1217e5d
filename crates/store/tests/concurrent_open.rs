//! Many databases opened at the same moment from many threads (as hosts and test runners do)
//! all open: SQLCipher's one-time crypto set-up must not race.

use ozzie_store::{DbKey, Store};

#[test]
fn simultaneous_opens_all_succeed() {
    for round in 0..10 {
        let dirs: Vec<tempfile::TempDir> = (0..12).map(|_| tempfile::tempdir().expect("tempdir")).collect();
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(dirs.len()));
        let handles: Vec<_> = dirs
            .iter()
            .map(|d| {
                let path = d.path().join("ozzie.db");
                let barrier = barrier.clone();
                std::thread::spawn(move || {
                    barrier.wait();
                    Store::open(&path, &DbKey::from_passphrase("k")).map(|_| ()).map_err(|e| format!("{e:?}"))
                })
            })
            .collect();
        for h in handles {
            let result = h.join().expect("thread");
            assert!(result.is_ok(), "round {round}: {result:?}");
        }
    }
}
