//! How far an import has come, sent to the window while it works: the core
//! counts every row, and this passes the count on over the command's
//! channel at most ten times a second, and always at the end, so an import
//! of thousands of rows shows its progress without flooding the page.

use std::time::{Duration, Instant};

use serde::Serialize;
use tauri::ipc::Channel;

/// The least time between two reports.
const EVERY: Duration = Duration::from_millis(100);

/// Rows done of all rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ImportProgress {
    pub done: usize,
    pub of: usize,
}

/// What the core tells, passed on to `channel` now and then.
pub fn telling(channel: &Channel<ImportProgress>) -> impl FnMut(usize, usize) + '_ {
    let mut last_sent: Option<Instant> = None;
    move |done, of| {
        let at_the_end = done >= of;
        if !at_the_end && last_sent.is_some_and(|sent| sent.elapsed() < EVERY) {
            return;
        }
        last_sent = Some(Instant::now());
        // A page that went away misses the count; the import goes on.
        let _ = channel.send(ImportProgress { done, of });
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    #[test]
    fn the_first_report_goes_the_rest_are_thinned_and_the_end_always_goes() {
        let heard = Arc::new(Mutex::new(Vec::new()));
        let into = Arc::clone(&heard);
        let channel = Channel::new(move |body| {
            let text = match body {
                tauri::ipc::InvokeResponseBody::Json(text) => text,
                tauri::ipc::InvokeResponseBody::Raw(_) => String::new(),
            };
            into.lock().unwrap().push(text);
            Ok(())
        });
        let mut tell = telling(&channel);
        for done in 0..=5_000 {
            tell(done, 5_000);
        }
        let heard = heard.lock().unwrap();
        assert_eq!(
            heard.first().map(String::as_str),
            Some(r#"{"done":0,"of":5000}"#)
        );
        assert_eq!(
            heard.last().map(String::as_str),
            Some(r#"{"done":5000,"of":5000}"#)
        );
        assert!(heard.len() < 100, "thinned: {} reports", heard.len());
    }
}
