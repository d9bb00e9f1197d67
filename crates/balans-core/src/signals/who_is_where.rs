//! Who works where today, for the two signals about organisations: the
//! affiliations and the names of the organisations not in the trash,
//! indexed by person and by organisation, so that each rule looks up a few
//! rows instead of scanning them all for every person.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::clock;
use crate::domain::organisations::{Affiliation, DecisionPower};
use crate::error::Result;
use crate::store::Store;

pub(crate) struct WhoIsWhere {
    names: HashMap<String, String>,
    affiliations: Vec<Affiliation>,
    by_person: HashMap<String, Vec<usize>>,
    by_organisation: HashMap<String, Vec<usize>>,
    today: String,
}

impl WhoIsWhere {
    fn new(names: HashMap<String, String>, affiliations: Vec<Affiliation>, today: String) -> Self {
        let mut by_person: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_organisation: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, a) in affiliations.iter().enumerate() {
            by_person
                .entry(a.person_id.clone())
                .or_default()
                .push(index);
            by_organisation
                .entry(a.organisation_id.clone())
                .or_default()
                .push(index);
        }
        WhoIsWhere {
            names,
            affiliations,
            by_person,
            by_organisation,
            today,
        }
    }

    /// The name of an organisation not in the trash.
    pub(crate) fn name_of(&self, organisation_id: &str) -> Option<&str> {
        self.names.get(organisation_id).map(String::as_str)
    }

    /// Every affiliation that ended before today, wherever it was.
    pub(crate) fn ended(&self) -> impl Iterator<Item = &Affiliation> {
        self.affiliations.iter().filter(|a| {
            a.to_date
                .as_deref()
                .is_some_and(|to| to < self.today.as_str())
        })
    }

    fn indexed<'a>(
        &'a self,
        index: &'a HashMap<String, Vec<usize>>,
        key: &str,
    ) -> impl Iterator<Item = &'a Affiliation> + 'a {
        index
            .get(key)
            .into_iter()
            .flatten()
            .map(|&i| &self.affiliations[i])
            .filter(|a| self.names.contains_key(&a.organisation_id))
    }

    /// A person's affiliations that hold today, at organisations not in the trash.
    pub(crate) fn current_of<'a>(
        &'a self,
        person_id: &str,
    ) -> impl Iterator<Item = &'a Affiliation> + 'a {
        self.indexed(&self.by_person, person_id)
            .filter(|a| a.is_current_on(&self.today))
    }

    /// The people who decide at an organisation today.
    pub(crate) fn deciders_at<'a>(
        &'a self,
        organisation_id: &str,
    ) -> impl Iterator<Item = &'a Affiliation> + 'a {
        self.indexed(&self.by_organisation, organisation_id)
            .filter(|a| a.decision_power == DecisionPower::Decides && a.is_current_on(&self.today))
    }
}

impl Store {
    /// Who works where on `today`, kept until the ledger changes.
    pub(crate) fn who_is_where(&self, today: NaiveDate) -> Result<Arc<WhoIsWhere>> {
        self.memo.who_is_where.get_or(self.version(today)?, || {
            Ok(WhoIsWhere::new(
                self.organisation_names()?,
                self.all_affiliations()?,
                clock::iso(today),
            ))
        })
    }

    /// Who works where on `today` at the organisations `person_id` is or was
    /// at: what the signals naming that person look at, read at the cost of
    /// those organisations instead of everyone's.
    pub(crate) fn who_is_where_around(
        &self,
        person_id: &str,
        today: NaiveDate,
    ) -> Result<WhoIsWhere> {
        Ok(WhoIsWhere::new(
            self.organisation_names()?,
            self.affiliations_around(person_id)?,
            clock::iso(today),
        ))
    }

    /// The names of the organisations not in the trash, by id.
    fn organisation_names(&self) -> Result<HashMap<String, String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name FROM organisation WHERE trashed_at IS NULL")?;
        let names = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(names)
    }
}
