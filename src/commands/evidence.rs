//! `disclose evidence add FILE --on DATE [--note N]`: keeps a dated photo of the posted
//! physical board (留痕, what inspections ask for) as `evidence/<year>/<date>-<n>.<ext>`
//! with a `.toml` sidecar, its metadata (the GPS position above all) removed like any
//! published picture's. The archive register lists it; nothing publishes it.

use std::path::Path;

use anyhow::{Context as _, Result};
use chrono::{Datelike, NaiveDate};

use crate::commands::context::{Context, Refusal};
use crate::load::evidence::{sidecar_text, EVIDENCE_DIR};
use crate::render::strip::{strip, Picture};
use crate::store::write_new;
use crate::EXIT_OK;

/// Adds one evidence photo.
pub fn add(cx: &Context, photo: &Path, on: NaiveDate, note: Option<&str>) -> Result<i32> {
    let root = cx.root()?;
    let shown = photo.display().to_string();
    let name = photo.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let picture = Picture::of_name(&name).filter(|p| matches!(p, Picture::Jpeg | Picture::Png | Picture::WebP));
    let Some(picture) = picture else {
        return Err(Refusal::new(crate::t!("evidence-not-a-photo", file = shown.as_str()), crate::t!("evidence-not-a-photo-help")).into());
    };
    let bytes = std::fs::read(photo).map_err(|error| {
        Refusal::new(
            crate::t!("evidence-unreadable", file = shown.as_str(), error = error.to_string()),
            crate::t!("evidence-unreadable-help"),
        )
    })?;
    let kept = strip(Some(picture), bytes).map_err(|why| {
        Refusal::new(
            crate::t!("evidence-cannot-keep", file = shown.as_str(), why = why.as_str()),
            crate::t!("evidence-cannot-keep-help"),
        )
    })?;
    let extension = match picture {
        Picture::Png => "png",
        Picture::WebP => "webp",
        _ => "jpg",
    };
    let folder = format!("{EVIDENCE_DIR}/{}", on.year());
    std::fs::create_dir_all(root.join(&folder)).with_context(|| crate::t!("evidence-could-not-create", folder = folder.as_str()))?;
    let mut number = 1;
    let (file, sidecar) = loop {
        let stem = format!("{folder}/{on}-{number}");
        let file = format!("{stem}.{extension}");
        let sidecar = format!("{stem}.toml");
        if !root.join(&file).exists() && !root.join(&sidecar).exists() {
            break (file, sidecar);
        }
        number += 1;
    };
    let file_name = file.rsplit('/').next().unwrap_or(&file);
    write_new(&root.join(&file), &kept)?;
    write_new(&root.join(&sidecar), sidecar_text(on, file_name, note, &name).as_bytes())?;
    println!(
        "{}",
        crate::t!("evidence-kept", file = shown.as_str(), kept = file.as_str(), sidecar = sidecar.as_str())
    );
    println!("{}", crate::t!("evidence-listed", year = on.year()));
    println!(
        "{} git add {file} {sidecar} && git commit -m \"{}\"",
        cx.paint.hint(&crate::t!("evidence-commit-label")),
        crate::t!("evidence-commit-message", on = on.to_string())
    );
    Ok(EXIT_OK)
}
