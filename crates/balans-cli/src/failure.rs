//! How a command line run fails: either the words could not be understood
//! (exit code 2, "usage") or Balans refused or could not do what they asked
//! (exit code 1). Both leave the core's `{code, key, params, message, field}`
//! shape, said in the reader's language only when reported.

use balans_core::words::Phrase;
use balans_core::{phrase, Error, ErrorPayload, Language};

/// Exit code of a command line that was not understood.
pub const EXIT_USAGE: i32 = 2;
/// Exit code of a request that was refused or failed.
pub const EXIT_REFUSED: i32 = 1;

#[derive(Debug)]
pub(crate) enum Failure {
    /// The arguments were wrong: an unknown command or option, a missing word.
    Usage(Phrase),
    /// The request was understood but refused, or it failed.
    Refused {
        code: &'static str,
        says: Phrase,
        field: Option<&'static str>,
    },
}

pub(crate) type Outcome = std::result::Result<(), Failure>;

impl Failure {
    pub(crate) fn refused(code: &'static str, says: Phrase, field: &'static str) -> Failure {
        Failure::Refused {
            code,
            says,
            field: Some(field),
        }
    }

    pub(crate) fn exit_code(&self) -> i32 {
        match self {
            Failure::Usage(_) => EXIT_USAGE,
            Failure::Refused { .. } => EXIT_REFUSED,
        }
    }

    pub(crate) fn code(&self) -> &'static str {
        match self {
            Failure::Usage(_) => "usage",
            Failure::Refused { code, .. } => code,
        }
    }

    pub(crate) fn payload(&self, lang: Language) -> ErrorPayload {
        match self {
            Failure::Usage(says) => ErrorPayload::new(self.code(), says.clone(), lang),
            Failure::Refused { code, says, field } => ErrorPayload {
                field: field.map(str::to_owned),
                ..ErrorPayload::new(code, says.clone(), lang)
            },
        }
    }
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        Failure::Refused {
            code: error.code(),
            says: error.phrase(),
            field: error.field(),
        }
    }
}

/// The code of output that stopped because its reader went away
/// (`balans people | head`): not worth a message, still not a success.
pub(crate) const CLOSED_OUTPUT: &str = "closed_output";

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Failure {
        let code = match error.kind() {
            std::io::ErrorKind::BrokenPipe => CLOSED_OUTPUT,
            _ => "output",
        };
        Failure::Refused {
            code,
            says: phrase!("cli-output-failed", detail = error.to_string()),
            field: None,
        }
    }
}
