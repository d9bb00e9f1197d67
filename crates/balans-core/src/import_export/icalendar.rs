//! Follow-ups and keep-in-touch dates as an iCalendar file (RFC 5545), so a
//! calendar shows them: one all-day event per follow-up date on a live
//! exchange, and one per person with a cadence, on the day contact is due.
//! Its texts are in the ledger's language (`catalogue/*/exports.ftl`).
//! Each event carries an alarm at 09:00 on its day, so a calendar that
//! honours alarms reminds as Balans does; the UIDs stay the same from one
//! export to the next, so importing again updates the events, not doubles
//! them.

use chrono::{Days, NaiveDate};

use super::content_line::property;
use crate::clock;
use crate::error::Result;
use crate::phrase;
use crate::store::Store;
use crate::words::Arg;

fn compact(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

fn event(
    out: &mut String,
    uid: &str,
    stamp: &str,
    day: NaiveDate,
    summary: &str,
    description: &str,
) {
    property(out, "BEGIN", "VEVENT");
    property(out, "UID", uid);
    property(out, "DTSTAMP", stamp);
    property(out, "DTSTART;VALUE=DATE", &compact(day));
    property(out, "DTEND;VALUE=DATE", &compact(day + Days::new(1)));
    property(out, "SUMMARY", summary);
    property(out, "DESCRIPTION", description);
    property(out, "BEGIN", "VALARM");
    property(out, "ACTION", "DISPLAY");
    property(out, "DESCRIPTION", summary);
    // An all-day event starts at midnight: nine hours later is 09:00.
    property(out, "TRIGGER;RELATED=START", "PT9H");
    property(out, "END", "VALARM");
    property(out, "END", "VEVENT");
}

impl Store {
    /// The calendar of follow-ups and keep-in-touch dates; `stamp` is the
    /// moment of export (`YYYYMMDDTHHMMSSZ`).
    pub fn export_icalendar(&self, stamp: &str) -> Result<Vec<u8>> {
        let mut out = String::new();
        for (name, value) in [
            ("BEGIN", "VCALENDAR"),
            ("VERSION", "2.0"),
            ("PRODID", "-//Balans//Balans//EN"),
            ("CALSCALE", "GREGORIAN"),
        ] {
            property(&mut out, name, value);
        }
        let settings = self.settings()?;
        let lang = settings.language_or_system();
        for summary in self.people_summaries(clock::today())? {
            let person = &summary.person;
            let cadence = settings.cadence_for(person.cadence_days, person.relationship);
            let last = summary
                .stats
                .last_date
                .as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            if let (Some(cadence), Some(last), false) = (cadence, last, person.archived) {
                let due = last + Days::new(u64::from(cadence));
                let uid = format!("keep-in-touch-{}@balans", person.id);
                let name = Arg::name(&person.name);
                let last = Arg::date(clock::iso(last));
                event(
                    &mut out,
                    &uid,
                    stamp,
                    due,
                    &phrase!("calendar-keep-in-touch", name = name).say(lang),
                    &phrase!(
                        "calendar-keep-in-touch-detail",
                        cadence = cadence,
                        last = last
                    )
                    .say(lang),
                );
            }
        }
        let mut stmt = self.conn.prepare(
            "SELECT e.id, e.follow_up, e.kind, e.note, p.name FROM exchange e JOIN person p ON p.id = e.person_id
             WHERE e.follow_up IS NOT NULL AND e.trashed_at IS NULL AND p.trashed_at IS NULL ORDER BY e.follow_up, e.id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let (id, follow_up, kind, note, name): (String, String, String, String, String) = (
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
            );
            if let Ok(day) = NaiveDate::parse_from_str(&follow_up, "%Y-%m-%d") {
                event(
                    &mut out,
                    &format!("follow-up-{id}@balans"),
                    stamp,
                    day,
                    &phrase!("calendar-follow-up", name = Arg::name(name), kind = kind).say(lang),
                    &note,
                );
            }
        }
        property(&mut out, "END", "VCALENDAR");
        Ok(out.into_bytes())
    }
}
