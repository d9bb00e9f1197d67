//! What keeps the two catalogues one catalogue: both parse, hold the same
//! keys with the same placeholders, hold every key the code names and none
//! it does not, and Dutch never falls back to English or leaves a
//! placeholder unfilled.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement,
};
use fluent_syntax::parser;

use super::catalogue::{render, DUTCH, ENGLISH, WINDOW};
use super::{Arg, Phrase};
use crate::language::Language;
use crate::{ChannelKind, Relationship, ReminderKind, SignalKind};

/// Each message's key and the placeholders it uses, over all files.
fn messages(files: &[(&str, &str)]) -> BTreeMap<String, BTreeSet<String>> {
    let mut found = BTreeMap::new();
    for (area, source) in files {
        let resource = parser::parse(*source)
            .unwrap_or_else(|(_, errors)| panic!("{area}.ftl does not parse: {errors:?}"));
        for entry in &resource.body {
            if let Entry::Message(message) = entry {
                let mut names = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    placeholders(pattern, &mut names);
                }
                let key = message.id.name.to_owned();
                assert!(
                    found.insert(key.clone(), names).is_none(),
                    "{key} is defined twice"
                );
            }
        }
    }
    found
}

fn placeholders(pattern: &Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            in_expression(expression, names);
        }
    }
}

fn in_expression(expression: &Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => in_inline(inline, names),
        Expression::Select { selector, variants } => {
            in_inline(selector, names);
            for variant in variants {
                placeholders(&variant.value, names);
            }
        }
    }
}

fn in_inline(inline: &InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_owned());
        }
        InlineExpression::TermReference {
            arguments: Some(CallArguments { positional, named }),
            ..
        } => {
            for argument in positional.iter().chain(named.iter().map(|n| &n.value)) {
                in_inline(argument, names);
            }
        }
        InlineExpression::Placeable { expression } => in_expression(expression, names),
        _ => {}
    }
}

#[test]
fn both_languages_have_the_same_keys_and_placeholders() {
    let english = messages(ENGLISH);
    let dutch = messages(DUTCH);
    let only = |a: &BTreeMap<String, _>, b: &BTreeMap<String, _>| -> Vec<String> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    };
    assert_eq!(
        only(&english, &dutch),
        Vec::<String>::new(),
        "keys missing in Dutch"
    );
    assert_eq!(
        only(&dutch, &english),
        Vec::<String>::new(),
        "keys missing in English"
    );
    for (key, names) in &english {
        assert_eq!(
            Some(names),
            dutch.get(key),
            "{key} has other placeholders in Dutch"
        );
    }
}

/// Every Rust file of the workspace's own code.
fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() && !matches!(name.to_str(), Some("target" | "node_modules" | ".git")) {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Whether `text` can be a message key (and not the quote that follows
/// `phrase!(` in prose or in this file).
fn is_key(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The keys the code names in `phrase!("…"`.
fn keys_in_code() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for folder in ["crates", "src-tauri"] {
        sources(&root.join(folder), &mut files);
    }
    let mut keys = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("phrase!(") {
            let rest = text[at + "phrase!(".len()..].trim_start();
            if let Some(quoted) = rest.strip_prefix('"') {
                let key = quoted.split('"').next().unwrap_or_default();
                if is_key(key) {
                    keys.insert(key.to_owned());
                }
            }
        }
    }
    keys
}

#[test]
fn every_key_the_window_makes_of_a_word_of_the_core_is_in_the_catalogue() {
    // The window names these keys by joining a prefix and a word the core
    // hands it (a reminder's or signal's kind, a relationship, a way to
    // reach someone), so no search of its code finds them; a new word needs
    // its message.
    let made: Vec<String> = ReminderKind::ALL
        .map(|kind| format!("reminderKind-{}", kind.as_str()))
        .into_iter()
        .chain(Relationship::NAMES.map(|name| format!("relationship-{name}")))
        .chain(ChannelKind::ALL.map(|kind| format!("channel-{}", kind.as_str())))
        .chain(SignalKind::ALL.map(|kind| format!("signalKind-{}", kind.as_str())))
        .collect();
    for lang in [Language::En, Language::Nl] {
        let window = messages(&[(WINDOW, super::window_words(lang))]);
        let missing: Vec<_> = made
            .iter()
            .filter(|key| !window.contains_key(*key))
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
    }
}

#[test]
fn every_key_the_code_names_is_in_the_catalogue_and_no_other() {
    // The window names its own keys; tests/ui checks those.
    let window = messages(&[(WINDOW, super::window_words(Language::En))]);
    let catalogue: BTreeSet<String> = messages(ENGLISH)
        .into_keys()
        .filter(|key| !window.contains_key(key))
        .collect();
    let named = keys_in_code();
    let missing: Vec<_> = named.difference(&catalogue).collect();
    assert!(
        missing.is_empty(),
        "named in code but not in the catalogue: {missing:?}"
    );
    let unused: Vec<_> = catalogue.difference(&named).collect();
    assert!(
        unused.is_empty(),
        "in the catalogue but named nowhere: {unused:?}"
    );
}

/// Words that are English and never Dutch.
const ENGLISH_WORDS: &[&str] = &[
    "the", "you", "your", "with", "and", "not", "this", "that", "cannot", "must", "there", "been",
    "which", "from", "have", "has", "would", "could", "should", "than", "when", "what", "who",
    "for", "by", "at", "a", "an", "no", "one", "exists", "already", "nothing", "changed", "give",
    "gave",
];

fn english_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|word| {
            word.chars().all(char::is_alphabetic) && ENGLISH_WORDS.contains(&word.as_str())
        })
        .collect()
}

/// Renders `key` with every placeholder set to `value`, failing on
/// anything the rendering could not fill.
fn render_with(lang: Language, key: &str, names: &BTreeSet<String>, value: f64) -> String {
    let args: Vec<(&str, Arg)> = names
        .iter()
        .map(|name| (name.as_str(), Arg::Number(value)))
        .collect();
    let (text, problems) = render(lang, key, &args);
    assert!(problems.is_empty(), "{key} in {lang:?}: {problems:?}");
    text
}

/// Messages that read the same in both languages, because Dutch has the
/// word too ("credit", "partner", "open", "status") or it is a key's name.
const SAME_IN_DUTCH: &[&str] = &[
    "credits-amount",
    "signal-open",
    "reminders-openPerson",
    "style-matcher",
    "people-filters",
    "people-status",
    "relationship-prospect",
    "relationship-partner",
    "cli-column-computer",
    "sync-computer",
    "cli-emails",
    "cli-urls",
    "channel-email",
    "channel-url",
    "channel-linkedin",
];

#[test]
fn every_dutch_message_is_dutch_and_filled() {
    let dutch = messages(DUTCH);
    for (key, names) in &dutch {
        for value in [1.0, 2.0] {
            let said = render_with(Language::Nl, key, names, value);
            assert!(!said.contains('{') && !said.contains('}'), "{key}: {said}");
            assert_eq!(
                english_words(&said),
                Vec::<String>::new(),
                "{key} reads English: {said}"
            );
            let english = render_with(Language::En, key, names, value);
            let has_words = english.chars().filter(|c| c.is_alphabetic()).count() > 3;
            assert!(
                !has_words || said != english || SAME_IN_DUTCH.contains(&key.as_str()),
                "{key} is the same in Dutch: {said}"
            );
        }
    }
}

#[test]
fn plurals_follow_the_language() {
    let ambiguous = |count: usize| {
        Phrase::new("cli-ambiguous-name")
            .with("text", "Sanne")
            .with("count", count)
            .with("entity", "person")
            .with("names", "…")
    };
    assert!(ambiguous(2).say(Language::En).contains("names 2 people"));
    assert!(ambiguous(2)
        .say(Language::Nl)
        .contains("past bij 2 personen"));
}

#[test]
fn numbers_are_written_as_the_language_writes_them_and_never_inf_or_nan() {
    let phrase = |value: f64| {
        Phrase::new("error-setting-range")
            .with("field", "x")
            .with("min", value)
    };
    assert!(phrase(2.5).say(Language::En).contains("between 2.5 and"));
    assert!(phrase(2.5).say(Language::Nl).contains("tussen 2,5 en"));
    for odd in [f64::INFINITY, f64::NEG_INFINITY, f64::NAN] {
        for lang in [Language::En, Language::Nl] {
            let said = phrase(odd).say(lang).to_lowercase();
            assert!(!said.contains("inf") && !said.contains("nan"), "{said}");
        }
    }
    let json = serde_json::to_value(phrase(f64::NAN)).unwrap();
    assert_eq!(json["params"]["min"], serde_json::Value::Null);
}

#[test]
fn a_phrase_inside_a_phrase_is_said_in_the_same_language() {
    let inner = Phrase::new("error-name-required");
    let outer = Phrase::new("error-on-line")
        .with("line", 3)
        .with("detail", inner);
    assert_eq!(outer.say(Language::Nl), "Regel 3: Een naam is verplicht.");
    assert_eq!(outer.say(Language::En), "Line 3: A name is required.");
    assert!(matches!(outer.args()[1].1, Arg::Phrase(_)));
}

#[test]
fn amounts_of_one_are_singular() {
    use super::amounts::{credits, exchanges, times};
    let en = |phrase: Phrase| phrase.say(Language::En);
    let nl = |phrase: Phrase| phrase.say(Language::Nl);
    assert_eq!(en(times(1)), "once");
    assert_eq!(en(times(3)), "3 times");
    assert_eq!(nl(times(1)), "1 keer");
    assert_eq!(en(credits(1.0)), "1 credit");
    assert_eq!(en(credits(1.004)), "1 credit");
    assert_eq!(en(credits(0.0)), "0 credits");
    assert_eq!(nl(credits(2.5)), "2,5 credits");
    assert_eq!(en(exchanges(1)), "1 exchange");
    assert_eq!(en(exchanges(0)), "0 exchanges");
    assert_eq!(nl(exchanges(1)), "1 uitwisseling");
}

#[test]
fn names_are_isolated_and_lists_said_with_commas() {
    let names = Arg::list([Arg::name("Bothof"), Arg::name("\u{5e9}\u{5e8}\u{5d4}")]);
    let said = Phrase::new("signal-cannot-reciprocate-do")
        .with("name", Arg::name("Anna"))
        .with("organisations", names);
    assert_eq!(
        said.say(Language::En),
        "Keep helping \u{2068}Anna\u{2069} if you like, but also invest in the people who \
         decide at \u{2068}Bothof\u{2069}, \u{2068}\u{5e9}\u{5e8}\u{5d4}\u{2069}."
    );
    let json = serde_json::to_value(&said).unwrap();
    assert_eq!(
        json["params"]["name"], "Anna",
        "the data carries the bare name"
    );
    assert_eq!(json["params"]["organisations"][0], "Bothof");
}

#[test]
fn what_cannot_be_filled_is_reported_and_shown() {
    let (said, problems) = render(Language::En, "signal-drifting-do", &[]);
    assert_eq!(said, "Get in touch with {$name}.");
    assert_eq!(problems, ["no parameter $name"]);
    let (said, problems) = render(Language::Nl, "no-such-key", &[]);
    assert_eq!((said.as_str(), problems.len()), ("no-such-key", 1));
    let count = [("count", Arg::Text("many".into()))];
    let (said, _) = render(Language::En, "times", &count);
    assert_eq!(
        said, "many times",
        "a value no key matches takes the default"
    );
}
