#![no_main]
//! The ofx reader on arbitrary bytes.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((ctx, input)) = ozzie_fuzz::split(data) else { return };
    ozzie_fuzz::check(&ozzie_ingest::ofx::parse(input, &ctx), &ctx);
});
