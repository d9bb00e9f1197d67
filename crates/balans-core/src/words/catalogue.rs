//! The two catalogues, parsed once on first use, and the rendering of a
//! [`Phrase`] with them. A message missing from Dutch falls back to English
//! and one missing from both is shown as its key; the tests in `checks.rs`
//! keep both from happening.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

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
    "window"
);
pub(super) const DUTCH: Files = catalogue_files!(
    "nl": "errors", "cli", "desktop", "exports", "amounts", "signals", "reminders", "figures",
    "window"
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

pub(super) type Bundle = FluentBundle<FluentResource>;

static ENGLISH_BUNDLE: LazyLock<Bundle> =
    LazyLock::new(|| bundle("en", ENGLISH, number_in_english));
static DUTCH_BUNDLE: LazyLock<Bundle> = LazyLock::new(|| bundle("nl", DUTCH, number_in_dutch));

fn bundle(
    locale: &str,
    files: Files,
    numbers: fn(&FluentValue, &IntlMemo) -> Option<String>,
) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![locale.parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(numbers));
    for (_, source) in files {
        // A file that does not parse keeps the messages that do, and a key
        // defined twice keeps its first text; the tests refuse both, so this
        // only matters to a hand-edited build.
        let resource =
            FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

type IntlMemo = intl_memoizer::concurrent::IntlLangMemoizer;

pub(super) fn bundle_for(lang: Language) -> &'static Bundle {
    match lang {
        Language::En => &ENGLISH_BUNDLE,
        Language::Nl => &DUTCH_BUNDLE,
    }
}

/// `phrase` as a sentence in `lang`.
pub fn say(lang: Language, phrase: &Phrase) -> String {
    let found = [bundle_for(lang), bundle_for(Language::En)]
        .into_iter()
        .find_map(|bundle| {
            let pattern = bundle.get_message(phrase.key())?.value()?;
            Some((bundle, pattern))
        });
    let Some((bundle, pattern)) = found else {
        return phrase.key().to_owned();
    };
    let args = fluent_args(lang, phrase);
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}

fn fluent_args(lang: Language, phrase: &Phrase) -> FluentArgs<'static> {
    let mut args = FluentArgs::with_capacity(phrase.args().len());
    for (name, arg) in phrase.args() {
        let value = match arg {
            // Rounded as it is written, so "1 credit" is chosen for 1.004.
            Arg::Number(n) if n.is_finite() => FluentValue::from(round2(*n)),
            other => FluentValue::from(said(lang, other)),
        };
        args.set(*name, value);
    }
    args
}

/// A parameter as it reads in `lang`.
fn said(lang: Language, arg: &Arg) -> String {
    match arg {
        Arg::Text(text) => text.clone(),
        Arg::Name(name) => Isolated(name).to_string(),
        Arg::Number(n) => lang.credits(*n),
        Arg::Date(iso) => lang.date(iso),
        Arg::Phrase(inner) => inner.say(lang),
        Arg::List(items) => items
            .iter()
            .map(|item| said(lang, item))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn number_in_english(value: &FluentValue, _: &IntlMemo) -> Option<String> {
    number_in(Language::En, value)
}

fn number_in_dutch(value: &FluentValue, _: &IntlMemo) -> Option<String> {
    number_in(Language::Nl, value)
}

fn number_in(lang: Language, value: &FluentValue) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(lang.credits(number.value)),
        _ => None,
    }
}
