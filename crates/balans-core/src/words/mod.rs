//! Every sentence Balans says, in English and Dutch, from one catalogue per
//! language (`catalogue/en/`, `catalogue/nl/`: the same files by area, in
//! Fluent's syntax; see `catalogue/README.md`).
//!
//! Code never writes prose: it names a message and hands over what fills it,
//! as a [`Phrase`]. A phrase crosses the core's boundary as data (key and
//! parameters, so a program can branch on it) and is rendered in the reader's
//! language only where it is shown. Fluent gives plural rules per language
//! ("1 exchange", "3 exchanges"); numbers are written as the language writes
//! them and never as `inf` or `NaN`.

pub mod amounts;
mod catalogue;
#[cfg(test)]
mod checks;
mod phrase;

pub use catalogue::{say, window_words};
pub use phrase::{Arg, Phrase};

/// A [`Phrase`] from a catalogue key and named parameters:
/// `phrase!("error-name-too-long", max = 200, length = 230)`.
#[macro_export]
macro_rules! phrase {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::words::Phrase::new($key)$(.with(stringify!($name), $value))*
    };
}
