//! `disclose new [ENTRY]`: a new item from its entry's template. The arguments are checked
//! against the entry's cadence before anything is written; on a terminal what is missing
//! is asked for, without one the command never waits for input. The file name sorts by
//! date and never collides, and an existing file is never overwritten.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{BufRead, Write as _};
use std::path::Path;

use anyhow::{Context as _, Result};
use chrono::{Datelike, NaiveDate};
use toml_edit::Value;

use crate::cli::NewArgs;
use crate::commands::catalogue::unknown_entry;
use crate::commands::context::{Context, Refusal};
use crate::diag::{render_findings, Findings, Level, OutputFormat};
use crate::load::item::parse_item;
use crate::load::source::{display_path, SourceText};
use crate::load::walk::files_with_extension;
use crate::model::config::Locale;
use crate::model::{Cadence, Entry, Repo, Scope};
use crate::obligations::period::{Period, PeriodKind};
use crate::rules::personal::find_personal_data;
use crate::rules::{check_structure, public_text};
use crate::store::edit::date_value;
use crate::store::write_new;
use crate::{EXIT_FINDINGS, EXIT_OK};

/// One body template: the text for each locale. `{name}` is replaced by the value of
/// `name`; `【请填写：…】` / `[fill in: …]` marks what the secretary must still write
/// (`approve` refuses an item that still holds it).
struct Template {
    cadence: &'static str,
    zh: &'static str,
    en: &'static str,
}

/// The body templates, one per cadence: the headings the board and the bulletin show.
const TEMPLATES: &[Template] = &[
    Template {
        cadence: "periodic",
        zh: "本期公开{entry_title}，时段为{period_words}（{start}至{end}）。\n\n## 基本情况\n\n【请填写：本期工作的总体情况】\n\n## 具体内容\n\n【请填写：逐项写明本期的具体情况，可用表格】\n\n{contact}",
        en: "This discloses {entry_title} for {period_words} ({start} to {end}).\n\n## Overview\n\n[fill in: how the work went in this period]\n\n## Details\n\n[fill in: the details, item by item; tables are welcome]\n\n{contact}",
    },
    Template {
        cadence: "immediate",
        zh: "事项发生于{event_words}。\n\n## 基本情况\n\n【请填写：事项的起因、经过和背景】\n\n## 具体内容\n\n【请填写：决定或处理的结果、依据和下一步安排】\n\n{contact}",
        en: "The matter took place on {event_words}.\n\n## Overview\n\n[fill in: what happened, and why]\n\n## Details\n\n[fill in: the decision or result, its basis and what comes next]\n\n{contact}",
    },
    Template {
        cadence: "staged",
        zh: "“{matter}”分阶段公开，本次公开的阶段是“{stage}”（{event_words}）。{final_words}\n\n## 基本情况\n\n【请填写：本事项的背景和总体安排】\n\n## 本阶段情况\n\n【请填写：本阶段的工作内容和结果】\n\n{next_stage}{contact}",
        en: "\"{matter}\" is disclosed stage by stage; this is the stage \"{stage}\" ({event_words}).{final_words}\n\n## Overview\n\n[fill in: the background of the matter and its overall plan]\n\n## This stage\n\n[fill in: what was done in this stage, and the result]\n\n{next_stage}{contact}",
    },
    Template {
        cadence: "standing",
        zh: "## 基本情况\n\n【请填写：本事项的总体情况，如制度名称、机构设置或办事地点】\n\n## 具体内容\n\n【请填写：具体条文、职责分工或办事流程】\n\n{contact}",
        en: "## Overview\n\n[fill in: what this is, such as the rule, the office or the place]\n\n## Details\n\n[fill in: the provisions, duties or procedure]\n\n{contact}",
    },
];

/// The short texts the templates are built from, per locale.
struct Words {
    next_stage: &'static str,
    final_stage: &'static str,
    hotline_heading: &'static str,
    hotline: &'static str,
    feedback_heading: &'static str,
    feedback_box: &'static str,
    feedback_day: &'static str,
    feedback_plain: &'static str,
    audience: &'static str,
    separator: &'static str,
}

const ZH: Words = Words {
    next_stage: "## 下一步安排\n\n【请填写：下一阶段的时间和内容】\n\n",
    final_stage: "这是本事项的最后一个阶段。",
    hotline_heading: "## 监督电话",
    hotline: "对以上内容如有意见和建议，请拨打党务公开监督电话 {hotline}。",
    feedback_heading: "## 意见反馈",
    feedback_box: "投入意见箱（{place}）",
    feedback_day: "在来访接待日（{day}）当面反映",
    feedback_plain: "对以上内容如有意见和建议，可向党支部反映。",
    audience: "【请填写：公开对象，如本人及所在党小组】",
    separator: "、",
};

const EN: Words = Words {
    next_stage: "## Next steps\n\n[fill in: when the next stage comes, and what it is]\n\n",
    final_stage: " This is the last stage of the matter.",
    hotline_heading: "## Hotline",
    hotline: "Opinions and suggestions on the above are welcome on the disclosure hotline {hotline}.",
    feedback_heading: "## Feedback",
    feedback_box: "use the suggestion box ({place})",
    feedback_day: "come on the reception day ({day})",
    feedback_plain: "Opinions and suggestions on the above are welcome at the branch.",
    audience: "[fill in: to whom it is disclosed, such as the person and their party group]",
    separator: " or ",
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::ZhCn => &ZH,
        Locale::En => &EN,
    }
}

/// A period in words: `2026年第一季度`, `Q1 2026`.
fn period_words(period: Period, locale: Locale) -> String {
    const QUARTERS: [&str; 4] = ["一", "二", "三", "四"];
    match (locale, period.kind) {
        (Locale::ZhCn, PeriodKind::Month) => format!("{}年{}月", period.year, period.index),
        (Locale::ZhCn, PeriodKind::Quarter) => format!("{}年第{}季度", period.year, QUARTERS[(period.index as usize - 1).min(3)]),
        (Locale::ZhCn, PeriodKind::HalfYear) => format!("{}年{}半年", period.year, if period.index == 1 { "上" } else { "下" }),
        (Locale::ZhCn, PeriodKind::Year) => format!("{}年度", period.year),
        (Locale::En, PeriodKind::Month) => period.start().format("%B %Y").to_string(),
        (Locale::En, PeriodKind::Quarter) => format!("Q{} {}", period.index, period.year),
        (Locale::En, PeriodKind::HalfYear) => format!("H{} {}", period.index, period.year),
        (Locale::En, PeriodKind::Year) => period.year.to_string(),
    }
}

fn date_words(date: NaiveDate, locale: Locale) -> String {
    match locale {
        Locale::ZhCn => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Locale::En => date.format("%-d %B %Y").to_string(),
    }
}

/// Replaces every `{name}` in one pass, so that values are never searched again.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if values.iter().any(|(n, _)| *n == name) => {
                out.push_str(values.iter().find(|(n, _)| *n == name).map_or("", |(_, v)| *v));
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// What the new item says about when and what, checked against its entry's cadence.
#[derive(Debug, Clone, Default)]
struct Fields {
    period: Option<Period>,
    event: Option<NaiveDate>,
    matter: Option<String>,
    stage: Option<String>,
    final_stage: bool,
    supersedes: Option<String>,
}

/// Runs `new`.
pub fn run(cx: &Context, args: &NewArgs) -> Result<i32> {
    let (repo, _) = cx.load()?;
    let mut input = Input { interactive: cx.interactive };
    let entry = pick_entry(&repo, args.entry.as_deref(), &mut input)?;
    let fields = fields_for(cx, &repo, entry, args, &mut input)?;
    let locale = repo.config.locale;
    let title = match &args.title {
        Some(title) if !title.trim().is_empty() => title.trim().to_string(),
        Some(_) => return Err(Refusal::new("--title is empty", "leave --title out to use the entry's title, or give one").into()),
        None => default_title(entry, &fields, locale),
    };
    let prepared_by = args
        .by
        .as_deref()
        .map(str::trim)
        .filter(|by| !by.is_empty())
        .unwrap_or(&entry.owner)
        .to_string();
    let id = choose_id(&repo, entry, &fields, cx.as_of);
    let folder_year = fields.period.map(|p| p.year).or(fields.event.map(|e| e.year())).unwrap_or(cx.as_of.year());
    let file = format!("items/{folder_year}/{id}.md");
    let text = item_text(&repo, entry, &fields, &title, &prepared_by);

    let problems = problems_of(&repo, &id, &file, &text);
    if problems.errors() > 0 {
        eprint!("{}", render_findings(&problems, OutputFormat::Text, cx.paint_stderr));
        eprintln!("Nothing was written: the new item would have the errors above. Change the arguments (often --title) and try again.");
        return Ok(EXIT_FINDINGS);
    }
    let path = repo.root.join(&file);
    write_new(&path, text.as_bytes())?;

    println!("Created {file}");
    println!("  entry {} {} ({}), prepared by {prepared_by}", entry.id, entry.title, entry.cadence);
    for note in notes(&repo, entry, &fields, &id) {
        println!("  note: {note}");
    }
    if args.edit {
        open_editor(&path, &file);
    }
    let next = if repo.config.require_review || !repo.config.require_approval {
        format!("disclose review {id} --by NAME")
    } else {
        format!("disclose approve {id} --by NAME")
    };
    println!(
        "{} write the content (replace every {} line), then have it checked:",
        cx.paint.hint("Next:"),
        placeholder_example(locale)
    );
    println!("  {next}");
    Ok(EXIT_OK)
}

fn placeholder_example(locale: Locale) -> &'static str {
    match locale {
        Locale::ZhCn => "【请填写：…】",
        Locale::En => "[fill in: …]",
    }
}

/// Questions on a terminal; without one, nothing is ever read.
struct Input {
    interactive: bool,
}

impl Input {
    /// Asks `question` (with a default) and returns the answer, or `None` when not on a
    /// terminal.
    fn ask(&mut self, question: &str, default: Option<&str>) -> Result<Option<String>> {
        if !self.interactive {
            return Ok(None);
        }
        let mut stderr = std::io::stderr();
        match default {
            Some(default) => write!(stderr, "{question} [{default}]: ")?,
            None => write!(stderr, "{question}: ")?,
        }
        stderr.flush()?;
        let mut line = String::new();
        let read = std::io::stdin().lock().read_line(&mut line).context("could not read the answer")?;
        if read == 0 {
            return Err(Refusal::new(
                "no answer was given (end of input)",
                "nothing was written; pass the values as arguments instead",
            )
            .into());
        }
        let answer = line.trim();
        Ok(Some(if answer.is_empty() {
            default.unwrap_or("").to_string()
        } else {
            answer.to_string()
        }))
    }
}

fn pick_entry<'a>(repo: &'a Repo, given: Option<&str>, input: &mut Input) -> Result<&'a Entry> {
    if let Some(id) = given {
        return repo.catalogue.entry(id).ok_or_else(|| unknown_entry(repo, id));
    }
    if input.interactive {
        eprintln!("Which catalogue entry is this item for?");
        for entry in repo.catalogue.entries() {
            eprintln!("  {:<5} {:<20} {}", entry.id, entry.cadence.to_string(), entry.title);
        }
        for _ in 0..3 {
            if let Some(answer) = input.ask("Entry id", None)? {
                if let Some(entry) = repo.catalogue.entry(&answer) {
                    return Ok(entry);
                }
                eprintln!("The catalogue has no entry \"{answer}\".");
            }
        }
    }
    let ids: Vec<&str> = repo.catalogue.entries().map(|e| e.id.as_str()).collect();
    Err(Refusal::new(
        "which entry is the new item for?",
        format!(
            "pass the entry id, like `disclose new 3.5 --period 2026-Q1`; the catalogue has: {}",
            ids.join(" ")
        ),
    )
    .into())
}

fn cadence_refusal(entry: &Entry, flag: &str, what: &str) -> anyhow::Error {
    Refusal::new(
        format!("entry {} ({}) is {}: {flag} does not fit it", entry.id, entry.title, entry.cadence),
        format!("nothing was written; {what}"),
    )
    .into()
}

/// What this entry takes, in words, for refusals.
fn usage(entry: &Entry, as_of: NaiveDate) -> String {
    match entry.cadence {
        Cadence::Periodic(kind) => format!("entry {} takes --period, like {}", entry.id, Period::containing(kind, as_of).previous()),
        Cadence::Immediate => format!("entry {} takes --event DATE (the day the matter happened)", entry.id),
        Cadence::Staged => format!("entry {} takes --event DATE, --matter, --stage and, on the last stage, --final", entry.id),
        Cadence::Standing => format!("entry {} takes only --title, --by and --supersedes ID (the older item it replaces)", entry.id),
    }
}

fn fields_for(cx: &Context, repo: &Repo, entry: &Entry, args: &NewArgs, input: &mut Input) -> Result<Fields> {
    let help = usage(entry, cx.as_of);
    let cadence = entry.cadence;
    let given: [(&str, bool, bool); 6] = [
        ("--period", args.period.is_some(), matches!(cadence, Cadence::Periodic(_))),
        ("--event", args.event.is_some(), cadence.has_events()),
        ("--matter", args.matter.is_some(), cadence == Cadence::Staged),
        ("--stage", args.stage.is_some(), cadence == Cadence::Staged),
        ("--final", args.final_stage, cadence == Cadence::Staged),
        ("--supersedes", args.supersedes.is_some(), cadence == Cadence::Standing),
    ];
    if let Some((flag, _, _)) = given.iter().find(|(_, present, fits)| *present && !*fits) {
        return Err(cadence_refusal(entry, flag, &help));
    }
    let mut fields = Fields {
        final_stage: args.final_stage,
        ..Fields::default()
    };
    match cadence {
        Cadence::Periodic(kind) => fields.period = Some(period_for(cx, entry, kind, args.period.as_deref(), input)?),
        Cadence::Immediate | Cadence::Staged => {
            fields.event = Some(event_for(cx, entry, args.event, input, &help)?);
            if cadence == Cadence::Staged {
                fields.matter = Some(text_for(
                    repo,
                    entry,
                    "--matter",
                    "the matter the stages belong to",
                    args.matter.as_deref(),
                    input,
                    &help,
                )?);
                fields.stage = Some(text_for(repo, entry, "--stage", "this stage", args.stage.as_deref(), input, &help)?);
            }
        }
        Cadence::Standing => {
            if let Some(old) = args.supersedes.as_deref() {
                match repo.item(old) {
                    Some(item) if item.entry == entry.id => fields.supersedes = Some(old.to_string()),
                    _ => {
                        let same: Vec<&str> = repo.items.iter().filter(|i| i.entry == entry.id).map(|i| i.id.as_str()).collect();
                        let choices = if same.is_empty() {
                            format!("entry {} has no items yet, so leave --supersedes out", entry.id)
                        } else {
                            format!("items of entry {}: {}", entry.id, same.join(" "))
                        };
                        return Err(Refusal::new(
                            format!("--supersedes names \"{old}\", which is not an item of entry {}", entry.id),
                            format!("nothing was written; {choices}"),
                        )
                        .into());
                    }
                }
            }
        }
    }
    Ok(fields)
}

fn period_for(cx: &Context, entry: &Entry, kind: PeriodKind, given: Option<&str>, input: &mut Input) -> Result<Period> {
    let last_ended = Period::containing(kind, cx.as_of).previous();
    let text = match given {
        Some(text) => text.trim().to_string(),
        None => match input.ask(
            &format!("Period (entry {} is disclosed every {})", entry.id, kind.as_str()),
            Some(&last_ended.to_string()),
        )? {
            Some(answer) => answer,
            None => {
                return Err(Refusal::new(
                    format!(
                        "entry {} ({}) is periodic ({}): the new item needs --period",
                        entry.id,
                        entry.title,
                        kind.as_str()
                    ),
                    format!(
                        "nothing was written; pass --period {last_ended} (the most recently ended {}), or another {}",
                        kind.as_str(),
                        kind.as_str()
                    ),
                )
                .into())
            }
        },
    };
    let examples = format!("entry {} is disclosed every {}: write --period like {last_ended}", entry.id, kind.as_str());
    match text.parse::<Period>() {
        Ok(period) if period.kind == kind => Ok(period),
        Ok(period) => Err(Refusal::new(
            format!(
                "--period {text} is a {}, but entry {} ({}) is disclosed every {}",
                period.kind.as_str(),
                entry.id,
                entry.title,
                kind.as_str()
            ),
            format!("nothing was written; {examples}"),
        )
        .into()),
        Err(error) => Err(Refusal::new(error.to_string(), format!("nothing was written; {examples}")).into()),
    }
}

fn event_for(cx: &Context, entry: &Entry, given: Option<NaiveDate>, input: &mut Input, help: &str) -> Result<NaiveDate> {
    if let Some(event) = given {
        return Ok(event);
    }
    match input.ask("When did the matter happen (YYYY-MM-DD)", Some(&cx.as_of.to_string()))? {
        Some(answer) => crate::cli::parse_date(&answer).map_err(|message| Refusal::new(message, "nothing was written").into()),
        None => Err(Refusal::new(
            format!(
                "entry {} ({}) is {}: the new item needs --event DATE, the day the matter happened",
                entry.id, entry.title, entry.cadence
            ),
            format!("nothing was written; {help}"),
        )
        .into()),
    }
}

fn text_for(repo: &Repo, entry: &Entry, flag: &str, what: &str, given: Option<&str>, input: &mut Input, help: &str) -> Result<String> {
    let existing: BTreeSet<&str> = repo.items.iter().filter(|i| i.entry == entry.id).filter_map(|i| i.matter.as_deref()).collect();
    let known = if flag == "--matter" && !existing.is_empty() {
        format!(
            " (matters so far: {})",
            existing.iter().map(|m| format!("\"{m}\"")).collect::<Vec<_>>().join(", ")
        )
    } else {
        String::new()
    };
    let answer = match given {
        Some(text) => Some(text.to_string()),
        None => input.ask(&format!("{}{known}", capitalised(what)), None)?,
    };
    match answer.map(|a| a.trim().to_string()) {
        Some(text) if !text.is_empty() => Ok(text),
        Some(_) => Err(Refusal::new(format!("{flag} is empty"), format!("nothing was written; {flag} names {what}")).into()),
        None => Err(Refusal::new(
            format!("entry {} ({}) is staged: the new item needs {flag} ({what}){known}", entry.id, entry.title),
            format!("nothing was written; {help}"),
        )
        .into()),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn default_title(entry: &Entry, fields: &Fields, locale: Locale) -> String {
    match (entry.cadence, fields) {
        (Cadence::Periodic(_), Fields { period: Some(period), .. }) => match locale {
            Locale::ZhCn => format!("{}{}", period_words(*period, locale), entry.title),
            Locale::En => format!("{}: {}", period_words(*period, locale), entry.title),
        },
        (
            Cadence::Staged,
            Fields {
                matter: Some(matter),
                stage: Some(stage),
                ..
            },
        ) => match locale {
            Locale::ZhCn => format!("{matter}：{stage}"),
            Locale::En => format!("{matter}: {stage}"),
        },
        _ => entry.title.clone(),
    }
}

/// The id: `2026-Q1-3.5` (periodic), `2026-02-10-1.3` (event date), `2026-11-28-4.1`
/// (standing: today), with `-2`, `-3`… when taken. Ids are compared ignoring case with
/// every item and case, and with every file under items/ and feedback/ (read or not).
fn choose_id(repo: &Repo, entry: &Entry, fields: &Fields, as_of: NaiveDate) -> String {
    let entry_part: String = entry
        .id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '-' })
        .collect();
    let stem = match (fields.period, fields.event) {
        (Some(period), _) => period.to_string(),
        (None, Some(event)) => event.to_string(),
        (None, None) => as_of.to_string(),
    };
    let base = format!("{stem}-{entry_part}");
    let mut taken: BTreeSet<String> = repo
        .items
        .iter()
        .map(|i| i.id.as_str().to_lowercase())
        .chain(repo.cases.iter().map(|c| c.id.to_lowercase()))
        .collect();
    let mut ignored = Findings::new();
    for folder in ["items", "feedback"] {
        for path in files_with_extension(&repo.root, folder, "md", &mut ignored) {
            if let Some(stem) = path.file_stem() {
                taken.insert(stem.to_string_lossy().to_lowercase());
            }
        }
    }
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.contains(&candidate.to_lowercase()) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    candidate
}

/// A TOML string literal.
fn toml_string(text: &str) -> String {
    Value::from(text).to_string()
}

/// The whole new file: front matter in the order of SPEC §3, then the body template.
fn item_text(repo: &Repo, entry: &Entry, fields: &Fields, title: &str, prepared_by: &str) -> String {
    let locale = repo.config.locale;
    let words = words(locale);
    let mut front = format!("entry = {}\ntitle = {}\n", toml_string(&entry.id), toml_string(title));
    if let Some(period) = fields.period {
        let _ = writeln!(front, "period = {}", toml_string(&period.to_string()));
    }
    if let Some(event) = fields.event {
        let _ = writeln!(front, "event = {}", date_value(event));
    }
    if let Some(matter) = &fields.matter {
        let _ = writeln!(front, "matter = {}", toml_string(matter));
    }
    if let Some(stage) = &fields.stage {
        let _ = writeln!(front, "stage = {}", toml_string(stage));
    }
    if fields.final_stage {
        front.push_str("final = true\n");
    }
    if entry.scope == Scope::Restricted {
        let _ = writeln!(front, "audience = {}", toml_string(words.audience));
    }
    if let Some(old) = &fields.supersedes {
        let _ = writeln!(front, "supersedes = {}", toml_string(old));
    }
    let _ = writeln!(front, "prepared_by = {}", toml_string(prepared_by));

    let template = TEMPLATES.iter().find(|t| t.cadence == entry.cadence.word()).map_or("", |t| match locale {
        Locale::ZhCn => t.zh,
        Locale::En => t.en,
    });
    let (period_text, start, end) = fields
        .period
        .map_or_else(Default::default, |p| (period_words(p, locale), p.start().to_string(), p.end().to_string()));
    let event_text = fields.event.map(|e| date_words(e, locale)).unwrap_or_default();
    let contact = contact_section(repo, words);
    let next_stage = if fields.final_stage { "" } else { words.next_stage };
    let final_words = if fields.final_stage { words.final_stage } else { "" };
    let body = fill(
        template,
        &[
            ("entry_title", &entry.title),
            ("period_words", &period_text),
            ("start", &start),
            ("end", &end),
            ("event_words", &event_text),
            ("matter", fields.matter.as_deref().unwrap_or("")),
            ("stage", fields.stage.as_deref().unwrap_or("")),
            ("final_words", final_words),
            ("next_stage", next_stage),
            ("contact", &contact),
        ],
    );
    format!("+++\n{front}+++\n{body}")
}

/// How to give an opinion: the hotline when there is one (and it is not a personal
/// mobile number, which must never reach the board), else the suggestion box and the
/// reception day.
fn contact_section(repo: &Repo, words: &Words) -> String {
    let config = &repo.config;
    if let Some(hotline) = config
        .hotline
        .as_deref()
        .map(str::trim)
        .filter(|h| !h.is_empty() && find_personal_data(h).is_empty())
    {
        return format!("{}\n\n{}\n", words.hotline_heading, fill(words.hotline, &[("hotline", hotline)]));
    }
    let mut ways = Vec::new();
    if let Some(place) = config.suggestion_box.as_deref().filter(|p| !p.trim().is_empty()) {
        ways.push(fill(words.feedback_box, &[("place", place)]));
    }
    if let Some(day) = config.reception_day.as_deref().filter(|d| !d.trim().is_empty()) {
        ways.push(fill(words.feedback_day, &[("day", day)]));
    }
    let line = if ways.is_empty() {
        words.feedback_plain.to_string()
    } else if std::ptr::eq(words, &ZH) {
        format!("对以上内容如有意见和建议，可{}。", ways.join(words.separator))
    } else {
        format!("Opinions and suggestions on the above are welcome: {}.", ways.join(words.separator))
    };
    format!("{}\n\n{line}\n", words.feedback_heading)
}

/// The errors the new file would have, found before it is written: it is parsed as the
/// loader would and checked with the rules that do not depend on the date.
fn problems_of(repo: &Repo, id: &str, file: &str, text: &str) -> Findings {
    let mut findings = Findings::new();
    let source = SourceText {
        file: file.to_string(),
        text: text.to_string(),
    };
    let Some(item) = parse_item(id, &source, &mut findings) else {
        return findings;
    };
    let mut with_item = repo.clone();
    with_item.items.push(item);
    with_item.items.sort_by(|a, b| a.id.cmp(&b.id));
    let mut all = Findings::new();
    check_structure(&with_item, &mut all);
    public_text::check(&with_item, NaiveDate::MIN, &mut all);
    for finding in all.iter().filter(|f| f.level == Level::Error && f.file.as_deref() == Some(file)) {
        findings.push(finding.clone());
    }
    findings
}

/// Helpful remarks: another item already covers this period, or a standing entry's
/// current item that this one may replace.
fn notes(repo: &Repo, entry: &Entry, fields: &Fields, id: &str) -> Vec<String> {
    let mut notes = Vec::new();
    let others = repo.items.iter().filter(|i| i.entry == entry.id && i.id != id);
    match entry.cadence {
        Cadence::Periodic(_) => {
            for other in others.filter(|i| i.period == fields.period) {
                notes.push(format!(
                    "{} already covers entry {} for {}; the obligation is met by the first one published",
                    other.id,
                    entry.id,
                    other.period.map(|p| p.to_string()).unwrap_or_default()
                ));
            }
        }
        Cadence::Standing if fields.supersedes.is_none() => {
            if let Some(current) = others.filter(|i| i.published_on.is_some()).max_by_key(|i| i.published_on) {
                notes.push(format!(
                    "entry {} already has the published item {}; if this one replaces it, add `supersedes = \"{}\"`",
                    entry.id, current.id, current.id
                ));
            }
        }
        _ => {}
    }
    notes
}

/// Opens the editor (see [`crate::commands::editor`]) on the new file and waits; the file
/// stays either way.
fn open_editor(path: &Path, file: &str) {
    let Some(editor) = crate::commands::editor::editor() else {
        println!("  note: neither VISUAL nor EDITOR is set; open {file} in your editor");
        return;
    };
    match editor.open(path).status() {
        Ok(status) if status.success() => println!("  edited with {editor}"),
        Ok(status) => println!("  note: {editor} ended with {status}; {} is kept as it is now", display_path(Path::new(file))),
        Err(error) => println!("  note: could not start {editor} ({error}); open {file} in your editor"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_once_and_leaves_other_braces() {
        assert_eq!(fill("a {x} {y} {z}", &[("x", "{y}"), ("y", "2")]), "a {y} 2 {z}");
    }

    #[test]
    fn periods_in_words() {
        let q: Period = "2026-Q1".parse().unwrap();
        assert_eq!(period_words(q, Locale::ZhCn), "2026年第一季度");
        assert_eq!(period_words("2026-H2".parse().unwrap(), Locale::ZhCn), "2026年下半年");
        assert_eq!(period_words("2026".parse().unwrap(), Locale::ZhCn), "2026年度");
        assert_eq!(period_words("2026-03".parse().unwrap(), Locale::En), "March 2026");
    }

    #[test]
    fn one_template_per_cadence() {
        for cadence in ["periodic", "immediate", "staged", "standing"] {
            let template = TEMPLATES.iter().find(|t| t.cadence == cadence).unwrap();
            assert!(template.zh.contains("## 基本情况") && template.zh.ends_with("{contact}"));
            assert!(template.en.contains("## Overview"));
        }
    }
}
