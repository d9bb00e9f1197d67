//! The amounts other sentences name, as phrases that fill them
//! (`catalogue/*/amounts.ftl`): credits with their unit, a number of times,
//! a number of exchanges. Each chooses its form by the reader's plural rules.

use super::Phrase;
use crate::phrase;

/// `1 credit`, `2.5 credits`, `2,5 credits`.
pub fn credits(amount: f64) -> Phrase {
    phrase!("credits-amount", credits = amount)
}

/// `once`, `3 times`, `1 keer`.
pub fn times(count: u32) -> Phrase {
    phrase!("times", count = count)
}

/// `1 exchange`, `3 exchanges`, `1 uitwisseling`.
pub fn exchanges(count: u32) -> Phrase {
    phrase!("exchanges-count", count = count)
}
