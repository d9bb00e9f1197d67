//! The read model that signals, reminders and the overview share: every
//! person not in the trash with their own settings, their figures and their
//! balance as the ledger shows it. One pass over a row per person gives all
//! three what they read, where a query each would join the people again.
//! Columns are read by name, so the query can change without anyone
//! counting positions.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::domain::people::Relationship;
use crate::domain::settings::Settings;
use crate::error::Result;
use crate::figures::balances::Balance;
use crate::figures::person_stats::{PersonStats, StatsColumns};
use crate::store::named_columns::column_positions;
use crate::store::Store;

/// One person with what the rules about them read.
pub(crate) struct PersonFigures {
    pub(crate) id: String,
    pub(crate) name: String,
    /// Archived people count in the overview's totals, never in a signal
    /// or a reminder.
    pub(crate) archived: bool,
    pub(crate) relationship: Relationship,
    pub(crate) cadence_days: Option<u32>,
    /// As stored (domain/birthdays.rs).
    pub(crate) birthday: Option<String>,
    pub(crate) stats: PersonStats,
    /// Given, received and the balance as the ledger shows them: rounded,
    /// and faded by age when a half-life is set.
    pub(crate) totals: Balance,
}

impl PersonFigures {
    /// How often to be in touch: their own cadence, else their
    /// relationship's, else the default one.
    pub(crate) fn cadence(&self, settings: &Settings) -> Option<u32> {
        settings.cadence_for(self.cadence_days, self.relationship)
    }
}

column_positions!(
    /// Where a statement put the person's own columns.
    PersonColumns {
        id,
        name,
        relationship,
        cadence_days,
        archived,
        birthday,
    }
);

/// Everyone not in the trash with their figures on one day.
pub(crate) struct Living {
    /// The people signals and reminders read.
    pub(crate) active: Vec<PersonFigures>,
    /// The archived, who count only in the overview's totals.
    pub(crate) archived: Vec<PersonFigures>,
}

impl Store {
    /// Everyone not in the trash, with their figures on `today`, kept until
    /// the ledger changes (store/memo.rs).
    pub(crate) fn living(&self, today: NaiveDate) -> Result<Arc<Living>> {
        self.memo.living.get_or(self.version(today)?, || {
            let faded = self.faded_balances(today)?;
            let mut people = self.figures_where("(p.archived = 0 OR ?1)", true)?;
            if let Some(balances) = faded {
                for who in &mut people {
                    who.totals = balances.get(&who.id).copied().unwrap_or_default();
                }
            }
            let (active, archived) = people.into_iter().partition(|who| !who.archived);
            Ok(Living { active, archived })
        })
    }

    /// One person's figures on `today`, if they are in neither the trash nor
    /// the archive: what the rules about one person read, at the cost of
    /// that person alone.
    pub(crate) fn active_figures_of(
        &self,
        person_id: &str,
        today: NaiveDate,
    ) -> Result<Option<PersonFigures>> {
        Ok(self
            .active_figures_where("p.id = ?1", person_id, today)?
            .pop())
    }

    /// The figures on `today` of `person_id` and of everyone affiliated with
    /// an organisation they are or were at, leaving out the archived: whom
    /// the signals naming that person can look at, read at the cost of
    /// those organisations.
    pub(crate) fn active_figures_around(
        &self,
        person_id: &str,
        today: NaiveDate,
    ) -> Result<Vec<PersonFigures>> {
        self.active_figures_where(
            "(p.id = ?1 OR p.id IN (SELECT a.person_id FROM affiliation a
               WHERE a.organisation_id IN
                 (SELECT organisation_id FROM affiliation WHERE person_id = ?1)))",
            person_id,
            today,
        )
    }

    /// The figures on `today` of the people in neither the trash nor the
    /// archive whom `condition` (with `person_id` as `?1`) lets through.
    fn active_figures_where(
        &self,
        condition: &str,
        person_id: &str,
        today: NaiveDate,
    ) -> Result<Vec<PersonFigures>> {
        let mut found =
            self.figures_where(&format!("p.archived = 0 AND {condition}"), person_id)?;
        if self.settings()?.half_life_days.is_some() {
            for who in &mut found {
                who.totals = self.balance_of(&who.id, today)?;
            }
        }
        Ok(found)
    }

    /// The figures of the people not in the trash that `condition` (with
    /// `value` as `?1`) lets through, with their balances unfaded.
    fn figures_where(
        &self,
        condition: &str,
        value: impl rusqlite::ToSql,
    ) -> Result<Vec<PersonFigures>> {
        let sql = format!(
            "SELECT {}, {} FROM person p LEFT JOIN person_stats s ON s.person_id = p.id
             WHERE p.trashed_at IS NULL AND {condition}",
            PersonColumns::select("p"),
            StatsColumns::select("s"),
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let (person, figures) = (PersonColumns::of(&stmt)?, StatsColumns::of(&stmt)?);
        let rows = stmt.query_map([value], |row| {
            let stats = PersonStats::from_row(row, &figures)?;
            let relationship = row.get_ref(person.relationship)?.as_str()?;
            Ok(PersonFigures {
                id: row.get(person.id)?,
                name: row.get(person.name)?,
                relationship: Relationship::parse(relationship).unwrap_or_default(),
                cadence_days: row.get(person.cadence_days)?,
                archived: row.get(person.archived)?,
                birthday: row.get(person.birthday)?,
                totals: Balance::from_stats(&stats),
                stats,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
