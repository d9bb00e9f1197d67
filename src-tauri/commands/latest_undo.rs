//! What it takes to undo the window's latest change of one sort (a decision
//! about a reminder, a merge of two people). Kept in the app, not handed to
//! the page: the page can only ask to undo the latest, once.

use std::sync::Mutex;

pub struct LatestUndo<T>(Mutex<Option<T>>);

impl<T> Default for LatestUndo<T> {
    fn default() -> Self {
        LatestUndo(Mutex::new(None))
    }
}

impl<T> LatestUndo<T> {
    /// Holds `undo` as the latest and hands back the one held before.
    pub fn keep(&self, undo: Option<T>) -> Option<T> {
        self.0
            .lock()
            .map(|mut held| std::mem::replace(&mut *held, undo))
            .unwrap_or(None)
    }
}
