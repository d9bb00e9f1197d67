//! The first screen's data in one read: the most pressing signals and how
//! many there are in all, the busiest relationships as a picture, where
//! business comes from and the user's own style. The window starts from this
//! alone, so what crosses into it does not grow with the ledger. The people's
//! figures are read once, for all of it and the reminders due: one pass over
//! a row per person, where a query per part would each join the people again.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Result;
use crate::figures::business_sources::largest_sources;
use crate::figures::giving_styles::Giving;
use crate::figures::person_figures::PersonFigures;
use crate::signals::KindCount;
use crate::views::spread::{spread, Spread};
use crate::{BusinessShare, Signal, Store, Style};

/// The signals the dashboard lists, most severe first; the window leads from
/// there to everyone with a signal in the people list.
pub const SIGNALS_SHOWN: usize = 12;
/// The relationships drawn in the picture, the busiest first.
pub const DOTS_SHOWN: usize = 400;
/// The people listed as sources of business.
pub const BUSINESS_SHOWN: usize = 5;

/// One relationship in the picture: what you gave against what you received.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dot {
    pub id: String,
    pub name: String,
    pub given: f64,
    pub received: f64,
}

/// Everything the dashboard shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overview {
    /// People not in the trash, archived ones included.
    pub people: usize,
    /// Organisations not in the trash.
    pub organisations: usize,
    /// All signals that are not snoozed.
    pub signal_count: usize,
    /// How many there are of each kind, the kind with the most severe first.
    pub signal_kinds: Vec<KindCount>,
    /// [`SIGNALS_SHOWN`] of them, a few of each kind, listed kind by kind
    /// (signals/by_kind.rs).
    pub signals: Vec<Signal>,
    /// The [`DOTS_SHOWN`] live, unarchived people with the most exchanges.
    pub picture: Vec<Dot>,
    /// Where all of them lie in the picture, the dots' scale with it.
    pub spread: Spread,
    /// The [`BUSINESS_SHOWN`] largest sources of business.
    pub business: Vec<BusinessShare>,
    pub style: Style,
}

impl Store {
    /// The dashboard on `today`.
    pub fn overview(&self, today: NaiveDate) -> Result<Overview> {
        let living = self.living(today)?;
        self.overview_among(&living.active, &living.archived, today)
    }

    /// The dashboard and the number of reminders due on `today`: the window's
    /// first screen, from one reading of the per-person figures.
    pub fn first_screen(&self, today: NaiveDate) -> Result<(Overview, usize)> {
        let living = self.living(today)?;
        let due = self.due_reminder_count(today)?;
        Ok((
            self.overview_among(&living.active, &living.archived, today)?,
            due,
        ))
    }

    fn overview_among(
        &self,
        active: &[PersonFigures],
        archived: &[PersonFigures],
        today: NaiveDate,
    ) -> Result<Overview> {
        let (signals, signal_kinds) = self.signals_by_kind(active, today, SIGNALS_SHOWN)?;
        let everyone = || active.iter().chain(archived);
        Ok(Overview {
            people: active.len() + archived.len(),
            organisations: self.conn.query_row(
                "SELECT count(*) FROM organisation WHERE trashed_at IS NULL",
                [],
                |row| row.get::<_, u32>(0),
            )? as usize,
            signal_count: signal_kinds.iter().map(|kind| kind.count).sum(),
            signal_kinds,
            signals,
            picture: picture(active),
            spread: spread(
                &in_touch(active)
                    .map(|who| (who.totals.given, who.totals.received))
                    .collect::<Vec<_>>(),
            ),
            business: largest_sources(
                everyone().map(|who| {
                    (
                        who.id.as_str(),
                        who.name.as_str(),
                        who.stats.business_received,
                    )
                }),
                BUSINESS_SHOWN,
            ),
            style: self.your_style(Giving::yours(everyone().map(|who| &who.stats)))?,
        })
    }
}

/// Those of `active` (live, unarchived people) with any exchange: the
/// people the picture is of.
fn in_touch(active: &[PersonFigures]) -> impl Iterator<Item = &PersonFigures> {
    active.iter().filter(|who| who.stats.exchanges() > 0)
}

/// The busiest of `active` with their totals.
fn picture(active: &[PersonFigures]) -> Vec<Dot> {
    let mut busy: Vec<&PersonFigures> = in_touch(active).collect();
    busy.sort_by(|a, b| {
        b.stats
            .exchanges()
            .cmp(&a.stats.exchanges())
            .then_with(|| a.id.cmp(&b.id))
    });
    busy.truncate(DOTS_SHOWN);
    busy.into_iter()
        .map(|who| Dot {
            id: who.id.clone(),
            name: who.name.clone(),
            given: who.totals.given,
            received: who.totals.received,
        })
        .collect()
}
