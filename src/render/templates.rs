//! Templates through minijinja. The defaults are compiled into the binary; a repository
//! may override any of them by putting a file of the same name in its `templates/`
//! folder (as static site generators allow). HTML and XML templates auto-escape every
//! value; titles and bodies are values, never template source, so `{{ }}` in them stays
//! text.
//!
//! An override is a plain file inside `templates/`: a symbolic link there is refused (it
//! could put any file of the machine, or a complainant's feedback, on the board), as is a
//! template over [`MAX_TEMPLATE_BYTES`]. Every render has a budget ([`RENDER_FUEL`], in
//! minijinja's fuel: about one unit per instruction and per 64 bytes of data), so a
//! runaway loop stops with a message naming the template instead of running for hours.
//! The output of an HTML or XML template never holds a character XML 1.0 forbids (see
//! [`xml_clean`]).

use std::fmt::Debug;
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context as _, Result};
use minijinja::value::{Enumerator, Object, ObjectRepr, Serde};
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

/// The folder of a repository that overrides the default templates.
pub const OVERRIDE_DIR: &str = "templates";

/// The largest template override read: the built-in ones are a few KiB.
pub const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// The budget of one page's render, in minijinja's fuel, is this much plus
/// [`FUEL_PER_RECORD`] for every item and feedback case of the repository: a built-in page
/// listing all of them uses a small fraction of it, while a template that loops without
/// end stops after a few seconds on a small repository.
pub const RENDER_FUEL: u64 = 5_000_000;

/// The render budget added for each item and feedback case (see [`RENDER_FUEL`]).
pub const FUEL_PER_RECORD: u64 = 2_000;

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
    ("print-items.html", include_str!("../../assets/templates/print-items.html")),
    ("bulletin.md", include_str!("../../assets/templates/bulletin.md")),
    ("bulletin.html", include_str!("../../assets/templates/bulletin.html")),
];

/// A template value from anything serialisable.
pub fn to_value(value: impl Serialize) -> Value {
    Value::from(Serde(value))
}

/// A list that a template reads one element at a time: an element becomes a template
/// value only when the template reaches it, and is dropped when the template moves on.
/// A category page at 100,000 items lists tens of thousands of items and a quarter's
/// notice thousands of bodies; as one value made at once, their copies took more memory
/// than the views themselves (50 MB for one category page). To a template it is a
/// sequence like any other (`for`, `length`, `[i]`, `if`), and it serialises as one
/// anywhere else.
#[derive(Debug)]
pub struct LazyList<T: Serialize + Debug + Send + Sync + 'static>(Value, std::marker::PhantomData<fn() -> T>);

impl<T: Serialize + Debug + Send + Sync + 'static> LazyList<T> {
    /// The elements' count.
    pub fn len(&self) -> usize {
        self.0.len().unwrap_or(0)
    }

    /// Whether there are no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<T: Serialize + Debug + Send + Sync + 'static> From<Vec<T>> for LazyList<T> {
    fn from(elements: Vec<T>) -> Self {
        LazyList(Value::from_object(Elements(elements)), std::marker::PhantomData)
    }
}

impl<T: Serialize + Debug + Send + Sync + 'static> Clone for LazyList<T> {
    /// Another handle on the same elements (they are not copied).
    fn clone(&self) -> Self {
        LazyList(self.0.clone(), std::marker::PhantomData)
    }
}

impl<T: Serialize + Debug + Send + Sync + 'static> Default for LazyList<T> {
    fn default() -> Self {
        Vec::new().into()
    }
}

impl<T: Serialize + Debug + Send + Sync + 'static> Serialize for LazyList<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<T: Serialize + Debug + Send + Sync + 'static> std::hash::Hash for LazyList<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

/// The elements of a [`LazyList`], as the template engine reads them.
#[derive(Debug)]
struct Elements<T>(Vec<T>);

impl<T: Serialize + Debug + Send + Sync + 'static> Object for Elements<T> {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.0.get(key.as_usize()?).map(to_value)
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.0.len())
    }
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

/// One override that cannot be used: where (the file, and for a syntax error the line and
/// column minijinja reports) and what is wrong, in the terminal's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverrideProblem {
    /// The file (or the `templates/` folder), with the place of a syntax error.
    pub location: crate::diag::Location,
    /// What is wrong.
    pub message: String,
}

/// Every problem of the repository's overrides under `root`: a linked `templates/`
/// folder, and each override that is a link, too large, not UTF-8 or not valid template
/// syntax. For `check`; loading the templates refuses the same files.
pub fn override_problems(root: &Path) -> Vec<OverrideProblem> {
    let folder = root.join(OVERRIDE_DIR);
    if std::fs::symlink_metadata(&folder).is_ok_and(|meta| meta.file_type().is_symlink()) {
        return vec![OverrideProblem {
            location: crate::diag::Location::file_start(OVERRIDE_DIR),
            message: crate::t!("render-template-folder-symlink", folder = OVERRIDE_DIR),
        }];
    }
    let mut problems = Vec::new();
    for (name, _) in DEFAULTS {
        let file = format!("{OVERRIDE_DIR}/{name}");
        match read_override(&folder, name) {
            Ok(Some(text)) => {
                if let Err(error) = Environment::new().template_from_named_str(name, &text) {
                    problems.push(syntax_problem(&file, &text, &error));
                }
            }
            Ok(None) => {}
            Err(error) => problems.push(OverrideProblem {
                location: crate::diag::Location::file_start(&file),
                message: error.to_string(),
            }),
        }
    }
    problems
}

/// The problem of the override `file` (whose text is `text`) that does not parse: placed
/// where minijinja's error starts (its byte range, else its line, else the file's start).
fn syntax_problem(file: &str, text: &str, error: &minijinja::Error) -> OverrideProblem {
    let lines = crate::diag::positions::LineIndex::new(text, 0);
    let location = match (error.range(), error.line()) {
        (Some(range), _) => lines.location(file, range.start),
        (None, Some(line)) => lines.line_start(file, line),
        (None, None) => crate::diag::Location::file_start(file),
    };
    OverrideProblem {
        location,
        message: crate::t!("render-template-syntax", template = file, error = reason(error)),
    }
}

/// What minijinja says went wrong, without where (the message says that) and without its
/// debug block: `syntax error: unexpected end of block`.
fn reason(error: &minijinja::Error) -> String {
    match error.detail() {
        Some(detail) => format!("{}: {detail}", error.kind()),
        None => error.kind().to_string(),
    }
}

/// The override `folder/name`, if there is one: a plain UTF-8 file of at most
/// [`MAX_TEMPLATE_BYTES`]; a symbolic link, a folder or anything larger is refused.
fn read_override(folder: &Path, name: &str) -> Result<Option<String>> {
    use std::io::Read as _;
    let path = folder.join(name);
    let Ok(meta) = std::fs::symlink_metadata(&path) else {
        return Ok(None);
    };
    let shown = format!("{OVERRIDE_DIR}/{name}");
    if meta.file_type().is_symlink() {
        anyhow::bail!(crate::t!("render-template-symlink", template = shown));
    }
    if !meta.is_file() {
        anyhow::bail!(crate::t!("render-template-not-file", template = shown));
    }
    let too_large = || anyhow::anyhow!(crate::t!("render-template-too-large", template = shown.as_str()));
    if meta.len() > MAX_TEMPLATE_BYTES {
        return Err(too_large());
    }
    let file = std::fs::File::open(&path).with_context(|| crate::t!("render-template-unreadable", template = shown.as_str()))?;
    let mut bytes = Vec::new();
    file.take(MAX_TEMPLATE_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| crate::t!("render-template-unreadable", template = shown.as_str()))?;
    if bytes.len() as u64 > MAX_TEMPLATE_BYTES {
        return Err(too_large());
    }
    let text = String::from_utf8(bytes).map_err(|_| anyhow::anyhow!(crate::t!("render-template-not-utf8", template = shown.as_str())))?;
    Ok(Some(text))
}

/// True for a character that XML 1.0 does not allow in a document (the C0 controls other
/// than tab, line feed and carriage return, and U+FFFE/U+FFFF); HTML treats them as
/// errors too.
pub fn is_xml_forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// False when `text` surely holds no character [`is_xml_forbidden`] names. It looks at
/// bytes, not characters: a C0 control is one byte that never occurs inside another
/// character's UTF-8, and U+FFFE/U+FFFF are the only forbidden characters of three bytes
/// (`EF BF BE`, `EF BF BF`), whose last two bytes are a `BF` followed by `BE` or `BF`
/// (other characters end so too, such as U+1FFFE: then the exact pass of [`xml_clean`]
/// keeps them). The loop ORs flags without an early exit, so the compiler turns it into
/// vector code: every page of the board passes through here. (Searching for the two
/// characters instead stops at every `BE`/`BF` byte of Chinese text, which is frequent.)
fn may_hold_xml_forbidden(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some((&last, _)) = bytes.split_last() else {
        return false;
    };
    let is_control = |byte: u8| byte < 0x20 && byte != b'\t' && byte != b'\n' && byte != b'\r';
    // Flags in a byte, OR-ed: a wider accumulator (a count in `usize`) would make the
    // vector lanes eight times fewer.
    let flags = bytes[..bytes.len() - 1].iter().zip(&bytes[1..]).fold(0u8, |flags, (&byte, &next)| {
        flags | u8::from(is_control(byte)) | u8::from(byte == 0xBF && next & 0xFE == 0xBE)
    });
    flags | u8::from(is_control(last)) != 0
}

/// Removes from `text` every character XML 1.0 forbids; a vertical tab or form feed
/// (Word's manual line and page breaks) becomes a space, so words stay apart.
pub fn xml_clean(text: &mut String) {
    if may_hold_xml_forbidden(text) {
        *text = without_xml_forbidden(text);
    }
}

/// The exact pass of [`xml_clean`], character by character.
fn without_xml_forbidden(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\u{B}' | '\u{C}' => Some(' '),
            c if is_xml_forbidden(c) => None,
            c => Some(c),
        })
        .collect()
}

/// The `safe` filter, without a copy for a value that is safe already: minijinja's own
/// takes the text as a new `String` and copies it again into a new value, which for a
/// quarter's notice (its items rendered once, 10 MB a quarter at 100,000 items, placed
/// into the A4 and the A3 page) was two more copies of every body per paper size. Any
/// other value is marked safe as minijinja's filter marks it; an undefined one is the
/// error strict undefined behaviour gives.
fn safe(value: Value) -> Result<Value, minijinja::Error> {
    if value.is_safe() {
        return Ok(value);
    }
    if value.is_undefined() {
        return Err(minijinja::Error::from(minijinja::ErrorKind::UndefinedError));
    }
    Ok(Value::from_safe_string(value.to_string()))
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
    /// exists, with a render budget for the size of `repo`.
    pub fn load(repo: &crate::model::Repo) -> Result<Templates> {
        let records = u64::try_from(repo.items.len() + repo.cases.len()).unwrap_or(u64::MAX);
        Templates::load_at(&repo.root, RENDER_FUEL.saturating_add(records.saturating_mul(FUEL_PER_RECORD)))
    }

    /// [`Templates::load`] from `root` with a render budget of `fuel`.
    fn load_at(root: &Path, fuel: u64) -> Result<Templates> {
        let folder = root.join(OVERRIDE_DIR);
        if std::fs::symlink_metadata(&folder).is_ok_and(|meta| meta.file_type().is_symlink()) {
            anyhow::bail!(crate::t!("render-template-folder-symlink", folder = OVERRIDE_DIR));
        }
        let mut templates = Templates::build(|name| read_override(&folder, name))?;
        templates.env.set_fuel(Some(fuel));
        Ok(templates)
    }

    fn build(mut override_of: impl FnMut(&str) -> Result<Option<String>>) -> Result<Templates> {
        let mut env = Environment::new();
        env.set_fuel(Some(RENDER_FUEL));
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
        env.add_filter("safe", safe);
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
                None => ((*default).to_string(), crate::t!("render-template-builtin", name = name.to_string())),
            };
            for part in [name.as_bytes(), b"\0", source.as_bytes(), b"\0"] {
                digest.update(part);
            }
            env.add_template_owned(*name, source)
                .with_context(|| crate::t!("render-template-invalid", origin = origin.as_str()))?;
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
        let template = self.env.get_template(name).with_context(|| crate::t!("render-template-missing", name = name))?;
        let mut out = template.render(context).map_err(|error| {
            if error.kind() == minijinja::ErrorKind::OutOfFuel {
                anyhow::anyhow!(crate::t!("render-template-out-of-fuel", name = name, folder = OVERRIDE_DIR))
            } else {
                // Without minijinja's debug block, which lists every value the page was given.
                let failed = error.name().unwrap_or(name);
                anyhow::anyhow!(match error.line() {
                    Some(line) => crate::t!("render-template-failed-at", name = failed, line = line, error = reason(&error)),
                    None => crate::t!("render-template-failed", name = failed, error = reason(&error)),
                })
            }
        })?;
        if Path::new(name)
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("html") || ext.eq_ignore_ascii_case("xml"))
        {
            xml_clean(&mut out);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `safe` hands a safe value on as it is (the same text, not a copy), marks any other
    /// value safe as minijinja's filter does, and refuses an undefined one.
    #[test]
    fn safe_keeps_a_safe_value_and_marks_the_others() {
        let html = Value::from_safe_string("<p>党务</p>".to_string());
        let kept = safe(html.clone()).unwrap();
        assert!(Arc::ptr_eq(&html.to_str().unwrap(), &kept.to_str().unwrap()));
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.add_filter("safe", safe);
        let rendered = env
            .render_str(
                "{{ html | safe }}|{{ text | safe }}|{{ n | safe }}",
                minijinja::context! { html, text => "<b>公开</b>", n => 3 },
            )
            .unwrap();
        assert_eq!(rendered, "<p>党务</p>|<b>公开</b>|3");
        let missing = env.render_str("{{ missing | safe }}", minijinja::context! {}).unwrap_err();
        assert_eq!(missing.kind(), minijinja::ErrorKind::UndefinedError);
    }

    /// A lazy list reads in a template as the list it holds: in a loop (with `loop`),
    /// by index, by length, as true or false, through filters, and inside the values it
    /// is serialised into; outside templates it serialises as a plain sequence.
    #[test]
    fn a_lazy_list_is_a_list_to_templates_and_to_serde() {
        #[derive(Debug, Serialize)]
        struct Row {
            title: String,
        }
        #[derive(Serialize)]
        struct Page {
            rows: LazyList<Row>,
            nothing: LazyList<Row>,
        }
        let rows: LazyList<Row> = vec![Row { title: "甲".into() }, Row { title: "乙".into() }].into();
        let page = to_value(Page {
            rows: rows.clone(),
            nothing: LazyList::default(),
        });
        let source = "{% for row in rows %}{{ loop.index }}{{ row.title }}{% if not loop.last %},{% endif %}{% endfor %}|{{ rows|length }}|{{ rows[1].title }}|{{ rows|map(attribute='title')|join('') }}|{% if nothing %}x{% else %}empty{% endif %}|{{ nothing|length }}";
        let env = Environment::new();
        let out = env.render_str(source, page).unwrap();
        assert_eq!(out, "1甲,2乙|2|乙|甲乙|empty|0");
        assert_eq!((rows.len(), rows.is_empty()), (2, false));
        assert_eq!(serde_json::to_string(&rows).unwrap(), r#"[{"title":"甲"},{"title":"乙"}]"#);
    }

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
        let templates = Templates::load_at(dir.path(), RENDER_FUEL).unwrap();
        assert_eq!(templates.render("style.css", minijinja::context! {}).unwrap(), "body { color: red; }\n");
        std::fs::write(dir.path().join("templates/item.html"), "{% if %}").unwrap();
        let error = Templates::load_at(dir.path(), RENDER_FUEL).unwrap_err();
        assert_eq!(error.to_string(), "templates/item.html is not a valid template");
    }

    #[test]
    fn forbidden_xml_characters_never_reach_a_page() {
        let templates = Templates::build(|name| Ok((name == "feed.xml").then(|| "<t>{{ title }}</t>".to_string()))).unwrap();
        let out = templates
            .render("feed.xml", minijinja::context! { title => "a\u{B}b\u{1}c\u{FFFF}\td\u{C}e" })
            .unwrap();
        assert_eq!(out, "<t>a bc\td e</t>");
    }

    /// The cautious scan stays cautious only where it must: Chinese text with full-width
    /// punctuation (bytes `EF BC ..`, `EF BD ..`) and a lead byte after `BF` pass it, so
    /// no page of an ordinary board takes the slow path.
    #[test]
    fn ordinary_chinese_text_passes_the_byte_scan() {
        for text in ["党务公开，（一）：“三会一课”。", "开\u{5FF5}党", "\u{FF3F}\u{FF5E}\u{FFE5}", "a\tb\r\nc"] {
            assert!(!may_hold_xml_forbidden(text), "{text:?}");
        }
        // Forbidden, and (cautiously) characters ending with the same two bytes, such as
        // 忿 (U+5FFF), which the exact pass then keeps.
        for text in ["\u{FFFE}", "x\u{FFFF}", "\u{1}", "a\u{B}", "\u{1FFFE}", "忿"] {
            assert!(may_hold_xml_forbidden(text), "{text:?}");
        }
    }

    proptest::proptest! {
        /// The byte scan never misses what the character test finds, in Chinese text
        /// too (full-width punctuation starts with the same byte as U+FFFE/U+FFFF), and
        /// cleaning removes exactly the forbidden characters, also where the scan was
        /// only cautious (U+0FFE, U+1FFF and U+1FFFE end with the same bytes).
        #[test]
        fn the_byte_scan_never_misses_and_cleaning_is_exact(text in "[a\t\n\r\u{0}-\u{1F}党务公开，：（）\u{FF00}-\u{FFFF}\u{EFBF}\u{0FFE}\u{1FFF}\u{1FFFE}]{0,40}") {
            let forbidden = text.chars().any(is_xml_forbidden);
            proptest::prop_assert!(!forbidden || may_hold_xml_forbidden(&text));
            let mut cleaned = text.clone();
            xml_clean(&mut cleaned);
            proptest::prop_assert_eq!(cleaned, without_xml_forbidden(&text));
        }
    }

    #[test]
    fn a_runaway_template_stops_with_a_message() {
        let mut templates = Templates::build(|name| {
            Ok((name == "style.css").then(|| "{% for a in range(99999) %}{% for b in range(99999) %}x{% endfor %}{% endfor %}".to_string()))
        })
        .unwrap();
        templates.env.set_fuel(Some(100_000));
        let started = std::time::Instant::now();
        let error = templates.render("style.css", minijinja::context! {}).unwrap_err();
        assert!(error.to_string().contains("rendering budget ran out"), "{error}");
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    }

    #[cfg(unix)]
    #[test]
    fn linked_and_oversized_templates_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("secret.md"), "private").unwrap();
        std::os::unix::fs::symlink("../secret.md", dir.path().join("templates/style.css")).unwrap();
        let error = Templates::load_at(dir.path(), RENDER_FUEL).unwrap_err();
        assert!(error.to_string().contains("templates/style.css is a symbolic link"), "{error}");
        std::fs::remove_file(dir.path().join("templates/style.css")).unwrap();
        std::fs::write(dir.path().join("templates/style.css"), vec![b' '; 2 * 1024 * 1024]).unwrap();
        let error = Templates::load_at(dir.path(), RENDER_FUEL).unwrap_err();
        assert!(error.to_string().contains("larger than 1 MiB"), "{error}");
    }

    #[test]
    fn markdown_cells_are_escaped() {
        assert_eq!(md_cell("a|b\nc"), "a\\|b c");
    }
}
