//! Work that a burst of events asks for (a window dragged across the
//! screen, changes made one after another), done once the asking has
//! stopped for a while, rather than once per event.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Counts the asks, so only the last of a burst does the work.
#[derive(Default)]
pub struct Settling(Arc<AtomicU64>);

impl Settling {
    /// Runs `work` on a blocking thread once `quiet` has passed without
    /// another ask.
    pub fn ask(&self, quiet: Duration, work: impl FnOnce() + Send + 'static) {
        let this_ask = self.0.fetch_add(1, Ordering::SeqCst) + 1;
        let asks = Arc::clone(&self.0);
        tauri::async_runtime::spawn(async move {
            tokio::time::sleep(quiet).await;
            if asks.load(Ordering::SeqCst) == this_ask {
                // The work reports its own failures; a panic in it ends only its thread.
                let _ = tauri::async_runtime::spawn_blocking(work).await;
            }
        });
    }
}
