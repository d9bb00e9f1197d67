//! Text as people compare and read names: sorted and found without case and
//! without accents ([`fold`]), so "Émile" sorts among the e's and "jose"
//! finds "José"; matched as the same name without case only ([`same_name`]),
//! so "özlem yılmaz" is Özlem Yılmaz but Emile is not Émile; placed in Balans's own sentences as an isolate, so a name written right to
//! left (or one holding digits and punctuation) cannot rearrange the words
//! around it.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower case without accents (canonical decomposition, combining marks dropped).
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The form in which two names are the same name, for every place that
/// matches one (the command line, the importers, tags): canonically composed
/// (NFC, so a decomposed "é" equals a composed one), trimmed, and lower case
/// in Unicode, not only in ASCII as SQLite's `lower()` is.
pub fn same_name(text: &str) -> String {
    text.trim().nfc().flat_map(char::to_lowercase).collect()
}

/// A name (of a person, an organisation, a role) as it appears inside a
/// sentence Balans writes: between U+2068 FIRST STRONG ISOLATE and U+2069
/// POP DIRECTIONAL ISOLATE, so its direction is its own and the sentence
/// keeps its order. Every sentence that names someone uses this.
#[derive(Debug, Clone, Copy)]
pub struct Isolated<'a>(pub &'a str);

impl Isolated<'_> {
    /// The isolated name added to `text`, without going through formatting.
    pub fn write_onto(self, text: &mut String) {
        text.reserve(self.0.len() + 6);
        text.push('\u{2068}');
        text.push_str(self.0);
        text.push('\u{2069}');
    }
}

impl std::fmt::Display for Isolated<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "\u{2068}{}\u{2069}", self.0)
    }
}

/// A name's bytes with ASCII letters in lower case, compared as SQLite's
/// `COLLATE NOCASE` does, without making a new string.
pub(crate) fn ascii_folded(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.bytes().map(|b| b.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {

    #[test]
    fn names_match_in_any_case_but_keep_their_accents() {
        assert_eq!(
            super::same_name(" ÖZLEM Yılmaz "),
            super::same_name("özlem yılmaz")
        );
        assert_eq!(super::same_name("ÉMILE"), super::same_name("e\u{301}mile"));
        assert_eq!(super::same_name("ÅLUND"), "ålund");
        assert_ne!(super::same_name("Émile"), super::same_name("Emile"));
    }
    use super::{fold, Isolated};

    #[test]
    fn a_name_in_a_sentence_is_isolated() {
        assert_eq!(
            format!("Thank {}.", Isolated("\u{5e9}\u{5e8}\u{5d4} 2")),
            "Thank \u{2068}\u{5e9}\u{5e8}\u{5d4} 2\u{2069}."
        );
    }

    #[test]
    fn case_and_accents_fold_away() {
        assert_eq!(fold("José Álvarez"), "jose alvarez");
        assert_eq!(fold("Émile Geïnteresseerd"), "emile geinteresseerd");
        assert_eq!(
            fold("ØRSTED"),
            "ørsted",
            "letters that are not accented stay"
        );
        assert_eq!(fold(""), "");
    }
}
