//! How a command line run fails: either the words could not be understood
//! (exit code 2, "usage") or Balans refused or could not do what they asked
//! (exit code 1). Both leave the core's `{code, message, field}` shape.

use balans_core::{Error, ErrorPayload};

/// Exit code of a command line that was not understood.
pub const EXIT_USAGE: i32 = 2;
/// Exit code of a request that was refused or failed.
pub const EXIT_REFUSED: i32 = 1;

#[derive(Debug)]
pub(crate) enum Failure {
    /// The arguments were wrong: an unknown command or option, a missing word.
    Usage(String),
    /// The request was understood but refused, or it failed.
    Refused(ErrorPayload),
}

pub(crate) type Outcome = std::result::Result<(), Failure>;

impl Failure {
    pub(crate) fn usage(message: impl Into<String>) -> Failure {
        Failure::Usage(message.into())
    }

    pub(crate) fn refused(code: &str, message: impl Into<String>, field: &str) -> Failure {
        Failure::Refused(ErrorPayload {
            code: code.to_owned(),
            message: message.into(),
            field: Some(field.to_owned()),
        })
    }

    pub(crate) fn exit_code(&self) -> i32 {
        match self {
            Failure::Usage(_) => EXIT_USAGE,
            Failure::Refused(_) => EXIT_REFUSED,
        }
    }

    pub(crate) fn payload(&self) -> ErrorPayload {
        match self {
            Failure::Usage(message) => ErrorPayload {
                code: "usage".to_owned(),
                message: message.clone(),
                field: None,
            },
            Failure::Refused(payload) => payload.clone(),
        }
    }
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        Failure::Refused(error.payload())
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
        Failure::Refused(ErrorPayload {
            code: code.to_owned(),
            message: format!("The output could not be written: {error}"),
            field: None,
        })
    }
}
