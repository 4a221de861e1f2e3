//! The catalogues agree, and the language is chosen in the documented order.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// Every variable a pattern names, through selectors and nested placeables.
fn variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                variables(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
        }
        _ => {}
    }
}

/// Message id (and `id.attribute`) → the variables it names.
fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let text = catalogue_text(locale);
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", locale.tag()));
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut names = BTreeSet::new();
            if let Some(value) = &message.value {
                variables(value, &mut names);
            }
            assert!(
                found.insert(message.id.name.to_string(), names).is_none(),
                "{}: {} twice",
                locale.tag(),
                message.id.name
            );
            for attribute in &message.attributes {
                let mut names = BTreeSet::new();
                variables(&attribute.value, &mut names);
                found.insert(format!("{}.{}", message.id.name, attribute.id.name), names);
            }
        }
    }
    found
}

#[test]
fn every_message_and_argument_exists_in_every_language() {
    let chinese = messages(Locale::ZhCn);
    let english = messages(Locale::En);
    let only_chinese: Vec<_> = chinese.keys().filter(|id| !english.contains_key(*id)).collect();
    let only_english: Vec<_> = english.keys().filter(|id| !chinese.contains_key(*id)).collect();
    assert!(only_chinese.is_empty(), "messages missing in en: {only_chinese:?}");
    assert!(only_english.is_empty(), "messages missing in zh-CN: {only_english:?}");
    for (id, names) in &chinese {
        assert_eq!(names, &english[id], "message {id}: the languages name different arguments");
    }
}

#[test]
fn the_flag_wins_then_disclose_lang_then_posix_order() {
    let env =
        |pairs: &'static [(&'static str, &'static str)]| move |name: &str| pairs.iter().find(|(key, _)| *key == name).map(|(_, value)| (*value).to_string());
    assert_eq!(choose(Some(Locale::En), env(&[("DISCLOSE_LANG", "zh-CN")])), Locale::En);
    assert_eq!(choose(None, env(&[("DISCLOSE_LANG", "en"), ("LANG", "zh_CN.UTF-8")])), Locale::En);
    assert_eq!(choose(None, env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "zh_CN.UTF-8")])), Locale::En);
    assert_eq!(
        choose(None, env(&[("LC_ALL", ""), ("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")])),
        Locale::ZhCn
    );
    assert_eq!(choose(None, env(&[("LANG", "en_GB.UTF-8")])), Locale::En);
    assert_eq!(choose(None, env(&[("LANG", "C")])), Locale::ZhCn);
    assert_eq!(choose(None, env(&[("LANG", "POSIX")])), Locale::ZhCn);
    assert_eq!(choose(None, env(&[("LANG", "de_DE.UTF-8")])), Locale::ZhCn);
    assert_eq!(choose(None, env(&[])), Locale::ZhCn);
    // An unusable DISCLOSE_LANG falls through to the POSIX variables.
    assert_eq!(choose(None, env(&[("DISCLOSE_LANG", "klingon"), ("LANG", "en_US.UTF-8")])), Locale::En);
}

#[test]
fn tags_are_read_as_people_write_them() {
    for text in ["zh-CN", "zh_CN.UTF-8", "zh", "zh_CN.GB18030", "中文", "zh-Hans"] {
        assert_eq!(parse_language(text), Some(Locale::ZhCn), "{text}");
    }
    for text in ["en", "en_US.UTF-8", "en-GB", "English", "英文"] {
        assert_eq!(parse_language(text), Some(Locale::En), "{text}");
    }
    for text in ["C", "POSIX", "fr_FR.UTF-8", ""] {
        assert_eq!(parse_language(text), None, "{text}");
    }
}

#[test]
fn arguments_carry_no_isolation_marks() {
    let text = crate::t!("cli-lang-unknown", value = "xx");
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
}
