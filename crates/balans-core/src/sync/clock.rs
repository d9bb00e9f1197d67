//! Hybrid logical clocks: when a value was written, comparable across
//! computers whose clocks disagree. A reading is the wall clock in
//! milliseconds, a counter for writes within one millisecond or behind a
//! clock already seen, and the computer's id to break ties, written so that
//! comparing the text compares the readings. A computer never reads a time
//! earlier than one it has written or applied, so a change made after seeing
//! another is always later than it, whatever the wall clocks say.

use std::cmp::Ordering;

/// The reading every stamped value is later than: a row never stamped.
pub(crate) const NEVER: &str = "";

/// The next reading after `last` on computer `device` at wall-clock `now_ms`.
pub(crate) fn tick(last: &str, device: &str, now_ms: i64) -> String {
    let (last_ms, last_count) = parse(last);
    let (ms, count) = match now_ms.cmp(&last_ms) {
        Ordering::Greater => (now_ms, 0),
        _ => (last_ms, last_count + 1),
    };
    format!("{ms:015}.{count:06}.{device}")
}

/// The later of two readings.
pub(crate) fn later<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a >= b {
        a
    } else {
        b
    }
}

/// The wall clock, in milliseconds since 1970.
pub(crate) fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn parse(reading: &str) -> (i64, u32) {
    let mut parts = reading.split('.');
    let ms = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    let count = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    (ms, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reading_is_later_than_the_last_even_when_the_wall_clock_goes_back() {
        let first = tick(NEVER, "a", 1_000);
        let second = tick(&first, "a", 500);
        let third = tick(&second, "a", 2_000);
        assert!(first.as_str() > NEVER);
        assert!(second > first, "{second} after {first}");
        assert!(third > second);
        assert!(third.starts_with("000000000002000.000000."));
    }

    #[test]
    fn readings_compare_as_text_across_digit_counts() {
        let small = tick(NEVER, "b", 999);
        let large = tick(NEVER, "a", 1_000_000);
        assert!(large > small);
        assert_eq!(later(&small, &large), large);
    }

    #[test]
    fn one_millisecond_counts_on_and_the_device_breaks_ties() {
        let mut last = tick(NEVER, "a", 5);
        for _ in 0..20 {
            let next = tick(&last, "a", 5);
            assert!(next > last);
            last = next;
        }
        assert!(tick(NEVER, "b", 5) > tick(NEVER, "a", 5));
    }
}
