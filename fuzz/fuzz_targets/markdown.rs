#![no_main]
//! Fuzz target: arbitrary UTF-8 through the markdown parser; findings are fine, panics are not.

#[allow(unused_imports)]
use disclose::diag::Findings;
use disclose::load::source::SourceText;
use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
fn source(text: &str) -> SourceText {
    SourceText { file: "fuzz.md".to_string(), text: text.to_string() }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let html = disclose::render::markdown::to_html(text, 2);
    assert!(!html.contains("<script"), "raw HTML passed through");
});
