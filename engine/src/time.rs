//! Simulated time. The engine never reads a clock: every input carries `now`.

use core::fmt;
use core::ops::Add;
use core::time::Duration;
use serde::{Deserialize, Serialize};

/// A point on the simulated clock, in milliseconds since the session began.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Instant(u64);

impl Instant {
    /// The moment a session starts.
    pub const ZERO: Instant = Instant(0);

    /// The instant `ms` milliseconds after the start.
    pub fn from_millis(ms: u64) -> Instant {
        Instant(ms)
    }

    /// Milliseconds since the start.
    pub fn as_millis(self) -> u64 {
        self.0
    }

    /// Time from `earlier` to `self`, zero if `earlier` is later.
    pub fn saturating_since(self, earlier: Instant) -> Duration {
        Duration::from_millis(self.0.saturating_sub(earlier.0))
    }
}

impl Add<Duration> for Instant {
    type Output = Instant;
    fn add(self, d: Duration) -> Instant {
        // Durations come from u32 counts of minutes at most, far from overflow;
        // saturate anyway so a hostile value cannot wrap the clock.
        let ms = u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
        Instant(self.0.saturating_add(ms))
    }
}

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", format_duration(Duration::from_millis(self.0)))
    }
}

/// Whether a scenario can write `d` as one DURATION: a NUMBER (at most
/// 4294967295) of `ms`, `s` or `m`.
pub fn writable(d: Duration) -> bool {
    let ms = d.as_millis();
    let max = u128::from(u32::MAX);
    ms <= max
        || (ms.is_multiple_of(1000) && ms / 1000 <= max)
        || (ms.is_multiple_of(60_000) && ms / 60_000 <= max)
}

/// `d` as durations a scenario can write, in order: whole minutes (in
/// chunks of at most 4294967295), then the milliseconds left.
pub fn writable_parts(d: Duration) -> Vec<Duration> {
    if writable(d) {
        return vec![d];
    }
    let ms = d.as_millis();
    let (mut minutes, rest) = (ms / 60_000, ms % 60_000);
    let mut parts = Vec::new();
    while minutes > 0 {
        let chunk = minutes.min(u128::from(u32::MAX));
        parts.push(Duration::from_secs(60 * chunk as u64));
        minutes -= chunk;
    }
    if rest > 0 {
        parts.push(Duration::from_millis(rest as u64));
    }
    parts
}

/// Writes a duration the way scenario files do (and can read back):
/// `300ms`, `1s`, `2m`, `1250ms`.
pub fn format_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms == 0 {
        "0ms".to_string()
    } else if ms.is_multiple_of(60_000) {
        format!("{}m", ms / 60_000)
    } else if ms.is_multiple_of(1000) {
        format!("{}s", ms / 1000)
    } else {
        format!("{ms}ms")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_durations_a_scenario_can_write_are_writable() {
        assert!(writable(Duration::from_millis(u64::from(u32::MAX))));
        assert!(writable(Duration::from_secs(60) * u32::MAX));
        let odd = Duration::from_secs(60) * u32::MAX + Duration::from_millis(50);
        assert!(!writable(odd));
        let parts = writable_parts(odd);
        assert!(parts.iter().all(|p| writable(*p)));
        assert_eq!(parts.iter().sum::<Duration>(), odd);
    }

    #[test]
    fn durations_print_in_scenario_units() {
        assert_eq!(format_duration(Duration::from_millis(300)), "300ms");
        assert_eq!(format_duration(Duration::from_millis(60_000)), "1m");
        assert_eq!(format_duration(Duration::from_millis(3000)), "3s");
        assert_eq!(format_duration(Duration::from_millis(1250)), "1250ms");
    }
}
