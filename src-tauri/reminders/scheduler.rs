//! When to look for due reminders: at start, every minute, and at once when
//! the wall clock jumps (the machine woke from sleep, or the time was set).
//! Timers run on the monotonic clock, which stands still while the machine
//! sleeps, so a jump shows as wall time running ahead of (or behind) it; the
//! loop compares the two every few seconds. The wall clock is a [`Clock`], so
//! tests can move it by hand.

use std::future::Future;
use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta};
use tokio::time::Instant;

/// How often reminders are looked for when nothing else happens.
const LOOK_EVERY: Duration = Duration::from_secs(60);
/// How often the wall clock is compared with the monotonic one.
pub const CLOCK_CHECK_EVERY: Duration = Duration::from_secs(5);
/// A difference between the two clocks larger than this is a jump.
const LARGEST_DRIFT: TimeDelta = TimeDelta::seconds(3);

/// The local wall-clock time.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> NaiveDateTime;
}

/// The operating system's clock, in local time.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> NaiveDateTime {
        chrono::Local::now().naive_local()
    }
}

/// Why a look was taken, for logs and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Start,
    Minute,
    ClockJump,
}

/// Calls `look` at start, every [`LOOK_EVERY`], and right after a clock jump.
/// Runs until the future is dropped (when the app quits).
pub async fn run<C, F, Fut>(clock: C, mut look: F)
where
    C: Clock,
    F: FnMut(NaiveDateTime, Reason) -> Fut,
    Fut: Future<Output = ()>,
{
    look(clock.now(), Reason::Start).await;
    let mut last_look = Instant::now();
    let mut wall = clock.now();
    let mut mono = Instant::now();
    loop {
        tokio::time::sleep(CLOCK_CHECK_EVERY).await;
        let (wall_now, mono_now) = (clock.now(), Instant::now());
        let wall_passed = wall_now - wall;
        let mono_passed = TimeDelta::from_std(mono_now - mono).unwrap_or(TimeDelta::MAX);
        (wall, mono) = (wall_now, mono_now);
        let reason = if (wall_passed - mono_passed).abs() > LARGEST_DRIFT {
            Reason::ClockJump
        } else if mono_now - last_look >= LOOK_EVERY {
            Reason::Minute
        } else {
            continue;
        };
        look(wall_now, reason).await;
        last_look = Instant::now();
    }
}

/// A wall clock for tests, moved by hand, and a way to let time pass on it
/// and on tokio's paused timer together.
#[cfg(test)]
pub(crate) mod testing {
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use chrono::{NaiveDateTime, TimeDelta};

    use super::{Clock, CLOCK_CHECK_EVERY};

    #[derive(Clone)]
    pub struct HandClock(Arc<Mutex<NaiveDateTime>>);

    impl Clock for HandClock {
        fn now(&self) -> NaiveDateTime {
            *self.0.lock().unwrap()
        }
    }

    impl HandClock {
        pub fn at(start: NaiveDateTime) -> HandClock {
            HandClock(Arc::new(Mutex::new(start)))
        }

        /// Moves the wall clock alone, as a wake from sleep or a new time does.
        pub fn jump(&self, by: TimeDelta) {
            *self.0.lock().unwrap() += by;
        }

        /// Lets both clocks run on together for `by`, in watch-sized steps.
        pub async fn pass(&self, by: Duration) {
            let mut left = by;
            while !left.is_zero() {
                let step = left.min(CLOCK_CHECK_EVERY);
                self.jump(TimeDelta::from_std(step).unwrap());
                tokio::time::advance(step).await;
                left -= step;
            }
            for _ in 0..10 {
                tokio::task::yield_now().await;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! The loop on tokio's paused clock, with the wall clock moved by hand.

    use std::sync::{Arc, Mutex};

    use chrono::NaiveDate;

    use super::testing::HandClock;
    use super::*;

    fn start() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 22)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
    }

    #[tokio::test(start_paused = true)]
    async fn looks_at_start_every_minute_and_after_a_jump() {
        let clock = HandClock::at(start());
        let seen: Arc<Mutex<Vec<(NaiveDateTime, Reason)>>> = Arc::default();
        let record = Arc::clone(&seen);
        let task = tokio::spawn(run(clock.clone(), move |at, reason| {
            record.lock().unwrap().push((at, reason));
            async {}
        }));
        clock.pass(Duration::ZERO).await;
        assert_eq!(*seen.lock().unwrap(), [(start(), Reason::Start)]);

        clock.pass(Duration::from_secs(55)).await;
        assert_eq!(seen.lock().unwrap().len(), 1, "not before a minute");
        clock.pass(Duration::from_secs(5)).await;
        assert_eq!(seen.lock().unwrap()[1].1, Reason::Minute);

        // The machine sleeps two days: the wall clock jumps, the timer does not.
        clock.jump(TimeDelta::days(2));
        clock.pass(CLOCK_CHECK_EVERY).await;
        let last = *seen.lock().unwrap().last().unwrap();
        assert_eq!(last.1, Reason::ClockJump);
        assert!(last.0 >= start() + TimeDelta::days(2));

        // The clock set back an hour is a jump too.
        clock.jump(TimeDelta::hours(-1));
        clock.pass(CLOCK_CHECK_EVERY).await;
        assert_eq!(seen.lock().unwrap().last().unwrap().1, Reason::ClockJump);
        task.abort();
    }
}
