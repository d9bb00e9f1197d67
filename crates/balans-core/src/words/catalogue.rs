//! The two catalogues, parsed once on first use, and the rendering of a
//! [`Phrase`] with them. The files are Fluent's syntax, read with its own
//! parser; the part of Fluent the catalogue uses (placeholders, and a choice
//! by number, by plural category or by text) is filled here, straight from
//! the parsed messages, which costs a signal's sentences a fraction of what
//! a general Fluent runtime does. A message missing from Dutch falls back to
//! English and one missing from both is shown as its key; the tests in
//! `checks.rs` keep both from happening, and refuse any expression this
//! does not fill.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::ast::{Variant, VariantKey};
use fluent_syntax::parser;

use super::phrase::{Arg, Phrase};
use crate::figures::balances::round2;
use crate::language::Language;
use crate::text::Isolated;

/// The catalogue's files, by area, the same in every language.
macro_rules! catalogue_files {
    ($lang:literal: $($area:literal),*) => {
        &[$(($area, include_str!(concat!("../../catalogue/", $lang, "/", $area, ".ftl")))),*]
    };
}

/// Each language's catalogue: its files as (area, text).
pub(super) type Files = &'static [(&'static str, &'static str)];

pub(super) const ENGLISH: Files = catalogue_files!(
    "en": "errors", "cli", "desktop", "exports", "amounts", "signals", "reminders", "figures",
    "sync", "window"
);
pub(super) const DUTCH: Files = catalogue_files!(
    "nl": "errors", "cli", "desktop", "exports", "amounts", "signals", "reminders", "figures",
    "sync", "window"
);

/// The file the window reads itself, named by its keys from the window's
/// code rather than by a [`Phrase`].
pub(super) const WINDOW: &str = "window";

/// The window's own words in `lang`, as Fluent text: the desktop shell hands
/// them to the page, which renders them (`ui/lib/ftl.js`).
pub fn window_words(lang: Language) -> &'static str {
    let files = match lang {
        Language::En => ENGLISH,
        Language::Nl => DUTCH,
    };
    files
        .iter()
        .find_map(|(area, text)| (*area == WINDOW).then_some(*text))
        .unwrap_or_default()
}

/// One language's messages: each key's text, parsed.
type Messages = HashMap<&'static str, Pattern<&'static str>, BuildHasherDefault<KeyHasher>>;

/// FNV-1a over a key's bytes: keys are short, known at build time and not
/// chosen by anyone who could aim for collisions, so the standard hasher's
/// protection against that is cost without use on this path.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        let start = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        self.0 = bytes.iter().fold(start, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

static ENGLISH_MESSAGES: LazyLock<Messages> = LazyLock::new(|| messages(ENGLISH));
static DUTCH_MESSAGES: LazyLock<Messages> = LazyLock::new(|| messages(DUTCH));

fn messages(files: Files) -> Messages {
    let mut messages = Messages::default();
    for (_, source) in files {
        // A file that does not parse keeps the messages that do, and a key
        // defined twice keeps its first text; the tests refuse both, so this
        // only matters to a hand-edited build.
        let resource = parser::parse_runtime(*source).unwrap_or_else(|(partial, _)| partial);
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                if let Some(text) = message.value {
                    messages.entry(message.id.name).or_insert(text);
                }
            }
        }
    }
    messages
}

fn messages_for(lang: Language) -> &'static Messages {
    match lang {
        Language::En => &ENGLISH_MESSAGES,
        Language::Nl => &DUTCH_MESSAGES,
    }
}

/// `phrase` as a sentence in `lang`.
pub fn say(lang: Language, phrase: &Phrase) -> String {
    let mut said = String::with_capacity(160);
    fill(
        lang,
        phrase.key(),
        phrase.args(),
        &mut said,
        &mut Vec::new(),
    );
    said
}

/// The message `key` in `lang` filled with `args`, and what could not be
/// filled: a placeholder without its parameter, or an expression the
/// catalogue is not meant to use. For the tests that hold the catalogue.
#[cfg(test)]
pub(super) fn render(lang: Language, key: &str, args: &[(&str, Arg)]) -> (String, Vec<String>) {
    let (mut said, mut problems) = (String::new(), Vec::new());
    fill(lang, key, args, &mut said, &mut problems);
    (said, problems)
}

/// Writes the message `key` filled with `args` onto `said`; a phrase inside
/// it is written there too, not made apart and copied.
fn fill(
    lang: Language,
    key: &str,
    args: &[(&str, Arg)],
    said: &mut String,
    problems: &mut Vec<String>,
) {
    let Some(text) = [lang, Language::En]
        .into_iter()
        .find_map(|each| messages_for(each).get(key))
    else {
        said.push_str(key);
        problems.push(format!("{key} is in no catalogue"));
        return;
    };
    Filling {
        lang,
        args,
        said,
        problems,
    }
    .pattern(text);
}

/// One message being filled in.
struct Filling<'a> {
    lang: Language,
    args: &'a [(&'a str, Arg)],
    said: &'a mut String,
    problems: &'a mut Vec<String>,
}

impl<'a> Filling<'a> {
    fn pattern(&mut self, pattern: &Pattern<&str>) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => self.said.push_str(value),
                PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn expression(&mut self, expression: &Expression<&str>) {
        match expression {
            Expression::Inline(inline) => self.inline(inline),
            Expression::Select { selector, variants } => {
                let variant = self.choose(selector, variants);
                self.pattern(&variant.value);
            }
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&str>) {
        match inline {
            InlineExpression::StringLiteral { value }
            | InlineExpression::NumberLiteral { value } => self.said.push_str(value),
            InlineExpression::VariableReference { id } => match self.arg(id.name) {
                Some(arg) => self.arg_said(arg),
                None => {
                    self.said.push_str(&format!("{{${}}}", id.name));
                    self.problems.push(format!("no parameter ${}", id.name));
                }
            },
            InlineExpression::Placeable { expression } => self.expression(expression),
            other => self
                .problems
                .push(format!("an expression Balans does not fill: {other:?}")),
        }
    }

    fn arg(&self, name: &str) -> Option<&'a Arg> {
        let args: &'a [(&'a str, Arg)] = self.args;
        args.iter()
            .find_map(|(each, arg)| (*each == name).then_some(arg))
    }

    /// The variant whose key matches the selector's value, else the default.
    fn choose<'v>(
        &mut self,
        selector: &InlineExpression<&str>,
        variants: &'v [Variant<&str>],
    ) -> &'v Variant<&'v str> {
        let value = match selector {
            InlineExpression::VariableReference { id } => {
                let value = self.arg(id.name);
                if value.is_none() {
                    self.problems
                        .push(format!("no parameter ${} to choose by", id.name));
                }
                value
            }
            other => {
                self.problems.push(format!("a choice by {other:?}"));
                None
            }
        };
        let lang = self.lang;
        let matching = value.and_then(|value| {
            variants
                .iter()
                .find(|variant| matches(lang, &variant.key, value))
        });
        // The parser accepts a choice only with one default variant.
        matching
            .or_else(|| variants.iter().find(|variant| variant.default))
            .unwrap_or(&variants[0])
    }
}

/// Whether a variant's key is the value: the same number (`[1]`), the
/// number's plural category in the language (`[one]`), or the same text.
fn matches(lang: Language, key: &VariantKey<&str>, value: &Arg) -> bool {
    match (key, value) {
        (VariantKey::NumberLiteral { value: key }, Arg::Number(n)) => {
            key.parse::<f64>().is_ok_and(|key| key == round2(*n))
        }
        (VariantKey::Identifier { name }, Arg::Number(n)) => *name == lang.plural(*n),
        (VariantKey::Identifier { name }, Arg::Text(text)) => name == text,
        _ => false,
    }
}

impl Filling<'_> {
    /// A parameter as it reads in the language.
    fn arg_said(&mut self, arg: &Arg) {
        match arg {
            Arg::Text(text) => self.said.push_str(text),
            Arg::Name(name) => Isolated(name).write_onto(self.said),
            // Rounded as it is written, so "1 credit" is chosen for 1.004.
            Arg::Number(n) => self.lang.write_credits(*n, self.said),
            Arg::Date(iso) => self.lang.write_date(iso, self.said),
            Arg::Phrase(inner) => fill(
                self.lang,
                inner.key(),
                inner.args(),
                self.said,
                self.problems,
            ),
            Arg::List(items) => {
                for (at, item) in items.iter().enumerate() {
                    if at > 0 {
                        self.said.push_str(", ");
                    }
                    self.arg_said(item);
                }
            }
        }
    }
}
