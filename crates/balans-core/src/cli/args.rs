//! Hand-rolled argument parsing: each command declares which `--options` take
//! a value and which are flags, and reads its words by name, so a mistake is
//! reported in the command's own terms. `--` ends the options, for names that
//! start with dashes.

use std::str::FromStr;

use super::failure::Failure;

/// The options one command accepts, without their leading dashes.
pub(crate) struct Spec {
    pub values: &'static [&'static str],
    pub flags: &'static [&'static str],
}

impl Spec {
    /// A command that takes no options.
    pub const NONE: Spec = Spec {
        values: &[],
        flags: &[],
    };
}

/// Words and options as one command received them.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    words: Vec<String>,
    values: Vec<(&'static str, String)>,
    flags: Vec<&'static str>,
}

/// Splits off the action word (`list`, `add`); without one, the first is meant.
pub(crate) fn action<'a>(
    args: &'a [String],
    actions: &[&'static str],
) -> Result<(&'static str, &'a [String]), Failure> {
    match args.first() {
        None => Ok((actions[0], args)),
        Some(first) if first.starts_with("--") => Ok((actions[0], args)),
        Some(first) => actions
            .iter()
            .find(|a| *a == first)
            .map(|a| (*a, &args[1..]))
            .ok_or_else(|| {
                Failure::usage(format!(
                    "\"{first}\" is not one of: {}.",
                    actions.join(", ")
                ))
            }),
    }
}

pub(crate) fn parse(args: &[String], spec: &Spec) -> Result<Parsed, Failure> {
    let mut parsed = Parsed::default();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--" {
            parsed.words.extend(iter.by_ref().cloned());
            break;
        }
        let Some(option) = arg.strip_prefix("--") else {
            parsed.words.push(arg.clone());
            continue;
        };
        let (name, inline) = match option.split_once('=') {
            Some((name, value)) => (name, Some(value.to_owned())),
            None => (option, None),
        };
        if let Some(flag) = spec.flags.iter().find(|f| **f == name) {
            if inline.is_some() {
                return Err(Failure::usage(format!("--{name} takes no value.")));
            }
            parsed.flags.push(flag);
        } else if let Some(known) = spec.values.iter().find(|v| **v == name) {
            let value = inline
                .or_else(|| iter.next().cloned())
                .ok_or_else(|| Failure::usage(format!("--{name} needs a value.")))?;
            parsed.values.push((known, value));
        } else {
            return Err(Failure::usage(format!(
                "This command has no option --{name}."
            )));
        }
    }
    Ok(parsed)
}

impl Parsed {
    /// Exactly `N` words, named for the message when they are not there.
    pub(crate) fn words<const N: usize>(&self, names: [&str; N]) -> Result<[String; N], Failure> {
        if self.words.len() != N {
            let expected = if N == 0 {
                "no words".to_owned()
            } else {
                names.join(" ")
            };
            return Err(Failure::usage(format!(
                "Expected {expected}, but got {} word(s): {}.",
                self.words.len(),
                self.words.join(" ")
            )));
        }
        Ok(std::array::from_fn(|i| self.words[i].clone()))
    }

    /// All words joined by spaces; at least one is required.
    pub(crate) fn rest(&self, name: &str) -> Result<String, Failure> {
        if self.words.is_empty() {
            return Err(Failure::usage(format!("Expected {name}.")));
        }
        Ok(self.words.join(" "))
    }

    /// An option that may be given at most once.
    pub(crate) fn value(&self, name: &str) -> Result<Option<&str>, Failure> {
        let mut found = self.values.iter().filter(|(n, _)| *n == name);
        let first = found.next().map(|(_, v)| v.as_str());
        if found.next().is_some() {
            return Err(Failure::usage(format!("--{name} is given more than once.")));
        }
        Ok(first)
    }

    /// Every value of an option that may repeat.
    pub(crate) fn values(&self, name: &str) -> Vec<String> {
        self.values
            .iter()
            .filter(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub(crate) fn flag(&self, name: &str) -> bool {
        self.flags.contains(&name)
    }

    /// An option read as a number.
    pub(crate) fn number<T: FromStr>(&self, name: &str) -> Result<Option<T>, Failure> {
        self.value(name)?
            .map(|text| {
                text.trim().parse().map_err(|_| {
                    Failure::usage(format!("--{name} needs a number, not \"{text}\"."))
                })
            })
            .transpose()
    }

    /// An option that is one of a few words.
    pub(crate) fn choice<T>(
        &self,
        name: &str,
        parse: fn(&str) -> Option<T>,
        choices: &str,
    ) -> Result<Option<T>, Failure> {
        self.value(name)?
            .map(|text| one_of(text, parse, choices))
            .transpose()
    }
}

/// Reads a word that must be one of a few.
pub(crate) fn one_of<T>(
    text: &str,
    parse: fn(&str) -> Option<T>,
    choices: &str,
) -> Result<T, Failure> {
    parse(&text.trim().to_lowercase())
        .ok_or_else(|| Failure::usage(format!("\"{text}\" is not one of: {choices}.")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    const SPEC: Spec = Spec {
        values: &["tag", "note"],
        flags: &["acknowledged"],
    };

    #[test]
    fn options_values_flags_and_words() {
        let parsed = parse(
            &strings(&[
                "Sanne",
                "--tag",
                "a",
                "--tag=b",
                "--acknowledged",
                "--",
                "--note",
            ]),
            &SPEC,
        )
        .unwrap();
        assert_eq!(parsed.words(["NAME", "X"]).unwrap(), ["Sanne", "--note"]);
        assert_eq!(parsed.values("tag"), ["a", "b"]);
        assert!(parsed.flag("acknowledged"));
        assert!(
            parsed.value("tag").is_err(),
            "a repeated single option is refused"
        );
    }

    #[test]
    fn unknown_options_and_missing_values_are_usage_errors() {
        for bad in [&["--colour"][..], &["--note"], &["--acknowledged=yes"]] {
            let err = parse(&strings(bad), &SPEC).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad:?}");
        }
    }
}
