//! Congestion control per connection: RFC 5681 (slow start with
//! appropriate byte counting, RFC 3465 with L = 1·SMSS; congestion
//! avoidance; the timeout's window; fast retransmit and fast recovery;
//! restart after idle), limited transmit (RFC 3042) and NewReno's
//! recovery (RFC 6582); CUBIC's window (RFC 9438) in `cubic.rs`, behind
//! the seam of [`Endpoint::grow`], [`Endpoint::fast_retransmit`] and
//! [`Endpoint::congestion_on_timeout`]. Windows count bytes, as the RFCs
//! do.
//!
//! Every decision is a [`Note`]; [`Endpoint::flush`] sends at most
//! min(cwnd, SND.WND) beyond SND.UNA (plus limited transmit's allowance).

use super::{Endpoint, Tcb};
use crate::note::{Note, Reason, Seq};
use crate::segment::{Flags, Segment};
use crate::seq::SeqNum;
use crate::time::Instant;
use serde::{Deserialize, Serialize};

/// Which congestion control a connection runs (`SIDE.cc`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CongestionControl {
    /// None: only the peer's window limits the sender (the default, so
    /// that scenarios written before it keep their meaning).
    #[default]
    Off,
    /// RFC 5681: slow start, congestion avoidance, fast retransmit and
    /// fast recovery; the first new ACK ends recovery.
    Reno,
    /// RFC 6582: Reno whose recovery lasts until everything sent before
    /// it is acknowledged, each partial ACK resending the next hole.
    NewReno,
    /// RFC 9438: CUBIC's window in congestion avoidance, its
    /// multiplicative decrease (β_cubic = 0.7) and fast convergence, with
    /// NewReno's loss recovery and RFC 5681's slow start (HyStart++ off).
    Cubic,
}

impl CongestionControl {
    /// Every algorithm, in the order the scenario language lists them.
    pub const ALL: [CongestionControl; 4] = [
        CongestionControl::Off,
        CongestionControl::Reno,
        CongestionControl::NewReno,
        CongestionControl::Cubic,
    ];

    /// The name the scenario language uses (`off`, `reno`, `newreno`,
    /// `cubic`).
    pub fn name(self) -> &'static str {
        match self {
            CongestionControl::Off => "off",
            CongestionControl::Reno => "reno",
            CongestionControl::NewReno => "newreno",
            CongestionControl::Cubic => "cubic",
        }
    }

    /// Loss recovery lasts until `recover` is acknowledged (RFC 6582):
    /// NewReno's, which CUBIC uses too (RFC 9438 §4.6 leaves recovery to
    /// the sender's loss recovery).
    fn recovers_to_recover(self) -> bool {
        match self {
            CongestionControl::NewReno | CongestionControl::Cubic => true,
            CongestionControl::Off | CongestionControl::Reno => false,
        }
    }

    /// The algorithm named `name`.
    pub fn from_name(name: &str) -> Option<CongestionControl> {
        CongestionControl::ALL
            .into_iter()
            .find(|c| c.name() == name)
    }
}

/// Congestion control as a student sees it (the snapshot carries it, so
/// that it can be drawn over time).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CongestionView {
    /// The congestion window, in bytes.
    pub cwnd: u32,
    /// The slow start threshold, in bytes.
    pub ssthresh: u32,
    /// FlightSize: bytes sent and not yet acknowledged (SND.NXT − SND.UNA).
    pub flight: u32,
    /// In fast recovery.
    pub recovery: bool,
    /// Duplicate ACKs counted in a row (RFC 5681 §2).
    pub dupacks: u32,
}

/// The variables of RFC 5681 and RFC 6582 for one connection.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Congestion {
    /// Set when the connection is synchronized with an algorithm chosen.
    pub active: bool,
    pub cwnd: u32,
    pub ssthresh: u32,
    /// RFC 3465 §2.1's bytes_acked, in congestion avoidance.
    pub bytes_acked: u32,
    pub dupacks: u32,
    /// Bytes limited transmit sent since the last new ACK: left out of
    /// FlightSize for ssthresh at the third duplicate ACK (§3.2 step 2).
    pub limited: u32,
    pub recovery: bool,
    /// RFC 6582's `recover`: the highest sequence number sent when
    /// recovery began (or at the last timeout).
    pub recover: SeqNum,
    /// The retransmission timer fired since the last new ACK: at the next
    /// timeout ssthresh is held (RFC 5681 §3.1).
    pub timed_out: bool,
    /// When data was last sent (restart after idle, §4.1).
    pub last_sent: Instant,
    /// Go-back-N after a timeout: the end of what was sent before it (the
    /// octets from `resent_to` to here count as lost and go again as the
    /// window allows), until an ACK reaches it.
    pub go_back: Option<SeqNum>,
    /// Go-back-N: the next octet to send again.
    pub resent_to: SeqNum,
    /// CUBIC's variables (RFC 9438), when it runs.
    pub cubic: super::cubic::Cubic,
}

/// RFC 5681 §3.1: "ssthresh SHOULD be set arbitrarily high (e.g., to the
/// size of the largest possible advertised window)": 65535 bytes, since
/// this TCP does not scale its window.
pub const INITIAL_SSTHRESH: u32 = u16::MAX as u32;

/// The largest initial window the `iw` setting takes, in segments.
pub const MAX_IW: u32 = 1000;

/// RFC 5681 §3.1 equation (3): the initial window for a sender's SMSS.
pub fn initial_window(smss: u32) -> u32 {
    let segments = match smss {
        2191.. => 2,
        1096..=2190 => 3,
        _ => 4,
    };
    smss.saturating_mul(segments)
}

impl Endpoint {
    /// Whether congestion control limits this connection now.
    pub(super) fn cc_on(&self) -> bool {
        self.cc.active && self.config.cc != CongestionControl::Off
    }

    /// The snapshot's view, when congestion control runs.
    pub fn congestion(&self) -> Option<CongestionView> {
        self.cc_on().then(|| CongestionView {
            cwnd: self.cc.cwnd,
            ssthresh: self.cc.ssthresh,
            flight: self.flight(),
            recovery: self.cc.recovery,
            dupacks: self.cc.dupacks,
        })
    }

    /// FlightSize (RFC 5681 §2). After a timeout, until go-back-N has
    /// sent everything again, what was sent before the timeout and not
    /// sent again counts as lost, not in flight.
    pub(super) fn flight(&self) -> u32 {
        let una = self.tcb.snd_una;
        match self.cc.go_back {
            Some(_) if self.cc_on() && una.lt(self.cc.resent_to) => self.cc.resent_to.since(una),
            Some(_) if self.cc_on() => 0,
            _ => self.tcb.snd_nxt.since(una),
        }
    }

    /// Starts congestion control on a synchronized connection: the
    /// initial window (RFC 5681 §3.1, or the `iw` setting, RFC 6928).
    pub(super) fn start_congestion_control(&mut self) {
        if self.config.cc == CongestionControl::Off {
            self.cc.active = false;
            return;
        }
        let smss = self.send_mss().max(1);
        // Never below 2·SMSS, however large a segment (equation (4)'s floor).
        let ssthresh = INITIAL_SSTHRESH.max(smss.saturating_mul(2));
        let (cwnd, note) = if self.syn_timed_out {
            // "the initial window used by a sender after a correctly
            // transmitted SYN MUST be one segment"
            (smss, Note::InitialWindowSynLost { cwnd: smss })
        } else {
            let cwnd = self.iw(smss);
            match self.config.iw {
                Some(segments) => (cwnd, Note::InitialWindowSet { segments, cwnd }),
                None => (cwnd, Note::InitialWindow { cwnd, ssthresh }),
            }
        };
        self.cc = super::Congestion {
            active: true,
            cwnd,
            ssthresh,
            // RFC 6582 §3.2: "recover is set to the initial send sequence
            // number" (what is acknowledged so far, less one).
            recover: self.tcb.snd_una - 1,
            last_sent: self.now,
            ..super::Congestion::default()
        };
        self.note(note);
    }

    /// IW: the `iw` setting's segments, or RFC 5681 §3.1 equation (3).
    fn iw(&self, smss: u32) -> u32 {
        match self.config.iw {
            Some(segments) => smss.saturating_mul(segments.max(1)),
            None => initial_window(smss),
        }
    }

    /// How many more bytes beyond SND.NXT the congestion window lets go
    /// now, and how many of them only limited transmit allows (RFC 3042:
    /// one segment per duplicate ACK, two at most, cwnd unchanged). `None`
    /// when congestion control is off.
    pub(super) fn cwnd_room(&self) -> Option<(u32, u32)> {
        if !self.cc_on() {
            return None;
        }
        if let Some(room) = self.sack_room() {
            return Some(room);
        }
        let smss = self.send_mss().max(1);
        let extra = if self.cc.recovery {
            0
        } else {
            self.cc.dupacks.min(2) * smss
        };
        let flight = self.flight();
        let room = self.cc.cwnd.saturating_add(extra).saturating_sub(flight);
        Some((room, room.min(extra)))
    }

    /// RFC 5681 §4.1, before new data goes out with nothing outstanding:
    /// after an idle time longer than the RTO, cwnd is cut to
    /// RW = min(IW, cwnd).
    pub(super) fn restart_after_idle(&mut self) {
        if !self.cc_on() || self.flight() > 0 {
            return;
        }
        if self.config.cc == CongestionControl::Cubic {
            // RFC 9438 §5.8: with nothing in flight and new data to send,
            // the sender was application-limited, and that time is no time
            // of CUBIC's growth: the next ACK in congestion avoidance starts
            // a new stage.
            self.cc.cubic.epoch = None;
        }
        let idle = self.now.saturating_since(self.cc.last_sent);
        if idle <= self.rto {
            return;
        }
        let iw = self.iw(self.send_mss().max(1));
        if iw < self.cc.cwnd {
            self.cc.cwnd = iw;
            self.note(Note::IdleRestart { idle, cwnd: iw });
        }
    }

    /// Data left now (restart after idle counts from here).
    pub(super) fn data_sent(&mut self) {
        self.cc.last_sent = self.now;
    }

    /// What an acceptable ACK does to the congestion state, with the TCB
    /// as it was before the segment arrived.
    pub(super) fn congestion_on_ack(&mut self, seg: &Segment, before: &Tcb) {
        if !self.cc_on() {
            return;
        }
        if self.sack_active() {
            // RFC 6675's recovery in place of RFC 5681's (`sack.rs`).
            self.sack_on_ack(seg, before);
            return;
        }
        let smss = self.send_mss().max(1);
        if before.snd_una.lt(seg.ack) {
            // The SYN's octet is no data.
            let syn = u32::from(before.snd_una == self.tcb.iss);
            let acked = seg.ack.since(before.snd_una).saturating_sub(syn);
            self.cc.dupacks = 0;
            self.cc.limited = 0;
            self.cc.timed_out = false;
            if let Some(end) = self.cc.go_back {
                if self.cc.resent_to.lt(seg.ack) {
                    self.cc.resent_to = seg.ack;
                }
                if !seg.ack.lt(end) {
                    self.cc.go_back = None;
                }
            }
            if self.cc.recovery {
                self.recovery_ack(seg.ack, acked, smss);
            } else if acked > 0 {
                self.grow(acked, smss);
            }
        } else if is_duplicate(seg, before) {
            self.cc.dupacks = self.cc.dupacks.saturating_add(1);
            let count = self.cc.dupacks;
            if self.cc.recovery {
                // §3.2 step 4: each further duplicate ACK inflates cwnd.
                self.cc.cwnd = self.cc.cwnd.saturating_add(smss);
                self.note(Note::FastRecoveryInflate {
                    count,
                    cwnd: self.cc.cwnd,
                });
            } else if count == 3 {
                self.fast_retransmit(seg.ack, smss);
            } else {
                self.note(Note::DuplicateAckCounted { count });
            }
        }
    }

    /// Slow start (RFC 5681 equation (2), byte counting with L = 1·SMSS)
    /// or congestion avoidance (RFC 3465 §2.1).
    pub(super) fn grow(&mut self, acked: u32, smss: u32) {
        let cc = &mut self.cc;
        if cc.cwnd < cc.ssthresh {
            cc.cwnd = cc.cwnd.saturating_add(acked.min(smss));
            let (cwnd, ssthresh) = (cc.cwnd, cc.ssthresh);
            self.note(Note::SlowStart { acked, cwnd });
            if cwnd >= ssthresh {
                self.cc.bytes_acked = 0;
                self.note(Note::SlowStartEnds { cwnd, ssthresh });
            }
            return;
        }
        if self.config.cc == CongestionControl::Cubic {
            self.cubic_avoidance(acked, smss);
            return;
        }
        cc.bytes_acked = cc.bytes_acked.saturating_add(acked);
        if cc.bytes_acked >= cc.cwnd {
            cc.bytes_acked -= cc.cwnd;
            cc.cwnd = cc.cwnd.saturating_add(smss);
            let cwnd = cc.cwnd;
            self.note(Note::CongestionAvoidance { cwnd });
        }
    }

    /// The third duplicate ACK (RFC 5681 §3.2 steps 2 and 3; RFC 6582
    /// §3.2 step 1 first asks whether it covers more than `recover`).
    fn fast_retransmit(&mut self, ack: SeqNum, smss: u32) {
        if self.config.cc.recovers_to_recover() && !self.cc.recover.lt(ack) {
            self.note(Note::RecoverNotCovered {
                recover: Seq::own(self.cc.recover),
            });
            return;
        }
        let flight = self.flight().saturating_sub(self.cc.limited);
        let cubic = self.config.cc == CongestionControl::Cubic;
        let ssthresh = if cubic {
            self.cubic_decrease(flight, smss)
        } else {
            (flight / 2).max(2 * smss)
        };
        let cwnd = ssthresh.saturating_add(3 * smss);
        self.cc.ssthresh = ssthresh;
        self.cc.cwnd = cwnd;
        self.cc.recovery = true;
        self.cc.recover = self.tcb.snd_nxt - 1;
        self.note(if cubic {
            Note::CubicDecrease {
                flight,
                ssthresh,
                cwnd,
            }
        } else {
            Note::FastRetransmit {
                flight,
                ssthresh,
                cwnd,
            }
        });
        self.resend_head();
    }

    /// A new ACK in fast recovery: Reno leaves it (RFC 5681 §3.2 step 6);
    /// NewReno leaves it on a full ACK and resends the next hole on a
    /// partial one (RFC 6582 §3.2 step 3).
    fn recovery_ack(&mut self, ack: SeqNum, acked: u32, smss: u32) {
        if self.config.cc.recovers_to_recover() {
            if self.cc.recover.lt(ack) {
                // Option (1): no burst of the whole ssthresh at once.
                let cwnd = self
                    .cc
                    .ssthresh
                    .min(self.flight().max(smss).saturating_add(smss));
                self.cc.cwnd = cwnd;
                self.cc.recovery = false;
                self.note(Note::FullAck { cwnd });
                return;
            }
            let mut cwnd = self.cc.cwnd.saturating_sub(acked);
            if acked >= smss {
                cwnd = cwnd.saturating_add(smss);
            }
            self.cc.cwnd = cwnd;
            self.note(Note::PartialAck { acked, cwnd });
            self.resend_head();
            return;
        }
        self.cc.cwnd = self.cc.ssthresh;
        self.cc.recovery = false;
        self.note(Note::FastRecoveryEnds { cwnd: self.cc.cwnd });
    }

    /// RFC 5681 §3.1 equations (4) and (5) when the retransmission timer
    /// fires on data: ssthresh = max(FlightSize / 2, 2·SMSS) (held if this
    /// segment timed out before), cwnd = LW = 1·SMSS; recovery ends
    /// (RFC 6582 §3.2 step 4 records `recover`).
    pub(super) fn congestion_on_timeout(&mut self) {
        if !self.cc_on() {
            return;
        }
        let smss = self.send_mss().max(1);
        let flight = self.flight();
        let again = self.cc.timed_out;
        let cubic = self.config.cc == CongestionControl::Cubic;
        if cubic {
            // RFC 9438 §4.8: the next stage starts afresh, whether or not
            // ssthresh is held.
            self.cubic_forget();
        }
        if !again {
            self.cc.ssthresh = if cubic {
                self.cubic_decrease_on_timeout(flight, smss)
            } else {
                (flight / 2).max(2 * smss)
            };
        }
        self.cc.cwnd = smss;
        self.cc.timed_out = true;
        self.cc.recovery = false;
        self.cc.dupacks = 0;
        self.cc.limited = 0;
        self.cc.bytes_acked = 0;
        self.cc.recover = self.tcb.snd_nxt - 1;
        let (ssthresh, cwnd) = (self.cc.ssthresh, smss);
        self.note(if again {
            Note::TimeoutWindowAgain { ssthresh, cwnd }
        } else if cubic {
            Note::CubicTimeout {
                flight,
                ssthresh,
                cwnd,
            }
        } else {
            Note::TimeoutWindow {
                flight,
                ssthresh,
                cwnd,
            }
        });
        self.sack_on_timeout();
    }

    /// Go-back-N after the timer sent the oldest segment again (its end
    /// `resent_end`): RFC 5681 §3.1's slow start "after a retransmission
    /// timeout" resends what follows it, from SND.UNA on, as cwnd lets it,
    /// rather than waiting for a timeout per hole. The octets sent before
    /// the timeout count as lost (not in flight) until sent again or
    /// acknowledged; an ACK that covers some of them (the receiver held
    /// them) moves the resending past them. With congestion control off
    /// nothing changes: each hole waits for its own timeout. With SACK
    /// agreed, RFC 6675 §5.1 chooses what goes again instead (the
    /// scoreboard knows what the receiver holds).
    pub(super) fn go_back_after_timeout(&mut self, resent_end: SeqNum) {
        if !self.cc_on() || self.sack_active() {
            return;
        }
        let end = self.tcb.snd_nxt;
        if !resent_end.lt(end) {
            self.cc.go_back = None;
            return;
        }
        self.cc.go_back = Some(end);
        self.cc.resent_to = resent_end;
        self.note(Note::GoBackN {
            from: Seq::own(resent_end),
            to: Seq::own(end),
        });
    }

    /// Go-back-N: sends again, oldest first, the segments sent before the
    /// timeout that cwnd now has room for (each whole, as when first
    /// sent). Returns whether it sent any, and whether it still holds
    /// segments back (new data waits behind them).
    pub(super) fn go_back_n(&mut self) -> (bool, bool) {
        let mut sent = false;
        while let Some(end) = self.cc.go_back {
            if !self.cc_on() || !self.cc.resent_to.lt(end) {
                self.cc.go_back = None;
                break;
            }
            let from = self.cc.resent_to;
            let room = self.cwnd_room().map_or(0, |(room, _)| room);
            let Some(next) = self.retransmit_queue.iter_mut().find(|u| from.lt(u.end())) else {
                self.cc.go_back = None;
                break;
            };
            if next.len() > room {
                return (sent, true);
            }
            // Karn: no RTT sample from a segment sent twice.
            next.retransmits = next.retransmits.max(1);
            let (seq, syn, payload, fin, to) = (
                next.seq,
                next.syn,
                next.payload.clone(),
                next.fin,
                next.end(),
            );
            self.cc.resent_to = to;
            let seg = self.form(seq, syn, payload, fin);
            self.transmit(seg, Reason::GoBackN);
            self.data_sent();
            sent = true;
        }
        (sent, false)
    }

    /// Sends the oldest unacknowledged segment again, without waiting for
    /// the timer.
    fn resend_head(&mut self) {
        let Some(head) = self.retransmit_queue.front_mut() else {
            return;
        };
        // Karn: no RTT sample from a segment sent twice.
        head.retransmits = head.retransmits.max(1);
        let (seq, syn, payload, fin) = (head.seq, head.syn, head.payload.clone(), head.fin);
        let seg = self.form(seq, syn, payload, fin);
        self.transmit(seg, Reason::FastRetransmit);
        self.data_sent();
    }
}

/// RFC 5681 §2's duplicate ACK: data outstanding, no data in it, SYN and
/// FIN off, SEG.ACK = SND.UNA and the same window as the last. A zero
/// window is left out: its ACKs answer probes, and no loss is signalled.
fn is_duplicate(seg: &Segment, before: &Tcb) -> bool {
    before.snd_nxt != before.snd_una
        && seg.payload.is_empty()
        && !seg.has(Flags::SYN)
        && !seg.has(Flags::FIN)
        && seg.ack == before.snd_una
        && u32::from(seg.wnd) == before.snd_wnd
        && before.snd_wnd > 0
}
