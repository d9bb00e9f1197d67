//! The thresholds behind signals and reminders, the optional half-life, and the
//! default keep-in-touch cadence. Stored one key per row so a newer Balans can
//! add settings without a migration; a missing key takes its default.

use std::collections::BTreeMap;

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use crate::domain::people::Relationship;
use crate::error::{Error, Result};
use crate::language::Language;
use crate::phrase;
use crate::store::Store;
use crate::validate;

/// How the window looks; `System` follows the operating system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// A stretch of the day, `HH:MM` to `HH:MM` in local time, in which no
/// notification is shown; it may run past midnight (22:00 to 08:00).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuietHours {
    pub start: String,
    pub end: String,
}

fn clock_time(raw: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(raw, "%H:%M").ok()
}

impl QuietHours {
    /// The moment quiet hours end, when it is a valid time.
    pub fn end_time(&self) -> Option<NaiveTime> {
        clock_time(&self.end)
    }

    /// Whether `time` falls inside; start counts, end does not.
    pub fn contains(&self, time: NaiveTime) -> bool {
        let (Some(start), Some(end)) = (clock_time(&self.start), self.end_time()) else {
            return false;
        };
        if start <= end {
            start <= time && time < end
        } else {
            time >= start || time < end
        }
    }

    fn validate(&self) -> Result<()> {
        for (raw, says) in [
            (&self.start, phrase!("error-quiet-start-not-a-time")),
            (&self.end, phrase!("error-quiet-end-not-a-time")),
        ] {
            if raw.len() != 5 || clock_time(raw).is_none() {
                return Err(Error::invalid("quiet_hours", says));
            }
        }
        if self.start == self.end {
            return Err(Error::invalid(
                "quiet_hours",
                phrase!("error-quiet-hours-empty"),
            ));
        }
        Ok(())
    }
}

/// Every setting, with the defaults a new user starts from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// One-sided giving: this many gifts in a row with nothing back.
    pub one_sided_streak: u32,
    /// One-sided giving: given divided by received at or above this…
    pub one_sided_ratio: f64,
    /// …once at least this many credits were given.
    pub one_sided_min_given: f64,
    /// One-sided taking: received divided by given at or above this…
    pub taking_ratio: f64,
    /// …once at least this many credits were received.
    pub taking_min_received: f64,
    /// Over-giving: one gift this many times your usual gift.
    pub over_giving_factor: f64,
    /// Over-giving looks at gifts of the last this many days.
    pub over_giving_window_days: u32,
    /// A contact with at most this many earlier exchanges counts as new.
    pub new_contact_exchanges: u32,
    /// Unasked advice: the share of your gifts that were not asked for…
    pub unasked_share: f64,
    /// …once at least this many were unasked.
    pub unasked_min: u32,
    /// Cannot reciprocate: credit at or above this with someone without influence.
    pub cannot_reciprocate_credit: f64,
    /// Stranded credits: credit at or above this with someone who left…
    pub stranded_credit: f64,
    /// …while the decision makers who stayed have less than this.
    pub stranded_low_balance: f64,
    /// Thanks are due this many days after something was received.
    pub thanks_after_days: u32,
    /// A give-back is due when you have owed someone for this many days.
    pub give_back_after_days: u32,
    /// Owing at least this many credits counts for a give-back.
    pub give_back_min_owed: f64,
    /// The keep-in-touch cadence for people without their own; none means off.
    pub default_cadence_days: Option<u32>,
    /// Keep-in-touch cadences by relationship, for people without their own;
    /// a relationship without one takes `default_cadence_days`.
    pub cadence_by_relationship: BTreeMap<Relationship, u32>,
    /// When set, an exchange counts half after this many days, a quarter after twice that.
    pub half_life_days: Option<u32>,
    /// Fewer exchanges than this give "not enough data" for a style.
    pub style_min_exchanges: u32,
    /// The language of the window and of the core's sentences; none follows the system.
    pub language: Option<Language>,
    pub theme: Theme,
    /// Desktop notifications for reminders that become due.
    pub notifications: bool,
    /// A reminder on each birthday that is filled in.
    pub birthday_reminders: bool,
    /// No notifications in this stretch of the day; none means any time.
    pub quiet_hours: Option<QuietHours>,
    /// Closing the window keeps Balans in the tray; none until the user chose.
    pub close_to_tray: Option<bool>,
    /// The system-wide shortcut that brings up the quick log, as the
    /// desktop reads accelerators ("Ctrl+Alt+B"); empty for none.
    pub quick_log_shortcut: String,
}

/// The quick log's system-wide shortcut until the user chooses another.
pub const DEFAULT_QUICK_LOG_SHORTCUT: &str = "Ctrl+Alt+B";
/// The longest shortcut, in characters.
pub const MAX_SHORTCUT_CHARS: usize = 60;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            one_sided_streak: 4,
            one_sided_ratio: 3.0,
            one_sided_min_given: 6.0,
            taking_ratio: 3.0,
            taking_min_received: 6.0,
            over_giving_factor: 3.0,
            over_giving_window_days: 90,
            new_contact_exchanges: 2,
            unasked_share: 0.5,
            unasked_min: 3,
            cannot_reciprocate_credit: 6.0,
            stranded_credit: 5.0,
            stranded_low_balance: 2.0,
            thanks_after_days: 7,
            give_back_after_days: 60,
            give_back_min_owed: 3.0,
            default_cadence_days: None,
            cadence_by_relationship: BTreeMap::new(),
            half_life_days: None,
            style_min_exchanges: 4,
            language: None,
            theme: Theme::System,
            notifications: true,
            birthday_reminders: true,
            quiet_hours: Some(QuietHours {
                start: "22:00".into(),
                end: "08:00".into(),
            }),
            close_to_tray: None,
            quick_log_shortcut: DEFAULT_QUICK_LOG_SHORTCUT.to_owned(),
        }
    }
}

fn positive(field: &'static str, value: f64) -> Result<()> {
    if value.is_finite() && value > 0.0 && value <= 1_000_000.0 {
        Ok(())
    } else {
        Err(Error::invalid(
            field,
            phrase!("error-setting-not-positive", field = field),
        ))
    }
}

fn days(field: &'static str, value: u32) -> Result<()> {
    if (1..=3650).contains(&value) {
        Ok(())
    } else {
        Err(Error::invalid(
            field,
            phrase!("error-setting-days", field = field),
        ))
    }
}

impl Settings {
    /// How often to be in touch with someone of `relationship` whose own
    /// cadence is `own`: their own, else their relationship's, else the default.
    pub fn cadence_for(&self, own: Option<u32>, relationship: Relationship) -> Option<u32> {
        own.or_else(|| self.cadence_by_relationship.get(&relationship).copied())
            .or(self.default_cadence_days)
    }

    /// The language chosen here, or else the system's.
    pub fn language_or_system(&self) -> Language {
        self.language.unwrap_or_else(Language::of_system)
    }

    /// Checks every value; the first bad one is named in the error.
    pub fn validate(&self) -> Result<()> {
        for (field, value) in [
            ("one_sided_ratio", self.one_sided_ratio),
            ("one_sided_min_given", self.one_sided_min_given),
            ("taking_ratio", self.taking_ratio),
            ("taking_min_received", self.taking_min_received),
            ("over_giving_factor", self.over_giving_factor),
            ("cannot_reciprocate_credit", self.cannot_reciprocate_credit),
            ("stranded_credit", self.stranded_credit),
            ("stranded_low_balance", self.stranded_low_balance),
            ("give_back_min_owed", self.give_back_min_owed),
        ] {
            positive(field, value)?;
        }
        if !(self.unasked_share > 0.0 && self.unasked_share <= 1.0) {
            return Err(Error::invalid(
                "unasked_share",
                phrase!("error-setting-share", field = "unasked_share"),
            ));
        }
        for (field, value) in [
            ("over_giving_window_days", self.over_giving_window_days),
            ("thanks_after_days", self.thanks_after_days),
            ("give_back_after_days", self.give_back_after_days),
        ] {
            days(field, value)?;
        }
        for (field, value) in [
            ("default_cadence_days", self.default_cadence_days),
            ("half_life_days", self.half_life_days),
        ] {
            if let Some(value) = value {
                days(field, value)?;
            }
        }
        for (field, value, min) in [
            ("one_sided_streak", self.one_sided_streak, 1),
            ("unasked_min", self.unasked_min, 1),
            ("style_min_exchanges", self.style_min_exchanges, 1),
            ("new_contact_exchanges", self.new_contact_exchanges, 0),
        ] {
            if !(min..=1000).contains(&value) {
                return Err(Error::invalid(
                    field,
                    phrase!("error-setting-range", field = field, min = min),
                ));
            }
        }
        if let Some(quiet) = &self.quiet_hours {
            quiet.validate()?;
        }
        for days in self.cadence_by_relationship.values() {
            validate::cadence("cadence_by_relationship", Some(*days))?;
        }
        let shortcut = validate::line("quick_log_shortcut", &self.quick_log_shortcut)?;
        if shortcut.chars().count() > MAX_SHORTCUT_CHARS || shortcut != self.quick_log_shortcut {
            return Err(Error::invalid(
                "quick_log_shortcut",
                phrase!("error-shortcut-not-understood", text = shortcut.as_str()),
            ));
        }
        Ok(())
    }
}

impl Store {
    /// The current settings, defaults filled in.
    pub fn settings(&self) -> Result<Settings> {
        let mut stmt = self.conn.prepare_cached("SELECT key, value FROM setting")?;
        let mut stored = serde_json::Map::new();
        let rows = stmt.query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (key, value) = row?;
            if let Ok(value) = serde_json::from_str(&value) {
                stored.insert(key, value);
            }
        }
        let known = serde_json::to_value(Settings::default()).expect("settings serialise");
        stored.retain(|key, _| known.get(key).is_some());
        Ok(serde_json::from_value(serde_json::Value::Object(stored)).unwrap_or_default())
    }

    /// Replaces the settings after checking them; nothing is written on error.
    /// Only the settings that changed are written: a computer that changes
    /// its theme must not, through sync, also set every rule to the value it
    /// happens to hold (sync/).
    pub fn update_settings(&mut self, settings: &Settings) -> Result<Settings> {
        settings.validate()?;
        let values = serde_json::to_value(settings).expect("settings serialise");
        let tx = self.write()?;
        let current = serde_json::to_value(self.settings()?).expect("settings serialise");
        {
            let mut upsert = tx.prepare_cached(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?;
            for (key, value) in values.as_object().expect("settings are an object") {
                if current.get(key) != Some(value) {
                    upsert.execute((key, value.to_string()))?;
                }
            }
        }
        tx.commit()?;
        self.settings()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_log_shortcut_is_one_short_line_or_none() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(store.settings().unwrap().quick_log_shortcut, "Ctrl+Alt+B");
        let with = |shortcut: &str| Settings {
            quick_log_shortcut: shortcut.to_owned(),
            ..Settings::default()
        };
        for refused in ["Ctrl+\nB", " Ctrl+B", "Ctrl+\u{202e}B", &"Ctrl+".repeat(20)] {
            let error = store.update_settings(&with(refused)).unwrap_err();
            assert_eq!(error.field(), Some("quick_log_shortcut"), "{refused:?}");
        }
        assert_eq!(
            store.settings().unwrap(),
            Settings::default(),
            "nothing changed"
        );
        store.update_settings(&with("")).unwrap();
        assert_eq!(store.settings().unwrap().quick_log_shortcut, "", "none");
    }

    #[test]
    fn settings_round_trip_and_refuse_nonsense() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(store.settings().unwrap(), Settings::default());
        let changed = Settings {
            half_life_days: Some(365),
            one_sided_streak: 6,
            ..Settings::default()
        };
        assert_eq!(store.update_settings(&changed).unwrap(), changed);
        let bad = Settings {
            taking_ratio: -1.0,
            ..Settings::default()
        };
        assert_eq!(
            store.update_settings(&bad).unwrap_err().field(),
            Some("taking_ratio")
        );
        assert_eq!(
            store.settings().unwrap(),
            changed,
            "a refused update changes nothing"
        );
    }
}
