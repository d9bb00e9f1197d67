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

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;
    use std::time::Instant;

    use super::*;

    const QUIET: Duration = Duration::from_millis(200);

    /// Waits (at most ten seconds) until `done` holds.
    fn until(done: impl Fn() -> bool) {
        let start = Instant::now();
        while !done() && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    #[test]
    fn a_burst_of_asks_does_the_work_once_and_a_later_ask_again() {
        let settling = Settling::default();
        let done = Arc::new(AtomicUsize::new(0));
        let ask = || {
            let done = Arc::clone(&done);
            settling.ask(QUIET, move || {
                done.fetch_add(1, Ordering::SeqCst);
            });
        };
        for _ in 0..5 {
            ask();
        }
        until(|| done.load(Ordering::SeqCst) > 0);
        std::thread::sleep(QUIET * 2);
        assert_eq!(
            done.load(Ordering::SeqCst),
            1,
            "one burst, one piece of work"
        );
        ask();
        until(|| done.load(Ordering::SeqCst) > 1);
        std::thread::sleep(QUIET * 2);
        assert_eq!(done.load(Ordering::SeqCst), 2, "a later ask does it again");
    }
}
