//! Findings whose words are written only when someone reads them. On a large
//! ledger the detectors find thousands of signals and reminders, yet the
//! dashboard shows a dozen and the first screen only counts the reminders due;
//! formatting every explanation was most of the work. Whether something is
//! found, how severe it is, its key and its order never depend on its words,
//! so those are settled first and the words follow for the ones shown.

/// Something found that carries two texts: a signal's explanation and action,
/// a reminder's title and detail.
pub(crate) trait Wordable {
    fn with_words(self, words: (String, String)) -> Self;
}

/// A finding with its texts still to be written.
pub(crate) struct Unworded<'a, T> {
    /// Everything but the texts, which are empty until [`Unworded::worded`].
    pub(crate) finding: T,
    words: Box<dyn FnOnce() -> (String, String) + 'a>,
}

impl<'a, T: Wordable> Unworded<'a, T> {
    pub(crate) fn new(finding: T, words: impl FnOnce() -> (String, String) + 'a) -> Self {
        Unworded {
            finding,
            words: Box::new(words),
        }
    }

    /// The finding with its texts written.
    pub(crate) fn worded(self) -> T {
        self.finding.with_words((self.words)())
    }
}
