//! Two records of one person, found and made one. A contact imported twice,
//! or typed once as "Émile Dubois" and once as "emile dubois", splits a
//! relationship's history over two balances, and neither tells the truth.
//!
//! Likely duplicates are people (not in the trash) whose names are the same
//! once case, accents and spacing are set aside, or who share an e-mail
//! address. Two records of one name that each have exchanges of their own
//! are taken for two people who share a name, as thousands of contacts
//! hold several Anna Bakkers; a shared address still pairs them. Merging keeps one of the two: the other's exchanges, the
//! introductions they were named in, the people they introduced, their
//! organisations, tags, addresses and notes move onto the one kept, and the
//! other goes to the trash. It is one write, and [`Merged`] says what moved;
//! the last merge is written down on this computer (`last_merge`), so
//! [`Store::undo_last_merge`] puts each thing back where it came from, from
//! the window's Undo or the command line. It refuses once the kept person
//! was changed since: their fields as they were would overwrite the change.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::domain::people::{Person, PersonInput};
use crate::error::{Error, Result};
use crate::figures::person_stats;
use crate::phrase;
use crate::store::Store;
use crate::text;
use crate::Channels;

/// Why two people look like one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "because", rename_all = "lowercase")]
pub enum Likeness {
    /// Their names are the same but for case, accents and spacing.
    Name,
    /// They share this e-mail address.
    Email { address: String },
}

/// One of two people who look like one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Namesake {
    pub id: String,
    pub name: String,
    /// Their live exchanges, so the user can tell which record holds the history.
    pub exchanges: i64,
}

/// Two people who are likely one; `first` is the one with the more history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LikelyDuplicate {
    pub first: Namesake,
    pub second: Namesake,
    #[serde(flatten)]
    pub likeness: Likeness,
}

/// What a merge moved, enough to put it back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Merged {
    pub kept_id: String,
    pub kept_name: String,
    pub other_id: String,
    pub other_name: String,
    /// The kept person's fields before the merge.
    kept_before: PersonInput,
    /// When the merge last wrote the kept person (`updated_at`).
    kept_after: String,
    /// The exchanges with the other that now belong to the kept person.
    exchanges: Vec<String>,
    /// The exchanges that named the other as the person introduced.
    introductions: Vec<String>,
    /// The people whose introducer was the other.
    introduced: Vec<String>,
    /// The other's places in organisations.
    affiliations: Vec<String>,
}

impl Merged {
    /// How many exchanges moved.
    pub fn exchanges_moved(&self) -> usize {
        self.exchanges.len()
    }
}

/// A name as two records of one person both write it.
fn name_key(name: &str) -> String {
    text::fold(&name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// `kept`'s fields with `other`'s added: tags and addresses joined, notes
/// and how they met written one after the other, and the rest taken from
/// the other where the kept person has none.
fn joined(kept: &Person, other: &Person) -> PersonInput {
    let mut tags = kept.tags.clone();
    for tag in &other.tags {
        if !tags
            .iter()
            .any(|t| text::same_name(t) == text::same_name(tag))
        {
            tags.push(tag.clone());
        }
    }
    let both = |a: &Vec<String>, b: &Vec<String>| a.iter().chain(b).cloned().collect();
    let channels = Channels {
        emails: both(&kept.channels.emails, &other.channels.emails),
        phones: both(&kept.channels.phones, &other.channels.phones),
        urls: both(&kept.channels.urls, &other.channels.urls),
    };
    let introduced_by = kept
        .introduced_by
        .clone()
        .or_else(|| other.introduced_by.clone())
        .filter(|id| *id != kept.id && *id != other.id);
    PersonInput {
        name: kept.name.clone(),
        notes: one_after_other(&kept.notes, &other.notes),
        relationship: kept.relationship,
        cadence_days: kept.cadence_days.or(other.cadence_days),
        met_how: one_after_other(&kept.met_how, &other.met_how),
        introduced_by,
        birthday: kept.birthday.clone().or_else(|| other.birthday.clone()),
        tags,
        channels,
    }
}

fn one_after_other(first: &str, second: &str) -> String {
    let (first, second) = (first.trim(), second.trim());
    if second.is_empty() || first.contains(second) {
        first.to_owned()
    } else if first.is_empty() {
        second.to_owned()
    } else {
        format!("{first}\n\n{second}")
    }
}

/// Points the rows `ids` of `column` in `table` at `to`, where they still point at `from`.
fn repoint(
    conn: &rusqlite::Connection,
    table: &str,
    column: &str,
    ids: &[String],
    from: &str,
    to: &str,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&format!(
        "UPDATE {table} SET {column} = ?3 WHERE id = ?1 AND {column} = ?2"
    ))?;
    for id in ids {
        stmt.execute(params![id, from, to])?;
    }
    Ok(())
}

/// The ids of the rows of `table` whose `column` is `person_id`, beyond `extra`.
fn ids_where(
    conn: &rusqlite::Connection,
    table: &str,
    column: &str,
    person_id: &str,
    extra: &str,
) -> Result<Vec<String>> {
    let sql = format!("SELECT id FROM {table} WHERE {column} = ?1 {extra} ORDER BY id");
    let ids = conn
        .prepare_cached(&sql)?
        .query_map([person_id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

impl Store {
    /// Pairs of people not in the trash who are likely one person, those
    /// sharing a name first, each pair once.
    pub fn likely_duplicates(&self) -> Result<Vec<LikelyDuplicate>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.name, coalesce(s.gave_count + s.received_count, 0)
             FROM person p LEFT JOIN person_stats s ON s.person_id = p.id
             WHERE p.trashed_at IS NULL ORDER BY p.created_at, p.id",
        )?;
        let people: Vec<Namesake> = stmt
            .query_map([], |row| {
                Ok(Namesake {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    exchanges: row.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let by_id: HashMap<&str, &Namesake> = people.iter().map(|p| (p.id.as_str(), p)).collect();

        let mut by_name: BTreeMap<String, Vec<&Namesake>> = BTreeMap::new();
        for person in &people {
            by_name
                .entry(name_key(&person.name))
                .or_default()
                .push(person);
        }
        let mut by_email: BTreeMap<String, Vec<&Namesake>> = BTreeMap::new();
        let mut emails = self.conn.prepare_cached(
            "SELECT c.value, c.person_id FROM person_channel c JOIN person p ON p.id = c.person_id
             WHERE c.kind = 'email' AND p.trashed_at IS NULL ORDER BY p.created_at, p.id",
        )?;
        let mut rows = emails.query([])?;
        while let Some(row) = rows.next()? {
            let address: String = row.get(0)?;
            let person_id: String = row.get(1)?;
            if let Some(person) = by_id.get(person_id.as_str()) {
                by_email
                    .entry(address.to_lowercase())
                    .or_default()
                    .push(person);
            }
        }

        let mut seen = std::collections::HashSet::new();
        let mut pairs = Vec::new();
        let groups = by_name
            .into_values()
            .map(|group| (group, Likeness::Name))
            .chain(
                by_email
                    .into_iter()
                    .map(|(address, group)| (group, Likeness::Email { address })),
            );
        for (group, likeness) in groups {
            for (i, a) in group.iter().enumerate() {
                for b in &group[i + 1..] {
                    let namesakes = a.exchanges > 0 && b.exchanges > 0;
                    if likeness == Likeness::Name && namesakes {
                        continue;
                    }
                    let key = if a.id < b.id {
                        (a.id.clone(), b.id.clone())
                    } else {
                        (b.id.clone(), a.id.clone())
                    };
                    if a.id == b.id || !seen.insert(key) {
                        continue;
                    }
                    let (first, second) = if b.exchanges > a.exchanges {
                        (b, a)
                    } else {
                        (a, b)
                    };
                    pairs.push(LikelyDuplicate {
                        first: (*first).clone(),
                        second: (*second).clone(),
                        likeness: likeness.clone(),
                    });
                }
            }
        }
        Ok(pairs)
    }

    /// Makes `other_id` one with `kept_id`: everything of the other's moves
    /// onto the kept person and the other goes to the trash, in one write.
    pub fn merge_people(&mut self, kept_id: &str, other_id: &str) -> Result<Merged> {
        let kept = self.live_person(kept_id, "kept")?;
        let other = self.live_person(other_id, "other")?;
        if kept.id == other.id {
            return Err(Error::invalid("other", phrase!("error-merge-same-person")));
        }
        self.all_or_nothing(|store| {
            let merged = {
                let tx = store.write()?;
                let live = "AND trashed_at IS NULL";
                let merged = Merged {
                    kept_id: kept.id.clone(),
                    kept_name: kept.name.clone(),
                    other_id: other.id.clone(),
                    other_name: other.name.clone(),
                    kept_before: kept.as_input(),
                    kept_after: String::new(),
                    exchanges: ids_where(&tx, "exchange", "person_id", &other.id, live)?,
                    introductions: ids_where(&tx, "exchange", "third_person_id", &other.id, "")?,
                    introduced: ids_where(&tx, "person", "introduced_by", &other.id, "")?
                        .into_iter()
                        .filter(|id| *id != kept.id)
                        .collect(),
                    affiliations: ids_where(&tx, "affiliation", "person_id", &other.id, "")?,
                };
                merged.move_rows(&tx, &other.id, &kept.id)?;
                tx.commit()?;
                merged
            };
            let mut merged = merged;
            merged.kept_after = store
                .update_person(&kept.id, &joined(&kept, &other))?
                .updated_at;
            store.trash_person(&other.id)?;
            store.refresh_both(&merged)?;
            store.write_down(&merged)?;
            Ok(merged)
        })
    }

    /// The last merge made on this computer, while it can be taken back.
    pub fn last_merge(&self) -> Result<Option<Merged>> {
        let record: Option<String> = self
            .conn
            .query_row("SELECT record FROM last_merge", [], |row| row.get(0))
            .optional()?;
        Ok(record.and_then(|text| serde_json::from_str(&text).ok()))
    }

    /// Takes the last merge back and forgets it; says what it was.
    pub fn undo_last_merge(&mut self) -> Result<Merged> {
        let merged = self
            .last_merge()?
            .ok_or_else(|| Error::invalid("merge", phrase!("error-no-merge")))?;
        let kept = self.person(&merged.kept_id)?;
        if kept.updated_at != merged.kept_after {
            return Err(Error::invalid(
                "merge",
                phrase!("error-merge-changed-since", name = kept.name),
            ));
        }
        self.all_or_nothing(|store| {
            store.undo_merge(&merged)?;
            let tx = store.write()?;
            tx.execute("DELETE FROM last_merge", [])?;
            tx.commit()
        })?;
        Ok(merged)
    }

    fn write_down(&self, merged: &Merged) -> Result<()> {
        let record = serde_json::to_string(merged).expect("a merge serialises");
        let tx = self.write()?;
        tx.execute(
            "INSERT OR REPLACE INTO last_merge (only, made_at, record) VALUES (1, ?1, ?2)",
            rusqlite::params![crate::clock::timestamp(), record],
        )?;
        tx.commit()
    }

    /// Takes a merge back: the other person returns from the trash with what
    /// moved, and the kept person's fields are as they were before it.
    fn undo_merge(&mut self, merged: &Merged) -> Result<()> {
        self.person(&merged.kept_id)?;
        self.person(&merged.other_id)?;
        self.all_or_nothing(|store| {
            {
                let tx = store.write()?;
                // Only the person: the merge moved their live exchanges
                // away, so those in the trash with them were there before.
                tx.execute(
                    "UPDATE person SET trashed_at = NULL WHERE id = ?1",
                    [&merged.other_id],
                )?;
                merged.move_rows(&tx, &merged.kept_id, &merged.other_id)?;
                tx.commit()?;
            }
            store.update_person(&merged.kept_id, &merged.kept_before)?;
            store.refresh_both(merged)
        })
    }

    fn refresh_both(&self, merged: &Merged) -> Result<()> {
        let tx = self.write()?;
        person_stats::refresh(&tx, &merged.kept_id)?;
        person_stats::refresh(&tx, &merged.other_id)?;
        tx.commit()
    }
}

impl Merged {
    /// Points every row the merge moved from `from` at `to`.
    fn move_rows(&self, conn: &rusqlite::Connection, from: &str, to: &str) -> Result<()> {
        repoint(conn, "exchange", "person_id", &self.exchanges, from, to)?;
        repoint(
            conn,
            "exchange",
            "third_person_id",
            &self.introductions,
            from,
            to,
        )?;
        repoint(conn, "person", "introduced_by", &self.introduced, from, to)?;
        repoint(
            conn,
            "affiliation",
            "person_id",
            &self.affiliations,
            from,
            to,
        )
    }
}
