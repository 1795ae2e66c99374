//! CUBIC (RFC 9438): the window's growth in congestion avoidance, its
//! multiplicative decrease with β_cubic = 0.7, fast convergence and the
//! timeout. Slow start is RFC 5681's (HyStart++, §4.10's SHOULD, is off:
//! the RFC allows Reno's slow start), and loss recovery is NewReno's.
//!
//! All in integers, on the simulated clock: windows in bytes (the RFC
//! counts segments; a window of w bytes is w / SMSS segments), times in
//! milliseconds, C = 4/10, β_cubic = 7/10, α_cubic = 3(1 − β)/(1 + β) =
//! 9/17. Each value is the exact rational result rounded down, so that a
//! conformance scenario can write it from the equations.

use super::Endpoint;
use crate::note::Note;
use crate::time::Instant;
use core::time::Duration;

/// β_cubic (§4.6), as a fraction: 7/10.
const BETA: (u64, u64) = (7, 10);
/// (1 + β_cubic) / 2 (§4.7), as a fraction: 17/20.
const FAST_CONVERGENCE: (u64, u64) = (17, 20);
/// α_cubic = 3 · (1 − β_cubic) / (1 + β_cubic) (§4.3): 9/17.
const ALPHA: (u64, u64) = (9, 17);

/// CUBIC's variables for one connection (§4.1.2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Cubic {
    /// W_max, bytes: cwnd just before the last reduction (less with fast
    /// convergence); 0 before any, and after a timeout (§4.8: the next
    /// stage takes its own start as W_max).
    pub(super) w_max: u32,
    /// cwnd_prior, bytes: cwnd when ssthresh was last set (§4.3's switch
    /// of α_cubic to 1).
    pub(super) cwnd_prior: u32,
    /// The current congestion avoidance stage, once its first ACK came.
    pub(super) epoch: Option<Epoch>,
    /// Whole segments of cwnd last told (a note per segment gained).
    told: u32,
}

/// A congestion avoidance stage (§4.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Epoch {
    /// t_epoch.
    pub(super) start: Instant,
    /// K, in milliseconds.
    pub(super) k: u64,
    /// W_est, bytes (§4.3).
    pub(super) w_est: u32,
}

/// Which of §4.3–§4.5's regions an ACK found CUBIC in.
enum Region {
    RenoFriendly,
    Concave,
    Convex,
}

/// ⌊∛x⌋.
fn icbrt(x: u128) -> u64 {
    let (mut lo, mut hi) = (0u64, 1u64 << 42);
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        let m = u128::from(mid);
        if m * m * m <= x {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

/// K = ∛((W_max − cwnd_epoch) / C) seconds (§4.2, Figure 2), in whole
/// milliseconds: with windows in bytes, ∛((W_max − cwnd_epoch) · 2.5 ·
/// 10⁹ / SMSS) ms.
pub fn cubic_k(w_max: u32, cwnd_epoch: u32, smss: u32) -> Duration {
    let delta = u128::from(w_max.saturating_sub(cwnd_epoch));
    Duration::from_millis(icbrt(delta * 2_500_000_000 / u128::from(smss.max(1))))
}

/// W_cubic(t) = C · (t − K)³ + W_max (§4.2, Figure 1), in bytes: W_max +
/// SMSS · 4 · (t − K)³ / 10¹⁰ with t and K in milliseconds, rounded down
/// (and kept within 0 and u32::MAX).
pub fn w_cubic(w_max: u32, k: Duration, t: Duration, smss: u32) -> u32 {
    // A day bounds |t − K|: far beyond any window a u32 holds.
    let ms = |d: Duration| d.as_millis().min(86_400_000);
    let (t, k) = (ms(t), ms(k));
    const SCALE: u128 = 10_000_000_000;
    let cube = |d: u128| u128::from(smss) * 4 * d * d * d;
    let w = if t >= k {
        u128::from(w_max) + cube(t - k) / SCALE
    } else {
        // Rounded down: the part below W_max rounded up.
        u128::from(w_max).saturating_sub(cube(k - t).div_ceil(SCALE))
    };
    u32::try_from(w).unwrap_or(u32::MAX)
}

/// `x · n / d`, in u64, within u32.
fn times((n, d): (u64, u64), x: u32) -> u32 {
    u32::try_from(u64::from(x) * n / d).unwrap_or(u32::MAX)
}

impl Endpoint {
    /// A new ACK in congestion avoidance (§4.2–§4.5): W_est grows by
    /// α_cubic · acked · SMSS / cwnd; if W_cubic(t) < W_est, cwnd = W_est
    /// (Reno-friendly); otherwise cwnd grows by (target − cwnd) · acked /
    /// cwnd, target = W_cubic(t + RTT) held within [cwnd, 1.5 · cwnd].
    pub(super) fn cubic_avoidance(&mut self, acked: u32, smss: u32) {
        let cwnd = self.cc.cwnd.max(1);
        let epoch = match self.cc.cubic.epoch {
            Some(epoch) => epoch,
            None => self.cubic_epoch(cwnd, smss),
        };
        let t = self.now.saturating_since(epoch.start);
        let rtt = self.srtt.unwrap_or(self.rto);
        let cubic = &mut self.cc.cubic;
        // §4.3: α_cubic is 1 once W_est reached cwnd_prior.
        let alpha = if epoch.w_est >= cubic.cwnd_prior {
            (1, 1)
        } else {
            ALPHA
        };
        let gain = u64::from(acked) * u64::from(smss) * alpha.0 / (alpha.1 * u64::from(cwnd));
        let w_est = epoch
            .w_est
            .saturating_add(u32::try_from(gain).unwrap_or(u32::MAX));
        cubic.epoch = Some(Epoch { w_est, ..epoch });
        let w_max = cubic.w_max;
        let now_cubic = w_cubic(w_max, Duration::from_millis(epoch.k), t, smss);
        let (next, target, region) = if now_cubic < w_est {
            (w_est.max(cwnd), w_est, Region::RenoFriendly)
        } else {
            let k = Duration::from_millis(epoch.k);
            let target = w_cubic(w_max, k, t + rtt, smss).clamp(cwnd, times((3, 2), cwnd));
            let gain = u64::from(target - cwnd) * u64::from(acked) / u64::from(cwnd);
            let next = cwnd.saturating_add(u32::try_from(gain).unwrap_or(u32::MAX));
            let region = if cwnd < w_max {
                Region::Concave
            } else {
                Region::Convex
            };
            (next, target, region)
        };
        self.cc.cwnd = next;
        let whole = next / smss;
        if whole <= self.cc.cubic.told {
            return;
        }
        self.cc.cubic.told = whole;
        self.note(match region {
            Region::RenoFriendly => Note::CubicRenoFriendly {
                w_cubic: now_cubic,
                cwnd: next,
            },
            Region::Concave => Note::CubicConcave {
                t,
                target,
                w_max,
                cwnd: next,
            },
            Region::Convex => Note::CubicConvex {
                t,
                target,
                w_max,
                cwnd: next,
            },
        });
    }

    /// §4.2: the first ACK of a congestion avoidance stage starts it:
    /// t_epoch = now, cwnd_epoch = cwnd, W_est = cwnd_epoch (§4.3), and K
    /// from W_max; with no W_max above cwnd (no loss yet, or after a
    /// timeout, §4.8), W_max = cwnd_epoch and K = 0.
    fn cubic_epoch(&mut self, cwnd: u32, smss: u32) -> Epoch {
        let cubic = &mut self.cc.cubic;
        if cubic.w_max <= cwnd {
            cubic.w_max = cwnd;
        }
        let k = cubic_k(cubic.w_max, cwnd, smss);
        let epoch = Epoch {
            start: self.now,
            k: u64::try_from(k.as_millis()).unwrap_or(u64::MAX),
            w_est: cwnd,
        };
        cubic.epoch = Some(epoch);
        cubic.told = cwnd / smss;
        let w_max = cubic.w_max;
        self.note(Note::CubicEpoch { cwnd, w_max, k });
        epoch
    }

    /// The third duplicate ACK (§4.6, §4.7): fast convergence lowers W_max
    /// when cwnd fell short of it, W_max = cwnd otherwise; cwnd_prior =
    /// cwnd; the stage ends. Returns ssthresh = max(FlightSize · β_cubic,
    /// 2·SMSS).
    pub(super) fn cubic_decrease(&mut self, flight: u32, smss: u32) -> u32 {
        let cwnd = self.cc.cwnd;
        let cubic = &mut self.cc.cubic;
        cubic.cwnd_prior = cwnd;
        cubic.epoch = None;
        if cwnd < cubic.w_max {
            let w_max = times(FAST_CONVERGENCE, cwnd);
            cubic.w_max = w_max;
            self.note(Note::CubicFastConvergence { cwnd, w_max });
        } else {
            cubic.w_max = cwnd;
        }
        times(BETA, flight).max(2 * smss)
    }

    /// §4.8: ssthresh with β_cubic, as at a loss (cwnd is RFC 5681's LW).
    pub(super) fn cubic_decrease_on_timeout(&mut self, flight: u32, smss: u32) -> u32 {
        self.cc.cubic.cwnd_prior = self.cc.cwnd;
        times(BETA, flight).max(2 * smss)
    }

    /// §4.8: after a timeout the next stage takes K = 0 and W_max = its
    /// own cwnd_epoch.
    pub(super) fn cubic_forget(&mut self) {
        self.cc.cubic.w_max = 0;
        self.cc.cubic.epoch = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cubic_k_is_the_cube_root_of_the_window_to_regain_over_c() {
        // W_max − cwnd_epoch = 3 segments: K = ∛(3 / 0.4) s = ∛7.5 s =
        // 1.957 s.
        assert_eq!(cubic_k(10_000, 7_000, 1000), Duration::from_millis(1957));
        // 10 segments: ∛25 s = 2.924 s.
        assert_eq!(cubic_k(20_000, 10_000, 1000), Duration::from_millis(2924));
        assert_eq!(cubic_k(7_000, 10_000, 1000), Duration::ZERO);
    }

    #[test]
    fn w_cubic_is_w_max_at_k_below_it_before_and_above_it_after() {
        let k = Duration::from_millis(2000);
        assert_eq!(w_cubic(10_000, k, k, 1000), 10_000);
        // t − K = −1 s: W_max − 0.4 segments = 10000 − 400.
        assert_eq!(w_cubic(10_000, k, Duration::from_millis(1000), 1000), 9_600);
        // t − K = +2 s: W_max + 0.4 · 8 segments = 10000 + 3200.
        assert_eq!(
            w_cubic(10_000, k, Duration::from_millis(4000), 1000),
            13_200
        );
        // At t = 0 it starts from cwnd_epoch: 10000 − 0.4 · 8 = 6800.
        assert_eq!(w_cubic(10_000, k, Duration::ZERO, 1000), 6_800);
    }

    #[test]
    fn w_cubic_never_overflows() {
        let far = Duration::from_secs(1 << 40);
        assert_eq!(w_cubic(u32::MAX, Duration::ZERO, far, u32::MAX), u32::MAX);
        assert_eq!(w_cubic(0, far, Duration::ZERO, u32::MAX), 0);
        // The largest argument cubic_k can make.
        let x = u128::from(u32::MAX) * 2_500_000_000;
        let r = u128::from(icbrt(x));
        assert!(r * r * r <= x && (r + 1) * (r + 1) * (r + 1) > x);
    }

    #[test]
    fn icbrt_rounds_down() {
        for (x, r) in [
            (0u128, 0u64),
            (1, 1),
            (7, 1),
            (8, 2),
            (26, 2),
            (27, 3),
            (999_999, 99),
            (1_000_000, 100),
        ] {
            assert_eq!(icbrt(x), r, "{x}");
        }
    }
}
