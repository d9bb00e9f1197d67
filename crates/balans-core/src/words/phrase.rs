//! A message to be said: its catalogue key and what fills its placeholders.
//! It stays data until a language is known, so the same refusal reads in
//! Dutch in the window and in English in a log, and a program reading
//! `--json` can branch on the key.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::language::Language;

/// A message key with its parameters, rendered by [`Phrase::say`].
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// What fills one placeholder.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text as it is: a kind, a path, a detail from the system.
    Text(String),
    /// Someone's or something's name, set in the sentence as an isolate
    /// ([`crate::text::Isolated`]) so its direction cannot reorder the words
    /// around it.
    Name(String),
    /// A number: written as the language writes it, and chooses plural forms.
    Number(f64),
    /// A stored `YYYY-MM-DD` date, written as the language writes dates.
    Date(String),
    /// A message inside a message, rendered in the same language.
    Phrase(Box<Phrase>),
    /// Several of the above, said one after the other with commas.
    List(Vec<Arg>),
}

impl Phrase {
    pub fn new(key: &'static str) -> Phrase {
        Phrase {
            key,
            args: Vec::new(),
        }
    }

    /// This phrase with one more parameter.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Phrase {
        self.args.push((name, value.into()));
        self
    }

    /// The catalogue key, stable across versions and languages.
    pub fn key(&self) -> &'static str {
        self.key
    }

    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The sentence in `lang`.
    pub fn say(&self, lang: Language) -> String {
        super::say(lang, self)
    }
}

impl Arg {
    /// A stored date, to be written in the reader's language.
    pub fn date(iso: impl Into<String>) -> Arg {
        Arg::Date(iso.into())
    }

    /// Items said as a list: "Bothof, Vanderlande".
    pub fn list(items: impl IntoIterator<Item = Arg>) -> Arg {
        Arg::List(items.into_iter().collect())
    }

    /// A name, isolated where it is said.
    pub fn name(name: impl Into<String>) -> Arg {
        Arg::Name(name.into())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<Phrase> for Arg {
    fn from(phrase: Phrase) -> Arg {
        Arg::Phrase(Box::new(phrase))
    }
}

macro_rules! numbers_are_args {
    ($($number:ty),*) => {$(
        impl From<$number> for Arg {
            fn from(value: $number) -> Arg {
                Arg::Number(value as f64)
            }
        }
    )*};
}

numbers_are_args!(f64, f32, i64, i32, u64, u32, usize);

/// `{"key": "…", "params": {"name": …}}`: what a program needs to branch or
/// to render the message itself. Numbers that are not finite become `null`.
impl Serialize for Phrase {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("key", self.key)?;
        map.serialize_entry("params", &Params(&self.args))?;
        map.end()
    }
}

struct Params<'a>(&'a [(&'static str, Arg)]);

impl Serialize for Params<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, arg) in self.0 {
            map.serialize_entry(name, arg)?;
        }
        map.end()
    }
}

/// A parameter as plain data: text, a number (`null` if not finite), a
/// phrase as `{key, params}`, or a list of these.
impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Text(text) | Arg::Name(text) | Arg::Date(text) => serializer.serialize_str(text),
            Arg::Number(n) => n.is_finite().then_some(*n).serialize(serializer),
            Arg::Phrase(inner) => inner.serialize(serializer),
            Arg::List(items) => items.serialize(serializer),
        }
    }
}
