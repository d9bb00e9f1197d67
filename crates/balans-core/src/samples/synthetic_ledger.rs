//! A synthetic but realistic ledger (people, organisations, affiliations and
//! years of exchanges), generated from a seed. Benchmarks and load tests need
//! the size of a heavy user's data without anyone's real notes; the same seed
//! always gives the same ledger.

use chrono::{Days, NaiveDate};
use rusqlite::params;
use uuid::Uuid;

use crate::clock;
use crate::error::Result;
use crate::store::Store;

/// How big a ledger to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    pub people: usize,
    pub organisations: usize,
    pub exchanges: usize,
    pub years: u32,
    pub seed: u64,
}

impl Spec {
    /// The size a very active user reaches after ten years.
    pub const HEAVY: Spec = Spec {
        people: 5_000,
        organisations: 300,
        exchanges: 200_000,
        years: 10,
        seed: 20_261_122,
    };
}

/// SplitMix64: small, fast and good enough to spread synthetic data.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// A deterministic UUID (version 4 layout) from the stream.
    fn uuid(&mut self) -> String {
        let bytes = (u128::from(self.next()) << 64) | u128::from(self.next());
        uuid::Builder::from_random_bytes(bytes.to_be_bytes())
            .into_uuid()
            .to_string()
    }
}

const FIRST: &[&str] = &[
    "Anna", "Bram", "Sanne", "Piet", "Erik", "Harry", "Bernard", "Femke", "Joost", "Lotte", "Daan",
    "Noor", "Ruben", "Eva", "Thijs", "Iris", "José", "Zoë", "Maarten", "Ineke", "Sem", "Fleur",
    "Wouter", "Marieke", "Bas", "Anouk", "Koen", "Linde", "Gijs", "Renée",
];
const LAST: &[&str] = &[
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Bothof",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
    "Dekker",
    "Brouwer",
    "van Leeuwen",
    "Willems",
    "Kok",
    "Jacobs",
    "Vermeulen",
    "van den Berg",
    "Schouten",
];
const ORG_STEMS: &[&str] = &[
    "Bothof",
    "Noordzee",
    "Polder",
    "Delta",
    "Veluwe",
    "Zuidas",
    "Kennemer",
    "Rijnmond",
    "Eem",
    "Lingewaard",
    "Maas",
    "Waal",
    "IJssel",
    "Amstel",
    "Dommel",
];
const ORG_KINDS: &[&str] = &[
    "BV",
    "Advies",
    "Groep",
    "Logistiek",
    "Bouw",
    "Zorg",
    "ICT",
    "Partners",
];
const RELATIONSHIPS: &[&str] = &[
    "client",
    "client",
    "prospect",
    "supplier",
    "partner",
    "network",
    "network",
    "colleague",
    "other",
];
const TAGS: &[&str] = &[
    "regio-noord",
    "ict",
    "bouw",
    "zorg",
    "bestuur",
    "vereniging",
    "oud-collega",
];
const KINDS: &[&str] = &[
    "advice",
    "advice",
    "advice",
    "introduction",
    "referral",
    "favour",
    "favour",
    "gift",
    "recognition",
    "information",
    "information",
    "business",
    "hospitality",
];
const POWERS: &[&str] = &["decides", "influences", "influences", "none"];
const ROLES: &[&str] = &[
    "directeur",
    "inkoper",
    "projectleider",
    "adviseur",
    "junior",
    "eigenaar",
];
const NOTES: &[&str] = &[
    "Koffie gedrukt en bijgepraat over de markt",
    "Advies gegeven over de offerte",
    "Geïnteresseerd in een vervolgafspraak",
    "Introductie bij een nieuwe klant",
    "Bedankkaart gestuurd",
    "Lunch na de beurs",
    "Tip over een aanbesteding",
    "Referentie gegeven voor een opdracht",
    "Feedback op het jaarplan",
    "Boek cadeau gedaan",
];

/// Fills an empty store with a ledger of the given size, in one transaction.
pub fn generate(store: &mut Store, spec: &Spec) -> Result<()> {
    let mut random = Random(spec.seed);
    let end = clock::today();
    let start = end - Days::new(u64::from(spec.years) * 365);
    let span = (end - start).num_days().max(1) as usize;
    let now = clock::timestamp();
    let tx = store.write()?;

    let mut people = Vec::with_capacity(spec.people);
    {
        let mut insert = tx.prepare(
            "INSERT INTO person (id, name, notes, relationship, cadence_days, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        )?;
        let mut tag =
            tx.prepare("INSERT OR IGNORE INTO person_tag (person_id, tag) VALUES (?1, ?2)")?;
        for _ in 0..spec.people {
            let id = random.uuid();
            let name = format!("{} {}", random.pick(FIRST), random.pick(LAST));
            let cadence = random
                .chance(20)
                .then(|| [30, 60, 90, 180][random.below(4)]);
            let notes = if random.chance(30) {
                random.pick(NOTES)
            } else {
                ""
            };
            insert.execute(params![
                id,
                name,
                notes,
                random.pick(RELATIONSHIPS),
                cadence,
                now
            ])?;
            if random.chance(40) {
                tag.execute(params![id, random.pick(TAGS)])?;
            }
            people.push(id);
        }
    }

    let mut organisations = Vec::with_capacity(spec.organisations);
    {
        let mut insert = tx.prepare(
            "INSERT INTO organisation (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
        )?;
        for index in 0..spec.organisations {
            let id = random.uuid();
            let name = format!(
                "{} {} {}",
                random.pick(ORG_STEMS),
                random.pick(ORG_KINDS),
                index + 1
            );
            insert.execute(params![id, name, now])?;
            organisations.push(id);
        }
    }

    {
        let mut insert = tx.prepare(
            "INSERT INTO affiliation (id, person_id, organisation_id, role, decision_power, from_date,
                                      to_date, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for person in &people {
            if organisations.is_empty() || !random.chance(80) {
                continue;
            }
            let from = start + Days::new(random.below(span) as u64);
            let to = random.chance(15).then(|| {
                from + Days::new(1 + random.below((end - from).num_days().max(1) as usize) as u64)
            });
            insert.execute(params![
                random.uuid(),
                person,
                organisations[random.below(organisations.len())],
                random.pick(ROLES),
                random.pick(POWERS),
                clock::iso(from),
                to.map(clock::iso),
                now
            ])?;
        }
    }

    {
        let mut kind_value = std::collections::HashMap::new();
        for kind in KINDS {
            let value: f64 =
                tx.query_row("SELECT value FROM kind WHERE name = ?1", [kind], |r| {
                    r.get(0)
                })?;
            kind_value.insert(*kind, value);
        }
        let mut dated: Vec<(NaiveDate, usize)> = (0..spec.exchanges)
            .map(|_| {
                // Squaring skews activity: a few people get most of the exchanges.
                let x = random.next() as f64 / u64::MAX as f64;
                let person = ((x * x) * people.len() as f64) as usize;
                (
                    start + Days::new(random.below(span) as u64),
                    person.min(people.len().saturating_sub(1)),
                )
            })
            .collect();
        dated.sort();
        let mut insert = tx.prepare(
            "INSERT INTO exchange (id, person_id, date, direction, kind, value, asked, acknowledged,
                                   third_person_id, note, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        )?;
        for (date, person) in dated {
            if people.is_empty() {
                break;
            }
            let kind = random.pick(KINDS);
            let third = (matches!(kind, "introduction" | "referral") && random.chance(60))
                .then(|| &people[random.below(people.len())])
                .filter(|third| **third != people[person]);
            let value = if random.chance(5) {
                kind_value[kind] * 3.0
            } else {
                kind_value[kind]
            };
            insert.execute(params![
                Uuid::now_v7().to_string(),
                people[person],
                clock::iso(date),
                if random.chance(55) {
                    "gave"
                } else {
                    "received"
                },
                kind,
                value,
                ["yes", "no", "unknown"][random.below(3)],
                random.chance(80),
                third,
                if random.chance(30) {
                    random.pick(NOTES)
                } else {
                    ""
                },
                now
            ])?;
        }
    }
    crate::figures::person_stats::rebuild_all(&tx)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_ledger_has_the_asked_size_and_consistent_figures() {
        let mut store = Store::open_in_memory().unwrap();
        let spec = Spec {
            people: 50,
            organisations: 5,
            exchanges: 1_000,
            years: 2,
            seed: 7,
        };
        generate(&mut store, &spec).unwrap();
        let count = |table: &str| -> i64 {
            store
                .conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(count("person"), 50);
        assert_eq!(count("organisation"), 5);
        assert_eq!(count("exchange"), 1_000);
        assert!(
            crate::figures::person_stats::consistent(&store).unwrap(),
            "figures should match the exchanges"
        );
    }
}
