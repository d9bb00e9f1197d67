//! Bringing contacts in: from vCard files, from LinkedIn's Connections.csv
//! export, and from a CSV with a name column, as Balans, Excel (in any
//! region), Outlook or Google Contacts writes it. The file's bytes are read
//! as its tool saved them (`spreadsheet_text`). Every import is one
//! transaction: a contact that breaks a rule is reported with its line in the
//! file, and then nothing is imported. A contact whose name is already in the
//! ledger is skipped, not doubled.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::import_undo::Added;
use super::spreadsheet_text::{decode, separator, with_lf_lines};
use super::vcard::parse_vcards;

use crate::domain::birthdays::Birthday;
use crate::domain::channels::Channels;
use crate::domain::organisations::{AffiliationInput, DecisionPower, OrganisationInput};
use crate::domain::people::{PersonInput, Relationship};
use crate::error::{Error, Result};
use crate::files::backups::Reason;
use crate::phrase;
use crate::store::Store;
use crate::text::same_name;

/// A contact as read from a file, before it becomes a person.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contact {
    /// Where the contact starts in the file, for messages.
    pub line: usize,
    pub name: String,
    pub notes: String,
    pub tags: Vec<String>,
    pub relationship: Option<Relationship>,
    pub met_how: String,
    pub organisation: String,
    pub role: String,
    /// E-mail addresses, phone numbers and web addresses.
    pub channels: Channels,
    /// As stored (domain/birthdays.rs); a date the file wrote otherwise is left out.
    pub birthday: Option<String>,
}

/// What an import would do: the people it would add and the names it would
/// skip as already there (in the file's order), and the organisations it
/// would make.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ContactsPreview {
    pub people: Vec<String>,
    pub already_there: Vec<String>,
    pub organisations: Vec<String>,
    /// The rows added, for taking the import back.
    #[serde(skip)]
    added: Vec<(Added, String)>,
}

impl ContactsPreview {
    fn counted(&self) -> ContactsImported {
        ContactsImported {
            added: self.people.len(),
            skipped: self.already_there.len(),
            organisations_added: self.organisations.len(),
        }
    }
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ContactsImported {
    pub added: usize,
    /// Contacts whose name was already in the ledger.
    pub skipped: usize,
    pub organisations_added: usize,
}

/// The kinds of contacts file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactFormat {
    Vcard,
    Linkedin,
    Csv,
}

impl ContactFormat {
    /// The contacts in a file of this kind, from its bytes as saved.
    pub fn read(self, bytes: &[u8]) -> Result<Vec<Contact>> {
        let text = decode(bytes);
        match self {
            ContactFormat::Vcard => parse_vcards(&text),
            ContactFormat::Linkedin => parse_linkedin(&text),
            ContactFormat::Csv => parse_contacts_csv(&text),
        }
    }
}

fn csv_error(error: &csv::Error) -> Error {
    let line = error.position().map_or(0, csv::Position::line);
    Error::invalid(
        "file",
        phrase!("error-csv", line = line, detail = error.to_string()),
    )
}

/// Whether `line` is the header of LinkedIn's table: the column "First
/// Name" first, quoted or not (a spreadsheet that saved the file again may
/// quote it), then a separator (which may be `;` after Excel in Dutch).
fn is_linkedin_header(line: &str) -> bool {
    let rest = line.strip_prefix('"').unwrap_or(line);
    let Some(rest) = rest.strip_prefix("First Name") else {
        return false;
    };
    let rest = rest.strip_prefix('"').unwrap_or(rest);
    rest.starts_with([',', ';', '\t'])
}

/// Reads LinkedIn's Connections.csv: a few lines of notes, then the columns
/// First Name, Last Name, URL, Email Address, Company, Position, Connected On.
/// The profile's address and the e-mail address become the person's channels.
pub fn parse_linkedin(text: &str) -> Result<Vec<Contact>> {
    let text = with_lf_lines(text.trim_start_matches('\u{feff}'));
    let skipped = text
        .lines()
        .take_while(|line| !is_linkedin_header(line))
        .count();
    if skipped == text.lines().count() {
        return Err(Error::invalid("file", phrase!("error-not-linkedin")));
    }
    let body: String = text.lines().skip(skipped).collect::<Vec<_>>().join("\n");
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(separator(&body))
        .from_reader(body.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(&e))?.clone();
    let column = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (first, last) = (column("First Name"), column("Last Name"));
    let (url, email, company, position, connected) = (
        column("URL"),
        column("Email Address"),
        column("Company"),
        column("Position"),
        column("Connected On"),
    );
    let mut contacts = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&e))?;
        let get = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .unwrap_or_default()
                .trim()
                .to_owned()
        };
        let line = record.position().map_or(0, |p| p.line() as usize + skipped);
        let since = get(connected);
        contacts.push(Contact {
            line,
            name: format!("{} {}", get(first), get(last)).trim().to_owned(),
            channels: Channels {
                emails: vec![get(email)],
                phones: Vec::new(),
                urls: vec![get(url)],
            },
            tags: vec!["linkedin".to_owned()],
            met_how: if since.is_empty() {
                "LinkedIn".to_owned()
            } else {
                format!("LinkedIn, connected {since}")
            },
            organisation: get(company),
            role: get(position),
            ..Contact::default()
        });
    }
    Ok(contacts)
}

/// The headings a field goes by in the files people bring: Balans's own,
/// Outlook's, Google Contacts' (older and newer), and Dutch ones such as a
/// list kept in Excel, compared in lower case. "Title" alone is left out:
/// Outlook means "Mr." or "Dr." by it.
struct Headings {
    name: &'static [&'static str],
    first_name: &'static [&'static str],
    middle_name: &'static [&'static str],
    last_name: &'static [&'static str],
    organisation: &'static [&'static str],
    role: &'static [&'static str],
    notes: &'static [&'static str],
    birthday: &'static [&'static str],
    emails: &'static [&'static str],
    phones: &'static [&'static str],
    urls: &'static [&'static str],
}

const HEADINGS: Headings = Headings {
    name: &[
        "name",
        "naam",
        "full name",
        "volledige naam",
        "display name",
        "weergavenaam",
    ],
    first_name: &["first name", "given name", "voornaam"],
    middle_name: &[
        "middle name",
        "additional name",
        "tussenvoegsel",
        "middelste naam",
    ],
    last_name: &["last name", "family name", "achternaam"],
    organisation: &[
        "organisation",
        "organization",
        "company",
        "organisatie",
        "bedrijf",
        "organization name",
        "organization 1 - name",
    ],
    role: &[
        "role",
        "job title",
        "position",
        "functie",
        "organization title",
        "organization 1 - title",
    ],
    notes: &["notes", "note", "notities", "notitie", "opmerkingen"],
    birthday: &["birthday", "verjaardag", "geboortedatum"],
    emails: &[
        "emails",
        "email",
        "e-mail",
        "email address",
        "e-mail address",
        "e-mail 2 address",
        "e-mail 3 address",
        "e-mail 1 - value",
        "e-mail 2 - value",
        "e-mail 3 - value",
        "e-mailadres",
        "emailadres",
    ],
    phones: &[
        "phones",
        "phone",
        "mobile phone",
        "business phone",
        "business phone 2",
        "home phone",
        "primary phone",
        "phone 1 - value",
        "phone 2 - value",
        "phone 3 - value",
        "telefoon",
        "telefoonnummer",
        "mobiel",
        "mobiele telefoon",
    ],
    urls: &[
        "urls",
        "url",
        "website",
        "web page",
        "website 1 - value",
        "website 2 - value",
        "webpagina",
        "linkedin",
    ],
};

/// A birthday as address books write it, as stored: `1984-05-17` or
/// `19840517`, a time after it left off, and `--05-17` or `--0517` without
/// the year. Apple writes the year 1604 for a birthday without one.
pub(crate) fn birthday_as_written(text: &str) -> Option<String> {
    let date = text.trim().split('T').next().unwrap_or_default();
    let (year, month_day) = match date.strip_prefix("--") {
        Some(month_day) => ("", month_day),
        None if date.len() == 8 && !date.contains('-') => date.split_at(4),
        None => date.split_once('-')?,
    };
    let month_day = month_day.replace('-', "");
    let (month, day) = month_day.split_at_checked(2)?;
    let stored = match year {
        "" | "1604" => format!("--{month}-{day}"),
        year => format!("{year}-{month}-{day}"),
    };
    Birthday::parse(&stored).map(Birthday::stored)
}

/// The addresses in one cell: several may share it, separated by `;` (as
/// Balans writes them) or `:::` (as Google Contacts does). A phone number
/// exported by Balans starts with the formula guard's `'` before its `+`.
fn addresses(cell: &str) -> impl Iterator<Item = String> + '_ {
    cell.split(';')
        .flat_map(|part| part.split(":::"))
        .map(|part| part.trim().trim_start_matches('\''))
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
}

/// Reads a CSV with a header row, separated by `,`, `;` or tabs: a name
/// (one column, or first, middle and last name), and any of notes, `tags`
/// (separated by `;`), `relationship`, `met_how`, organisation, role, and
/// any number of e-mail, phone and web address columns, each under any of
/// its headings in [`HEADINGS`].
pub fn parse_contacts_csv(text: &str) -> Result<Vec<Contact>> {
    let text = with_lf_lines(text.trim_start_matches('\u{feff}'));
    let text = text.as_str();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(separator(text))
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| csv_error(&e))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let column = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
    let columns = |names: &[&str]| -> Vec<usize> {
        (0..headers.len())
            .filter(|&i| names.contains(&headers[i].as_str()))
            .collect()
    };
    let (emails, phones, urls) = (
        columns(HEADINGS.emails),
        columns(HEADINGS.phones),
        columns(HEADINGS.urls),
    );
    let name = column(HEADINGS.name);
    let parts = [
        column(HEADINGS.first_name),
        column(HEADINGS.middle_name),
        column(HEADINGS.last_name),
    ];
    if name.is_none() && parts[0].is_none() && parts[2].is_none() {
        return Err(Error::invalid("file", phrase!("error-no-name-column")));
    }
    let (organisation, role, notes, birthday) = (
        column(HEADINGS.organisation),
        column(HEADINGS.role),
        column(HEADINGS.notes),
        column(HEADINGS.birthday),
    );
    let (tags, relationship, met_how) = (
        column(&["tags"]),
        column(&["relationship"]),
        column(&["met_how"]),
    );
    let mut contacts = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&e))?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let get = |at: Option<usize>| {
            at.and_then(|i| record.get(i))
                .unwrap_or_default()
                .trim()
                .to_owned()
        };
        let in_columns = |at: &[usize]| -> Vec<String> {
            at.iter()
                .flat_map(|&i| addresses(record.get(i).unwrap_or_default()))
                .collect()
        };
        let relationship = match get(relationship).as_str() {
            "" => None,
            text => Some(Relationship::parse(text).ok_or_else(|| {
                Error::invalid(
                    "file",
                    phrase!("error-not-a-relationship", line = line, text = text),
                )
            })?),
        };
        let whole = get(name);
        let name = if whole.is_empty() {
            let parts = parts.map(get);
            parts
                .iter()
                .filter(|part| !part.is_empty())
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            whole
        };
        contacts.push(Contact {
            line,
            name,
            notes: get(notes),
            tags: get(tags)
                .split(';')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            relationship,
            met_how: get(met_how),
            organisation: get(organisation),
            role: get(role),
            channels: Channels {
                emails: in_columns(&emails),
                phones: in_columns(&phones),
                urls: in_columns(&urls),
            },
            birthday: birthday_as_written(&get(birthday)),
        });
    }
    Ok(contacts)
}

impl Store {
    /// Adds the contacts as people (and their organisations), all or
    /// nothing, after a copy of the ledger that is kept only if they are.
    pub fn import_contacts(&mut self, contacts: &[Contact]) -> Result<ContactsImported> {
        self.import_contacts_telling(contacts, &mut |_, _| {})
    }

    /// [`Store::import_contacts`], telling `progress` how many contacts are
    /// done of how many, after each one.
    pub fn import_contacts_telling(
        &mut self,
        contacts: &[Contact],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ContactsImported> {
        // A copy first, as for a backup's import: the import can be taken
        // back whole by restoring it.
        let brought = self.with_copy_before(Reason::Import, crate::clock::now(), |store| {
            store.all_or_nothing(|store| {
                let brought = store.bring_in(contacts, progress)?;
                store.record_import(&brought.added)?;
                Ok(brought)
            })
        })?;
        Ok(brought.counted())
    }

    /// What [`Store::import_contacts`] would do, found by doing it and
    /// undoing it: the same rules and the same refusals, nothing kept.
    pub fn preview_contacts(&mut self, contacts: &[Contact]) -> Result<ContactsPreview> {
        self.as_if(|store| store.bring_in(contacts, &mut |_, _| {}))
    }

    /// Adds the contacts one by one, inside the caller's transaction.
    fn bring_in(
        &mut self,
        contacts: &[Contact],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ContactsPreview> {
        // SQLite's lower() folds ASCII only: names are folded here, the
        // same way the command line matches them.
        let mut known: HashSet<String> = self
            .conn
            .prepare("SELECT name FROM person WHERE trashed_at IS NULL")?
            .query_map([], |row| row.get::<_, String>(0))?
            .map(|name| name.map(|n| same_name(&n)))
            .collect::<rusqlite::Result<_>>()?;
        let mut organisations: HashMap<String, String> = self
            .organisations()?
            .into_iter()
            .map(|o| (same_name(&o.name), o.id))
            .collect();
        let mut brought = ContactsPreview::default();
        for (done, contact) in contacts.iter().enumerate() {
            progress(done, contacts.len());
            let at_line = |e: Error| {
                Error::invalid(
                    "file",
                    phrase!("error-on-line", line = contact.line, detail = e.phrase()),
                )
            };
            let key = same_name(&contact.name);
            if known.contains(&key) {
                brought.already_there.push(contact.name.clone());
                continue;
            }
            let input = PersonInput {
                name: contact.name.clone(),
                notes: contact.notes.clone(),
                tags: contact.tags.clone(),
                relationship: contact.relationship.unwrap_or_default(),
                met_how: contact.met_how.clone(),
                channels: contact.channels.clone(),
                birthday: contact.birthday.clone(),
                ..PersonInput::default()
            };
            let person = self.add_person(&input).map_err(at_line)?;
            known.insert(key);
            brought.added.push((Added::Person, person.id.clone()));
            for channel in self.channel_ids(&person.id)? {
                brought.added.push((Added::Channel, channel));
            }
            brought.people.push(person.name);
            if contact.organisation.trim().is_empty() {
                continue;
            }
            let org_key = same_name(&contact.organisation);
            let organisation_id = match organisations.get(&org_key) {
                Some(id) => id.clone(),
                None => {
                    let input = OrganisationInput {
                        name: contact.organisation.clone(),
                        notes: String::new(),
                    };
                    let made = self.add_organisation(&input).map_err(at_line)?;
                    organisations.insert(org_key, made.id.clone());
                    brought.added.push((Added::Organisation, made.id.clone()));
                    brought.organisations.push(made.name);
                    made.id
                }
            };
            let affiliation = AffiliationInput {
                person_id: person.id,
                organisation_id,
                role: contact.role.clone(),
                decision_power: DecisionPower::None,
                from_date: None,
                to_date: None,
            };
            let joined = self.affiliate(&affiliation).map_err(at_line)?;
            brought.added.push((Added::Affiliation, joined.id));
        }
        progress(contacts.len(), contacts.len());
        Ok(brought)
    }
}
