//! The rules a backup's rows keep before any of them is written. SQLite's
//! CHECK constraints only guard the shape of a column; a backup is a way in
//! like the window and the command line, so each of its rows passes the same
//! checks (`validate.rs`) the commands apply: names, notes, dates, values,
//! tags, cadences, ids as Balans makes them, known kinds and known words in
//! every enumerated column. Two rows with one key in the same table are
//! refused by their row numbers, instead of the second silently winning.
//! Everything here runs before the import writes anything, so a refused
//! backup leaves the ledger (and its backups folder) exactly as it was.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Map, Value};

use crate::domain::birthdays;
use crate::domain::channels::ChannelKind;
use crate::domain::settings::Settings;
use crate::error::{Error, Result};
use crate::phrase;
use crate::validate;
use crate::words::Phrase;

pub(super) type Row = Map<String, Value>;

/// What one column must hold.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// A UUID as Balans makes them.
    Id,
    OptionalId,
    Name,
    /// A kind's name: a name of at most 40 characters.
    KindName,
    /// Free text with line breaks.
    Note,
    /// A role: one line of at most a name's length; may be empty.
    Role,
    Tag,
    /// A signal's or reminder's key: one line of 1 to 300 characters.
    Key,
    Date,
    OptionalDate,
    /// A UTC moment as `created_at` holds.
    Moment,
    OptionalMoment,
    /// A local moment as `announced_at` holds (`YYYY-MM-DDTHH:MM:SS`).
    OptionalLocalMoment,
    Value,
    Cadence,
    /// A birthday, with or without its year (domain/birthdays.rs).
    OptionalBirthday,
    /// 0 or 1.
    Flag,
    /// A whole number (a kind's place in lists).
    Position,
    OneOf(&'static [&'static str]),
    /// A kind the ledger will know once the backup's kinds are in.
    KnownKind,
    /// A setting's name and its JSON value, checked together per table.
    SettingKey,
    SettingValue,
    /// An address; what it must be depends on the row's kind, checked per
    /// table once the kind is known to be one.
    ChannelValue,
}

const RELATIONSHIPS: &[&str] = &crate::domain::people::Relationship::NAMES;
const CHANNEL_KINDS: &[&str] = &["email", "phone", "url"];

/// Every column of every backed-up table and its rule. A test checks that
/// this covers the schema, so a new column cannot slip in unchecked.
const RULES: &[(&str, &[(&str, Rule)])] = &[
    (
        "kind",
        &[
            ("name", Rule::KindName),
            ("value", Rule::Value),
            ("position", Rule::Position),
            ("builtin", Rule::Flag),
        ],
    ),
    (
        "setting",
        &[("key", Rule::SettingKey), ("value", Rule::SettingValue)],
    ),
    (
        "person",
        &[
            ("id", Rule::Id),
            ("name", Rule::Name),
            ("notes", Rule::Note),
            ("relationship", Rule::OneOf(RELATIONSHIPS)),
            ("cadence_days", Rule::Cadence),
            ("met_how", Rule::Note),
            ("introduced_by", Rule::OptionalId),
            ("birthday", Rule::OptionalBirthday),
            ("archived", Rule::Flag),
            ("trashed_at", Rule::OptionalMoment),
            ("example", Rule::Flag),
            ("created_at", Rule::Moment),
            ("updated_at", Rule::Moment),
        ],
    ),
    ("person_tag", &[("person_id", Rule::Id), ("tag", Rule::Tag)]),
    (
        "person_channel",
        &[
            ("id", Rule::Id),
            ("person_id", Rule::Id),
            ("kind", Rule::OneOf(CHANNEL_KINDS)),
            ("value", Rule::ChannelValue),
            ("position", Rule::Position),
            ("created_at", Rule::Moment),
        ],
    ),
    (
        "organisation",
        &[
            ("id", Rule::Id),
            ("name", Rule::Name),
            ("notes", Rule::Note),
            ("trashed_at", Rule::OptionalMoment),
            ("example", Rule::Flag),
            ("created_at", Rule::Moment),
            ("updated_at", Rule::Moment),
        ],
    ),
    (
        "affiliation",
        &[
            ("id", Rule::Id),
            ("person_id", Rule::Id),
            ("organisation_id", Rule::Id),
            ("role", Rule::Role),
            (
                "decision_power",
                Rule::OneOf(&["decides", "influences", "none"]),
            ),
            ("from_date", Rule::OptionalDate),
            ("to_date", Rule::OptionalDate),
            ("example", Rule::Flag),
            ("created_at", Rule::Moment),
        ],
    ),
    (
        "exchange",
        &[
            ("id", Rule::Id),
            ("person_id", Rule::Id),
            ("date", Rule::Date),
            ("direction", Rule::OneOf(&["gave", "received"])),
            ("kind", Rule::KnownKind),
            ("value", Rule::Value),
            ("asked", Rule::OneOf(&["yes", "no", "unknown"])),
            ("acknowledged", Rule::Flag),
            ("third_person_id", Rule::OptionalId),
            ("follow_up", Rule::OptionalDate),
            ("note", Rule::Note),
            ("trashed_at", Rule::OptionalMoment),
            ("example", Rule::Flag),
            ("created_at", Rule::Moment),
            ("updated_at", Rule::Moment),
        ],
    ),
    (
        "signal_snooze",
        &[("signal_key", Rule::Key), ("until", Rule::Date)],
    ),
    (
        "reminder_state",
        &[
            ("reminder_key", Rule::Key),
            (
                "kind",
                Rule::OneOf(&[
                    "follow_up",
                    "keep_in_touch",
                    "thanks",
                    "give_back",
                    "pause",
                    "birthday",
                ]),
            ),
            ("person_id", Rule::Id),
            (
                "status",
                Rule::OneOf(&["open", "done", "dismissed", "snoozed"]),
            ),
            ("snoozed_until", Rule::OptionalDate),
            ("decided_on", Rule::OptionalDate),
            ("announced_at", Rule::OptionalLocalMoment),
        ],
    ),
];

/// The columns a table's rules know, for the test that they cover the schema.
#[cfg(test)]
fn ruled_columns(table: &str) -> Vec<&'static str> {
    RULES
        .iter()
        .find(|(t, _)| *t == table)
        .map(|(_, rules)| rules.iter().map(|(c, _)| *c).collect())
        .unwrap_or_default()
}

/// What is wrong with one value, said when the row is named.
type Problem = Phrase;

fn text(value: &Value) -> std::result::Result<&str, Problem> {
    value.as_str().ok_or_else(|| phrase!("problem-not-text"))
}

fn whole(value: &Value) -> std::result::Result<i64, Problem> {
    value.as_i64().ok_or_else(|| phrase!("problem-not-whole"))
}

/// What a validation error says, without its field.
fn said(error: Error) -> Problem {
    error.phrase()
}

/// Checks one value against its rule and returns it as it should be stored
/// (trimmed, rounded), or says what is wrong.
fn clean(
    rule: Rule,
    value: &Value,
    kinds: &HashSet<String>,
) -> std::result::Result<Value, Problem> {
    let optional = matches!(
        rule,
        Rule::OptionalId
            | Rule::OptionalDate
            | Rule::OptionalMoment
            | Rule::OptionalLocalMoment
            | Rule::OptionalBirthday
            | Rule::Cadence
    );
    if value.is_null() {
        return if optional {
            Ok(Value::Null)
        } else {
            Err(phrase!("problem-missing"))
        };
    }
    let string = |s: String| Ok(Value::String(s));
    match rule {
        Rule::Id | Rule::OptionalId => string(validate::id("id", text(value)?).map_err(said)?),
        Rule::Name => string(validate::name("name", text(value)?).map_err(said)?),
        Rule::KindName => string(validate::kind_name("name", text(value)?).map_err(said)?),
        Rule::Note => string(validate::note("note", text(value)?).map_err(said)?),
        Rule::Role => string(validate::role("role", text(value)?).map_err(said)?),
        Rule::Tag => {
            let tags = validate::tags("tag", &[text(value)?.to_owned()]).map_err(said)?;
            match tags.into_iter().next() {
                Some(tag) => string(tag),
                None => Err(phrase!("problem-empty-tag")),
            }
        }
        Rule::Key | Rule::SettingKey => string(validate::key("key", text(value)?).map_err(said)?),
        Rule::Date | Rule::OptionalDate => {
            let date = validate::date("date", text(value)?).map_err(said)?;
            string(crate::clock::iso(date))
        }
        Rule::OptionalBirthday => {
            match birthdays::clean("birthday", Some(text(value)?)).map_err(said)? {
                Some(birthday) => string(birthday),
                None => Ok(Value::Null),
            }
        }
        Rule::Moment | Rule::OptionalMoment => {
            string(validate::timestamp("moment", text(value)?).map_err(said)?)
        }
        Rule::OptionalLocalMoment => {
            let raw = text(value)?;
            chrono::NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S")
                .map_err(|_| phrase!("problem-not-local-moment", text = raw))?;
            string(raw.to_owned())
        }
        Rule::Value => {
            let number = value
                .as_f64()
                .ok_or_else(|| phrase!("problem-not-number"))?;
            let rounded = validate::value("value", number).map_err(said)?;
            serde_json::Number::from_f64(rounded)
                .map(Value::Number)
                .ok_or_else(|| phrase!("problem-not-number"))
        }
        Rule::Cadence => {
            let days = u32::try_from(whole(value)?).map_err(|_| phrase!("problem-not-days"))?;
            validate::cadence("cadence_days", Some(days)).map_err(said)?;
            Ok(Value::from(days))
        }
        Rule::Flag => match whole(value)? {
            0 | 1 => Ok(value.clone()),
            _ => Err(phrase!("problem-not-flag")),
        },
        Rule::Position => whole(value).map(Value::from),
        Rule::OneOf(words) => {
            let word = text(value)?;
            if words.contains(&word) {
                Ok(value.clone())
            } else {
                Err(phrase!(
                    "problem-not-one-of",
                    text = word,
                    choices = words.join(", ")
                ))
            }
        }
        Rule::KnownKind => {
            let kind = text(value)?;
            if kinds.contains(kind) {
                Ok(value.clone())
            } else {
                Err(phrase!("error-unknown-kind", kind = kind))
            }
        }
        Rule::ChannelValue => string(validate::line("value", text(value)?).map_err(said)?),
        Rule::SettingValue => {
            let raw = text(value)?;
            serde_json::from_str::<Value>(raw)
                .map_err(|e| phrase!("problem-not-json", detail = e.to_string()))?;
            Ok(value.clone())
        }
    }
}

/// Checks and cleans one row; the message names the column.
fn clean_row(
    rules: &[(&str, Rule)],
    row: &mut Row,
    kinds: &HashSet<String>,
) -> std::result::Result<(), Problem> {
    for (column, value) in row.iter_mut() {
        let Some((_, rule)) = rules.iter().find(|(c, _)| c == column) else {
            return Err(phrase!("problem-unknown-column", column = column));
        };
        *value = clean(*rule, value, kinds)
            .map_err(|problem| phrase!("problem-in-column", column = column, detail = problem))?;
    }
    Ok(())
}

/// The text that identifies a row in its table, as the import matches rows.
pub(super) fn key_of(row: &Row, key: &[&str]) -> String {
    key.iter()
        .map(|k| row.get(*k).map(Value::to_string).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

pub(super) fn at_row(table: &str, index: usize, problem: Problem) -> Error {
    Error::invalid(
        "file",
        phrase!(
            "error-in-row",
            table = table,
            row = index + 1,
            detail = problem
        ),
    )
}

/// The settings the backup's rows make, over the defaults, must be settings
/// the window would save. A key this Balans does not know is kept as it is
/// (a newer Balans adds settings without a new schema, and `settings()`
/// ignores keys it does not know), but its value must still be JSON.
fn check_settings(rows: &[Row]) -> Result<()> {
    let mut stored = match serde_json::to_value(Settings::default()) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    for (index, row) in rows.iter().enumerate() {
        let (Some(Value::String(key)), Some(Value::String(value))) =
            (row.get("key"), row.get("value"))
        else {
            return Err(at_row(
                "setting",
                index,
                phrase!("problem-setting-incomplete"),
            ));
        };
        let parsed: Value = serde_json::from_str(value).map_err(|e| {
            at_row(
                "setting",
                index,
                phrase!("problem-not-json", detail = e.to_string()),
            )
        })?;
        if stored.contains_key(key) {
            stored.insert(key.clone(), parsed);
        }
    }
    let settings: Settings = serde_json::from_value(Value::Object(stored)).map_err(|e| {
        Error::invalid(
            "file",
            phrase!("error-settings-do-not-fit", detail = e.to_string()),
        )
    })?;
    settings
        .validate()
        .map_err(|e| Error::invalid("file", phrase!("error-in-settings", detail = e.phrase())))
}

/// Each address must be what its kind says, as stored when typed.
fn clean_channels(rows: &mut [Row]) -> Result<()> {
    for (index, row) in rows.iter_mut().enumerate() {
        let kind = row
            .get("kind")
            .and_then(Value::as_str)
            .and_then(ChannelKind::parse);
        let (Some(kind), Some(Value::String(value))) = (kind, row.get_mut("value")) else {
            return Err(at_row("person_channel", index, phrase!("problem-missing")));
        };
        *value = kind
            .clean(value)
            .map_err(|e| at_row("person_channel", index, e.phrase()))?;
    }
    Ok(())
}

/// Checks every row of every table and cleans it in place; `kinds_here` are
/// the kinds the ledger keeps through the import (none for a replace).
pub(super) fn check(
    tables: &mut BTreeMap<String, Vec<Row>>,
    keys: &[(&str, &[&str])],
    kinds_here: HashSet<String>,
) -> Result<()> {
    let mut kinds = kinds_here;
    for (table, key) in keys {
        let Some(rows) = tables.get_mut(*table) else {
            continue;
        };
        let rules = RULES
            .iter()
            .find(|(t, _)| t == table)
            .map(|(_, rules)| *rules)
            .unwrap_or_default();
        let mut first_seen: HashMap<String, usize> = HashMap::new();
        for (index, row) in rows.iter_mut().enumerate() {
            clean_row(rules, row, &kinds).map_err(|m| at_row(table, index, m))?;
            if let Some(first) = first_seen.insert(key_of(row, key), index) {
                return Err(Error::invalid(
                    "file",
                    phrase!(
                        "error-duplicate-rows",
                        table = *table,
                        first = first + 1,
                        second = index + 1,
                        key = key.join(", ")
                    ),
                ));
            }
            if *table == "kind" {
                if let Some(Value::String(name)) = row.get("name") {
                    kinds.insert(name.clone());
                }
            }
        }
        if *table == "setting" {
            check_settings(rows)?;
        }
        if *table == "person_channel" {
            clean_channels(rows)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    /// The words a `OneOf` rule allows for `table.column`.
    fn words(table: &str, column: &str) -> Vec<&'static str> {
        RULES
            .iter()
            .find(|(t, _)| *t == table)
            .and_then(|(_, rules)| rules.iter().find(|(c, _)| *c == column))
            .map(|(_, rule)| match rule {
                Rule::OneOf(words) => words.to_vec(),
                _ => panic!("{table}.{column} is not a choice of words"),
            })
            .unwrap_or_else(|| panic!("no rule for {table}.{column}"))
    }

    #[test]
    fn the_word_lists_are_the_domains_own_spellings() {
        use crate::domain::exchanges::{Asked, Direction};
        use crate::domain::organisations::DecisionPower;
        use crate::domain::people::Relationship;
        assert_eq!(
            words("person", "relationship"),
            Relationship::ALL.map(Relationship::as_str).to_vec()
        );
        assert_eq!(
            words("person_channel", "kind"),
            ChannelKind::ALL.map(ChannelKind::as_str).to_vec()
        );
        for word in words("affiliation", "decision_power") {
            assert_eq!(
                DecisionPower::parse(word).map(DecisionPower::as_str),
                Some(word)
            );
        }
        for word in words("exchange", "direction") {
            assert_eq!(Direction::parse(word).map(Direction::as_str), Some(word));
        }
        for word in words("exchange", "asked") {
            assert_eq!(Asked::parse(word).map(Asked::as_str), Some(word));
        }
    }

    #[test]
    fn every_backed_up_column_has_a_rule() {
        let store = Store::open_in_memory().unwrap();
        for (table, _) in RULES {
            let mut stmt = store
                .conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
                .unwrap();
            let columns: Vec<String> = stmt
                .query_map([], |row| row.get::<_, String>(0))
                .unwrap()
                .collect::<rusqlite::Result<Vec<_>>>()
                .unwrap()
                .into_iter()
                .filter(|c| {
                    !crate::import_export::json_backup::INTERNAL_COLUMNS.contains(&c.as_str())
                })
                .collect();
            let mut ruled: Vec<String> = ruled_columns(table)
                .into_iter()
                .map(str::to_owned)
                .collect();
            let mut columns = columns;
            columns.sort();
            ruled.sort();
            assert_eq!(ruled, columns, "the rules of {table} cover its columns");
        }
    }

    #[test]
    fn values_are_checked_like_the_commands_check_them() {
        let kinds = HashSet::from(["advice".to_owned()]);
        let refused = [
            (Rule::Value, Value::from(1e300)),
            (Rule::Date, Value::from("0000-00-00")),
            (Rule::Name, Value::from("a\nb")),
            (Rule::Id, Value::from("\"><img src=x onerror=alert(1)>")),
            (Rule::Id, Value::from("x'); DROP TABLE person;--")),
            (Rule::KnownKind, Value::from("bribe")),
            (Rule::Flag, Value::from(2)),
            (Rule::Note, Value::from("a\u{202e}b")),
        ];
        for (rule, value) in refused {
            assert!(
                clean(rule, &value, &kinds).is_err(),
                "{value} should be refused as {rule:?}"
            );
        }
        assert_eq!(
            clean(Rule::Name, &Value::from("  Sanne "), &kinds).unwrap(),
            Value::from("Sanne")
        );
    }
}
