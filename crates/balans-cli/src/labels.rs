//! What the core's names read as in text output, in the reader's language:
//! a signal's kind and severity, a style, what a search hit is. JSON keeps
//! the names themselves, and so do the words a command takes (`gave`, a
//! relationship, a kind of help), which read the same in every language.

use balans_core::words::Phrase;
use balans_core::{phrase, SearchEntity, Severity, SignalKind, StyleKind};
use serde::Serialize;

pub(crate) fn severity(severity: Severity) -> Phrase {
    phrase!("cli-severity", severity = name(severity))
}

pub(crate) fn signal_kind(kind: SignalKind) -> Phrase {
    phrase!("cli-signal-kind", kind = kind.as_str())
}

pub(crate) fn style_kind(kind: StyleKind) -> Phrase {
    phrase!("cli-style-kind", style = name(kind))
}

pub(crate) fn search_entity(entity: SearchEntity) -> Phrase {
    phrase!("cli-search-entity", entity = entity.as_str())
}

/// The name a value has in JSON, such as `not_enough_data`.
fn name(value: impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use balans_core::Language;

    /// Each name reads as its own words in both languages, and in English
    /// as it did before there was a catalogue.
    #[test]
    fn every_name_has_words_of_its_own() {
        let kinds = SignalKind::ALL;
        let styles = [
            StyleKind::Giver,
            StyleKind::Matcher,
            StyleKind::Taker,
            StyleKind::NotEnoughData,
        ];
        let mut names: Vec<(String, Phrase)> = Vec::new();
        names.extend(kinds.map(|k| (k.as_str().to_owned(), signal_kind(k))));
        names.extend(styles.map(|s| (name(s), style_kind(s))));
        names.extend(
            [Severity::High, Severity::Medium, Severity::Low].map(|s| (name(s), severity(s))),
        );
        names.extend(
            [
                SearchEntity::Person,
                SearchEntity::Organisation,
                SearchEntity::Exchange,
            ]
            .map(|e| (e.as_str().to_owned(), search_entity(e))),
        );
        for (name, phrase) in &names {
            assert_eq!(phrase.say(Language::En), name.replace('_', " "));
            // "matcher" is the Dutch word too.
            let dutch = phrase.say(Language::Nl);
            assert!(
                dutch != *name || name == "matcher",
                "{name} has no Dutch words"
            );
        }
    }
}
