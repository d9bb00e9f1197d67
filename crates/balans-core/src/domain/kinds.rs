//! Kinds of help (advice, introduction, referral, …) and the credits each is worth
//! by default, so a quick log needs only a kind to suggest a value.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::phrase;
use crate::store::Store;
use crate::validate;

/// A kind of exchange with its default value in credits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Kind {
    pub name: String,
    pub value: f64,
}

impl Store {
    /// All kinds in their display order.
    pub fn kinds(&self) -> Result<Vec<Kind>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name, value FROM kind ORDER BY position, name")?;
        let kinds = stmt
            .query_map([], |row| {
                Ok(Kind {
                    name: row.get(0)?,
                    value: row.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(kinds)
    }

    /// Adds a kind of the user's own (for instance "lunch") with its default value.
    pub fn add_kind(&mut self, name: &str, value: f64) -> Result<Kind> {
        let name = validate::kind_name("name", name)?;
        let value = validate::value("value", value)?;
        if self.kind(&name).is_ok() {
            return Err(Error::invalid(
                "name",
                phrase!("error-kind-exists", kind = name),
            ));
        }
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO kind (name, value, position) VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM kind))",
            params![name, value],
        )?;
        tx.commit()?;
        self.kind(&name)
    }

    /// Changes the default value of a kind; recorded exchanges keep their values.
    pub fn set_kind_value(&mut self, name: &str, value: f64) -> Result<Kind> {
        let kind = self.kind(name)?;
        let value = validate::value("value", value)?;
        let tx = self.write()?;
        tx.execute(
            "UPDATE kind SET value = ?2 WHERE name = ?1",
            params![kind.name, value],
        )?;
        tx.commit()?;
        self.kind(name)
    }

    /// The kind with this name, or a typed error naming the known ones.
    pub fn kind(&self, name: &str) -> Result<Kind> {
        self.conn
            .query_row(
                "SELECT name, value FROM kind WHERE name = ?1",
                [name],
                |row| {
                    Ok(Kind {
                        name: row.get(0)?,
                        value: row.get(1)?,
                    })
                },
            )
            .optional()?
            .ok_or_else(|| Error::invalid("kind", phrase!("error-unknown-kind", kind = name)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_kinds_carry_the_domain_values() {
        let store = Store::open_in_memory().unwrap();
        let kinds: Vec<(String, f64)> = store
            .kinds()
            .unwrap()
            .into_iter()
            .map(|k| (k.name, k.value))
            .collect();
        let expected = [
            ("advice", 2.0),
            ("introduction", 3.0),
            ("referral", 5.0),
            ("favour", 2.0),
            ("gift", 2.0),
            ("recognition", 1.0),
            ("information", 1.0),
            ("business", 5.0),
            ("hospitality", 1.0),
        ];
        let expected: Vec<(String, f64)> =
            expected.iter().map(|(n, v)| (n.to_string(), *v)).collect();
        assert_eq!(kinds, expected);
    }

    #[test]
    fn an_unknown_kind_is_a_clear_error() {
        let store = Store::open_in_memory().unwrap();
        let err = store.kind("bribe").unwrap_err();
        assert_eq!(err.code(), "invalid_input");
        assert_eq!(err.field(), Some("kind"));
    }
}
