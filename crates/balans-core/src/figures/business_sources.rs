//! Where your business comes from: the business credits received per
//! person, and a warning when one source brings more than half. A freelancer
//! whose work comes mostly from one client plays on that client's half of the
//! field (DOMAIN.md, story 7); the share shows it before it becomes a risk.

use serde::Serialize;

use crate::error::Result;
use crate::figures::balances::BusinessShare;
use crate::language::Language;
use crate::store::Store;
use crate::text::Isolated;

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
    /// The share of business per person, and whether one of them dominates.
    pub fn business_sources(&self) -> Result<BusinessSources> {
        let sources = self.business_by_person()?;
        let language = self.settings()?.language_or_system();
        let dependence = sources
            .first()
            .filter(|largest| largest.share > DEPENDENCE_SHARE)
            .map(|largest| dependence_warning(largest, language));
        Ok(BusinessSources {
            total: sources.iter().map(|s| s.credits).sum(),
            sources,
            dependence,
        })
    }
}

/// "62% of your business comes from Bothof …", in the user's language.
fn dependence_warning(largest: &BusinessShare, language: Language) -> String {
    let percent = (largest.share * 100.0).round();
    let name = Isolated(&largest.name);
    match language {
        Language::En => format!(
            "{percent}% of your business comes from {name}: you depend on one source. \
             Give time to other clients and prospects too."
        ),
        Language::Nl => format!(
            "{percent}% van je opdrachten komt van {name}: je bent afhankelijk van één bron. \
             Besteed ook tijd aan andere klanten en prospects."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exchanges::{Direction, ExchangeInput};
    use crate::domain::people::PersonInput;

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
