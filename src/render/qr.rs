//! QR codes for the printed notice (码上公开): an item's or the board's address on the
//! online board as an inline SVG, black on white, with the standard quiet zone, medium
//! error correction (the printed code survives a little dirt), and an accessible name.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use super::templates::escape_html;

/// The absolute address of `href` (relative to the site root) on the online board at
/// `base_url` (which ends with `/`, see `Config::base_url`).
pub fn address(base_url: &str, href: &str) -> String {
    format!("{base_url}{href}")
}

/// The QR code of `text` as an inline `<svg>` element named `label` for screen readers,
/// or `None` when the text is too long for a QR code (a few kilobytes).
pub fn svg(text: &str, label: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let image = code.render::<svg::Color>().min_dimensions(160, 160).quiet_zone(true).build();
    // Inline in HTML: no XML prolog; the code is an image with a name.
    let start = image.find("<svg")?;
    let named = format!("<svg role=\"img\" aria-label=\"{}\" class=\"qr-code\"", escape_html(label));
    Some(image[start..].replacen("<svg", &named, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_an_inline_named_svg_whose_matrix_holds_the_text() {
        let text = "https://example.org/board/items/2026-H1-1.1.html";
        let image = svg(text, "扫码 <看>").unwrap();
        assert!(
            image.starts_with("<svg role=\"img\" aria-label=\"扫码 &lt;看&gt;\" class=\"qr-code\" xmlns="),
            "{image}"
        );
        assert!(image.ends_with("</svg>") && !image.contains("<?xml"));
        // Not a decode (tests/browser/check.sh decodes with zbarimg when it is installed):
        // the same text always gives the same code, and another text another one.
        assert_eq!(svg(text, "x"), svg(text, "x"));
        assert_ne!(svg(text, "x"), svg("https://example.org/board/", "x"));
        assert_eq!(address("https://example.org/board/", "items/a.html"), "https://example.org/board/items/a.html");
    }

    #[test]
    fn text_too_long_for_a_code_gives_none() {
        assert!(svg(&"x".repeat(5000), "x").is_none());
    }
}
