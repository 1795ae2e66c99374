//! Suggestions for a mistyped name: the known names nearest to it, so that
//! an error can ask "did you mean time-wait-timer?".

/// Most suggestions given.
const MAX_SUGGESTIONS: usize = 3;

/// Names longer than this are compared with none (the distance costs the
/// product of the lengths, and a line may be long).
const MAX_COMPARED: usize = 64;

/// The names in `known` nearest to `found`, best first, at most three: those
/// that hold `found` whole (shortest first), then those the fewest edits
/// away, if that is at most two fifths of `found`'s length (and at least 2).
/// None when nothing is near: a guess far off would mislead.
pub(crate) fn nearest<'a>(found: &str, known: &[&'a str]) -> Vec<&'a str> {
    let len = found.chars().count();
    if len == 0 || len > MAX_COMPARED {
        return Vec::new();
    }
    // ASCII case only: Unicode's case tables cost the first load 8 KB, and
    // every known name is ASCII.
    let lower = found.to_ascii_lowercase();
    let mut holding: Vec<&'a str> = if len >= 3 {
        known
            .iter()
            .copied()
            .filter(|k| k.to_ascii_lowercase().contains(&lower))
            .collect()
    } else {
        Vec::new()
    };
    // Shortest first, stably, by picking: a sort would add kilobytes of code
    // to the first load for a list this short.
    let mut shortest = Vec::with_capacity(holding.len());
    while let Some(i) = (0..holding.len()).min_by_key(|&i| holding[i].chars().count()) {
        shortest.push(holding.remove(i));
    }
    let holding = shortest;
    let limit = (len * 2 / 5).max(2);
    let mut close: Vec<(usize, &'a str)> = known
        .iter()
        .filter(|k| k.chars().count() <= MAX_COMPARED)
        .map(|k| (distance(&lower, &k.to_ascii_lowercase()), *k))
        .filter(|(d, _)| *d <= limit)
        .collect();
    // Only the nearest: a second guess further off is noise.
    let best = close.iter().map(|(d, _)| *d).min();
    close.retain(|(d, _)| Some(*d) == best);
    let mut out: Vec<&'a str> = Vec::new();
    for name in holding.into_iter().chain(close.into_iter().map(|(_, k)| k)) {
        if out.len() == MAX_SUGGESTIONS {
            break;
        }
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Edits (insert, delete, replace, or swap two neighbours) that turn `a`
/// into `b`, counted in characters.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows of the table: two back (for swaps), one back, this one.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
        }
        before = core::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::note::Rule;

    #[test]
    fn edits_count_swaps_as_one() {
        assert_eq!(distance("rst-chalenge", "rst-challenge"), 1);
        assert_eq!(distance("RFC 5691", "RFC 5961"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggestions_are_the_nearest_known_names() {
        let names = Rule::names();
        let near = |found| nearest(found, &names);
        assert_eq!(near("rst-chalenge"), ["rst-challenge"]);
        assert_eq!(
            near("time-wait-restart"),
            ["time-wait-timer", "time-wait-timeout"]
        );
        assert_eq!(near("fin-wait-2"), ["fin-wait-2-acked"]);
        assert_eq!(near("established"), ["close-established"]);
        assert_eq!(near("RFC 5962"), ["RFC 5961"]);
        assert_eq!(near("retransmission"), ["retransmit"]);
        // Nothing near: no guess.
        assert!(near("no-such-rule-xyz").is_empty());
        assert!(near("§9.9.9").is_empty());
        assert!(near("").is_empty());
        assert!(near(&"x".repeat(10_000)).is_empty());
    }
}
