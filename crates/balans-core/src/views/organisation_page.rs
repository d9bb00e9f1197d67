//! Everything an organisation's page shows: its people with their balances,
//! the sum of those there now, and the credits of those who left, which
//! stay with them and are shown as stranded.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::organisations::{Affiliation, Organisation};
use crate::domain::people::Person;
use crate::error::Result;
use crate::figures::balances::{round2, Balance};
use crate::store::Store;

/// A person at an organisation with their balance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    pub person: Person,
    pub affiliation: Affiliation,
    pub balance: Balance,
    pub current: bool,
}

/// Everything an organisation's page shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganisationPage {
    pub organisation: Organisation,
    pub members: Vec<Member>,
    /// The sum of the balances of the people there now.
    pub balance: f64,
    /// The sum of the balances of people who left and are not there now.
    pub stranded: f64,
}

impl Store {
    /// An organisation's people with their balances; who is there now and who left.
    pub fn organisation_page(
        &self,
        organisation_id: &str,
        today: NaiveDate,
    ) -> Result<OrganisationPage> {
        let organisation = self.organisation(organisation_id)?;
        let today_iso = crate::clock::iso(today);
        let affiliations = self.affiliations_at(organisation_id)?;
        let mut members: Vec<Member> = Vec::new();
        for affiliation in affiliations {
            let person = self.person(&affiliation.person_id)?;
            if person.trashed_at.is_some() {
                continue;
            }
            let balance = self.balance_of(&person.id, today)?;
            members.push(Member {
                current: affiliation.is_current_on(&today_iso),
                person,
                affiliation,
                balance,
            });
        }
        let current_ids: Vec<String> = members
            .iter()
            .filter(|m| m.current)
            .map(|m| m.person.id.clone())
            .collect();
        let balance = members
            .iter()
            .filter(|m| m.current)
            .map(|m| m.balance.balance)
            .sum();
        let mut counted_stranded: Vec<&str> = Vec::new();
        let mut stranded = 0.0;
        for member in members.iter().filter(|m| !m.current) {
            if !current_ids.contains(&member.person.id)
                && !counted_stranded.contains(&member.person.id.as_str())
            {
                counted_stranded.push(&member.person.id);
                stranded += member.balance.balance;
            }
        }
        Ok(OrganisationPage {
            organisation,
            members,
            balance: round2(balance),
            stranded: round2(stranded),
        })
    }
}
