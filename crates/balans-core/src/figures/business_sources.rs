//! Where your business comes from: the business credits received per
//! person, and a warning when one source brings more than half. A freelancer
//! whose work comes mostly from one client plays on that client's half of the
//! field (DOMAIN.md, story 7); the share shows it before it becomes a risk.

use serde::Serialize;

use crate::error::Result;
use crate::figures::balances::round2;
use crate::figures::wording;
use crate::store::Store;

/// How much of the business you received came from one person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BusinessShare {
    pub person_id: String,
    pub name: String,
    pub credits: f64,
    /// The part of all business received, from 0 to 1.
    pub share: f64,
}

/// The `shown` largest of `sources` (person id, name, business credits
/// received), largest first, then by name; each share is of all of them.
pub(crate) fn largest_sources<'a>(
    sources: impl Iterator<Item = (&'a str, &'a str, f64)>,
    shown: usize,
) -> Vec<BusinessShare> {
    let mut sources: Vec<_> = sources.filter(|source| source.2 > 0.0).collect();
    let total: f64 = sources.iter().map(|source| source.2).sum();
    sources.sort_unstable_by(|a, b| {
        b.2.total_cmp(&a.2)
            .then_with(|| a.1.cmp(b.1))
            .then_with(|| a.0.cmp(b.0))
    });
    sources.truncate(shown);
    sources
        .into_iter()
        .map(|(person_id, name, credits)| BusinessShare {
            person_id: person_id.to_owned(),
            name: name.to_owned(),
            credits: round2(credits),
            share: credits / total,
        })
        .collect()
}

/// Above this part of all business received, one source is a dependence.
pub const DEPENDENCE_SHARE: f64 = 0.5;

/// Every source of business, largest first, with the warning if one dominates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BusinessSources {
    /// All business credits received from people not in the trash.
    pub total: f64,
    pub sources: Vec<BusinessShare>,
    /// Set when the largest source brings more than [`DEPENDENCE_SHARE`].
    pub dependence: Option<String>,
}

impl Store {
    /// Business received per person, largest first: shows dependence on one client.
    pub fn business_by_person(&self) -> Result<Vec<BusinessShare>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.name, s.business_received
             FROM person_stats s JOIN person p ON p.id = s.person_id
             WHERE s.business_received > 0 AND p.trashed_at IS NULL",
        )?;
        let rows: Vec<(String, String, f64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(largest_sources(
            rows.iter()
                .map(|(id, name, credits)| (id.as_str(), name.as_str(), *credits)),
            usize::MAX,
        ))
    }

    /// The share of business per person, and whether one of them dominates.
    pub fn business_sources(&self) -> Result<BusinessSources> {
        let sources = self.business_by_person()?;
        let language = self.settings()?.language_or_system();
        let dependence = sources
            .first()
            .filter(|largest| largest.share > DEPENDENCE_SHARE)
            .map(|largest| wording::dependence_warning(largest, language));
        Ok(BusinessSources {
            total: sources.iter().map(|s| s.credits).sum(),
            sources,
            dependence,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exchanges::{Direction, ExchangeInput};
    use crate::domain::people::PersonInput;
    use crate::domain::settings::Settings;
    use crate::language::Language;

    fn business(store: &mut Store, name: &str, value: f64) {
        let id = store.add_person(&PersonInput::named(name)).unwrap().id;
        let input = ExchangeInput {
            value: Some(value),
            ..ExchangeInput::new(&id, "2026-01-10", Direction::Received, "business")
        };
        store.record_exchange(&input).unwrap();
    }

    #[test]
    fn more_than_half_from_one_source_is_a_dependence() {
        let mut store = Store::open_in_memory().unwrap();
        let english = Settings {
            language: Some(Language::En),
            ..Settings::default()
        };
        store.update_settings(&english).unwrap();
        business(&mut store, "Bothof", 10.0);
        business(&mut store, "Smit", 5.0);
        let found = store.business_sources().unwrap();
        assert_eq!(found.total, 15.0);
        assert_eq!(found.sources[0].name, "Bothof");
        let warning = found.dependence.expect("two thirds is a dependence");
        assert!(warning.starts_with("67% of your business"), "{warning}");

        business(&mut store, "Jansen", 5.0);
        let found = store.business_sources().unwrap();
        assert_eq!(found.sources[0].share, 0.5);
        assert_eq!(found.dependence, None, "exactly half is not more than half");
    }

    #[test]
    fn no_business_no_sources_no_warning() {
        let store = Store::open_in_memory().unwrap();
        let found = store.business_sources().unwrap();
        assert!(found.sources.is_empty());
        assert_eq!(found.dependence, None);
    }
}
