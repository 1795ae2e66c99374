//! Each sender's windows over time, kept by the simulation from its
//! endpoints' state after every input (the endpoint keeps only what its
//! TCP needs now): what the congestion graph draws.

use crate::endpoint::Endpoint;
use crate::log::Log;
use crate::time::Instant;
use serde::{Deserialize, Serialize};

/// Congestion control's variables at one moment (RFC 5681, RFC 6582).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CcSample {
    /// cwnd, in bytes.
    pub cwnd: u32,
    /// ssthresh, in bytes.
    pub ssthresh: u32,
    /// In fast recovery.
    pub recovery: bool,
}

/// One sender's windows from `time` until the next sample.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowSample {
    /// From when.
    pub time: Instant,
    /// FlightSize: SND.NXT − SND.UNA, in bytes (RFC 5681 §2).
    pub flight: u32,
    /// SND.WND: the window the peer last offered, in bytes.
    pub window: u32,
    /// Congestion control's variables, when it runs.
    pub cc: Option<CcSample>,
}

impl WindowSample {
    /// The endpoint's windows now.
    pub fn of(endpoint: &Endpoint, time: Instant) -> WindowSample {
        let tcb = endpoint.tcb();
        let congestion = endpoint.congestion();
        WindowSample {
            time,
            // The engine's own FlightSize: after a timeout, what counts as
            // lost is not in it (as its rules say).
            flight: congestion
                .as_ref()
                .map_or_else(|| tcb.snd_nxt.since(tcb.snd_una), |v| v.flight),
            window: tcb.snd_wnd,
            cc: congestion.map(|v| CcSample {
                cwnd: v.cwnd,
                ssthresh: v.ssthresh,
                recovery: v.recovery,
            }),
        }
    }

    /// The same windows (whenever they were).
    fn same(&self, other: &WindowSample) -> bool {
        (self.flight, self.window, self.cc) == (other.flight, other.window, other.cc)
    }
}

/// One sender's samples, oldest first: a new one only when a window changed.
#[derive(Clone, Debug, Default)]
pub struct WindowHistory {
    samples: Log<WindowSample>,
}

impl WindowHistory {
    /// Records `sample` if a window changed since the last one; keeps at
    /// most `cap` samples (the oldest go), if given.
    pub fn record(&mut self, sample: WindowSample, cap: Option<usize>) {
        if self.samples.last().is_some_and(|last| last.same(&sample)) {
            return;
        }
        self.samples.push(sample);
        if let Some(cap) = cap {
            self.samples.forget_oldest(cap);
        }
    }

    /// The samples kept, oldest first.
    pub fn samples(&self) -> &Log<WindowSample> {
        &self.samples
    }

    /// Forgets what `later` (a later moment of the same history) forgot.
    pub fn forget_like(&mut self, later: &WindowHistory) {
        self.samples.forget_before(later.samples.first_kept());
    }
}
