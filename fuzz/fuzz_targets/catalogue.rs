#![no_main]
//! Fuzz target: arbitrary UTF-8 through the catalogue parser; findings are fine, panics are not.

use disclose::diag::Findings;
use disclose::load::source::SourceText;
use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
fn source(text: &str) -> SourceText {
    SourceText { file: "fuzz.md".to_string(), text: text.to_string() }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut findings = Findings::new();
    let _ = disclose::load::catalogue::parse_category(&source(text), &mut findings);
});
