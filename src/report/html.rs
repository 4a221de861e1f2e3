//! The report as a self-contained HTML page for the leading group's annual assessment:
//! inline CSS, no JavaScript, printable on A4, with SVG bar charts drawn here. Every value
//! placed in the page is escaped. The page is internal and never goes into the board.

use std::fmt::Write as _;

use super::evaluation::{days, percent, Evaluation, FeedbackTally, ObligationTally};
use super::locale::{labels, Labels};
use super::overview::{overview, BranchFacts, STYLE as OVERVIEW_STYLE};
use super::render::Summary;
use crate::model::config::Locale;

/// A coordinate with at most one decimal (`12`, `147.2`), so the SVG stays short and
/// byte-identical across platforms.
fn num(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// Text made safe for HTML content and attribute values: the board's escaping, one
/// function for every page the tool writes.
pub use crate::render::templates::escape_html as escape;

const STYLE: &str = "@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: \"Noto Serif CJK SC\", \"Source Han Serif SC\", \"SimSun\", serif; color: #1a1a1a; margin: 0 auto; max-width: 182mm; padding: 8mm 0; font-size: 10.5pt; line-height: 1.5; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 2mm; }
h2 { font-size: 13pt; border-bottom: 1.5pt solid #b22222; padding-bottom: 1mm; margin: 7mm 0 3mm; }
p.meta { text-align: center; color: #555; margin: 0 0 1mm; }
p.internal { text-align: center; color: #b22222; font-weight: bold; margin: 0 0 4mm; }
p.warning { border: 1pt solid #b22222; color: #b22222; padding: 2mm 3mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
th, td { border: 0.5pt solid #999; padding: 1mm 2mm; }
th { background: #f3e9e9; font-weight: bold; }
thead th:not(:first-child) { white-space: nowrap; }
table.feedback { width: auto; min-width: 60%; }
table.feedback th { text-align: left; font-weight: normal; }
p.note { color: #555; font-size: 9pt; margin: 1mm 0 3mm; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.category td { font-weight: bold; background: #faf6f6; }
tr.entry td:first-child { padding-left: 6mm; }
tr.total td { font-weight: bold; border-top: 1.5pt solid #333; }
tr.broken td { color: #b22222; }
figure { margin: 4mm 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: bold; text-align: center; margin-bottom: 1mm; }
svg { width: 100%; height: auto; }
svg text { font-family: inherit; font-size: 12px; fill: #1a1a1a; }
footer { margin-top: 8mm; color: #777; font-size: 9pt; text-align: center; }
tr { break-inside: avoid; page-break-inside: avoid; }
@media print { body { padding: 0; } h2 { break-after: avoid; page-break-after: avoid; } }
";

/// A self-contained internal page: the report style (with `extra_style`), `title`, `body`
/// (already HTML) and the footer.
pub fn page(locale: Locale, title: &str, body: &str, extra_style: &str) -> String {
    let l = labels(locale);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{STYLE}{extra_style}</style>\n</head>\n<body>\n{body}<footer>{}</footer>\n</body>\n</html>\n",
        l.lang,
        escape(title),
        escape(l.made_by)
    )
}

fn title(l: &Labels, name: &str, year: i32, many: bool) -> String {
    let suffix = if many { l.report_title_many } else { l.report_title };
    if name.is_empty() {
        format!("{year}{suffix}")
    } else {
        format!("{name} {year}{suffix}")
    }
}

fn header(out: &mut String, l: &Labels, heading: &str, as_of: chrono::NaiveDate) {
    let _ = writeln!(out, "<h1>{}</h1>", escape(heading));
    let _ = writeln!(out, "<p class=\"meta\">{} {}</p>", escape(l.as_of), as_of);
    let _ = writeln!(out, "<p class=\"internal\">{}</p>", escape(l.internal));
    let _ = writeln!(out, "<p>{}</p>", escape(l.selection));
}

fn tally_cells(tally: &ObligationTally) -> String {
    format!(
        "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
        tally.done,
        tally.late,
        tally.overdue,
        tally.open,
        escape(&percent(tally.on_time_rate())),
        escape(&days(tally.median_delay()))
    )
}

fn tally_header(l: &Labels, first: &str) -> String {
    format!(
        "<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        escape(first),
        escape(l.col_done),
        escape(l.col_late),
        escape(l.col_overdue),
        escape(l.col_open),
        escape(l.col_rate),
        escape(l.col_median)
    )
}

fn feedback_table(out: &mut String, l: &Labels, tally: &FeedbackTally) {
    let values = [
        tally.received.to_string(),
        tally.within_limit.to_string(),
        tally.answered_late.to_string(),
        tally.extended.to_string(),
        tally.overdue.to_string(),
        tally.open.to_string(),
        tally.rejected.to_string(),
        days(tally.median_answer_days()),
        tally.rated.to_string(),
        tally.satisfied.to_string(),
        tally.partly.to_string(),
        tally.unsatisfied.to_string(),
        percent(tally.satisfaction_rate()),
    ];
    out.push_str("<table class=\"feedback\">\n");
    for (label, value) in l.feedback_rows.iter().zip(values) {
        let _ = writeln!(out, "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td></tr>", escape(label), escape(&value));
    }
    out.push_str("</table>\n");
}

/// The page for one organisation.
pub fn evaluation_page(evaluation: &Evaluation, locale: Locale) -> String {
    let l = labels(locale);
    let heading = title(l, &evaluation.organisation, evaluation.year, false);
    let mut out = String::new();
    header(&mut out, l, &heading, evaluation.as_of);
    if !evaluation.catalogue_in_force {
        let _ = writeln!(out, "<p class=\"warning\">{}</p>", escape(l.not_approved));
    }
    let _ = writeln!(out, "<h2>{}</h2>", escape(l.obligations_heading));
    out.push_str("<table class=\"obligations\">\n");
    let _ = writeln!(out, "<thead>{}</thead>\n<tbody>", tally_header(l, l.col_item));
    for category in &evaluation.categories {
        let _ = writeln!(
            out,
            "<tr class=\"category\"><td>{} {}</td>{}</tr>",
            escape(&category.code),
            escape(&category.title),
            tally_cells(&category.tally)
        );
        for entry in &category.entries {
            let _ = writeln!(
                out,
                "<tr class=\"entry\"><td>{} {}</td>{}</tr>",
                escape(&entry.entry),
                escape(&entry.title),
                tally_cells(&entry.tally)
            );
        }
    }
    let _ = writeln!(
        out,
        "<tr class=\"total\"><td>{}</td>{}</tr>\n</tbody>\n</table>",
        escape(l.total),
        tally_cells(&evaluation.total)
    );
    let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(l.definitions));
    let bars: Vec<(String, Option<f64>)> = evaluation
        .categories
        .iter()
        .map(|c| (format!("{} {}", c.code, c.title), c.tally.on_time_rate()))
        .collect();
    out.push_str(&rate_chart(l, l.chart_rate, &bars));
    let _ = writeln!(out, "<h2>{}</h2>", escape(l.feedback_heading));
    feedback_table(&mut out, l, &evaluation.feedback);
    out.push_str(&histogram(l, &evaluation.feedback, evaluation.answer_limit));
    page(locale, &heading, &out, "")
}

/// The page for several organisations: the sortable overview of the branches
/// ([`overview`], with `facts` in the summary's order), one row each with the
/// obligation counts and a total, and the charts.
pub fn summary_page(summary: &Summary, facts: &[BranchFacts], locale: Locale) -> String {
    let l = labels(locale);
    let heading = title(l, "", summary.year, true);
    let mut out = String::new();
    header(&mut out, l, &heading, summary.as_of);
    overview(&mut out, summary, facts, locale);
    let _ = writeln!(out, "<h2>{}</h2>", escape(l.organisations_heading));
    out.push_str("<table class=\"organisations\">\n");
    let _ = writeln!(out, "<thead>{}</thead>\n<tbody>", tally_header(l, l.col_organisation));
    let mut bars = Vec::new();
    for organisation in &summary.organisations {
        match &organisation.outcome {
            Ok(evaluation) => {
                let _ = writeln!(out, "<tr><td>{}</td>{}</tr>", escape(&evaluation.organisation), tally_cells(&evaluation.total));
                bars.push((evaluation.organisation.clone(), evaluation.total.on_time_rate()));
            }
            Err(message) => {
                let _ = writeln!(
                    out,
                    "<tr class=\"broken\"><td>{}</td><td colspan=\"6\">{}: {}</td></tr>",
                    escape(&organisation.path),
                    escape(l.broken),
                    escape(message)
                );
            }
        }
    }
    let (obligations, feedback) = summary.totals();
    let _ = writeln!(
        out,
        "<tr class=\"total\"><td>{}</td>{}</tr>\n</tbody>\n</table>",
        escape(l.total),
        tally_cells(&obligations)
    );
    let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(l.definitions));
    out.push_str(&rate_chart(l, l.chart_rate_many, &bars));
    let _ = writeln!(out, "<h2>{}</h2>", escape(l.feedback_heading));
    feedback_table(&mut out, l, &feedback);
    let limit = summary
        .organisations
        .iter()
        .find_map(|o| o.outcome.as_ref().ok())
        .map_or(15, |e| e.answer_limit);
    out.push_str(&histogram(l, &feedback, limit));
    page(locale, &heading, &out, OVERVIEW_STYLE)
}

/// A horizontal bar chart of rates (0–100%), one bar per label; `None` is written as
/// "nothing due" without a bar.
fn rate_chart(l: &Labels, caption: &str, bars: &[(String, Option<f64>)]) -> String {
    const WIDTH: f64 = 640.0;
    const LABEL: f64 = 250.0;
    const BAR: f64 = 320.0;
    const ROW: f64 = 24.0;
    const TOP: f64 = 22.0;
    let height = TOP + ROW * bars.len().max(1) as f64 + 8.0;
    let mut svg = format!(
        "<figure>\n<figcaption>{}</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">\n",
        escape(caption),
        num(WIDTH),
        num(height),
        escape(caption)
    );
    for (tick, text) in [(0.0, "0%"), (0.5, "50%"), (1.0, "100%")] {
        let x = num(LABEL + BAR * tick);
        let _ = writeln!(
            svg,
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"#ccc\" stroke-width=\"1\"/>",
            num(TOP - 4.0),
            num(height - 6.0)
        );
        let _ = writeln!(svg, "<text x=\"{x}\" y=\"{}\" text-anchor=\"middle\">{text}</text>", num(TOP - 8.0));
    }
    for (index, (label, rate)) in bars.iter().enumerate() {
        let y = TOP + ROW * index as f64;
        let middle = num(y + ROW / 2.0 + 4.0);
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{middle}\" text-anchor=\"end\">{}</text>",
            num(LABEL - 8.0),
            escape(label)
        );
        match rate {
            Some(rate) => {
                let width = BAR * rate.clamp(0.0, 1.0);
                let colour = if *rate >= 0.9 {
                    "#2e7d32"
                } else if *rate >= 0.6 {
                    "#f9a825"
                } else {
                    "#c62828"
                };
                let _ = writeln!(
                    svg,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{colour}\"/>",
                    num(LABEL),
                    num(y + 4.0),
                    num(width),
                    num(ROW - 8.0)
                );
                let _ = writeln!(
                    svg,
                    "<text x=\"{}\" y=\"{middle}\">{}</text>",
                    num(LABEL + width + 6.0),
                    escape(&percent(Some(*rate)))
                );
            }
            None => {
                let _ = writeln!(
                    svg,
                    "<text x=\"{}\" y=\"{middle}\" fill=\"#777\">{}</text>",
                    num(LABEL + 6.0),
                    escape(l.nothing_due)
                );
            }
        }
    }
    svg.push_str("</svg>\n</figure>\n");
    svg
}

/// Bins for answer times: upper bounds (inclusive) so that the limit ends a bin, at most
/// three bins inside the limit, and bins of the same width beyond it up to the slowest.
pub fn bins(limit: u32, slowest: i64) -> Vec<(i64, i64)> {
    let limit = i64::from(limit.max(1));
    let width = (limit + 2) / 3;
    let mut uppers = Vec::new();
    let mut upper = width;
    while upper < limit {
        uppers.push(upper);
        upper += width;
    }
    uppers.push(limit);
    while uppers.last().is_some_and(|u| *u < slowest) {
        let next = uppers.last().map_or(width, |u| u + width);
        uppers.push(next);
    }
    let mut lower = 0;
    uppers
        .into_iter()
        .map(|upper| {
            let bin = (lower, upper);
            lower = upper + 1;
            bin
        })
        .collect()
}

/// A histogram of working days from receipt to answer. Each bar is split as the table
/// counts the cases: those answered within their own limit (extensions included) in
/// blue, those answered after it in red, so the colours always add up to the table's
/// 时限内答复 and 超时限答复.
fn histogram(l: &Labels, tally: &FeedbackTally, limit: u32) -> String {
    const WIDTH: f64 = 640.0;
    const HEIGHT: f64 = 236.0;
    const LEFT: f64 = 48.0;
    const BOTTOM: f64 = 56.0;
    const TOP: f64 = 16.0;
    let slowest = tally.answer_days.iter().copied().max().unwrap_or(0);
    let bins = bins(limit, slowest);
    let in_bin = |days: &[i64], (low, high): (i64, i64)| days.iter().filter(|d| (low..=high).contains(&(**d).max(0))).count();
    let counts: Vec<usize> = bins.iter().map(|bin| in_bin(&tally.answer_days, *bin)).collect();
    let late: Vec<usize> = bins.iter().map(|bin| in_bin(&tally.late_answer_days, *bin)).collect();
    let most = counts.iter().copied().max().unwrap_or(0).max(1);
    let plot_height = HEIGHT - TOP - BOTTOM;
    let slot = (WIDTH - LEFT - 10.0) / bins.len() as f64;
    let caption = format!("{}（{} {} {}）", l.chart_answers, l.limit, limit, l.working_days);
    let mut svg = format!(
        "<figure>\n<figcaption>{}</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">\n",
        escape(&caption),
        num(WIDTH),
        num(HEIGHT),
        escape(&caption)
    );
    let base = HEIGHT - BOTTOM;
    let _ = writeln!(
        svg,
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#333\" stroke-width=\"1\"/>",
        num(LEFT),
        num(base),
        num(WIDTH - 10.0),
        num(base)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">0</text>",
        num(LEFT - 12.0),
        num(base + 4.0)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{most}</text>",
        num(LEFT - 12.0),
        num(TOP + 4.0)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
        num(LEFT - 20.0),
        num(TOP + plot_height / 2.0),
        escape(l.case_count)
    );
    for (index, (((low, high), count), late)) in bins.iter().zip(&counts).zip(&late).enumerate() {
        let x = LEFT + slot * index as f64;
        let bar = plot_height * *count as f64 / most as f64;
        let late_bar = plot_height * *late as f64 / most as f64;
        let label = if low == high { low.to_string() } else { format!("{low}–{high}") };
        if *count > 0 {
            // Within the limit at the bottom, after it stacked on top.
            for (top, height, colour, n) in [
                (base - (bar - late_bar), bar - late_bar, "#1565c0", count - late),
                (base - bar, late_bar, "#c62828", *late),
            ] {
                if n > 0 {
                    let _ = writeln!(
                        svg,
                        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{colour}\"/>",
                        num(x + 4.0),
                        num(top),
                        num(slot - 8.0),
                        num(height)
                    );
                }
            }
            let _ = writeln!(
                svg,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{count}</text>",
                num(x + slot / 2.0),
                num(base - bar - 4.0)
            );
        }
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            num(x + slot / 2.0),
            num(base + 16.0),
            escape(&label)
        );
    }
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
        num(LEFT + (WIDTH - LEFT) / 2.0),
        num(base + 34.0),
        escape(l.working_days)
    );
    let legend_y = HEIGHT - 6.0;
    let _ = writeln!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"#1565c0\"/>",
        num(LEFT),
        num(legend_y - 9.0)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\">{}</text>",
        num(LEFT + 14.0),
        num(legend_y),
        escape(l.within_limit)
    );
    let _ = writeln!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"#c62828\"/>",
        num(LEFT + 200.0),
        num(legend_y - 9.0)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\">{}</text>",
        num(LEFT + 214.0),
        num(legend_y),
        escape(l.beyond_limit)
    );
    svg.push_str("</svg>\n</figure>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }

    #[test]
    fn the_histogram_colours_cases_as_the_table_counts_them() {
        // Three cases answered within their limit, two of them after an extension (17 and
        // 20 working days against the standard 15), and one answered late after 5 days
        // (its own limit was shorter): the bin 0–5 holds one of each.
        let tally = FeedbackTally {
            answer_days: vec![4, 5, 17, 20],
            late_answer_days: vec![5],
            within_limit: 3,
            answered_late: 1,
            ..FeedbackTally::default()
        };
        let svg = histogram(labels(Locale::ZhCn), &tally, 15);
        let bars: Vec<&str> = svg.lines().filter(|line| line.starts_with("<rect") && !line.contains("width=\"10\"")).collect();
        let blue = bars.iter().filter(|line| line.contains("#1565c0")).count();
        let red = bars.iter().filter(|line| line.contains("#c62828")).count();
        assert_eq!((blue, red), (2, 1), "{svg}");
        assert!(svg.contains(">16–20</text>"), "{svg}");
    }

    #[test]
    fn bins_end_at_the_limit() {
        assert_eq!(bins(15, 7), vec![(0, 5), (6, 10), (11, 15)]);
        assert_eq!(bins(15, 19), vec![(0, 5), (6, 10), (11, 15), (16, 20)]);
        assert_eq!(bins(10, 0), vec![(0, 4), (5, 8), (9, 10)]);
        assert_eq!(bins(1, 0), vec![(0, 1)]);
    }
}
