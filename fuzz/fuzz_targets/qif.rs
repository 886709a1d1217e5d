#![no_main]
//! The qif reader on arbitrary bytes.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((ctx, input)) = ozzie_fuzz::split(data) else { return };
    ozzie_fuzz::check(&ozzie_ingest::qif::parse(input, &ctx), &ctx);
});
