//! Templates through minijinja. The defaults are compiled into the binary; a repository
//! may override any of them by putting a file of the same name in its `templates/`
//! folder (as static site generators allow). HTML and XML templates auto-escape every
//! value; titles and bodies are values, never template source, so `{{ }}` in them stays
//! text.

use std::path::Path;

use anyhow::{Context as _, Result};
use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

/// The folder of a repository that overrides the default templates.
pub const OVERRIDE_DIR: &str = "templates";

/// Every template, by file name, with its default source.
pub const DEFAULTS: &[(&str, &str)] = &[
    ("base.html", include_str!("../../assets/templates/base.html")),
    ("macros.html", include_str!("../../assets/templates/macros.html")),
    ("index.html", include_str!("../../assets/templates/index.html")),
    ("category.html", include_str!("../../assets/templates/category.html")),
    ("item.html", include_str!("../../assets/templates/item.html")),
    ("catalogue.html", include_str!("../../assets/templates/catalogue.html")),
    ("feedback.html", include_str!("../../assets/templates/feedback.html")),
    ("archive.html", include_str!("../../assets/templates/archive.html")),
    ("feed.xml", include_str!("../../assets/templates/feed.xml")),
    ("style.css", include_str!("../../assets/templates/style.css")),
    ("search.html", include_str!("../../assets/templates/search.html")),
    ("search.js", include_str!("../../assets/templates/search.js")),
    ("print.html", include_str!("../../assets/templates/print.html")),
    ("bulletin.md", include_str!("../../assets/templates/bulletin.md")),
    ("bulletin.html", include_str!("../../assets/templates/bulletin.html")),
];

/// A template value from anything serialisable.
pub fn to_value(value: impl Serialize) -> Value {
    Value::from(Serde(value))
}

/// The loaded templates: the defaults, with the repository's overrides in place.
pub struct Templates {
    env: Environment<'static>,
    digest: String,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates").finish_non_exhaustive()
    }
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// Escapes a value for a Markdown table cell: a `|` would end the cell and a line break
/// the row.
fn md_cell(value: &str) -> String {
    value.replace('\\', "\\\\").replace('|', "\\|").replace(['\r', '\n'], " ")
}

impl Templates {
    /// The built-in templates only.
    pub fn defaults() -> Result<Templates> {
        Templates::build(|_| Ok(None))
    }

    /// The built-in templates, each replaced by `<root>/templates/<name>` when that file
    /// exists.
    pub fn load(root: &Path) -> Result<Templates> {
        let folder = root.join(OVERRIDE_DIR);
        Templates::build(|name| {
            let path = folder.join(name);
            if !path.is_file() {
                return Ok(None);
            }
            let text = std::fs::read_to_string(&path).with_context(|| format!("could not read the template {OVERRIDE_DIR}/{name} (it must be UTF-8 text)"))?;
            Ok(Some(text))
        })
    }

    fn build(mut override_of: impl FnMut(&str) -> Result<Option<String>>) -> Result<Templates> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        let syntax = env
            .syntax()
            .to_builder()
            .keep_trailing_newline(true)
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
            .context("template syntax settings")?;
        env.set_syntax(syntax);
        env.add_filter("md_cell", |value: String| md_cell(&value));
        env.set_formatter(|out, state, value| {
            // The same escaping as minijinja's, minus `/` (which needs none in HTML), so
            // that relative links read `../items/x.html` in the page source.
            match value.as_str() {
                Some(text) if *state.auto_escape() == AutoEscape::Html && !value.is_safe() => out
                    .write_str(&escape_html(text))
                    .map_err(|_| minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "could not write")),
                _ => minijinja::escape_formatter(out, state, value),
            }
        });
        let mut digest = Sha256::new();
        for (name, default) in DEFAULTS {
            let (source, origin) = match override_of(name)? {
                Some(text) => (text, format!("{OVERRIDE_DIR}/{name}")),
                None => ((*default).to_string(), format!("the built-in template {name}")),
            };
            for part in [name.as_bytes(), b"\0", source.as_bytes(), b"\0"] {
                digest.update(part);
            }
            env.add_template_owned(*name, source)
                .with_context(|| format!("{origin} is not a valid template"))?;
        }
        let digest = crate::hex::hex(&digest.finalize());
        Ok(Templates { env, digest })
    }

    /// A SHA-256 of every template's name and source, overrides included: pages record
    /// it among their inputs, so that a changed template rebuilds them.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// Renders the template `name` with `context`.
    pub fn render(&self, name: &str, context: Value) -> Result<String> {
        let template = self.env.get_template(name).with_context(|| format!("no template named {name}"))?;
        template
            .render(context)
            .map_err(|error| anyhow::anyhow!("the template {name} could not be rendered: {error:#}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_and_never_run_as_template_source() {
        let templates = Templates::build(|name| Ok((name == "item.html").then(|| "<p title=\"{{ title }}\">{{ title }}</p>".to_string()))).unwrap();
        let out = templates
            .render("item.html", minijinja::context! { title => "{{ 7 * 7 }} {% if true %}x{% endif %} <b>&\"'/" })
            .unwrap();
        let text = "{{ 7 * 7 }} {% if true %}x{% endif %} &lt;b&gt;&amp;&quot;&#39;/";
        assert_eq!(out, format!("<p title=\"{text}\">{text}</p>"));
    }

    #[test]
    fn overrides_replace_defaults_and_bad_ones_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates/style.css"), "body { color: red; }\n").unwrap();
        let templates = Templates::load(dir.path()).unwrap();
        assert_eq!(templates.render("style.css", minijinja::context! {}).unwrap(), "body { color: red; }\n");
        std::fs::write(dir.path().join("templates/item.html"), "{% if %}").unwrap();
        let error = Templates::load(dir.path()).unwrap_err();
        assert_eq!(error.to_string(), "templates/item.html is not a valid template");
    }

    #[test]
    fn markdown_cells_are_escaped() {
        assert_eq!(md_cell("a|b\nc"), "a\\|b c");
    }
}
