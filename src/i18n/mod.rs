//! The terminal's language and its one message catalogue.
//!
//! Every sentence the tool prints comes from `i18n/<lang>/disclose.ftl` (Project Fluent,
//! loaded with i18n-embed), through the [`t!`](crate::t) macro, which checks at compile
//! time that the message and its arguments exist. The language of the terminal is chosen
//! once per run by [`choose`] (`--lang`, then `DISCLOSE_LANG`, then `LC_ALL` /
//! `LC_MESSAGES` / `LANG`, default zh-CN) and set with [`set_language`]; the board and the
//! bulletin keep `[organisation].locale` instead. Finding codes never change with the
//! language.
//!
//! Unicode isolation marks (U+2068/U+2069 around each argument) are off: terminals and
//! CI logs show them as stray characters.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::LazyLock;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;
use i18n_embed::LanguageLoader;
use rust_embed::RustEmbed;

use crate::model::config::Locale;

/// The catalogues, embedded in the binary.
#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

/// The loader every [`t!`](crate::t) reads, made when the first sentence is looked up,
/// in the language [`set_language`] chose by then (zh-CN when none was chosen). The
/// library's own unit tests start in English, so that their assertions read as the code's
/// English comments do (the CLI tests choose their language with `DISCLOSE_LANG`). A
/// catalogue is parsed only when it is needed, and once: a run that prints nothing
/// parses none, and choosing the language before the first sentence costs no second
/// parse.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = FluentLanguageLoader::new("disclose", tag_of(Locale::ZhCn));
    load(&loader, language());
    LOADED.store(true, Ordering::Release);
    loader
});

/// The language set last, as `Locale as u8`.
static CURRENT: AtomicU8 = AtomicU8::new(if cfg!(test) { 1 } else { 0 });

/// Whether [`LOADER`] has been made (and so holds a language that a change must replace).
static LOADED: AtomicBool = AtomicBool::new(false);

fn tag_of(locale: Locale) -> LanguageIdentifier {
    locale.tag().parse().unwrap_or_default()
}

/// Loads `locale` with zh-CN behind it, isolation marks off (the setting belongs to the
/// bundles a load makes, so it is set after each load). The catalogues are embedded and
/// checked by tests, so a failure here is a build defect; the loader then keeps what it had.
fn load(loader: &FluentLanguageLoader, locale: Locale) {
    let _ = loader.load_languages(&Catalogues, &[tag_of(locale)]);
    loader.set_use_isolating(false);
}

/// Makes `locale` the terminal's language for the rest of the run. Before the first
/// sentence this only records the choice, which the loader is then made in.
/// [`run`](crate::run) calls it once, on the main thread, before any other thread
/// starts, so the choice can never cross the loader being made.
pub fn set_language(locale: Locale) {
    CURRENT.store(locale as u8, Ordering::Relaxed);
    if LOADED.load(Ordering::Acquire) {
        load(&LOADER, locale);
    }
}

/// The terminal's language now.
pub fn language() -> Locale {
    if CURRENT.load(Ordering::Relaxed) == Locale::En as u8 {
        Locale::En
    } else {
        Locale::ZhCn
    }
}

/// The message `id` in the terminal's language, for ids made at run time (a finding
/// code's description, a command's help); `None` when the catalogue has no such message.
/// Sentences with a literal id use [`t!`](crate::t), which is checked at compile time.
pub fn lookup(id: &str) -> Option<String> {
    LOADER.has(id).then(|| LOADER.get(id))
}

/// Reads a language from a tag as people write it: `zh-CN`, `zh_CN.UTF-8`, `zh`, `中文`,
/// `en`, `en_US.UTF-8`, `English`. `None` for any other language and for `C` / `POSIX`.
pub fn parse_language(text: &str) -> Option<Locale> {
    let base = text.trim().split(['.', '@']).next().unwrap_or("");
    let language = base.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match language.as_str() {
        "zh" | "中文" | "汉语" | "简体中文" | "chinese" => Some(Locale::ZhCn),
        "en" | "英文" | "英语" | "english" => Some(Locale::En),
        _ => None,
    }
}

/// The terminal's language for this run: `--lang` if given, else `DISCLOSE_LANG`, else the
/// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty (POSIX's order), else
/// zh-CN. A variable naming a language the tool has no catalogue for (or `C` / `POSIX`)
/// gives the default, zh-CN: the tool is written for Chinese branches.
pub fn choose(flag: Option<Locale>, var: impl Fn(&str) -> Option<String>) -> Locale {
    if let Some(locale) = flag {
        return locale;
    }
    if let Some(locale) = var("DISCLOSE_LANG").as_deref().and_then(parse_language) {
        return locale;
    }
    let posix = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|value| !value.is_empty()));
    posix.as_deref().and_then(parse_language).unwrap_or(Locale::ZhCn)
}

/// Every message, id and the arguments it names, of one language's catalogue, for the
/// tests that keep the languages in step.
#[cfg(test)]
pub(crate) fn catalogue_text(locale: Locale) -> String {
    let path = format!("{}/disclose.ftl", locale.tag());
    Catalogues::get(&path)
        .map(|file| String::from_utf8_lossy(&file.data).into_owned())
        .unwrap_or_default()
}

/// One sentence of the catalogue in the terminal's language: `t!("id")` or
/// `t!("id", name = value, …)`. The id and the argument names are checked at compile time
/// against the zh-CN catalogue.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args)*)
    };
}

#[cfg(test)]
mod tests;
