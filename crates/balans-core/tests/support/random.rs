//! A small, seedable generator (xorshift64*) for the suites that pick random
//! moments and sizes, seeded from the clock so each run differs and printed
//! with a failure so it can be repeated.

use std::time::{SystemTime, UNIX_EPOCH};

pub struct Random(u64);

impl Random {
    /// A generator seeded from the clock, and its seed.
    pub fn from_clock() -> (Random, u64) {
        let seed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
            | 1;
        (Random(seed), seed)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}
