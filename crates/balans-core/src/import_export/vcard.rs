//! vCard: contacts out as vCard 4.0 (RFC 6350) for address books, and in from
//! the .vcf files phones and mail programs write (vCard 2.1, 3.0 and 4.0,
//! folded lines, quoted-printable text). Reading gives plain [`Contact`]s;
//! `contacts.rs` brings them into the ledger.

use std::collections::HashMap;

use super::contacts::{birthday_as_written, Contact};
use super::content_line::{list_property, property};
use crate::domain::birthdays::Birthday;
use crate::domain::channels::{ChannelKind, Channels};
use crate::error::{Error, Result};
use crate::phrase;
use crate::store::Store;

impl Store {
    /// Every live person as a vCard 4.0, with their current organisation and role.
    pub fn export_vcards(&self) -> Result<Vec<u8>> {
        let today = crate::clock::iso(crate::clock::today());
        let names: HashMap<String, String> = self
            .organisations()?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
        let mut roles: HashMap<String, (String, String)> = HashMap::new();
        for a in self.all_affiliations()? {
            if a.is_current_on(&today) {
                if let Some(org) = names.get(&a.organisation_id) {
                    roles
                        .entry(a.person_id.clone())
                        .or_insert((org.clone(), a.role.clone()));
                }
            }
        }
        let channels = crate::domain::channels::read_all(&self.conn)?;
        let mut out = String::new();
        for summary in self.people_summaries(crate::clock::today())? {
            let p = summary.person;
            property(&mut out, "BEGIN", "VCARD");
            property(&mut out, "VERSION", "4.0");
            property(&mut out, "KIND", "individual");
            property(&mut out, "UID", &format!("urn:uuid:{}", p.id));
            property(&mut out, "FN", &p.name);
            if let Some((org, role)) = roles.get(&p.id) {
                property(&mut out, "ORG", org);
                if !role.is_empty() {
                    property(&mut out, "TITLE", role);
                }
            }
            for (kind, value) in channels.get(&p.id).into_iter().flat_map(Channels::each) {
                let name = match kind {
                    ChannelKind::Email => "EMAIL",
                    ChannelKind::Phone => "TEL",
                    ChannelKind::Url => "URL",
                };
                property(&mut out, name, value);
            }
            if let Some(birthday) = p.birthday.as_deref().and_then(Birthday::parse) {
                property(&mut out, "BDAY", &vcard_date(birthday));
            }
            if !p.tags.is_empty() {
                list_property(&mut out, "CATEGORIES", &p.tags);
            }
            if !p.notes.is_empty() {
                property(&mut out, "NOTE", &p.notes);
            }
            let rev: String = p
                .updated_at
                .chars()
                .filter(|c| *c != '-' && *c != ':')
                .collect();
            property(&mut out, "REV", &rev);
            property(&mut out, "END", "VCARD");
        }
        Ok(out.into_bytes())
    }
}

/// A birthday as vCard 4.0 writes a date: `19840517`, or `--0517` without the year.
fn vcard_date(birthday: Birthday) -> String {
    match birthday.year {
        Some(year) => format!("{year:04}{:02}{:02}", birthday.month, birthday.day),
        None => format!("--{:02}{:02}", birthday.month, birthday.day),
    }
}

/// One unfolded content line and the line number it starts on.
struct Line {
    number: usize,
    text: String,
}

fn unfold(text: &str) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for (index, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let (Some(rest), Some(last)) = (raw.strip_prefix([' ', '\t']), lines.last_mut()) {
            last.text.push_str(rest);
        } else if !raw.trim().is_empty() {
            lines.push(Line {
                number: index + 1,
                text: raw.to_owned(),
            });
        }
    }
    // Quoted-printable values continue on the next line after a trailing '='.
    let mut joined: Vec<Line> = Vec::new();
    for line in lines {
        match joined.last_mut() {
            Some(last)
                if last.text.to_ascii_uppercase().contains("QUOTED-PRINTABLE")
                    && last.text.ends_with('=') =>
            {
                last.text.pop();
                last.text.push_str(&line.text);
            }
            _ => joined.push(line),
        }
    }
    joined
}

fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits on `sep` where it is not escaped with a backslash.
fn split_unescaped(value: &str, sep: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut escaped = false;
    for c in value.chars() {
        if escaped {
            parts.last_mut().expect("one part").extend(['\\', c]);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == sep {
            parts.push(String::new());
        } else {
            parts.last_mut().expect("one part").push(c);
        }
    }
    parts.into_iter().map(|p| unescape(&p)).collect()
}

fn decode_quoted_printable(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = bytes
            .get(i + 1..i + 3)
            .filter(|_| bytes[i] == b'=')
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        if let Some(byte) = escaped {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A card being read: where it began, what it says so far, and its
/// structured name (family, given) for when it has no formatted name.
struct OpenCard {
    start: usize,
    contact: Contact,
    family_given: Option<(String, String)>,
}

/// Reads every contact in a .vcf file. A line that is not a property, or a
/// card that never ends, is refused with its line number.
pub fn parse_vcards(text: &str) -> Result<Vec<Contact>> {
    let mut contacts = Vec::new();
    let mut current: Option<OpenCard> = None;
    for line in unfold(text) {
        let broken = || {
            Error::invalid(
                "file",
                phrase!(
                    "error-not-a-vcard-property",
                    line = line.number,
                    text = line.text.chars().take(60).collect::<String>()
                ),
            )
        };
        let (head, value) = line.text.split_once(':').ok_or_else(broken)?;
        let mut params = head.split(';');
        let name = params.next().unwrap_or_default().to_ascii_uppercase();
        let name = name.rsplit('.').next().unwrap_or_default().to_owned();
        let quoted = head.to_ascii_uppercase().contains("QUOTED-PRINTABLE");
        let value = if quoted {
            decode_quoted_printable(value)
        } else {
            value.to_owned()
        };
        match (name.as_str(), &mut current) {
            ("BEGIN", None) if value.eq_ignore_ascii_case("VCARD") => {
                current = Some(OpenCard {
                    start: line.number,
                    contact: Contact::default(),
                    family_given: None,
                })
            }
            ("BEGIN", Some(_)) => {
                return Err(Error::invalid(
                    "file",
                    phrase!("error-vcard-nested", line = line.number),
                ))
            }
            ("END", Some(_)) if value.eq_ignore_ascii_case("VCARD") => {
                let card = current.take().expect("inside a card");
                let mut contact = card.contact;
                if contact.name.trim().is_empty() {
                    if let Some((family, given)) = card.family_given {
                        contact.name = format!("{given} {family}").trim().to_owned();
                    }
                }
                contact.line = card.start;
                contacts.push(contact);
            }
            (_, None) => {
                return Err(Error::invalid(
                    "file",
                    phrase!("error-vcard-outside", line = line.number),
                ))
            }
            ("FN", Some(OpenCard { contact, .. })) => contact.name = unescape(&value),
            ("N", Some(OpenCard { family_given, .. })) => {
                let parts = split_unescaped(&value, ';');
                *family_given = Some((
                    parts.first().cloned().unwrap_or_default(),
                    parts.get(1).cloned().unwrap_or_default(),
                ));
            }
            ("NOTE", Some(OpenCard { contact, .. })) => contact.notes = unescape(&value),
            ("CATEGORIES", Some(OpenCard { contact, .. })) => {
                contact.tags = split_unescaped(&value, ',')
                    .into_iter()
                    .map(|t| t.trim().to_owned())
                    .filter(|t| !t.is_empty())
                    .collect()
            }
            ("ORG", Some(OpenCard { contact, .. })) => {
                contact.organisation = split_unescaped(&value, ';')
                    .into_iter()
                    .next()
                    .unwrap_or_default()
            }
            ("TITLE", Some(OpenCard { contact, .. })) => contact.role = unescape(&value),
            ("BDAY", Some(OpenCard { contact, .. })) => {
                contact.birthday = birthday_as_written(&unescape(&value))
            }
            ("EMAIL", Some(OpenCard { contact, .. })) => {
                let address = unescape(&value);
                let address = address.strip_prefix("mailto:").unwrap_or(&address);
                contact.channels.emails.push(address.to_owned());
            }
            ("TEL", Some(OpenCard { contact, .. })) => {
                let number = unescape(&value);
                let number = number.strip_prefix("tel:").unwrap_or(&number);
                contact.channels.phones.push(number.to_owned());
            }
            ("URL", Some(OpenCard { contact, .. })) => contact.channels.urls.push(unescape(&value)),
            _ => {}
        }
    }
    if let Some(OpenCard { start, .. }) = current {
        return Err(Error::invalid(
            "file",
            phrase!("error-vcard-unended", line = start),
        ));
    }
    Ok(contacts)
}
