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
        return Err(Refusal::new(
            format!("{shown} is not a JPEG, PNG or WebP photo"),
            "give the photo of the posted board as taken by the phone or camera (.jpg, .png or .webp)",
        )
        .into());
    };
    let bytes =
        std::fs::read(photo).map_err(|error| Refusal::new(format!("could not read {shown}: {error}"), "check the path and that the file can be read"))?;
    let kept = strip(Some(picture), bytes).map_err(|why| {
        Refusal::new(
            format!("{shown} cannot be kept: {why}"),
            "save the photo again with an image editor, then add it",
        )
    })?;
    let extension = match picture {
        Picture::Png => "png",
        Picture::WebP => "webp",
        _ => "jpg",
    };
    let folder = format!("{EVIDENCE_DIR}/{}", on.year());
    std::fs::create_dir_all(root.join(&folder)).with_context(|| format!("could not create {folder}/"))?;
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
    println!("Kept {shown} as {file} (its GPS position and other metadata removed), with {sidecar}.");
    println!("It is listed in the archive register of {} and never published.", on.year());
    println!(
        "{} git add {file} {sidecar} && git commit -m \"Evidence: the board on {on}\"",
        cx.paint.hint("Commit it:")
    );
    Ok(EXIT_OK)
}
