//! Random repositories (proptest): random catalogues (scopes, cadences, limits), items
//! (dates, periods, events, stages, scope narrowing, publication before or after the
//! as-of date, `supersedes`), and feedback cases in every status (public or not, with
//! handling logs, `about` pointing anywhere), with a unique string planted in every
//! field. Each repository is written to a folder, loaded, and its board and the bulletin
//! of every quarter it touches are built through the library. The oracle is the
//! specification, written here independently of the code:
//! - no string of a non-public place (members or restricted items, items narrowed by
//!   their own scope, items not published on the as-of date, private case fields, cases
//!   not answered publicly by the as-of date, rejection reasons) is in any board file,
//!   the feed included;
//! - no string of a restricted item and no private case field (name, contact, the
//!   opinion, handling notes) is in any bulletin;
//! - every title of a published public item and the summary of every publicly answered
//!   case are on the board, so that the test can fail.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use chrono::{Days, NaiveDate};
use disclose::diag::Location;
use disclose::load::digest::catalogue_digest;
use disclose::model::Approval;
use disclose::obligations::period::{Period, PeriodKind};
use disclose::render::board::build_board_with;
use disclose::render::bulletin::build_bulletin_with;
use disclose::render::templates::Templates;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// How many repositories one run generates (`DISCLOSE_RANDOM_CASES` overrides it for a
/// longer run). Each takes about 15 ms in a debug build: writing ~20 files to memory,
/// loading them, building the board (~30 pages) and about four bulletins.
const CASES: u32 = 2_000;

fn cases() -> u32 {
    std::env::var("DISCLOSE_RANDOM_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(CASES)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Scope {
    Public,
    Members,
    Restricted,
}

impl Scope {
    fn word(self) -> &'static str {
        match self {
            Scope::Public => "public",
            Scope::Members => "members",
            Scope::Restricted => "restricted",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cadence {
    Standing,
    Periodic(PeriodKind),
    Immediate,
    Staged,
}

#[derive(Debug, Clone)]
struct EntrySpec {
    scope: Scope,
    cadence: Cadence,
    due: u32,
    working_days: bool,
}

#[derive(Debug, Clone)]
struct ItemSpec {
    entry: usize,
    narrow: Scope,
    /// The event or a day in the period, in days from the as-of date.
    date: i64,
    /// Published, in days from the as-of date (after it: not yet public).
    published: Option<i64>,
    signed: bool,
    final_stage: bool,
    supersedes: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Received,
    Handling,
    Answered,
    Closed,
    Rejected,
}

#[derive(Debug, Clone)]
struct CaseSpec {
    received: i64,
    member: bool,
    status: Status,
    public: bool,
    answer_after: i64,
    notes: usize,
    /// `about`: an item (true) or an entry (false), by index.
    about: Option<(bool, usize)>,
}

#[derive(Debug, Clone)]
struct Spec {
    as_of: i64,
    english: bool,
    entries: Vec<EntrySpec>,
    items: Vec<ItemSpec>,
    cases: Vec<CaseSpec>,
}

fn scope() -> impl Strategy<Value = Scope> {
    prop_oneof![Just(Scope::Public), Just(Scope::Members), Just(Scope::Restricted)]
}

fn cadence() -> impl Strategy<Value = Cadence> {
    prop_oneof![
        Just(Cadence::Standing),
        Just(Cadence::Periodic(PeriodKind::Month)),
        Just(Cadence::Periodic(PeriodKind::Quarter)),
        Just(Cadence::Periodic(PeriodKind::HalfYear)),
        Just(Cadence::Periodic(PeriodKind::Year)),
        Just(Cadence::Immediate),
        Just(Cadence::Staged),
    ]
}

fn status() -> impl Strategy<Value = Status> {
    prop_oneof![
        Just(Status::Received),
        Just(Status::Handling),
        Just(Status::Answered),
        Just(Status::Closed),
        Just(Status::Rejected),
    ]
}

fn spec() -> impl Strategy<Value = Spec> {
    let entry = (scope(), cadence(), 1u32..40, any::<bool>()).prop_map(|(scope, cadence, due, working_days)| EntrySpec {
        scope,
        cadence,
        due,
        working_days,
    });
    let item = (
        0usize..8,
        prop_oneof![3 => Just(Scope::Public), 1 => Just(Scope::Members), 1 => Just(Scope::Restricted)],
        -500i64..60,
        proptest::option::weighted(0.8, -400i64..40),
        any::<bool>(),
        any::<bool>(),
        proptest::option::weighted(0.2, 0usize..12),
    )
        .prop_map(|(entry, narrow, date, published, signed, final_stage, supersedes)| ItemSpec {
            entry,
            narrow,
            date,
            published,
            signed,
            final_stage,
            supersedes,
        });
    let case = (
        -300i64..10,
        any::<bool>(),
        status(),
        any::<bool>(),
        0i64..40,
        0usize..3,
        proptest::option::of((any::<bool>(), 0usize..12)),
    )
        .prop_map(|(received, member, status, public, answer_after, notes, about)| CaseSpec {
            received,
            member,
            status,
            public,
            answer_after,
            notes,
            about,
        });
    (
        0i64..900,
        proptest::bool::weighted(0.2),
        proptest::collection::vec(entry, 1..6),
        proptest::collection::vec(item, 0..12),
        proptest::collection::vec(case, 0..6),
    )
        .prop_map(|(as_of, english, entries, items, cases)| Spec {
            as_of,
            english,
            entries,
            items,
            cases,
        })
}

/// A unique string: its kind and number, fenced so that no mark contains another.
fn mark(kind: &str, n: usize) -> String {
    format!("ZZ{kind}{n}QQ")
}

fn shift(day: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        day + Days::new(days.unsigned_abs())
    } else {
        day - Days::new(days.unsigned_abs())
    }
}

/// What the generated repository must and must not show.
#[derive(Debug, Default)]
struct Oracle {
    /// Absent from every board file.
    not_on_board: Vec<String>,
    /// Absent from every bulletin.
    not_in_bulletin: Vec<String>,
    /// Present in some board file.
    on_board: Vec<String>,
    /// Quarters whose bulletin is built.
    quarters: BTreeSet<Period>,
}

/// Writes the repository of `spec` into `dir` and says what it must show.
fn write_repository(dir: &Path, spec: &Spec) -> (NaiveDate, Oracle) {
    let base = NaiveDate::from_ymd_opt(2025, 3, 1).expect("date");
    let as_of = shift(base, spec.as_of);
    let mut oracle = Oracle::default();
    oracle.quarters.insert(Period::containing(PeriodKind::Quarter, as_of));
    let write = |relative: &str, text: &str| {
        let path = dir.join(relative);
        fs::create_dir_all(path.parent().expect("parent")).expect("create folder");
        fs::write(path, text).expect("write");
    };
    let locale = if spec.english { "en" } else { "zh-CN" };
    write(
        "disclose.toml",
        &format!(
            "[organisation]\nname = \"随机测试支部\"\nlocale = \"{locale}\"\n\n[leading_group]\nleader = \"舒军\"\n\n[feedback]\nhotline = \"6251071\"\nchannels = [\"hotline\", \"letter\"]\nworking_days = 15\n\n[publish]\nrequire_review = false\nrequire_approval = false\n"
        ),
    );

    let mut catalogue = String::from("[category]\ncode = \"1\"\ntitle = \"随机类别\"\n");
    for (n, entry) in spec.entries.iter().enumerate() {
        let (cadence, period) = match entry.cadence {
            Cadence::Standing => ("standing", None),
            Cadence::Periodic(kind) => ("periodic", Some(kind.as_str())),
            Cadence::Immediate => ("immediate", None),
            Cadence::Staged => ("staged", None),
        };
        let _ = write!(
            catalogue,
            "\n[[entry]]\nid = \"1.{}\"\ntitle = \"条目{}\"\nscope = \"{}\"\ncadence = \"{cadence}\"\n",
            n + 1,
            n + 1,
            entry.scope.word()
        );
        if let Some(period) = period {
            let _ = writeln!(catalogue, "period = \"{period}\"");
        }
        let key = if entry.working_days { "due_working_days" } else { "due_days" };
        let _ = writeln!(catalogue, "{key} = {}\nowner = \"廖敏\"", entry.due);
    }
    write("catalogue/01-random.toml", &catalogue);

    for (n, item) in spec.items.iter().enumerate() {
        let entry = &spec.entries[item.entry % spec.entries.len()];
        let scope = entry.scope.max(item.narrow);
        let day = shift(as_of, item.date);
        let published = item.published.map(|p| shift(as_of, p));
        let visible = scope == Scope::Public && published.is_some_and(|p| p <= as_of);
        let strings = [mark("T", n), mark("B", n), mark("A", n), mark("M", n), mark("S", n)];
        let mut front = format!("entry = \"1.{}\"\ntitle = \"事项 {}\"\n", item.entry % spec.entries.len() + 1, strings[0]);
        match entry.cadence {
            Cadence::Periodic(kind) => {
                let _ = writeln!(front, "period = \"{}\"", Period::containing(kind, day));
            }
            Cadence::Immediate => {
                let _ = writeln!(front, "event = {day}");
            }
            Cadence::Staged => {
                let _ = writeln!(front, "event = {day}\nmatter = \"{}\"\nstage = \"{}\"", strings[3], strings[4]);
                if item.final_stage {
                    front.push_str("final = true\n");
                }
            }
            Cadence::Standing => {
                if let Some(other) = item.supersedes.filter(|other| *other != n && *other < spec.items.len()) {
                    let _ = writeln!(front, "supersedes = \"item-{other}\"");
                }
            }
        }
        if item.narrow > entry.scope {
            let _ = writeln!(front, "scope = \"{}\"", item.narrow.word());
        }
        if scope == Scope::Restricted {
            let _ = writeln!(front, "audience = \"{}\"", strings[2]);
        }
        front.push_str("prepared_by = \"王晓燕\"\n");
        if item.signed {
            let on = published.unwrap_or(day);
            let _ = writeln!(front, "reviewed_by = \"廖敏\"\nreviewed_on = {on}\napproved_by = \"舒军\"\napproved_on = {on}");
        }
        if let Some(on) = published {
            let _ = writeln!(front, "published_on = {on}");
            oracle.quarters.insert(Period::containing(PeriodKind::Quarter, on));
        }
        write(&format!("items/item-{n}.md"), &format!("+++\n{front}+++\n正文 {}。\n", strings[1]));
        if visible {
            oracle.on_board.push(strings[0].clone());
        } else {
            oracle.not_on_board.extend(strings.iter().cloned());
        }
        if scope == Scope::Restricted {
            oracle.not_in_bulletin.extend(strings.iter().cloned());
        }
    }

    for (n, case) in spec.cases.iter().enumerate() {
        let received = shift(as_of, case.received);
        oracle.quarters.insert(Period::containing(PeriodKind::Quarter, received));
        let (name, contact, opinion, summary, answer, reason) = (mark("N", n), mark("C", n), mark("O", n), mark("U", n), mark("R", n), mark("J", n));
        let status = match case.status {
            Status::Received => "received",
            Status::Handling => "handling",
            Status::Answered => "answered",
            Status::Closed => "closed",
            Status::Rejected => "rejected",
        };
        let from = if case.member { "member" } else { "public" };
        let mut front = format!("received_on = {received}\nchannel = \"letter\"\nfrom = \"{from}\"\nname = \"{name}\"\ncontact = \"{contact}\"\n");
        match case.about {
            Some((true, i)) if !spec.items.is_empty() => {
                let _ = writeln!(front, "about = \"item-{}\"", i % spec.items.len());
            }
            Some((false, i)) => {
                let _ = writeln!(front, "about = \"1.{}\"", i % spec.entries.len() + 1);
            }
            _ => {}
        }
        let _ = writeln!(front, "summary = \"意见 {summary}\"\ndue_on = {}\nstatus = \"{status}\"", shift(received, 21));
        let notes = if case.status == Status::Handling { case.notes.max(1) } else { case.notes };
        let mut private = vec![name, contact, opinion.clone()];
        for k in 0..notes {
            let note = mark("L", n * 10 + k);
            let _ = write!(
                front,
                "\n[[action]]\non = {}\nby = \"叶成刚\"\nnote = \"{note}\"\n",
                shift(received, 1 + k as i64)
            );
            private.push(note);
        }
        let answered_on = shift(received, case.answer_after);
        match case.status {
            Status::Rejected => {
                let _ = write!(
                    front,
                    "\n[[action]]\non = {}\nby = \"叶成刚\"\nkind = \"reject\"\nnote = \"{reason}\"\n",
                    shift(received, 3)
                );
            }
            Status::Closed => {
                let _ = write!(
                    front,
                    "\n[[action]]\non = {}\nby = \"叶成刚\"\nkind = \"close\"\nnote = \"结案\"\n",
                    shift(answered_on, 1)
                );
            }
            _ => {}
        }
        let answered = matches!(case.status, Status::Answered | Status::Closed);
        if answered {
            let _ = write!(front, "\n[response]\non = {answered_on}\ntext = \"答复 {answer}\"\npublic = {}\n", case.public);
            oracle.quarters.insert(Period::containing(PeriodKind::Quarter, answered_on));
        }
        write(&format!("feedback/case-{n}.md"), &format!("+++\n{front}+++\n来信内容 {opinion}。\n"));
        let visible = answered && case.public && received <= as_of && answered_on <= as_of;
        if visible {
            oracle.on_board.push(summary);
        } else {
            oracle.not_on_board.extend([summary, answer]);
        }
        oracle.not_on_board.push(reason);
        oracle.not_on_board.extend(private.iter().cloned());
        oracle.not_in_bulletin.extend(private);
    }
    oracle.quarters.retain(|quarter| quarter.start() <= as_of);
    (as_of, oracle)
}

/// Builds the board and the bulletins of `spec` and checks them against the oracle.
fn check(dir: &Path, spec: &Spec, templates: &Templates) -> Result<Coverage, TestCaseError> {
    check_with(dir, spec, templates, |_| {})
}

/// How much one run checked, to show that the generator does not degenerate.
#[derive(Debug, Default, Clone, Copy)]
struct Coverage {
    shown: usize,
    kept_off_board: usize,
    kept_out_of_bulletins: usize,
    bulletins: usize,
}

/// [`check`], with the oracle adjusted first (to show that the scan can fail).
fn check_with(dir: &Path, spec: &Spec, templates: &Templates, adjust: impl FnOnce(&mut Oracle)) -> Result<Coverage, TestCaseError> {
    let (as_of, mut oracle) = write_repository(dir, spec);
    adjust(&mut oracle);
    let (mut repo, findings) = disclose::load::load_repo(dir).map_err(|e| TestCaseError::fail(format!("load: {e}")))?;
    prop_assert_eq!(repo.items.len(), spec.items.len(), "an item was not loaded: {:?}", findings);
    prop_assert_eq!(repo.cases.len(), spec.cases.len(), "a case was not loaded: {:?}", findings);
    let digest = catalogue_digest(&repo.catalogue);
    repo.config.approvals = vec![Approval {
        approved_on: shift(as_of, -450),
        approved_by: "党务公开工作领导小组".into(),
        meeting: None,
        digest: digest.whole,
        parts: digest.parts,
        rules: std::collections::BTreeMap::new(),
        location: Location::default(),
    }];
    let list = disclose::obligations::obligations(&repo, as_of);

    let board = build_board_with(&repo, &list, as_of, templates).map_err(|e| TestCaseError::fail(format!("board: {e:#}")))?;
    prop_assert!(board.iter().any(|f| f.path == "feed.xml"), "the feed is part of the board");
    let pages: Vec<(&str, String)> = board
        .iter()
        .map(|f| (f.path.as_str(), String::from_utf8_lossy(&f.contents).into_owned()))
        .collect();
    for secret in &oracle.not_on_board {
        if let Some((path, _)) = pages.iter().find(|(_, text)| text.contains(secret.as_str())) {
            return Err(TestCaseError::fail(format!("{secret} is on the board in {path}")));
        }
    }
    for shown in &oracle.on_board {
        prop_assert!(
            pages.iter().any(|(_, text)| text.contains(shown.as_str())),
            "{} is missing from the board",
            shown
        );
    }

    for quarter in &oracle.quarters {
        let bulletin = build_bulletin_with(&repo, &list, *quarter, as_of, templates).map_err(|e| TestCaseError::fail(format!("bulletin {quarter}: {e:#}")))?;
        for secret in &oracle.not_in_bulletin {
            prop_assert!(
                !bulletin.markdown.contains(secret.as_str()) && !bulletin.html.contains(secret.as_str()),
                "{} is in the bulletin of {}",
                secret,
                quarter
            );
        }
    }
    Ok(Coverage {
        shown: oracle.on_board.len(),
        kept_off_board: oracle.not_on_board.len(),
        kept_out_of_bulletins: oracle.not_in_bulletin.len(),
        bulletins: oracle.quarters.len(),
    })
}

/// A folder in memory where the system has one.
fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(dir) = tempfile::Builder::new().prefix("disclose-random-").tempdir_in(shm) {
            return dir;
        }
    }
    tempfile::tempdir().expect("temporary folder")
}

#[test]
fn nothing_non_public_reaches_the_board_and_nothing_restricted_the_bulletin() {
    let templates = Templates::defaults().expect("the built-in templates");
    let scratch = scratch();
    let counter = std::cell::Cell::new(0usize);
    let total = std::cell::Cell::new(Coverage::default());
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&spec(), |spec| {
        counter.set(counter.get() + 1);
        let dir = scratch.path().join(counter.get().to_string());
        let outcome = check(&dir, &spec, &templates);
        let _ = fs::remove_dir_all(&dir);
        let one = outcome?;
        let sum = total.get();
        total.set(Coverage {
            shown: sum.shown + one.shown,
            kept_off_board: sum.kept_off_board + one.kept_off_board,
            kept_out_of_bulletins: sum.kept_out_of_bulletins + one.kept_out_of_bulletins,
            bulletins: sum.bulletins + one.bulletins,
        });
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}");
    }
    // Each kind of place is exercised many times over the run.
    let total = total.get();
    let cases = cases() as usize;
    assert!(
        total.shown > cases && total.kept_off_board > 20 * cases && total.kept_out_of_bulletins > 5 * cases && total.bulletins > 2 * cases,
        "{total:?}"
    );
    eprintln!("{total:?}");
}

#[test]
fn the_scan_finds_a_planted_string_where_it_is() {
    let templates = Templates::defaults().expect("the built-in templates");
    let scratch = scratch();
    let item = ItemSpec {
        entry: 0,
        narrow: Scope::Public,
        date: -10,
        published: Some(-5),
        signed: true,
        final_stage: false,
        supersedes: None,
    };
    let case = CaseSpec {
        received: -30,
        member: false,
        status: Status::Answered,
        public: true,
        answer_after: 10,
        notes: 1,
        about: Some((true, 0)),
    };
    let spec = Spec {
        as_of: 600,
        english: false,
        entries: vec![EntrySpec {
            scope: Scope::Public,
            cadence: Cadence::Staged,
            due: 5,
            working_days: true,
        }],
        items: vec![item.clone()],
        cases: vec![case],
    };
    let run = |spec: &Spec, adjust: &dyn Fn(&mut Oracle)| check_with(&scratch.path().join("repo"), spec, &templates, adjust).map_err(|e| e.to_string());
    run(&spec, &|_| {}).expect("a public item and a public case");
    // Had the oracle called the title, the matter or the summary secret, the scan would
    // have found them on the board.
    for (kind, page) in [("T", "items/item-0.html"), ("M", "items/item-0.html"), ("U", "feedback.html")] {
        let planted = mark(kind, 0);
        let error = run(&spec, &|oracle| oracle.not_on_board.push(planted.clone())).expect_err(&planted);
        assert!(error.contains(&format!("{planted} is on the board in ")), "{error}");
        assert!(error.contains(page) || kind != "U", "{error}");
    }
    // A restricted item's title is left out of the board and the bulletin: the check passes,
    // and the oracle did ask for both.
    let restricted = Spec {
        items: vec![ItemSpec {
            narrow: Scope::Restricted,
            ..item
        }],
        ..spec.clone()
    };
    run(&restricted, &|oracle| {
        assert!(oracle.not_on_board.contains(&mark("T", 0)) && oracle.not_in_bulletin.contains(&mark("A", 0)));
    })
    .expect("a restricted item stays off the board and out of the bulletin");
    // A private field made "allowed" on the board... is still not there: the scan for the
    // opinion text fails only if it is planted on the board, which it never is.
    let error = run(&spec, &|oracle| oracle.on_board.push(mark("O", 0))).expect_err("the opinion is never on the board");
    assert!(error.contains("ZZO0QQ is missing from the board"), "{error}");
}
