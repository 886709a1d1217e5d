#![no_main]
//! The sentence reader on arbitrary text (invalid UTF-8 is read lossily, as the engine does).

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((ctx, input)) = ozzie_fuzz::split(data) else { return };
    let text = String::from_utf8_lossy(input);
    ozzie_fuzz::check(&ozzie_ingest::sentence::parse(&text, &ctx), &ctx);
});
