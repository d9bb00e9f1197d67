//! One error type for the core, so every caller (the window, the command line,
//! the tests) can tell a user what went wrong in plain words and a program can
//! branch on a stable code.

use serde::Serialize;

/// Everything the core can refuse or fail at.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule; nothing was written.
    #[error("{message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    /// An id that names nothing.
    #[error("No {entity} with id {id} exists.")]
    NotFound { entity: &'static str, id: String },
    /// The database file was written by a newer Balans; it is left untouched.
    #[error(
        "This data was saved by a newer version of Balans (data version {found}; this version \
         reads up to {supported}). Nothing was changed. Please install the newer Balans to open it."
    )]
    NewerDatabase { found: i64, supported: i64 },
    /// The database file is damaged; nothing was written to it.
    #[error("The data file cannot be read safely: {detail}.")]
    Damaged { detail: String },
    /// The disk is full; the write was refused and what was there before is intact.
    #[error(
        "There is no room left on the disk to save {what}; nothing was changed. Free some \
         space and try again."
    )]
    DiskFull { what: String },
    /// Another process held the ledger's write lock for longer than the busy
    /// timeout; nothing was written.
    #[error(
        "The data is busy: another Balans kept writing for more than {seconds} seconds, so \
         nothing was changed. Try again."
    )]
    Busy { seconds: u64 },
    /// The file could not be read or written.
    #[error("The data folder could not be used: {0}")]
    Io(std::io::Error),
    /// SQLite itself failed (corruption, locking, a bug).
    #[error("The database reported a problem: {0}")]
    Database(rusqlite::Error),
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => Error::disk_full("this change"),
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
            Error::disk_full("this")
        } else {
            Error::Io(error)
        }
    }
}

impl Error {
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Error::Invalid {
            field,
            message: message.into(),
        }
    }

    pub fn disk_full(what: impl Into<String>) -> Self {
        Error::DiskFull { what: what.into() }
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

    /// The field that was wrong, when the error is about one input.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The shape errors take when they leave the core: `{code, message, field?}`.
    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code().to_owned(),
            message: self.to_string(),
            field: self.field().map(str::to_owned),
        }
    }
}

/// The serialisable form of an [`Error`], as the window and `--json` output see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorPayload {
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ErrorPayload {
    /// A payload for a failure outside the core's own errors (the system,
    /// another running Balans), with no field to point at.
    pub fn new(code: &str, message: impl Into<String>) -> ErrorPayload {
        ErrorPayload {
            code: code.to_owned(),
            message: message.into(),
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
        let payload = Error::invalid("name", "A name is required.").payload();
        let json = serde_json::to_value(&payload).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "invalid_input", "message": "A name is required.", "field": "name"}),
            "an invalid-input error should cross as {{code, message, field}}"
        );
    }

    #[test]
    fn payload_without_field_omits_it() {
        let json = serde_json::to_value(Error::not_found("person", "x").payload()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "not_found", "message": "No person with id x exists."})
        );
    }
}
