//! The deterministic corpus generator: given N and a seed, a complete repository (an
//! approved default catalogue, N items over ten years with realistic Chinese bodies, about
//! N/20 feedback cases) that passes `disclose check --as-of 2026-01-01`. Same N and seed,
//! same bytes: every random choice comes from a small fixed generator (`SplitMix64`),
//! the plan is drawn on one stream and each body on its own stream, so the parallel
//! writing order never matters.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};
use chrono::{Datelike, Days, NaiveDate};
use disclose::diag::Findings;
use disclose::load::{digest::catalogue_digest, load_calendar, load_repo};
use disclose::obligations::deadline::add_working_days;
use disclose::obligations::period::{Period, PeriodKind};
use rayon::prelude::*;
use serde::Deserialize;

/// The as-of date every measurement uses; the corpus is clean on it.
pub const AS_OF: &str = "2026-01-01";

/// The smallest corpus the generator makes: one year of obligations needs about 60 items.
pub const MIN_ITEMS: usize = 100;

/// The default catalogue, as `disclose init` writes it.
const CATALOGUE: [(&str, &str); 8] = [
    ("01-central-work.toml", include_str!("../assets/init/catalogue/01-central-work.toml")),
    ("02-ideology.toml", include_str!("../assets/init/catalogue/02-ideology.toml")),
    ("03-organisation.toml", include_str!("../assets/init/catalogue/03-organisation.toml")),
    ("04-leadership.toml", include_str!("../assets/init/catalogue/04-leadership.toml")),
    ("05-cadres.toml", include_str!("../assets/init/catalogue/05-cadres.toml")),
    ("06-integrity.toml", include_str!("../assets/init/catalogue/06-integrity.toml")),
    ("07-masses.toml", include_str!("../assets/init/catalogue/07-masses.toml")),
    ("08-other.toml", include_str!("../assets/init/catalogue/08-other.toml")),
];

const CONFIG: &str = r#"# disclose 配置文件（基准测试语料，由 benches/corpus.rs 生成）
# Benchmark corpus written by benches/corpus.rs.

[organisation]
name = "中共绵竹市孝德镇卫生院支部委员会"
short_name = "孝德镇卫生院党支部"
address = "四川省绵竹市孝德镇"
locale = "zh-CN"

[leading_group]
leader = "舒军"
deputies = ["叶成刚", "廖敏"]
members = ["王建华", "刘晓燕"]

[feedback]
hotline = "6251071"
channels = ["hotline", "suggestion-box", "reception-day", "letter"]
reception_day = "每月第一个星期三"
suggestion_box = "门诊大厅党务公开栏旁"
working_days = 15

[publish]
site_dir = "site"
bulletin_dir = "bulletins"
require_review = true
require_approval = true
"#;

/// A small, fixed pseudo-random generator (`SplitMix64`): its output never changes with a
/// crate upgrade, which "same seed, same bytes" needs.
pub struct Rng(u64);

impl Rng {
    /// The generator for `stream` under `seed`.
    pub fn new(seed: u64, stream: u64) -> Rng {
        let mut rng = Rng(seed ^ stream.wrapping_add(1).wrapping_mul(0xA076_1D64_78BD_642F));
        rng.next_u64();
        rng
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    pub fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next_u64() % (high - low + 1)
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// One element of a non-empty list.
    fn pick<T: Copy>(&mut self, list: &[T]) -> T {
        list[(self.next_u64() % list.len() as u64) as usize]
    }
}

/// An entry of the catalogue, as far as the generator needs it.
#[derive(Debug, Deserialize)]
struct Entry {
    id: String,
    title: String,
    scope: String,
    cadence: String,
    period: Option<String>,
    owner: String,
    review_months: Option<u32>,
}

#[derive(Debug, Deserialize)]
struct CatalogueFile {
    entry: Vec<Entry>,
}

/// A catalogue file of `init` with the seed branch's leader as every entry's owner, as
/// `disclose init --leader 舒军` writes it (the assets hold `@OWNER@` placeholders).
fn filled(text: &str) -> String {
    let identity = disclose::commands::init::Identity {
        name: None,
        short_name: None,
        address: None,
        leader: Some("舒军".to_string()),
        deputies: Vec::new(),
        hotline: None,
    };
    disclose::commands::init::fill(text, &identity)
}

fn entries() -> Result<Vec<Entry>> {
    let mut all = Vec::new();
    for (name, text) in CATALOGUE {
        let text = filled(text);
        let file: CatalogueFile = toml::from_str(&text).with_context(|| format!("assets/init/catalogue/{name} does not parse"))?;
        all.extend(file.entry);
    }
    Ok(all)
}

/// What an item is for.
enum When {
    Period(Period),
    Standing,
    Event(NaiveDate),
}

/// A staged item's matter, stage and whether it is the last stage.
type Stage = (String, String, bool);

/// One planned item: everything but its body.
struct Plan {
    id: String,
    year: i32,
    entry: usize,
    title: String,
    when: When,
    stage: Option<Stage>,
    scope: Option<&'static str>,
    audience: Option<&'static str>,
    supersedes: Option<String>,
    prepared_by: &'static str,
    reviewed_on: NaiveDate,
    approved_on: NaiveDate,
    published_on: Option<NaiveDate>,
}

/// What was written.
pub struct Generated {
    /// Items written.
    pub items: usize,
    /// Feedback cases written.
    pub cases: usize,
    /// Bytes of items and cases.
    pub bytes: u64,
    /// A published public item (relative path) whose body the harness changes.
    pub touch: PathBuf,
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn plus(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(Days::new(days)).unwrap_or(day)
}

/// Writes a repository of `n` items for `seed` into `root`, which must not exist yet.
pub fn generate(root: &Path, n: usize, seed: u64) -> Result<Generated> {
    if n < MIN_ITEMS {
        bail!("a corpus needs at least {MIN_ITEMS} items (one year of obligations); asked for {n}");
    }
    if root.exists() {
        bail!("{} already exists; the generator writes only into a new folder", root.display());
    }
    let entries = entries()?;
    let first_year = first_year(n);
    let approved_on = date(first_year, 1, 4);
    write_catalogue(root, approved_on)?;
    write_annual_reports(root, first_year)?;
    let mut rng = Rng::new(seed, 0);
    let mut plans = Vec::with_capacity(n + 64);
    plan_periodic(&entries, approved_on, &mut rng, &mut plans);
    plan_standing(&entries, approved_on, &mut rng, &mut plans);
    let events = n.saturating_sub(plans.len());
    plan_events(&entries, approved_on, events, &mut rng, &mut plans);
    let mut findings = Findings::new();
    let calendar = load_calendar(root, &mut findings);
    let cases = plan_cases(&entries, approved_on, n / 20, &mut rng, |day| add_working_days(&calendar, day, 15).due);

    let mut folders: Vec<PathBuf> = plans.iter().map(|p| root.join("items").join(p.year.to_string())).collect();
    folders.extend(cases.iter().map(|c| root.join("feedback").join(c.received.year().to_string())));
    folders.sort();
    folders.dedup();
    for folder in &folders {
        fs::create_dir_all(folder).with_context(|| format!("cannot create {}", folder.display()))?;
    }
    let item_bytes: u64 = plans
        .par_iter()
        .enumerate()
        .map(|(index, plan)| {
            let mut rng = Rng::new(seed, 1 + index as u64);
            let mut text = item_text(plan, &entries[plan.entry], &mut rng);
            let folder = root.join("items").join(plan.year.to_string());
            let path = folder.join(format!("{}.md", plan.id));
            let mut bytes = 0;
            if index % PHOTO_EVERY == PHOTO_EVERY / 2 {
                let _ = write!(text, "\n![{}现场照片]({}/{PHOTO_NAME})\n", plan.title, plan.id);
                let photo = photo(&mut rng);
                let own = folder.join(&*plan.id);
                fs::create_dir_all(&own).with_context(|| format!("cannot create {}", own.display()))?;
                fs::write(own.join(PHOTO_NAME), &photo).with_context(|| format!("cannot write a photo into {}", own.display()))?;
                bytes += photo.len() as u64;
            }
            fs::write(&path, &text).with_context(|| format!("cannot write {}", path.display()))?;
            Ok(bytes + text.len() as u64)
        })
        .sum::<Result<u64>>()?;
    let case_bytes: u64 = cases
        .par_iter()
        .enumerate()
        .map(|(index, case)| {
            let text = case_text(case, &mut Rng::new(seed, 1 + (plans.len() + index) as u64));
            let path = root.join("feedback").join(case.received.year().to_string()).join(format!("{}.md", case.id));
            fs::write(&path, &text).with_context(|| format!("cannot write {}", path.display()))?;
            Ok(text.len() as u64)
        })
        .sum::<Result<u64>>()?;
    let touch = plans
        .iter()
        .rev()
        .find(|p| matches!(p.when, When::Event(_)) && p.published_on.is_some() && p.scope.is_none() && entries[p.entry].scope == "public")
        .map(|p| PathBuf::from("items").join(p.year.to_string()).join(format!("{}.md", p.id)))
        .unwrap_or_default();
    Ok(Generated {
        items: plans.len(),
        cases: cases.len(),
        bytes: item_bytes + case_bytes,
        touch,
    })
}

/// The annual reports (`reports/<year>.md`) of every year that ended before the as-of
/// year but the last, whose report is not due yet on the as-of date.
fn write_annual_reports(root: &Path, first_year: i32) -> Result<()> {
    let folder = root.join("reports");
    fs::create_dir_all(&folder).with_context(|| format!("cannot create {}", folder.display()))?;
    for year in first_year..2025 {
        let text = format!(
            "# 孝德镇卫生院党支部{year}年度党务公开工作报告\n\n\
             ## 基本情况\n\n{year}年，支部按照党务公开目录按时公开各类事项，公开情况见本年度各季度党务公开通报。\n\n\
             ## 存在问题和改进措施\n\n个别事项公开内容不够具体。下一步将加强审核把关，提高公开质量。\n"
        );
        let path = folder.join(format!("{year}.md"));
        fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// One item in this many has a photo (every `PHOTO_EVERY`th, counted from the middle).
const PHOTO_EVERY: usize = 20;

/// The photo's file name in the item's attachment folder.
const PHOTO_NAME: &str = "现场照片.jpg";

/// The example's picture (320×200, baseline JPEG): its header segments are the photo's.
const PHOTO_BASE: &[u8] = include_bytes!("../items/2024/2024-03-11-8.1/人才引进座谈会.jpg");

/// A photo as a phone sends it after the board's size limit: 100–200 KB, with an EXIF
/// block naming the camera (which the board strips), the example picture's header
/// segments, and entropy-coded data of random bytes (no marker inside, so every reader
/// takes it for one scan). The pixels are noise; the bytes the board reads, hashes,
/// strips and writes are those of a real photo of that size.
fn photo(rng: &mut Rng) -> Vec<u8> {
    let scan = PHOTO_BASE
        .windows(2)
        .position(|w| w == [0xFF, 0xDA])
        .unwrap_or(PHOTO_BASE.len().saturating_sub(2));
    let header_length = usize::from(u16::from_be_bytes([PHOTO_BASE[scan + 2], PHOTO_BASE[scan + 3]]));
    let size = rng.range(100_000, 200_000) as usize;
    let mut out = Vec::with_capacity(size + 1024);
    out.extend_from_slice(&PHOTO_BASE[..2]);
    let camera = b"MM\0*\0\0\0\x08\0\x01\x01\x0f\0\x02\0\0\0\x10\0\0\0\x1a\0\0\0\0HUAWEI Mate 60\0\0";
    let exif_length = u16::try_from(2 + 6 + camera.len()).unwrap_or(u16::MAX);
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&exif_length.to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(camera);
    out.extend_from_slice(&PHOTO_BASE[2..scan + 2 + header_length]);
    while out.len() < size {
        let word = rng.next_u64().to_le_bytes();
        out.extend(word.iter().map(|b| if *b == 0xFF { 0xFE } else { *b }));
    }
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}

/// Ten years (2016–2025) for a thousand items or more; fewer years for smaller corpora,
/// so that about half the items are the periodic and standing duties of those years.
fn first_year(n: usize) -> i32 {
    let years = (n / 100).clamp(1, 10) as i32;
    2026 - years
}

/// disclose.toml with the catalogue's approval (digest computed by the library, as
/// `disclose catalogue approve` does), and the eight catalogue files.
fn write_catalogue(root: &Path, approved_on: NaiveDate) -> Result<()> {
    fs::create_dir_all(root.join("catalogue")).with_context(|| format!("cannot create {}", root.display()))?;
    for (name, text) in CATALOGUE {
        fs::write(root.join("catalogue").join(name), filled(text)).with_context(|| format!("cannot write catalogue/{name}"))?;
    }
    fs::write(root.join("disclose.toml"), CONFIG).context("cannot write disclose.toml")?;
    let (repo, _) = load_repo(root).map_err(|e| anyhow::anyhow!("the generated repository does not load: {e}"))?;
    let digest = catalogue_digest(&repo.catalogue);
    let mut config = CONFIG.to_string();
    let _ = write!(
        config,
        "\n[approval]\napproved_on = {approved_on}\napproved_by = \"党务公开工作领导小组\"\ndigest = \"{}\"\n\n[approval.parts]\n",
        digest.whole
    );
    for (part, value) in &digest.parts {
        let _ = writeln!(config, "\"{part}\" = \"{value}\"");
    }
    fs::write(root.join("disclose.toml"), config).context("cannot write disclose.toml")?;
    Ok(())
}

const PEOPLE: [&str; 5] = ["舒军", "叶成刚", "廖敏", "王建华", "刘晓燕"];

/// The leader, who approves every item.
const APPROVER: &str = "舒军";

/// Review, approval and publication from `ready` on, all within `spread` days; left
/// approved but unpublished (waiting for `disclose publish`) when publication would fall
/// on or after the as-of date.
fn steps(ready: NaiveDate, spread: u64, rng: &mut Rng) -> (NaiveDate, NaiveDate, Option<NaiveDate>) {
    let reviewed = plus(ready, rng.range(0, spread / 2));
    let approved = plus(reviewed, rng.range(0, 1));
    let published = plus(approved, rng.range(0, spread)).min(plus(ready, spread)).max(approved);
    let as_of = AS_OF.parse::<NaiveDate>().unwrap_or(NaiveDate::MAX);
    if published >= as_of {
        let last = as_of.pred_opt().unwrap_or(as_of);
        (reviewed.min(last), approved.min(last), None)
    } else {
        (reviewed, approved, Some(published))
    }
}

fn period_words(period: Period) -> String {
    let text = period.to_string();
    let year = period.start().year();
    match period.kind {
        PeriodKind::Month => format!("{year}年{}月", period.start().month()),
        PeriodKind::Quarter => format!("{year}年第{}季度", ["一", "二", "三", "四"][(period.start().month() as usize - 1) / 3]),
        PeriodKind::HalfYear => format!("{year}年{}", if text.ends_with("H1") { "上半年" } else { "下半年" }),
        PeriodKind::Year => format!("{year}年度"),
    }
}

/// One item per period of every periodic entry, from the approval to the end of 2025.
fn plan_periodic(entries: &[Entry], approved_on: NaiveDate, rng: &mut Rng, plans: &mut Vec<Plan>) {
    let last_day = date(2025, 12, 31);
    for (index, entry) in entries.iter().enumerate() {
        let Some(kind) = entry.period.as_deref().and_then(PeriodKind::from_word) else {
            continue;
        };
        let mut period = Period::containing(kind, approved_on);
        while period.end() <= last_day {
            let (reviewed_on, approved, published_on) = steps(plus(period.end(), 1), 9, rng);
            plans.push(Plan {
                id: format!("{period}-{}", entry.id),
                year: period.start().year(),
                entry: index,
                title: format!("{}{}", period_words(period), short_title(&entry.title)),
                when: When::Period(period),
                stage: None,
                scope: None,
                audience: None,
                supersedes: None,
                prepared_by: owner(entry),
                reviewed_on,
                approved_on: approved,
                published_on,
            });
            period = period.next();
        }
    }
}

/// Who prepares an entry's items: its owner, unless the owner is the leader who approves
/// them (as in `init --leader`'s catalogue, where the leader owns every entry); then one
/// of the other members, the same one for every item of the entry, so that no item is
/// prepared and approved by one person (`same-signer`).
fn owner(entry: &Entry) -> &'static str {
    let named = PEOPLE.iter().copied().find(|p| *p == entry.owner).unwrap_or(PEOPLE[1]);
    if named != APPROVER {
        return named;
    }
    let spread = entry.id.bytes().map(usize::from).sum::<usize>();
    PEOPLE[1 + spread % (PEOPLE.len() - 1)]
}

/// The entry title's last clause without its trailing "情况", for item titles.
fn short_title(title: &str) -> String {
    let title = title.strip_suffix("情况").unwrap_or(title);
    title.split('，').next_back().unwrap_or(title).to_string()
}

/// Standing entries: a first version soon after the approval; entries with
/// `review_months` re-confirmed every 11 to 11½ months, others revised every few years.
/// Each new version supersedes the one before.
fn plan_standing(entries: &[Entry], approved_on: NaiveDate, rng: &mut Rng, plans: &mut Vec<Plan>) {
    let last_day = date(2025, 12, 20);
    for (index, entry) in entries.iter().enumerate().filter(|(_, e)| e.cadence == "standing") {
        let mut day = plus(approved_on, rng.range(3, 8));
        let mut previous: Option<String> = None;
        let mut version = 1;
        while day <= last_day {
            let (reviewed_on, approved, published_on) = steps(day, 2, rng);
            let id = format!("{day}-{}", entry.id);
            let title = if version == 1 {
                short_title(&entry.title)
            } else {
                format!("{}（{}年修订）", short_title(&entry.title), day.year())
            };
            plans.push(Plan {
                id: id.clone(),
                year: day.year(),
                entry: index,
                title,
                when: When::Standing,
                stage: None,
                scope: None,
                audience: None,
                supersedes: previous.replace(id),
                prepared_by: owner(entry),
                reviewed_on,
                approved_on: approved,
                published_on,
            });
            version += 1;
            day = plus(
                day,
                if entry.review_months.is_some() {
                    rng.range(330, 345)
                } else {
                    rng.range(700, 1400)
                },
            );
        }
    }
}

/// Event items (immediate and staged entries) filling the corpus up to N, spread evenly
/// over the years; staged entries come as matters of three or four stages.
fn plan_events(entries: &[Entry], approved_on: NaiveDate, count: usize, rng: &mut Rng, plans: &mut Vec<Plan>) {
    // Weights: decisions and notices are common, disciplinary decisions rare.
    let weights: BTreeMap<&str, u64> = [
        ("1.3", 22),
        ("1.5", 6),
        ("5.1", 10),
        ("5.2", 8),
        ("5.5", 4),
        ("6.6", 5),
        ("8.2", 15),
        ("2.4", 18),
        ("3.2", 12),
    ]
    .into_iter()
    .collect();
    let pool: Vec<(usize, u64)> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| weights.get(e.id.as_str()).map(|w| (i, *w)))
        .collect();
    let total: u64 = pool.iter().map(|(_, w)| w).sum();
    let first = plus(approved_on, 1);
    let span = (date(2025, 12, 31) - first).num_days() as u64;
    let mut drafts: Vec<(NaiveDate, usize, Option<Stage>)> = Vec::with_capacity(count);
    let mut matters: BTreeMap<String, u32> = BTreeMap::new();
    while drafts.len() < count {
        let mut ticket = rng.range(0, total - 1);
        let &(entry, _) = pool
            .iter()
            .find(|(_, w)| {
                if ticket < *w {
                    true
                } else {
                    ticket -= w;
                    false
                }
            })
            .unwrap_or(&pool[0]);
        let event = plus(first, rng.range(0, span));
        if entries[entry].cadence == "staged" {
            let (matter, stages) = matter_for(&entries[entry].id, event.year(), &mut matters, rng);
            let mut day = event;
            let wanted = stages.len().min(count - drafts.len());
            for (number, stage) in stages.iter().take(wanted).enumerate() {
                if day > date(2025, 12, 31) {
                    break;
                }
                drafts.push((day, entry, Some((matter.clone(), (*stage).to_string(), number + 1 == stages.len()))));
                day = plus(day, rng.range(7, 40));
            }
        } else {
            drafts.push((event, entry, None));
        }
    }
    drafts.sort_by(|a, b| (a.0, &entries[a.1].id).cmp(&(b.0, &entries[b.1].id)));
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    for (event, entry_index, stage) in drafts {
        let entry = &entries[entry_index];
        let base = format!("{event}-{}", entry.id);
        let count = seen.entry(base.clone()).or_insert(0);
        *count += 1;
        let id = if *count == 1 { base } else { format!("{base}-{count}") };
        let (scope, audience) = match entry.id.as_str() {
            "6.6" if rng.chance(60) => (Some("restricted"), Some("本人及所在党小组")),
            _ if entry.scope == "public" && rng.chance(4) => (Some("members"), None),
            _ => (None, None),
        };
        let title = event_title(entry, event, stage.as_ref(), rng);
        let (reviewed_on, approved_on, published_on) = steps(event, 3, rng);
        plans.push(Plan {
            id,
            year: event.year(),
            entry: entry_index,
            title,
            when: When::Event(event),
            stage,
            scope,
            audience,
            supersedes: None,
            prepared_by: owner(entry),
            reviewed_on,
            approved_on,
            published_on,
        });
    }
}

const BRANCHES: [&str; 8] = [
    "门诊党支部",
    "住院部党支部",
    "公共卫生党支部",
    "医技党支部",
    "行政后勤党支部",
    "退休党员党支部",
    "村卫生室联合党支部",
    "中医科党支部",
];

/// A matter's name (unique: a number is added when a name comes again) and its stages.
fn matter_for(entry: &str, year: i32, names: &mut BTreeMap<String, u32>, rng: &mut Rng) -> (String, Vec<&'static str>) {
    let branch = rng.pick(&BRANCHES);
    let (what, stages) = if entry == "3.2" {
        (
            rng.pick(&["支部委员会换届选举", "党小组调整", "支部委员补选"]),
            vec!["酝酿提名", "候选人预备人选公示", "选举结果", "上级党委批复"],
        )
    } else {
        (
            rng.pick(&["“两学一做”学习教育", "主题教育", "党史学习教育", "作风建设专项行动", "清廉医院建设"]),
            vec!["动员部署", "学习研讨", "检视整改", "总结评估"],
        )
    };
    let name = format!("{year}年{branch}{what}");
    let count = names.entry(name.clone()).or_insert(0);
    *count += 1;
    let name = if *count == 1 { name } else { format!("{name}（{count}）") };
    (name, stages)
}

const TOPICS: [&str; 16] = [
    "调整党小组设置",
    "开展家庭医生签约服务提质行动",
    "加强医疗质量安全管理",
    "推进基本公共卫生服务项目",
    "规范“三会一课”制度",
    "做好党费收缴工作",
    "建立党员联系服务群众制度",
    "开展健康扶贫工作",
    "深化清廉医院建设",
    "做好传染病防控工作",
    "开展党员志愿服务",
    "规范药品耗材采购管理",
    "加强慢性病患者随访管理",
    "开展送医下乡活动",
    "落实意识形态工作责任制",
    "推进村卫生室标准化建设",
];

fn event_title(entry: &Entry, event: NaiveDate, stage: Option<&Stage>, rng: &mut Rng) -> String {
    let topic = rng.pick(&TOPICS);
    let name = person_name(rng);
    match (entry.id.as_str(), stage) {
        (_, Some((matter, stage, _))) => format!("{matter}：{stage}"),
        ("1.3", _) => format!("关于{topic}的{}", rng.pick(&["决定", "通知", "实施方案", "决议"])),
        ("1.5", _) => format!("关于{}处置情况的通报", rng.pick(&["医疗纠纷", "职工集体诉求", "群众联名反映事项", "信访事项"])),
        ("5.1", _) => format!("关于{name}同志{}的通知", rng.pick(&["任职", "轮岗交流", "试用期满考核", "免职"])),
        ("5.2", _) => format!("{}年拟提拔中层干部人选公示（{name}）", event.year()),
        ("5.5", _) => format!("党外代表人士{name}同志{}情况", rng.pick(&["推荐安排", "培养使用", "教育管理"])),
        ("6.6", _) => format!("关于给予{name}同志{}的决定", rng.pick(&["党内警告处分", "诫勉谈话", "批评教育"])),
        _ => format!("关于{topic}的公告"),
    }
}

fn person_name(rng: &mut Rng) -> String {
    let family = rng.pick(&["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"]);
    let given = rng.pick(&[
        "建国", "晓燕", "志强", "秀英", "海涛", "丽萍", "文斌", "玉兰", "德明", "春梅", "永红", "小军", "桂芳", "国华",
    ]);
    format!("{family}{given}")
}

fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn item_text(plan: &Plan, entry: &Entry, rng: &mut Rng) -> String {
    let mut text = String::with_capacity(4096);
    text.push_str("+++\n");
    let _ = writeln!(text, "entry = {}", quote(&entry.id));
    let _ = writeln!(text, "title = {}", quote(&plan.title));
    match &plan.when {
        When::Period(period) => {
            let _ = writeln!(text, "period = \"{period}\"");
        }
        When::Event(event) => {
            let _ = writeln!(text, "event = {event}");
        }
        When::Standing => {}
    }
    if let Some((matter, stage, last)) = &plan.stage {
        let _ = writeln!(text, "matter = {}\nstage = {}", quote(matter), quote(stage));
        if *last {
            text.push_str("final = true\n");
        }
    }
    if let Some(scope) = plan.scope {
        let _ = writeln!(text, "scope = \"{scope}\"");
    }
    if let Some(audience) = plan.audience {
        let _ = writeln!(text, "audience = \"{audience}\"");
    }
    if let Some(old) = &plan.supersedes {
        let _ = writeln!(text, "supersedes = \"{old}\"");
    }
    let reviewer = if plan.prepared_by == "廖敏" { "叶成刚" } else { "廖敏" };
    let _ = write!(
        text,
        "prepared_by = \"{}\"\nreviewed_by = \"{reviewer}\"\nreviewed_on = {}\napproved_by = \"{APPROVER}\"\napproved_on = {}\n",
        plan.prepared_by, plan.reviewed_on, plan.approved_on
    );
    if let Some(on) = plan.published_on {
        let _ = writeln!(text, "published_on = {on}");
    }
    text.push_str("+++\n");
    body(&mut text, rng);
    text
}

// ---- bodies -------------------------------------------------------------------------

const OPENINGS: [&str; 8] = [
    "今年以来，",
    "本季度，",
    "近期，",
    "按照上级党委部署，",
    "根据年度工作计划，",
    "为进一步加强基层党组织建设，",
    "围绕中心工作，",
    "对照目录要求，",
];
const SUBJECTS: [&str; 12] = [
    "支部委员会",
    "党支部",
    "各党小组",
    "全体党员",
    "支部书记",
    "组织委员",
    "纪检委员",
    "宣传委员",
    "院领导班子",
    "各科室负责人",
    "青年党员志愿服务队",
    "退休党员党小组",
];
const ACTIONS: [&str; 24] = [
    "召开支部党员大会",
    "开展主题党日活动",
    "组织集中学习",
    "落实“三会一课”制度",
    "开展谈心谈话",
    "组织专题研讨",
    "召开组织生活会",
    "开展民主评议党员",
    "按月收缴党费",
    "推进家庭医生签约服务",
    "入户随访慢性病患者",
    "深入村组开展义诊",
    "开展健康知识讲座",
    "落实基本公共卫生服务项目",
    "开展廉政警示教育",
    "开展党风廉政建设专项检查",
    "排查化解医患矛盾纠纷",
    "走访慰问困难党员和老党员",
    "开展结对帮扶",
    "听取群众意见建议",
    "学习党章党规",
    "开展“双争”活动",
    "推进党建与业务融合",
    "落实首诊负责制",
];
const PURPOSES: [&str; 12] = [
    "进一步增强了党员的党性意识和宗旨意识",
    "切实解决群众看病就医的急难愁盼问题",
    "推动党建工作与医疗业务深度融合",
    "提升基层医疗卫生服务能力",
    "筑牢拒腐防变的思想防线",
    "确保各项工作落到实处",
    "形成了可复制、可推广的工作机制",
    "让群众在家门口享受到优质医疗服务",
    "发挥党员先锋模范作用",
    "营造风清气正的良好氛围",
    "提高了党组织的凝聚力和战斗力",
    "群众满意度持续提升",
];
const RESULTS: [&str; 10] = [
    "参加党员{}人次",
    "覆盖群众{}户",
    "新增签约居民{}人",
    "收集意见建议{}条",
    "整改问题{}个",
    "随访{}人次",
    "发放宣传资料{}份",
    "开展活动{}场次",
    "帮扶困难群众{}户",
    "培训医务人员{}人次",
];
const LINKS: [&str; 8] = [
    "同时，",
    "此外，",
    "会议指出，",
    "会议要求，",
    "下一步，",
    "针对存在的问题，",
    "经支部委员会研究，",
    "在此基础上，",
];
const HEADINGS: [&str; 10] = [
    "工作开展情况",
    "主要做法",
    "取得的成效",
    "存在的问题",
    "整改措施",
    "下一步工作打算",
    "基本情况",
    "学习内容",
    "群众反映的问题",
    "落实情况",
];
const NUMERALS: [&str; 8] = ["一", "二", "三", "四", "五", "六", "七", "八"];

fn sentence(out: &mut String, rng: &mut Rng) {
    match rng.range(0, 99) {
        0..=39 => out.push_str(rng.pick(&OPENINGS)),
        40..=63 => out.push_str(rng.pick(&LINKS)),
        _ => {}
    }
    let _ = write!(out, "{}{}，{}", rng.pick(&SUBJECTS), rng.pick(&ACTIONS), rng.pick(&PURPOSES));
    if rng.chance(60) {
        let result = rng.pick(&RESULTS).replace("{}", &rng.range(3, 480).to_string());
        let _ = write!(out, "，{result}");
    }
    out.push('。');
}

fn paragraph(out: &mut String, rng: &mut Rng) {
    for _ in 0..rng.range(2, 5) {
        sentence(out, rng);
    }
    out.push_str("\n\n");
}

fn bold_paragraph(out: &mut String, number: usize, rng: &mut Rng) {
    let _ = write!(out, "**（{}）{}。**", NUMERALS[number % NUMERALS.len()], rng.pick(&HEADINGS));
    paragraph(out, rng);
}

fn list(out: &mut String, rng: &mut Rng) {
    let ordered = rng.chance(50);
    for number in 1..=rng.range(3, 6) {
        if ordered {
            let _ = write!(out, "{number}. ");
        } else {
            out.push_str("- ");
        }
        let _ = writeln!(out, "{}{}，{}。", rng.pick(&SUBJECTS), rng.pick(&ACTIONS), rng.pick(&PURPOSES));
    }
    out.push('\n');
}

fn table(out: &mut String, rng: &mut Rng) {
    match rng.range(0, 2) {
        0 => {
            out.push_str("| 党小组 | 党员数 | 参加人次 | 出勤率 |\n|---|---:|---:|---:|\n");
            for group in ["第一党小组（门诊医技）", "第二党小组（住院部）", "第三党小组（公共卫生）", "退休党员党小组"] {
                let members = rng.range(5, 14);
                let present = rng.range(members * 2, members * 3);
                let _ = writeln!(out, "| {group} | {members} | {present} | {}% |", 80 + rng.range(0, 20));
            }
        }
        1 => {
            out.push_str("| 科室 | 签约人数 | 随访人次 | 完成率 |\n|---|---:|---:|---:|\n");
            for unit in ["全科", "公共卫生科", "中医科", "护理部", "村卫生室"] {
                let _ = writeln!(
                    out,
                    "| {unit} | {} | {} | {}.{}% |",
                    rng.range(120, 2400),
                    rng.range(300, 6000),
                    rng.range(85, 99),
                    rng.range(0, 9)
                );
            }
        }
        _ => {
            out.push_str("| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |\n|---:|---|---|---|---|\n");
            for number in 1..=rng.range(3, 5) {
                let _ = writeln!(
                    out,
                    "| {number} | {}不够到位 | {} | {} | {}月底前 |",
                    rng.pick(&ACTIONS),
                    rng.pick(&ACTIONS),
                    rng.pick(&PEOPLE),
                    rng.range(1, 12)
                );
            }
        }
    }
    out.push('\n');
}

/// A body of 200 to 3,000 characters (most near 1,000): paragraphs, numbered bold runs,
/// headings, lists and GFM tables, built from the domain's words.
fn body(out: &mut String, rng: &mut Rng) {
    let fraction = rng.next_u64() as f64 / u64::MAX as f64;
    let target = 200 + (2_600.0 * fraction.powf(1.6)) as usize;
    let mut length = 0;
    let mut number = 0;
    let mut block = String::with_capacity(1024);
    loop {
        block.clear();
        match rng.range(0, 9) {
            0..=3 => paragraph(&mut block, rng),
            4 | 5 => {
                bold_paragraph(&mut block, number, rng);
                number += 1;
            }
            6 => list(&mut block, rng),
            7 => table(&mut block, rng),
            _ => {
                let _ = writeln!(block, "## {}、{}\n", NUMERALS[number % NUMERALS.len()], rng.pick(&HEADINGS));
                number += 1;
                paragraph(&mut block, rng);
            }
        }
        let chars = block.chars().count();
        if length >= 200 && length + chars > 3_000 {
            break;
        }
        out.push_str(&block);
        length += chars;
        if length >= target {
            break;
        }
    }
    // One trailing newline, as an editor leaves it.
    while out.ends_with("\n\n") {
        out.pop();
    }
}

// ---- feedback -----------------------------------------------------------------------

struct CasePlan {
    id: String,
    received: NaiveDate,
    due: NaiveDate,
    about: Option<String>,
    open: bool,
}

/// About `count` cases over the same years; all answered within their limit, but a few
/// received at the very end still being handled.
fn plan_cases(entries: &[Entry], approved_on: NaiveDate, count: usize, rng: &mut Rng, due: impl Fn(NaiveDate) -> NaiveDate) -> Vec<CasePlan> {
    let span = (date(2025, 12, 31) - approved_on).num_days() as u64;
    let mut days: Vec<NaiveDate> = (0..count).map(|_| plus(approved_on, rng.range(1, span))).collect();
    days.sort();
    let mut per_day: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    days.into_iter()
        .map(|received| {
            let number = per_day.entry(received).or_insert(0);
            *number += 1;
            let about = rng.chance(50).then(|| entries[rng.range(0, entries.len() as u64 - 1) as usize].id.clone());
            CasePlan {
                id: format!("{received}-{number}"),
                received,
                due: due(received),
                about,
                open: received > date(2025, 12, 17),
            }
        })
        .collect()
}

const OPINIONS: [(&str, &str, &str); 8] = [
    (
        "群众反映门诊排队时间长",
        "门诊挂号、缴费排队时间太长，老年人站不住，希望多开几个窗口。",
        "已在门诊大厅增设自助机和导诊台，高峰时段增开收费窗口，并为老年人开设优先通道。",
    ),
    (
        "群众反映家庭医生签约后上门随访少",
        "签了家庭医生，但一年只来过一次，老人有高血压，希望多来看看。",
        "已调整签约团队分工，对高血压、糖尿病患者每季度至少随访一次，并公布团队联系电话。",
    ),
    (
        "党员建议增加集中学习的形式",
        "支部学习多是读文件，建议多安排现场教学和专题讲座。",
        "支部已将现场教学和专题讲座纳入年度学习计划，每季度至少安排一次。",
    ),
    (
        "群众反映村卫生室药品种类少",
        "村卫生室常用药经常缺，要跑到镇上买，很不方便。",
        "已核实村卫生室基本药物配备情况，补齐常用药品目录，并建立每周配送制度。",
    ),
    (
        "群众反映夜间急诊联系不畅",
        "晚上打急诊电话有时没人接，家里老人发病很着急。",
        "已为急诊值班室增设专线并落实值班人员在岗核查，值班电话在公开栏公布。",
    ),
    (
        "党员反映党费交纳标准不清楚",
        "不清楚调资后党费怎么重新核定，希望讲清楚。",
        "支部已在党员大会上解读党费交纳标准，并对调资党员逐一重新核定交纳基数。",
    ),
    (
        "群众建议公开医疗收费项目",
        "看病收费明细看不懂，希望把收费标准公开出来。",
        "已在门诊大厅和住院部设置收费公示栏，公开常见医疗服务项目和药品价格。",
    ),
    (
        "群众反映健康体检通知不及时",
        "老年人免费体检的时间没通知到位，错过了。",
        "已通过村组广播、微信群和家庭医生逐户通知体检时间，并增加一次补检。",
    ),
];

fn case_text(case: &CasePlan, rng: &mut Rng) -> String {
    let (summary, opinion, answer) = rng.pick(&OPINIONS);
    let channel = rng.pick(&["hotline", "suggestion-box", "reception-day", "letter"]);
    let from = if rng.chance(70) { "public" } else { "member" };
    let mut text = String::with_capacity(1024);
    let _ = write!(
        text,
        "+++\nreceived_on = {}\nchannel = \"{channel}\"\nfrom = \"{from}\"\nname = \"{}\"\ncontact = \"0838-62{:05}\"\n",
        case.received,
        person_name(rng),
        rng.range(0, 99_999)
    );
    if let Some(about) = &case.about {
        let _ = writeln!(text, "about = \"{about}\"");
    }
    let logged = plus(case.received, 1);
    let answered = plus(case.received, rng.range(3, 12)).min(case.due);
    let status = if case.open {
        "handling"
    } else if rng.chance(50) {
        "closed"
    } else {
        "answered"
    };
    let _ = write!(
        text,
        "summary = \"{summary}\"\ndue_on = {}\nstatus = \"{status}\"\n\n[[action]]\non = {logged}\nby = \"叶成刚\"\nnote = \"登记后转相关科室核实\"\n",
        case.due
    );
    if status == "closed" {
        // The close is a step of the handling log, after the answer (the case's state
        // machine replays it: without it the case would be `answered`).
        let _ = write!(
            text,
            "\n[[action]]\non = {}\nby = \"叶成刚\"\nkind = \"close\"\nnote = \"回访后办结\"\n",
            plus(answered, 1)
        );
    }
    if !case.open {
        let public = rng.chance(60);
        let _ = write!(text, "\n[response]\non = {answered}\ntext = \"{answer}\"\npublic = {public}\n");
        if status == "closed" {
            let _ = writeln!(text, "rating = \"{}\"", rng.pick(&["satisfied", "satisfied", "partly"]));
        }
    }
    let _ = writeln!(text, "+++\n{opinion}");
    text
}
