//! With no language set, the terminal shows no English sentence: the sweep of issue 17
//! over the commands a secretary runs on the example repository (their output and their
//! refusals). Commands, keys, codes, ids and file paths stay as they are.

use crate::support::Repo;

/// The binary with no language chosen anywhere in its environment.
fn without_language(repo: &Repo, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = repo.cmd(args);
    for name in ["DISCLOSE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(name);
    }
    cmd
}

/// The text with what may stay English taken out: spans in backticks and commands
/// (`disclose …` up to the next non-ASCII character).
fn prose(line: &str) -> String {
    let mut out = String::new();
    for (index, part) in line.split('`').enumerate() {
        if index % 2 == 0 {
            out.push_str(part);
        }
        out.push(' ');
    }
    while let Some(start) = out.find("disclose ") {
        let rest = &out[start..];
        let end = rest.find(|c: char| !c.is_ascii()).map_or(out.len(), |i| start + i);
        out.replace_range(start..end, " ");
    }
    out
}

/// Two English words in a row (`is after`, `review after`): the mark of a sentence
/// left in English.
fn english_fragments(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let prose: String = prose(line).chars().map(|c| if c.is_ascii() { c } else { ' ' }).collect();
        let words: Vec<&str> = prose.split(' ').map(|word| word.trim_matches(|c: char| c.is_ascii_punctuation())).collect();
        for pair in words.windows(2) {
            let letters = |word: &str, n: usize| word.len() >= n && word.chars().all(|c| c.is_ascii_alphabetic());
            if letters(pair[0], 4) && letters(pair[1], 3) && pair[1].chars().all(|c| c.is_ascii_lowercase()) {
                found.push(format!("{} {}  in: {line}", pair[0], pair[1]));
            }
        }
    }
    found
}

#[test]
fn the_english_detector_finds_a_sentence_and_leaves_commands_alone() {
    assert!(!english_fragments("处理：nothing was written; fix the errors above first.").is_empty());
    assert!(!english_fragments("  2027-01-14  未到期    1.2   review after 2026-01-14  完善").is_empty());
    assert!(english_fragments("  → disclose review 2026-Q4-2.3 --by NAME").is_empty());
    assert!(english_fragments("请运行 `disclose publish --dry-run` 查看").is_empty());
}

#[test]
fn with_no_language_set_the_commands_show_no_english_sentence() {
    let repo = Repo::example();
    let commands: &[&[&str]] = &[
        &["check"],
        &["status"],
        &["next"],
        &["explain", "3.1"],
        &["catalogue", "show", "3.1"],
        &["feedback", "list"],
        &["feedback", "show", "2026-10-19-1"],
        &["review", "nosuch", "--by", "廖敏"],
        &["approve", "2026-Q4-2.3", "nosuch", "--by", "舒军"],
        &["review", "2026-Q4-2.3", "--by", " "],
        &["review", "2026-Q4-2.3", "--by", "廖敏", "--on", "2026-12-01"],
    ];
    let mut found = Vec::new();
    for args in commands {
        let mut full = vec!["--as-of", "2026-11-28"];
        full.extend_from_slice(args);
        let output = without_language(&repo, &full).output().expect("run disclose");
        let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        found.extend(english_fragments(&text).into_iter().map(|f| format!("disclose {}: {f}", args.join(" "))));
    }
    assert!(found.is_empty(), "English left in the terminal:\n{}", found.join("\n"));
}
