//! The example network a new user can load to see Balans at work, made from
//! the stories of the domain (Bernard and the Bothofs, the endless giver, the
//! wrong person, the lavish gift, the taker, the chain, the dependent
//! freelancer), dated relative to today so its signals show. Every row it adds
//! is marked, so one click removes it again; a person the user has since
//! recorded something with is kept.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::clock;
use crate::domain::exchanges::{Asked, Direction, ExchangeInput};
use crate::domain::organisations::{AffiliationInput, DecisionPower, OrganisationInput};
use crate::domain::people::{PersonInput, Relationship};
use crate::error::{Error, Result};
use crate::phrase;
use crate::store::Store;

/// How much of the example a load added or a removal took away.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ExampleCounts {
    pub people: usize,
    pub organisations: usize,
    pub exchanges: usize,
}

/// Adds the example through the same checked paths as the user's own input,
/// remembering every id for marking.
struct Builder<'a> {
    store: &'a mut Store,
    today: NaiveDate,
    people: Vec<String>,
    organisations: Vec<String>,
    affiliations: Vec<String>,
    exchanges: Vec<String>,
}

impl Builder<'_> {
    fn day(&self, days_ago: u64) -> String {
        clock::iso(self.today - Days::new(days_ago))
    }

    fn person(&mut self, name: &str, relationship: Relationship, notes: &str) -> Result<String> {
        let input = PersonInput {
            relationship,
            notes: notes.to_owned(),
            ..PersonInput::named(name)
        };
        let id = self.store.add_person(&input)?.id;
        self.people.push(id.clone());
        Ok(id)
    }

    fn organisation(&mut self, name: &str) -> Result<String> {
        let input = OrganisationInput {
            name: name.to_owned(),
            notes: String::new(),
        };
        let id = self.store.add_organisation(&input)?.id;
        self.organisations.push(id.clone());
        Ok(id)
    }

    fn affiliate(
        &mut self,
        person: &str,
        organisation: &str,
        role: &str,
        power: DecisionPower,
        period: (u64, Option<u64>),
    ) -> Result<()> {
        let input = AffiliationInput {
            person_id: person.to_owned(),
            organisation_id: organisation.to_owned(),
            role: role.to_owned(),
            decision_power: power,
            from_date: Some(self.day(period.0)),
            to_date: period.1.map(|days| self.day(days)),
        };
        let id = self.store.affiliate(&input)?.id;
        self.affiliations.push(id);
        Ok(())
    }

    fn log(
        &mut self,
        person: &str,
        days_ago: u64,
        direction: Direction,
        kind: &str,
        tweak: impl FnOnce(&mut ExchangeInput),
    ) -> Result<()> {
        let mut input = ExchangeInput::new(person, &self.day(days_ago), direction, kind);
        input.acknowledged = true;
        input.asked = Asked::Yes;
        tweak(&mut input);
        let id = self.store.record_exchange(&input)?.id;
        self.exchanges.push(id);
        Ok(())
    }

    fn build(&mut self) -> Result<()> {
        use Direction::{Gave, Received};

        let bothof = self.organisation("Bothof BV")?;
        let harry = self.person(
            "Harry Bothof",
            Relationship::Client,
            "Director of Bothof BV for years; handed over to his son Erik.",
        )?;
        let erik = self.person(
            "Erik Bothof",
            Relationship::Client,
            "Harry's son, director since this year.",
        )?;
        self.affiliate(
            &harry,
            &bothof,
            "director",
            DecisionPower::Decides,
            (3650, Some(150)),
        )?;
        self.affiliate(
            &erik,
            &bothof,
            "director",
            DecisionPower::Decides,
            (149, None),
        )?;
        for (days, kind) in [
            (900, "advice"),
            (700, "referral"),
            (500, "introduction"),
            (300, "advice"),
        ] {
            self.log(&harry, days, Gave, kind, |_| {})?;
        }
        self.log(&harry, 600, Received, "business", |_| {})?;

        let sanne = self.person("Sanne de Vries", Relationship::Network, "")?;
        for (days, asked) in [
            (200, Asked::Yes),
            (160, Asked::No),
            (120, Asked::No),
            (80, Asked::Yes),
            (40, Asked::No),
            (10, Asked::No),
        ] {
            self.log(&sanne, days, Gave, "advice", |e| e.asked = asked)?;
        }

        let vandaag = self.organisation("Vandaag Digitaal")?;
        let tom = self.person(
            "Tom Jansen",
            Relationship::Prospect,
            "Junior at a prospect; keen, but decides nothing.",
        )?;
        self.affiliate(
            &tom,
            &vandaag,
            "junior consultant",
            DecisionPower::None,
            (400, None),
        )?;
        for (days, kind) in [
            (120, "advice"),
            (90, "favour"),
            (60, "introduction"),
            (30, "advice"),
        ] {
            self.log(&tom, days, Gave, kind, |_| {})?;
        }
        self.log(&tom, 100, Received, "recognition", |_| {})?;

        let lotte = self.person(
            "Lotte Visser",
            Relationship::Prospect,
            "Met at a conference last week.",
        )?;
        self.log(&lotte, 5, Gave, "gift", |e| {
            e.value = Some(10.0);
            e.note = "A case of wine after our first meeting.".to_owned();
        })?;

        let piet = self.person("Piet Smit", Relationship::Partner, "")?;
        for days in [60, 40, 20] {
            self.log(&piet, days, Received, "referral", |e| {
                e.acknowledged = days != 20
            })?;
        }

        let anna = self.person("Anna Bakker", Relationship::Network, "")?;
        let bram = self.person(
            "Bram de Jong",
            Relationship::Client,
            "Introduced to Anna; became a client.",
        )?;
        self.log(&anna, 100, Gave, "introduction", |e| {
            e.third_person_id = Some(bram.clone());
            e.note = "Introduced Anna to Bram: both work on logistics.".to_owned();
        })?;
        self.log(&bram, 30, Received, "business", |e| {
            e.note = "First assignment from Bram.".to_owned()
        })?;

        let mulder = self.organisation("Mulder Groep")?;
        let karin = self.person(
            "Karin Mulder",
            Relationship::Client,
            "Brings most of the business.",
        )?;
        self.affiliate(
            &karin,
            &mulder,
            "managing director",
            DecisionPower::Decides,
            (1500, None),
        )?;
        for days in [300, 240, 180, 120, 45] {
            self.log(&karin, days, Received, "business", |_| {})?;
        }
        for days in [270, 150] {
            self.log(&karin, days, Gave, "advice", |_| {})?;
        }
        Ok(())
    }

    /// Marks everything added so far as part of the example, in one transaction.
    fn mark(&mut self) -> Result<()> {
        let tx = self.store.write()?;
        for (table, ids) in [
            ("person", &self.people),
            ("organisation", &self.organisations),
            ("affiliation", &self.affiliations),
            ("exchange", &self.exchanges),
        ] {
            let mut update =
                tx.prepare(&format!("UPDATE {table} SET example = 1 WHERE id = ?1"))?;
            for id in ids {
                update.execute([id])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn counts(&self) -> ExampleCounts {
        ExampleCounts {
            people: self.people.len(),
            organisations: self.organisations.len(),
            exchanges: self.exchanges.len(),
        }
    }
}

impl Store {
    /// Whether the example network is loaded.
    pub fn has_example(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM person WHERE example = 1)
                 OR EXISTS (SELECT 1 FROM organisation WHERE example = 1)",
            [],
            |row| row.get(0),
        )?)
    }

    /// Loads the example network dated around `today`, in one transaction.
    /// Refused when it is already loaded.
    pub fn load_example(&mut self, today: NaiveDate) -> Result<ExampleCounts> {
        if self.has_example()? {
            return Err(Error::invalid("example", phrase!("error-example-loaded")));
        }
        self.all_or_nothing(|store| {
            let mut builder = Builder {
                store,
                today,
                people: Vec::new(),
                organisations: Vec::new(),
                affiliations: Vec::new(),
                exchanges: Vec::new(),
            };
            builder.build()?;
            builder.mark()?;
            Ok(builder.counts())
        })
    }

    /// Removes the example network in one transaction. People and
    /// organisations the user has since linked to something of their own stay.
    pub fn remove_example(&mut self) -> Result<ExampleCounts> {
        let tx = self.write()?;
        let touched: Vec<String> = {
            let mut stmt =
                tx.prepare("SELECT DISTINCT person_id FROM exchange WHERE example = 1")?;
            let ids = stmt
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            ids
        };
        let exchanges = tx.execute("DELETE FROM exchange WHERE example = 1", [])?;
        tx.execute("DELETE FROM affiliation WHERE example = 1", [])?;
        tx.execute(
            "UPDATE person SET example = 0 WHERE example = 1 AND (
                 EXISTS (SELECT 1 FROM exchange e WHERE e.person_id = person.id OR e.third_person_id = person.id)
                 OR EXISTS (SELECT 1 FROM affiliation a WHERE a.person_id = person.id)
                 OR EXISTS (SELECT 1 FROM person p WHERE p.introduced_by = person.id AND p.example = 0))",
            [],
        )?;
        let people = tx.execute("DELETE FROM person WHERE example = 1", [])?;
        tx.execute(
            "UPDATE organisation SET example = 0 WHERE example = 1
                 AND EXISTS (SELECT 1 FROM affiliation a WHERE a.organisation_id = organisation.id)",
            [],
        )?;
        let organisations = tx.execute("DELETE FROM organisation WHERE example = 1", [])?;
        for person_id in touched {
            crate::figures::person_stats::refresh(&tx, &person_id)?;
        }
        tx.commit()?;
        Ok(ExampleCounts {
            people,
            organisations,
            exchanges,
        })
    }
}
