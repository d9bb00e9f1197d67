//! Everything one person's page shows, in one read: the person, their
//! balance, figures and chart, the latest exchanges, where they work and
//! worked, and the introductions they were part of.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::exchanges::Exchange;
use crate::domain::organisations::Affiliation;
use crate::domain::people::Person;
use crate::error::Result;
use crate::figures::balance_over_time::{series, SeriesPoint};
use crate::figures::balances::{decayed_balance, Balance};
use crate::figures::person_stats::{self, PersonStats};
use crate::store::Store;
use crate::views::introductions::Introduction;

/// A person's page lists this many of the most recent exchanges, and pages
/// back this many at a time; the chart and the figures cover all of them.
pub const PAGE_EXCHANGES: usize = 100;

/// An affiliation with the organisation's name, for a person's page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AffiliationView {
    pub affiliation: Affiliation,
    pub organisation_name: String,
    pub current: bool,
}

/// A page of a person's older exchanges, for the timeline's "show older".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OlderExchanges {
    /// Newest first, after the ones already shown.
    pub exchanges: Vec<Exchange>,
    /// The names of the third people they name, by id.
    pub names: HashMap<String, String>,
}

fn third_people(exchanges: &[Exchange]) -> impl Iterator<Item = &str> {
    exchanges
        .iter()
        .filter_map(|e| e.third_person_id.as_deref())
}

/// Everything a person's page shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonPage {
    pub person: Person,
    pub balance: Balance,
    pub stats: PersonStats,
    /// The most recent [`PAGE_EXCHANGES`] exchanges, newest first.
    pub exchanges: Vec<Exchange>,
    /// How many live exchanges there are in all.
    pub exchange_count: usize,
    pub series: Vec<SeriesPoint>,
    pub affiliations: Vec<AffiliationView>,
    pub introductions: Vec<Introduction>,
    /// The names of the other people the page mentions (who introduced this
    /// person, the third person of each listed exchange), by id.
    pub names: HashMap<String, String>,
}

impl Store {
    /// The data behind one person's page.
    pub fn person_page(&self, person_id: &str, today: NaiveDate) -> Result<PersonPage> {
        let person = self.person(person_id)?;
        let half_life = self.settings()?.half_life_days;
        let flows = self.flows_of(person_id)?;
        let stats = person_stats::of(&self.conn, person_id)?;
        let balance = match half_life {
            None => Balance::from_stats(&stats),
            _ => decayed_balance(&flows, today, half_life),
        };
        let today_iso = crate::clock::iso(today);
        let affiliations = self
            .affiliations_of(person_id)?
            .into_iter()
            .map(|affiliation| {
                let organisation_name = self.organisation(&affiliation.organisation_id)?.name;
                Ok(AffiliationView {
                    current: affiliation.is_current_on(&today_iso),
                    affiliation,
                    organisation_name,
                })
            })
            .collect::<Result<_>>()?;
        let exchanges = self.recent_exchanges(person_id, 0, PAGE_EXCHANGES)?;
        let mentioned: Vec<&str> = third_people(&exchanges)
            .chain(person.introduced_by.as_deref())
            .collect();
        Ok(PersonPage {
            names: self.names_of(&mentioned)?,
            series: series(&flows, half_life),
            introductions: self.introductions_of(person_id)?,
            exchange_count: flows.len(),
            exchanges,
            balance,
            stats,
            affiliations,
            person,
        })
    }

    /// The [`PAGE_EXCHANGES`] exchanges before the newest `shown`, for a
    /// timeline that pages back to the first exchange.
    pub fn older_exchanges(&self, person_id: &str, shown: usize) -> Result<OlderExchanges> {
        let exchanges = self.recent_exchanges(person_id, shown, PAGE_EXCHANGES)?;
        let mentioned: Vec<&str> = third_people(&exchanges).collect();
        Ok(OlderExchanges {
            names: self.names_of(&mentioned)?,
            exchanges,
        })
    }
}
