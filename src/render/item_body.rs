//! The body of a new item: a Markdown template per cadence and locale
//! (`assets/items/<locale>/<cadence>.md`), rendered with minijinja like the board's
//! pages. `【请填写：…】` / `[fill in: …]` marks what the secretary must still write
//! (see [`PLACEHOLDER_MARKERS`]). Values are inserted as written: the body is Markdown
//! that the secretary edits, and the board escapes it when it is published.

use minijinja::{context, Environment, UndefinedBehavior};

use crate::model::config::{Config, Locale};
use crate::model::Entry;
use crate::obligations::period::Period;
use crate::render::locale::{date, period as period_words};
use crate::rules::personal::find_personal_data;

/// Text that `disclose new` puts where the secretary must still write something; an item
/// holding it is not approved.
pub const PLACEHOLDER_MARKERS: &[&str] = &["【请填写", "[fill in:"];

/// Where the first placeholder marker in `text` starts, if one does. Every item file is
/// searched while it loads, so this uses memchr's vectorised substring search.
pub fn first_placeholder(text: &str) -> Option<usize> {
    PLACEHOLDER_MARKERS
        .iter()
        .filter_map(|marker| memchr::memmem::find(text.as_bytes(), marker.as_bytes()))
        .min()
}

/// The templates, by `<locale>/<name>`.
const TEMPLATES: &[(&str, &str)] = &[
    ("zh-CN/periodic.md", include_str!("../../assets/items/zh-CN/periodic.md")),
    ("zh-CN/immediate.md", include_str!("../../assets/items/zh-CN/immediate.md")),
    ("zh-CN/staged.md", include_str!("../../assets/items/zh-CN/staged.md")),
    ("zh-CN/standing.md", include_str!("../../assets/items/zh-CN/standing.md")),
    ("zh-CN/contact.md", include_str!("../../assets/items/zh-CN/contact.md")),
    ("en/periodic.md", include_str!("../../assets/items/en/periodic.md")),
    ("en/immediate.md", include_str!("../../assets/items/en/immediate.md")),
    ("en/staged.md", include_str!("../../assets/items/en/staged.md")),
    ("en/standing.md", include_str!("../../assets/items/en/standing.md")),
    ("en/contact.md", include_str!("../../assets/items/en/contact.md")),
];

/// What a new item's body says about when and what.
#[derive(Debug, Clone, Copy, Default)]
pub struct BodyFields<'a> {
    /// Periodic items: the period.
    pub period: Option<Period>,
    /// Immediate and staged items: the day of the event.
    pub event: Option<chrono::NaiveDate>,
    /// Staged items: the matter.
    pub matter: Option<&'a str>,
    /// Staged items: this stage.
    pub stage: Option<&'a str>,
    /// Staged items: the last stage.
    pub final_stage: bool,
}

/// The body of a new item of `entry`, in the organisation's locale.
pub fn item_body(config: &Config, entry: &Entry, fields: BodyFields<'_>) -> String {
    let locale = config.locale;
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    let folder = locale.tag();
    // Each locale's templates include their own `contact.md`.
    env.set_loader(move |name| {
        let key = format!("{folder}/{name}");
        Ok(TEMPLATES.iter().find(|(path, _)| *path == key).map(|(_, source)| (*source).to_string()))
    });
    let name = format!("{}.md", entry.cadence.word());
    // The hotline is shown only when it is not a personal mobile number, which must
    // never reach the board; else the suggestion box and the reception day.
    let hotline = config
        .hotline
        .as_deref()
        .map(str::trim)
        .filter(|h| !h.is_empty() && find_personal_data(h).is_empty());
    let non_empty = |text: &Option<String>| text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_string);
    let values = context! {
        entry_title => entry.title.as_str(),
        period_words => fields.period.map(|p| period_words(locale, p)).unwrap_or_default(),
        start => fields.period.map(|p| p.start().to_string()).unwrap_or_default(),
        end => fields.period.map(|p| p.end().to_string()).unwrap_or_default(),
        event_words => fields.event.map(|e| date(locale, e)).unwrap_or_default(),
        matter => fields.matter.unwrap_or(""),
        stage => fields.stage.unwrap_or(""),
        final => fields.final_stage,
        hotline => hotline,
        suggestion_box => non_empty(&config.suggestion_box),
        reception_day => non_empty(&config.reception_day),
    };
    // The templates are the tool's own and tested for every cadence and locale: a
    // failure here is a bug, reported as one by the panic hook.
    env.get_template(&name)
        .and_then(|template| template.render(values))
        .unwrap_or_else(|error| panic!("the built-in item template {folder}/{name} failed: {error}"))
}

/// The placeholder as the secretary sees it in a new item.
pub fn placeholder_example(locale: Locale) -> &'static str {
    match locale {
        Locale::ZhCn => "【请填写：…】",
        Locale::En => "[fill in: …]",
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;
    use std::fs;

    use super::*;
    use crate::load::load_repo;
    use crate::model::Repo;

    /// A repository of one entry of each cadence, with this `[feedback]` table.
    fn repo(locale: &str, feedback: &str) -> Repo {
        let dir = tempfile::tempdir().unwrap();
        let write = |relative: &str, text: &str| {
            let path = dir.path().join(relative);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        };
        write(
            "disclose.toml",
            &format!("[organisation]\nname = \"测试支部\"\nlocale = \"{locale}\"\n\n[leading_group]\nleader = \"舒军\"\n\n[feedback]\n{feedback}"),
        );
        let entry = |id: &str, cadence: &str| {
            format!(
                "[[entry]]\nid = \"{id}\"\ntitle = \"事项{id}\"\nscope = \"public\"\ncadence = \"{cadence}\"\n{}due_days = 15\nowner = \"廖敏\"\n\n",
                if cadence == "periodic" { "period = \"quarter\"\n" } else { "" }
            )
        };
        write(
            "catalogue/01-test.toml",
            &format!(
                "[category]\ncode = \"1\"\ntitle = \"测试\"\n\n{}{}{}{}",
                entry("1.1", "periodic"),
                entry("1.2", "immediate"),
                entry("1.3", "staged"),
                entry("1.4", "standing")
            ),
        );
        load_repo(dir.path()).unwrap().0
    }

    fn bodies(repo: &Repo) -> String {
        let fields = BodyFields {
            period: Some("2026-Q1".parse().unwrap()),
            event: Some("2026-02-10".parse().unwrap()),
            matter: Some("新院区建设"),
            stage: Some("立项"),
            final_stage: false,
        };
        let mut out = String::new();
        for entry in repo.catalogue.entries() {
            let _ = writeln!(out, "=== {}\n{}", entry.cadence.word(), item_body(&repo.config, entry, fields));
        }
        let staged = repo.catalogue.entry("1.3").unwrap();
        let _ = writeln!(
            out,
            "=== final stage\n{}",
            item_body(&repo.config, staged, BodyFields { final_stage: true, ..fields })
        );
        out
    }

    #[test]
    fn every_cadence_in_chinese_with_a_hotline() {
        insta::assert_snapshot!(bodies(&repo("zh-CN", "hotline = \"0838-6251071\"\n")));
    }

    #[test]
    fn every_cadence_in_english_with_the_box_and_the_reception_day() {
        let repo = repo("en", "suggestion_box = \"院门口\"\nreception_day = \"每月第一个星期一\"\n");
        insta::assert_snapshot!(bodies(&repo));
    }

    #[test]
    fn contact_falls_back_to_the_box_or_the_day_or_the_branch() {
        let contact = |feedback: &str| {
            let repo = repo("zh-CN", feedback);
            let body = item_body(&repo.config, repo.catalogue.entry("1.4").unwrap(), BodyFields::default());
            body[body.rfind("## ").unwrap_or(0)..].to_string()
        };
        assert_eq!(contact(""), "## 意见反馈\n\n对以上内容如有意见和建议，可向党支部反映。\n");
        assert_eq!(
            contact("suggestion_box = \"院门口\"\n"),
            "## 意见反馈\n\n对以上内容如有意见和建议，可投入意见箱（院门口）。\n"
        );
        assert_eq!(
            contact("suggestion_box = \"院门口\"\nreception_day = \"周一\"\n"),
            "## 意见反馈\n\n对以上内容如有意见和建议，可投入意见箱（院门口）、在来访接待日（周一）当面反映。\n"
        );
        // A personal mobile number is never put in a body that may reach the board.
        assert_eq!(
            contact("hotline = \"13812345678\"\n"),
            "## 意见反馈\n\n对以上内容如有意见和建议，可向党支部反映。\n"
        );
    }
}
