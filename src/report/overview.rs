//! The overview of many branches at the top of the multi-repository HTML report: a row
//! per branch with its on-time rate, overdue obligations, feedback answered within the
//! limit, satisfaction, last publication and `audit` findings.
//!
//! Sortable without JavaScript: the table is rendered once per order, each copy in a
//! section with its own id, and the column headings link to those ids; CSS shows the
//! section the address targets (`:target`) and the order by name otherwise. Pure: the
//! command gathers the per-branch facts that need the disk or git ([`BranchFacts`]).

use std::cmp::Ordering;
use std::fmt::Write as _;

use chrono::NaiveDate;

use super::evaluation::{percent, ratio, Evaluation};
use super::html::escape;
use super::render::Summary;
use crate::model::config::Locale;
use crate::model::Repo;

/// What the overview shows beside a branch's evaluation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BranchFacts {
    /// The last day an item was published, on or before the as-of day.
    pub last_publication: Option<NaiveDate>,
    /// The number of `audit` findings, or `None` when the history could not be read
    /// (not a git repository).
    pub audit_findings: Option<usize>,
}

/// The last publication of a repository as seen on `as_of`.
pub fn last_publication(repo: &Repo, as_of: NaiveDate) -> Option<NaiveDate> {
    repo.items.iter().filter_map(|item| item.published_on).filter(|on| *on <= as_of).max()
}

/// The CSS of the overview, added to the report's style sheet.
pub const STYLE: &str = ".order { display: none; }
.order:target, .order.default { display: block; }
.order:target ~ .order.default { display: none; }
table.overview th a { color: inherit; text-decoration: none; }
table.overview th a:hover, table.overview th a:focus { text-decoration: underline; }
table.overview th[aria-sort] { background: #ead6d6; }
@media print { .order:not(.default) { display: none; } .order.default { display: block; } }
";

struct Words {
    heading: &'static str,
    hint: &'static str,
    columns: [&'static str; 7],
    none: &'static str,
    no_history: &'static str,
    broken: &'static str,
    note: &'static str,
}

fn words(locale: Locale) -> Words {
    match locale {
        Locale::ZhCn => Words {
            heading: "各支部总览",
            hint: "点击列名排序。",
            columns: ["党组织", "按时公开率", "逾期未公开", "按期答复率", "满意率", "最近公开", "审计问题"],
            none: "—",
            no_history: "无 git 历史",
            broken: "无法读取",
            note: "按期答复率：限期内答复的意见占已到期意见（已答复及逾期未答复）的比例；满意率：满意的占已回访的比例；审计问题：disclose audit 对 git 历史的检查结果。",
        },
        Locale::En => Words {
            heading: "Branches at a glance",
            hint: "Select a column heading to sort.",
            columns: ["Organisation", "On-time rate", "Overdue", "Answered in limit", "Satisfaction", "Last publication", "Audit findings"],
            none: "—",
            no_history: "no git history",
            broken: "could not be read",
            note: "Answered in limit: cases answered within their limit, of those that came due (answered, or open past the limit); satisfaction: satisfied, of the rated cases; audit findings: what disclose audit found in the git history.",
        },
    }
}

/// One branch's row.
struct Row<'a> {
    name: &'a str,
    on_time: Option<f64>,
    overdue: usize,
    in_limit: Option<f64>,
    satisfaction: Option<f64>,
    last: Option<NaiveDate>,
    audit: Option<usize>,
}

impl<'a> Row<'a> {
    fn new(evaluation: &'a Evaluation, facts: &BranchFacts) -> Row<'a> {
        let feedback = &evaluation.feedback;
        Row {
            name: &evaluation.organisation,
            on_time: evaluation.total.on_time_rate(),
            overdue: evaluation.total.overdue,
            in_limit: ratio(feedback.within_limit, feedback.answered() + feedback.overdue),
            satisfaction: feedback.satisfaction_rate(),
            last: facts.last_publication,
            audit: facts.audit_findings,
        }
    }
}

/// The orders: the id of the section that holds the table in that order, and the
/// column it sorts by (the columns' order in the table).
const ORDERS: [(&str, usize); 7] = [
    ("by-name", 0),
    ("by-on-time", 1),
    ("by-overdue", 2),
    ("by-in-limit", 3),
    ("by-satisfaction", 4),
    ("by-last-publication", 5),
    ("by-audit", 6),
];

/// Values missing (nothing due, never published, no history) go last in every order.
fn missing_last<T: PartialOrd>(a: Option<T>, b: Option<T>, worst_first_is_high: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => {
            let order = a.partial_cmp(&b).unwrap_or(Ordering::Equal);
            if worst_first_is_high {
                order.reverse()
            } else {
                order
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Compares two rows by a column: the name alphabetically; rates lowest first, overdue
/// and audit findings highest first, the last publication oldest first, so that the
/// branches needing attention lead every order but the first.
fn compare(column: usize, a: &Row<'_>, b: &Row<'_>) -> Ordering {
    let order = match column {
        1 => missing_last(a.on_time, b.on_time, false),
        2 => b.overdue.cmp(&a.overdue),
        3 => missing_last(a.in_limit, b.in_limit, false),
        4 => missing_last(a.satisfaction, b.satisfaction, false),
        5 => missing_last(a.last, b.last, false),
        6 => missing_last(a.audit, b.audit, true),
        _ => Ordering::Equal,
    };
    order.then_with(|| a.name.cmp(b.name))
}

/// Writes the overview section. `facts` has one entry per organisation of the summary,
/// in the same order.
pub fn overview(out: &mut String, summary: &Summary, facts: &[BranchFacts], locale: Locale) {
    let w = words(locale);
    let mut rows = Vec::new();
    let mut broken = Vec::new();
    for (organisation, facts) in summary.organisations.iter().zip(facts.iter().chain(std::iter::repeat(&BranchFacts::default()))) {
        match &organisation.outcome {
            Ok(evaluation) => rows.push(Row::new(evaluation, facts)),
            Err(message) => broken.push((organisation.path.as_str(), message.as_str())),
        }
    }
    let _ = writeln!(out, "<h2>{}</h2>", escape(w.heading));
    let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(w.hint));
    out.push_str("<div class=\"orders\">\n");
    // The default order (by name) comes last, so that `:target ~ .default` can hide it.
    for (id, column) in ORDERS.iter().skip(1).chain(ORDERS.iter().take(1)) {
        let mut sorted: Vec<&Row<'_>> = rows.iter().collect();
        sorted.sort_by(|a, b| compare(*column, a, b));
        let class = if *column == 0 { "order default" } else { "order" };
        let _ = writeln!(out, "<section class=\"{class}\" id=\"{id}\">");
        out.push_str("<table class=\"overview\">\n<thead><tr>");
        for (index, (target, _)) in ORDERS.iter().enumerate() {
            let sort = if index == *column {
                if matches!(index, 2 | 6) {
                    " aria-sort=\"descending\""
                } else {
                    " aria-sort=\"ascending\""
                }
            } else {
                ""
            };
            let _ = write!(out, "<th scope=\"col\"{sort}><a href=\"#{target}\">{}</a></th>", escape(w.columns[index]));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in sorted {
            let rate = |value: Option<f64>| escape(&percent(value));
            let last = row.last.map_or_else(|| w.none.to_string(), |d| d.to_string());
            let audit = row.audit.map_or_else(|| w.no_history.to_string(), |n| n.to_string());
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                escape(row.name),
                rate(row.on_time),
                row.overdue,
                rate(row.in_limit),
                rate(row.satisfaction),
                escape(&last),
                escape(&audit)
            );
        }
        for (path, message) in &broken {
            let _ = writeln!(
                out,
                "<tr class=\"broken\"><td>{}</td><td colspan=\"6\">{}: {}</td></tr>",
                escape(path),
                escape(w.broken),
                escape(message)
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }
    out.push_str("</div>\n");
    let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(w.note));
}
