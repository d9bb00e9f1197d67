//! One error type for the core, so every caller (the window, the command line,
//! the tests) can tell a user what went wrong in plain words and a program can
//! branch on a stable code.

use serde::Serialize;

use crate::language::Language;
use crate::phrase;
use crate::words::Phrase;

/// Everything the core can refuse or fail at. Each error says itself through
/// the catalogue ([`Error::phrase`]); `Display` is the English sentence, for
/// logs and panics in tests.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.phrase().say(Language::En))]
pub enum Error {
    /// Input that breaks a rule; nothing was written.
    Invalid { field: &'static str, says: Phrase },
    /// An id that names nothing. `entity` is a stable word (`person`,
    /// `organisation`, `exchange`, `reminder`) the catalogue translates.
    NotFound { entity: &'static str, id: String },
    /// The database file was written by a newer Balans; it is left untouched.
    NewerDatabase { found: i64, supported: i64 },
    /// The database file is damaged; nothing was written to it. The detail
    /// is SQLite's or the check's own words.
    Damaged { detail: String },
    /// The disk is full; the write was refused and what was there before is
    /// intact. `file` names the file being written, if it was not the ledger.
    DiskFull { file: Option<String> },
    /// Another process held the ledger's write lock for longer than the busy
    /// timeout; nothing was written.
    Busy { seconds: u64 },
    /// The file could not be read or written.
    Io(std::io::Error),
    /// SQLite itself failed (corruption, locking, a bug).
    Database(rusqlite::Error),
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => Error::DiskFull { file: None },
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                Error::Busy {
                    seconds: crate::store::BUSY_TIMEOUT.as_secs(),
                }
            }
            _ => Error::Database(error),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(error: std::io::Error) -> Self {
        if error.kind() == std::io::ErrorKind::StorageFull {
            Error::DiskFull { file: None }
        } else {
            Error::Io(error)
        }
    }
}

impl Error {
    /// Refused input: `field` is the input at fault, `says` why.
    pub fn invalid(field: &'static str, says: Phrase) -> Self {
        Error::Invalid { field, says }
    }

    /// No room on the disk for the file at `path`.
    pub fn disk_full(path: impl Into<String>) -> Self {
        Error::DiskFull {
            file: Some(path.into()),
        }
    }

    pub fn not_found(entity: &'static str, id: impl Into<String>) -> Self {
        Error::NotFound {
            entity,
            id: id.into(),
        }
    }

    /// A stable, machine-readable code for this error.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid_input",
            Error::NotFound { .. } => "not_found",
            Error::NewerDatabase { .. } => "newer_database",
            Error::Damaged { .. } => "damaged",
            Error::DiskFull { .. } => "disk_full",
            Error::Busy { .. } => "busy",
            Error::Io(_) => "io",
            Error::Database(_) => "database",
        }
    }

    /// What this error says, as a catalogue message and its parameters.
    pub fn phrase(&self) -> Phrase {
        match self {
            Error::Invalid { says, .. } => says.clone(),
            Error::NotFound { entity, id } => {
                phrase!("error-not-found", entity = *entity, id = id.as_str())
            }
            Error::NewerDatabase { found, supported } => {
                phrase!(
                    "error-newer-database",
                    found = *found,
                    supported = *supported
                )
            }
            Error::Damaged { detail } => phrase!("error-damaged", detail = detail.as_str()),
            Error::DiskFull { file: None } => phrase!("error-disk-full"),
            Error::DiskFull { file: Some(file) } => {
                phrase!("error-disk-full-file", file = file.as_str())
            }
            Error::Busy { seconds } => phrase!("error-busy", seconds = *seconds),
            Error::Io(error) => phrase!("error-io", detail = error.to_string()),
            Error::Database(error) => phrase!("error-database", detail = error.to_string()),
        }
    }

    /// The field that was wrong, when the error is about one input.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The shape errors take when they leave the core, said in `lang`.
    pub fn payload(&self, lang: Language) -> ErrorPayload {
        ErrorPayload {
            field: self.field().map(str::to_owned),
            ..ErrorPayload::new(self.code(), self.phrase(), lang)
        }
    }
}

/// The serialisable form of an [`Error`], as the window and `--json` output
/// see it: `{code, key, params, message, field?}`. `code` and `key` are
/// stable; `message` is the sentence in the reader's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ErrorPayload {
    pub code: String,
    #[serde(flatten)]
    pub says: Phrase,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ErrorPayload {
    /// A payload for a failure outside the core's own errors (the system,
    /// another running Balans), with no field to point at.
    pub fn new(code: &str, says: Phrase, lang: Language) -> ErrorPayload {
        ErrorPayload {
            code: code.to_owned(),
            message: says.say(lang),
            says,
            field: None,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_carries_code_message_and_field() {
        let payload = Error::invalid("name", phrase!("error-name-required")).payload(Language::En);
        let json = serde_json::to_value(&payload).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "invalid_input",
                "key": "error-name-required",
                "params": {},
                "message": "A name is required.",
                "field": "name"
            }),
            "an invalid-input error should cross as {{code, key, params, message, field}}"
        );
    }

    #[test]
    fn payload_without_field_omits_it() {
        let json =
            serde_json::to_value(Error::not_found("person", "x").payload(Language::Nl)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "not_found",
                "key": "error-not-found",
                "params": {"entity": "person", "id": "x"},
                "message": "Er bestaat geen persoon met id x."
            })
        );
    }
}
