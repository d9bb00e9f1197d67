//! The ways to reach a person: e-mail addresses, phone numbers and web
//! addresses (a LinkedIn profile is a web address on linkedin.com), several
//! of each. Each is checked so that the link made of it opens what it says
//! (`mailto:`, `tel:`, `https:`) and nothing else: a web address without a
//! scheme is taken as https, `http:` is raised to `https:`, and any other
//! scheme (`javascript:`, `file:`) is refused.
//!
//! Each address is a row of its own (`person_channel`), so an edit writes
//! only the difference: an address kept keeps its row, and two computers
//! that each add one both keep both once they sync. A row's id is made from
//! the person, the kind and the address (ignoring case), so the same address
//! added on two computers is one row, not two that the unique key would
//! keep apart on each computer.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::clock;
use crate::error::{Error, Result};
use crate::phrase;
use crate::validate;

/// The most addresses of one kind a person keeps.
pub const MAX_PER_KIND: usize = 20;
/// The longest address, in characters.
pub const MAX_CHANNEL_CHARS: usize = 300;

/// A way to reach someone, as stored in `person_channel.kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelKind {
    Email,
    Phone,
    Url,
}

impl ChannelKind {
    pub const ALL: [ChannelKind; 3] = [ChannelKind::Email, ChannelKind::Phone, ChannelKind::Url];

    pub const fn as_str(self) -> &'static str {
        match self {
            ChannelKind::Email => "email",
            ChannelKind::Phone => "phone",
            ChannelKind::Url => "url",
        }
    }

    pub fn parse(text: &str) -> Option<ChannelKind> {
        ChannelKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The input field that holds addresses of this kind.
    const fn field(self) -> &'static str {
        match self {
            ChannelKind::Email => "emails",
            ChannelKind::Phone => "phones",
            ChannelKind::Url => "urls",
        }
    }

    /// `raw` as this kind of address is stored, or why it cannot be one.
    pub fn clean(self, raw: &str) -> Result<String> {
        let field = self.field();
        let text = validate::line(field, raw)?;
        if text.chars().count() > MAX_CHANNEL_CHARS {
            return Err(Error::invalid(
                field,
                phrase!("error-channel-too-long", max = MAX_CHANNEL_CHARS),
            ));
        }
        let clean = match self {
            ChannelKind::Email => email(&text),
            ChannelKind::Phone => phone(&text),
            ChannelKind::Url => web_address(&text),
        };
        clean.ok_or_else(|| {
            let problem = match self {
                ChannelKind::Email => phrase!("error-not-an-email", text = text.as_str()),
                ChannelKind::Phone => phrase!("error-not-a-phone", text = text.as_str()),
                ChannelKind::Url => phrase!("error-not-a-web-address", text = text.as_str()),
            };
            Error::invalid(field, problem)
        })
    }
}

/// An e-mail address: one `@` between a local part and a domain with a dot,
/// and none of the characters that would end or extend a `mailto:` link.
/// The domain is kept in lowercase; the local part as typed.
fn email(text: &str) -> Option<String> {
    let (local, domain) = text.split_once('@')?;
    let forbidden = |c: char| c.is_whitespace() || "<>()[]\\,;:\"?#/%@".contains(c);
    let domain_char = |c: char| c.is_alphanumeric() || c == '-' || c == '.';
    let fits = !local.is_empty()
        && !local.chars().any(forbidden)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain.chars().all(domain_char);
    fits.then(|| format!("{local}@{}", domain.to_lowercase()))
}

/// A phone number as people write it: digits with spaces, dashes, dots,
/// slashes or brackets between them, and a `+` only in front; 3 to 20 digits.
fn phone(text: &str) -> Option<String> {
    let body = text.strip_prefix('+').unwrap_or(text);
    let allowed = |c: char| c.is_ascii_digit() || " -./()".contains(c);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    (body.chars().all(allowed) && (3..=20).contains(&digits)).then(|| text.to_owned())
}

/// A web address to open in the browser, always over https.
fn web_address(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &text["https://".len()..]
    } else if lower.starts_with("http://") {
        &text["http://".len()..]
    } else if text.contains("://") || lower.starts_with("mailto:") || lower.starts_with("tel:") {
        return None;
    } else {
        text
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_fits = host.contains('.')
        && !host.starts_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || "-.:".contains(c));
    (host_fits && !rest.chars().any(char::is_whitespace)).then(|| format!("https://{rest}"))
}

/// A person's addresses, each list in the order they were added.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Channels {
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub urls: Vec<String>,
}

impl Channels {
    fn of(&self, kind: ChannelKind) -> &[String] {
        match kind {
            ChannelKind::Email => &self.emails,
            ChannelKind::Phone => &self.phones,
            ChannelKind::Url => &self.urls,
        }
    }

    fn of_mut(&mut self, kind: ChannelKind) -> &mut Vec<String> {
        match kind {
            ChannelKind::Email => &mut self.emails,
            ChannelKind::Phone => &mut self.phones,
            ChannelKind::Url => &mut self.urls,
        }
    }

    /// Every address with its kind, e-mail first.
    pub fn each(&self) -> impl Iterator<Item = (ChannelKind, &str)> {
        ChannelKind::ALL
            .into_iter()
            .flat_map(move |kind| self.of(kind).iter().map(move |v| (kind, v.as_str())))
    }

    /// Checked and cleaned: empty entries dropped, each address once
    /// (ignoring case), at most [`MAX_PER_KIND`] of a kind.
    pub fn clean(&self) -> Result<Channels> {
        let mut clean = Channels::default();
        for kind in ChannelKind::ALL {
            let mut seen = HashSet::new();
            for raw in self.of(kind) {
                if raw.trim().is_empty() {
                    continue;
                }
                let value = kind.clean(raw)?;
                if seen.insert(value.to_lowercase()) {
                    clean.of_mut(kind).push(value);
                }
            }
            if clean.of(kind).len() > MAX_PER_KIND {
                return Err(Error::invalid(
                    kind.field(),
                    phrase!("error-too-many-channels", max = MAX_PER_KIND),
                ));
            }
        }
        Ok(clean)
    }
}

/// A person's addresses as stored.
pub(crate) fn read(conn: &Connection, person_id: &str) -> Result<Channels> {
    let mut stmt = conn.prepare_cached(
        "SELECT person_id, kind, value FROM person_channel WHERE person_id = ?1
         ORDER BY position, id",
    )?;
    let mut by_person = gather(stmt.query([person_id])?)?;
    Ok(by_person.remove(person_id).unwrap_or_default())
}

/// Everyone's addresses, by person id, for exports.
pub(crate) fn read_all(conn: &Connection) -> Result<HashMap<String, Channels>> {
    let mut stmt = conn.prepare_cached(
        "SELECT person_id, kind, value FROM person_channel ORDER BY position, id",
    )?;
    let by_person = gather(stmt.query([])?)?;
    Ok(by_person)
}

fn gather(mut rows: rusqlite::Rows<'_>) -> Result<HashMap<String, Channels>> {
    let mut by_person: HashMap<String, Channels> = HashMap::new();
    while let Some(row) = rows.next()? {
        let kind: String = row.get(1)?;
        if let Some(kind) = ChannelKind::parse(&kind) {
            let channels = by_person.entry(row.get(0)?).or_default();
            channels.of_mut(kind).push(row.get(2)?);
        }
    }
    Ok(by_person)
}

/// The id of one person's address of one kind: the same on every computer.
fn row_id(person_id: &str, kind: ChannelKind, value: &str) -> String {
    const NAMESPACE: Uuid = Uuid::from_u128(0x6d1f_52a4_90c3_4b1e_a8e7_3c2f_0b5d_9a61);
    let name = format!(
        "{person_id}\u{1f}{}\u{1f}{}",
        kind.as_str(),
        value.to_lowercase()
    );
    Uuid::new_v5(&NAMESPACE, name.as_bytes()).to_string()
}

/// Makes the stored addresses `wanted` (already cleaned), writing only the
/// difference: rows no longer wanted go, new ones are added, kept ones stay
/// (and move if their place in the list changed).
pub(crate) fn write(tx: &Connection, person_id: &str, wanted: &Channels) -> Result<()> {
    let stored = read(tx, person_id)?;
    let mut remove = tx.prepare_cached(
        "DELETE FROM person_channel WHERE person_id = ?1 AND kind = ?2 AND value = ?3",
    )?;
    for (kind, value) in stored.each() {
        if !wanted.of(kind).iter().any(|v| v == value) {
            remove.execute(params![person_id, kind.as_str(), value])?;
        }
    }
    let mut place = tx.prepare_cached(
        "INSERT INTO person_channel (id, person_id, kind, value, position, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position
         WHERE position <> excluded.position",
    )?;
    let now = clock::timestamp();
    for kind in ChannelKind::ALL {
        for (position, value) in wanted.of(kind).iter().enumerate() {
            place.execute(params![
                row_id(person_id, kind, value),
                person_id,
                kind.as_str(),
                value,
                i64::try_from(position).unwrap_or(i64::MAX),
                now
            ])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_cleaned_to_what_their_links_open() {
        let accepted = [
            (ChannelKind::Email, " karin@Bakker.NL ", "karin@bakker.nl"),
            (
                ChannelKind::Email,
                "o'brien+balans@mail.example.ie",
                "o'brien+balans@mail.example.ie",
            ),
            (ChannelKind::Phone, "+31 6 1234 5678", "+31 6 1234 5678"),
            (ChannelKind::Phone, "(020) 555-0100", "(020) 555-0100"),
            (
                ChannelKind::Url,
                "linkedin.com/in/karin",
                "https://linkedin.com/in/karin",
            ),
            (
                ChannelKind::Url,
                "HTTP://example.nl/a?b=c",
                "https://example.nl/a?b=c",
            ),
            (ChannelKind::Url, "https://bakker.nl", "https://bakker.nl"),
        ];
        for (kind, raw, stored) in accepted {
            assert_eq!(kind.clean(raw).unwrap(), stored, "{raw}");
        }
        let refused = [
            (ChannelKind::Email, "karin"),
            (ChannelKind::Email, "karin@bakker"),
            (ChannelKind::Email, "karin@bakker.nl?subject=x"),
            (ChannelKind::Email, "a b@c.nl"),
            (ChannelKind::Email, "karin@bakker.nl\u{202e}"),
            (ChannelKind::Phone, "12"),
            (ChannelKind::Phone, "06-1234 ext. 5"),
            (ChannelKind::Phone, "+31+6"),
            (ChannelKind::Url, "javascript:alert(1)"),
            (ChannelKind::Url, "file:///etc/passwd"),
            (ChannelKind::Url, "ftp://example.nl"),
            (ChannelKind::Url, "tel:123"),
            (ChannelKind::Url, "just words"),
            (ChannelKind::Url, "https://exa mple.nl"),
        ];
        for (kind, raw) in refused {
            assert!(
                kind.clean(raw).is_err(),
                "{raw:?} should be refused as {kind:?}"
            );
        }
    }

    #[test]
    fn a_list_keeps_each_address_once_and_drops_empty_lines() {
        let channels = Channels {
            emails: vec!["a@b.nl".into(), " ".into(), "A@B.NL".into()],
            phones: vec![],
            urls: vec!["b.nl".into(), "https://b.nl".into()],
        };
        let clean = channels.clean().unwrap();
        assert_eq!(clean.emails, ["a@b.nl"]);
        assert_eq!(clean.urls, ["https://b.nl"]);
    }
}
