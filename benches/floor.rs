//! The floor: the least any implementation of the board on these libraries must pay. It
//! reads every item, splits off the front matter, parses the TOML into a small struct
//! (`toml::from_str`), renders the body with comrak (the options of
//! src/render/markdown.rs), writes one HTML file per published public item, and copies
//! the files in that item's attachment folder (its photo) beside it. Nothing else: no checks, no obligations, no index pages, no atomic writes. The same reading
//! code writes a Hugo site from a corpus, for the harness's Hugo step.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use comrak::{markdown_to_html, Options};
use rayon::prelude::*;
use serde::Deserialize;
use toml::value::Datetime;

/// An item's front matter, as far as the board's item page needs it.
#[derive(Debug, Deserialize)]
struct FrontMatter {
    entry: String,
    title: String,
    scope: Option<String>,
    published_on: Option<Datetime>,
}

#[derive(Debug, Deserialize)]
struct CatalogueFile {
    entry: Vec<CatalogueEntry>,
}

#[derive(Debug, Deserialize)]
struct CatalogueEntry {
    id: String,
    scope: String,
}

/// The comrak options of src/render/markdown.rs (GFM tables, strikethrough, autolinks,
/// CJK-friendly emphasis; raw HTML escaped). Kept here rather than imported so the floor
/// does not move when the board's code does.
fn options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.extension.cjk_friendly_emphasis = true;
    options.render.r#unsafe = false;
    options.render.escape = true;
    options
}

/// Entry id → scope, from the repository's catalogue files.
fn entry_scopes(root: &Path) -> Result<HashMap<String, String>> {
    let mut scopes = HashMap::new();
    for path in files(&root.join("catalogue"), "toml") {
        let text = fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let file: CatalogueFile = toml::from_str(&text).with_context(|| format!("{} does not parse", path.display()))?;
        scopes.extend(file.entry.into_iter().map(|e| (e.id, e.scope)));
    }
    Ok(scopes)
}

/// Every file with this extension below `dir`, sorted.
fn files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == extension))
        .map(walkdir::DirEntry::into_path)
        .collect();
    paths.sort();
    paths
}

/// The front matter and the body of an item's text.
fn split(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("+++\n")?;
    let end = rest.find("\n+++\n")?;
    Some((&rest[..=end], &rest[end + 5..]))
}

/// An item read and parsed, with its body, if it goes on the public board on `as_of`.
struct PublicItem {
    id: String,
    front: FrontMatter,
    body: String,
}

fn read_public(path: &Path, scopes: &HashMap<String, String>, as_of: &str) -> Result<Option<PublicItem>> {
    let text = fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let (front, body) = split(&text).with_context(|| format!("{} has no +++ front matter", path.display()))?;
    let front: FrontMatter = toml::from_str(front).with_context(|| format!("{} front matter does not parse", path.display()))?;
    let published = front.published_on.as_ref().is_some_and(|on| on.to_string().as_str() <= as_of);
    let scope = front.scope.as_deref().or_else(|| scopes.get(&front.entry).map(String::as_str));
    if !published || scope != Some("public") {
        return Ok(None);
    }
    let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let body = body.to_string();
    Ok(Some(PublicItem { id, front, body }))
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Renders the board's item pages of the repository at `root` into `out` (which must
/// exist) on `threads` threads; returns how many pages were written.
pub fn run(root: &Path, out: &Path, threads: usize, as_of: &str) -> Result<usize> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start the thread pool")?;
    pool.install(|| {
        let scopes = entry_scopes(root)?;
        let options = options();
        let paths = files(&root.join("items"), "md");
        paths
            .par_iter()
            .map(|path| {
                let Some(item) = read_public(path, &scopes, as_of)? else { return Ok(0) };
                let mut page = String::with_capacity(item.body.len() * 2);
                let title = escape(&item.front.title);
                let _ = write!(
                    page,
                    "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body>\n<h1>{title}</h1>\n"
                );
                page.push_str(&markdown_to_html(&item.body, &options));
                page.push_str("</body>\n</html>\n");
                let target = out.join(format!("{}.html", item.id));
                fs::write(&target, page).with_context(|| format!("cannot write {}", target.display()))?;
                copy_attachments(&path.with_extension(""), &out.join(&item.id))?;
                Ok(1)
            })
            .sum()
    })
}

/// Copies the files of an item's attachment folder (when it has one) into `to`.
fn copy_attachments(folder: &Path, to: &Path) -> Result<()> {
    let Ok(entries) = fs::read_dir(folder) else { return Ok(()) };
    fs::create_dir_all(to).with_context(|| format!("cannot create {}", to.display()))?;
    for entry in entries {
        let from = entry.with_context(|| format!("cannot list {}", folder.display()))?.path();
        let bytes = fs::read(&from).with_context(|| format!("cannot read {}", from.display()))?;
        let target = to.join(from.file_name().unwrap_or_default());
        fs::write(&target, bytes).with_context(|| format!("cannot write {}", target.display()))?;
    }
    Ok(())
}

const HUGO_CONFIG: &str = r#"baseURL = "/"
title = "党务公开栏（Hugo 对照）"
languageCode = "zh-CN"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

[markup.goldmark.renderer]
unsafe = false

[markup.goldmark.extensions]
table = true
strikethrough = true
linkify = true
"#;

const HUGO_SINGLE: &str = r#"<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
{{ .Content }}
</body>
</html>
"#;

const HUGO_LIST: &str = r#"<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</body>
</html>
"#;

/// Writes a Hugo site holding the same published public items as the floor renders
/// into `dir`: each item a leaf bundle (content/items/ID/index.md with TOML front matter,
/// and its attachment files beside it, which Hugo copies to the output as the floor
/// does), with one single and one list layout; returns how many pages it has.
pub fn write_hugo_site(root: &Path, dir: &Path, as_of: &str) -> Result<usize> {
    let content = dir.join("content").join("items");
    let layouts = dir.join("layouts").join("_default");
    for folder in [&content, &layouts] {
        fs::create_dir_all(folder).with_context(|| format!("cannot create {}", folder.display()))?;
    }
    fs::write(dir.join("config.toml"), HUGO_CONFIG).context("cannot write the Hugo config")?;
    fs::write(layouts.join("single.html"), HUGO_SINGLE).context("cannot write the Hugo layouts")?;
    fs::write(layouts.join("list.html"), HUGO_LIST).context("cannot write the Hugo layouts")?;
    let scopes = entry_scopes(root)?;
    files(&root.join("items"), "md")
        .par_iter()
        .map(|path| {
            let Some(item) = read_public(path, &scopes, as_of)? else { return Ok(0) };
            let date = item.front.published_on.map(|d| d.to_string()).unwrap_or_default();
            let title = item.front.title.replace('\\', "\\\\").replace('"', "\\\"");
            let page = format!("+++\ntitle = \"{title}\"\ndate = {date}\n+++\n{}", item.body);
            let bundle = content.join(&item.id);
            fs::create_dir_all(&bundle).with_context(|| format!("cannot create {}", bundle.display()))?;
            let target = bundle.join("index.md");
            fs::write(&target, page).with_context(|| format!("cannot write {}", target.display()))?;
            copy_attachments(&path.with_extension(""), &bundle)?;
            Ok(1)
        })
        .sum()
}
