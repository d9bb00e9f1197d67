//! The dashboard's pick of signals at scale: at ten years of data one kind
//! (one-sided giving, say) can have thousands of signals, and listing the
//! most severe alone would show only that kind. So each kind present gets a
//! few places first, the kinds in the order of their most severe signal;
//! places left over go to the next most severe of any kind. The pick is
//! listed kind by kind, each kind's signals in their own order, beside the
//! count of every kind.

use super::{KindCount, SignalKind};

/// The places each kind has before any kind gets more.
pub const PER_KIND: usize = 3;

/// At most `shown` of `found` (most severe first), grouped by kind, and how
/// many of each kind there are, in the order of each kind's first signal.
pub fn pick<T>(
    found: Vec<T>,
    shown: usize,
    kind: impl Fn(&T) -> SignalKind,
) -> (Vec<T>, Vec<KindCount>) {
    let mut counts: Vec<KindCount> = Vec::new();
    // Each signal's kind, as its place in `counts`, and its rank in its kind.
    let mut ranked = Vec::with_capacity(found.len());
    for signal in &found {
        let kind = kind(signal);
        let group = match counts.iter().position(|c| c.kind == kind) {
            Some(group) => group,
            None => {
                counts.push(KindCount { kind, count: 0 });
                counts.len() - 1
            }
        };
        ranked.push((group, counts[group].count));
        counts[group].count += 1;
    }
    let mut chosen = vec![false; found.len()];
    let mut left = shown;
    // Each kind in turn, its first few; then the most severe of the rest.
    for group in 0..counts.len() {
        for (i, (of, rank)) in ranked.iter().enumerate() {
            if left > 0 && *of == group && *rank < PER_KIND {
                chosen[i] = true;
                left -= 1;
            }
        }
    }
    for choice in chosen.iter_mut().filter(|choice| !**choice) {
        if left == 0 {
            break;
        }
        *choice = true;
        left -= 1;
    }
    let mut picked: Vec<(usize, T)> = found
        .into_iter()
        .zip(ranked)
        .zip(chosen)
        .filter_map(|((signal, (group, _)), choice)| choice.then_some((group, signal)))
        .collect();
    // Stable: within a kind, the signals keep their order.
    picked.sort_by_key(|(group, _)| *group);
    (
        picked.into_iter().map(|(_, signal)| signal).collect(),
        counts,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use SignalKind::{
        OneSidedGiving as One, StrandedCredits as Stranded, Unacknowledged as Thanks,
    };

    /// A signal as the tests make them: its kind and a number to tell it by.
    type Found = (SignalKind, u32);

    fn kinds(found: &[Found], shown: usize) -> (Vec<Found>, Vec<(SignalKind, usize)>) {
        let (picked, counts) = pick(found.to_vec(), shown, |s| s.0);
        (
            picked,
            counts.into_iter().map(|c| (c.kind, c.count)).collect(),
        )
    }

    #[test]
    fn a_kind_with_thousands_leaves_room_for_the_others() {
        let mut found: Vec<Found> = (0..1000).map(|n| (One, n)).collect();
        found.insert(500, (Stranded, 1));
        found.push((Thanks, 2));
        found.push((Thanks, 3));
        let (picked, counts) = kinds(&found, 12);
        assert_eq!(counts, [(One, 1000), (Stranded, 1), (Thanks, 2)]);
        assert_eq!(picked.len(), 12);
        assert_eq!(&picked[..3], [(One, 0), (One, 1), (One, 2)]);
        // The places left over went to the next most severe, kept with their kind.
        assert_eq!(picked[3..9].iter().filter(|s| s.0 == One).count(), 6);
        assert_eq!(&picked[9..], [(Stranded, 1), (Thanks, 2), (Thanks, 3)]);
    }

    #[test]
    fn each_kind_in_turn_has_its_places_while_they_last() {
        // The first kind's later signals come after every other kind's.
        let mut found = vec![(One, 0)];
        for kind in SignalKind::ALL.into_iter().filter(|k| *k != One) {
            found.extend((0..3).map(|n| (kind, n)));
        }
        found.extend([(One, 1), (One, 2)]);
        let (picked, _) = kinds(&found, 12);
        assert_eq!(&picked[..3], [(One, 0), (One, 1), (One, 2)]);
        assert_eq!(picked.len(), 12);
    }

    #[test]
    fn fewer_than_shown_are_all_shown_and_none_at_all_is_empty() {
        let found = [(Thanks, 1), (One, 2), (Thanks, 3)];
        assert_eq!(kinds(&found, 12).0, [(Thanks, 1), (Thanks, 3), (One, 2)]);
        assert_eq!(kinds(&[], 12), (vec![], vec![]));
    }
}
