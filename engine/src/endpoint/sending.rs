//! When queued data goes out: the sender's silly window syndrome avoidance
//! (RFC 9293 §3.8.6.2.1, MUST-38) and the Nagle algorithm (§3.7.4, SHLD-7,
//! switched per connection as MUST-17 requires). Every sending decision
//! of a connection is taken here, in [`Endpoint::flush`].

use super::{Endpoint, TimerKind};
use crate::note::{Note, Reason};
use core::time::Duration;

/// The SWS override timeout (§3.8.6.2.1: "in the range 0.1 - 1.0
/// seconds"): data held this long goes out in a partial segment, in case
/// the receiver's buffer is smaller than the largest window it offered.
/// The middle of the range: longer than the round trips of the default
/// wire, so that in a transfer the ACKs, not the timer, release data.
pub const SWS_OVERRIDE: Duration = Duration::from_millis(500);

/// What to do with the data at the head of the send queue.
enum Decision {
    /// Send a segment: a rule of §3.8.6.2.1 allows it.
    Send,
    /// Send a partial segment: the override timeout occurred (rule 4).
    Override,
    /// Hold it: Nagle waits for the outstanding data's ACK.
    Nagle,
    /// Hold it: sending now would make a silly small segment.
    Sws,
}

impl Endpoint {
    /// The sender's rules of §3.8.6.2.1, with D octets queued, a usable
    /// window U and the effective send MSS. Every SEND is pushed: this TCP
    /// has no PUSH flag on SEND, so it never holds data for want of one
    /// (§3.9.1.2, MUST-60).
    fn decide(&self, queued: u32, usable: u32, mss: u32) -> Decision {
        let fits_all = queued <= usable;
        // (1) A maximum-sized segment can be sent.
        if queued.min(usable) >= mss {
            return Decision::Send;
        }
        // The Nagle algorithm's condition [SND.NXT = SND.UNA] on rules (2)
        // and (3). Data that ends the connection is not held (its FIN
        // follows it at once), as Linux does.
        let closing = self.fin_pending && fits_all;
        if self.config.nagle && self.tcb.snd_nxt != self.tcb.snd_una && !closing {
            return Decision::Nagle;
        }
        // (2) All queued data can be sent now (and it is pushed).
        if fits_all {
            return Decision::Send;
        }
        // (3) At least a fraction Fs = 1/2 of the largest window the peer
        // has offered can be sent.
        if u64::from(usable) * 2 >= u64::from(self.tcb.max_snd_wnd) {
            return Decision::Send;
        }
        // (4) The override timeout occurred.
        if self.sws_override {
            return Decision::Override;
        }
        Decision::Sws
    }

    /// Puts queued data and a pending FIN into segments, within the peer's
    /// window and at most MSS each, as far as the rules above allow.
    /// Returns whether anything was sent.
    pub(super) fn flush(&mut self) -> bool {
        let mut sent_any = false;
        let mut hold = None;
        if self.may_send_data() && !self.send_queue.is_empty() {
            self.restart_after_idle();
        }
        // SACK recovery: lost segments go before new data (RFC 6675 §4).
        self.sack_retransmit(false);
        // After a timeout, what was sent before it goes again first.
        let (resent, going_back) = self.go_back_n();
        sent_any |= resent;
        while self.may_send_data() && !going_back {
            let in_flight = self.tcb.snd_nxt.since(self.tcb.snd_una);
            let usable = self.tcb.snd_wnd.saturating_sub(in_flight);
            let mss = self.send_mss().max(1);
            let queued = u32::try_from(self.send_queue.len()).unwrap_or(u32::MAX);
            let mut n = queued.min(mss).min(usable);
            let cwnd_room = self.cwnd_room();
            if let Some((room, _)) = cwnd_room.filter(|&(room, _)| in_flight == 0 && room > 0) {
                // A window below one segment with nothing in flight (the
                // MSS grew) lets what it holds go: no ACK would ever come
                // to open it.
                n = n.min(room);
            }
            let fin = self.fin_pending && n == queued;
            if n == 0 && !fin {
                if queued > 0 && !sent_any && self.retransmit_queue.is_empty() {
                    self.note(Note::WindowFull {});
                }
                break;
            }
            // The congestion window (RFC 5681 §3.1): a segment goes only
            // whole, so a window that is not a multiple of SMSS does not
            // make small segments (what cwnd leaves over waits for ACKs).
            let mut limited_transmit = false;
            if let Some((room, limited)) = cwnd_room.filter(|_| n > 0) {
                if n > room {
                    hold = Some(Note::CwndFull {
                        cwnd: self.cc.cwnd,
                        // What limits it: pipe while SACK recovery runs.
                        flight: self.sack_room().and(self.pipe()).unwrap_or(in_flight),
                    });
                    break;
                }
                limited_transmit = n > room - limited;
            }
            if n > 0 {
                match self.decide(queued, usable, mss) {
                    Decision::Send => {}
                    Decision::Override => {
                        self.sws_override = false;
                        self.note(Note::SwsOverride {
                            len: n,
                            wait: SWS_OVERRIDE,
                        });
                    }
                    Decision::Nagle => {
                        hold = Some(Note::NagleHold {
                            queued,
                            unacked: in_flight,
                            mss,
                        });
                        break;
                    }
                    Decision::Sws => {
                        hold = Some(Note::SwsHold {
                            usable,
                            mss,
                            threshold: self.tcb.max_snd_wnd / 2,
                        });
                        break;
                    }
                }
            }
            if limited_transmit {
                self.cc.limited = self.cc.limited.saturating_add(n);
                self.note(self.limited_transmit_note());
            }
            let payload = self.send_queue.take(n as usize);
            self.send_new(payload, fin, Reason::Data { len: n, fin });
            sent_any = true;
            if fin {
                break;
            }
        }
        // Then what NextSeg () offers once no new data goes.
        self.sack_retransmit(true);
        self.sws_override = false;
        self.after_hold(hold, sent_any);
        sent_any
    }

    /// Tells a hold (once: the same hold again, after an input that
    /// changed nothing it depends on, is the same decision still standing),
    /// and runs the override timer while SWS avoidance holds data, from the
    /// last segment sent.
    fn after_hold(&mut self, hold: Option<Note>, sent_any: bool) {
        let sws = matches!(hold, Some(Note::SwsHold { .. }));
        let restart = Some(self.now + SWS_OVERRIDE);
        let override_due = if !sws {
            None
        } else if sent_any {
            restart
        } else {
            self.timers.get(TimerKind::SwsOverride).or(restart)
        };
        self.timers.set(TimerKind::SwsOverride, override_due);
        // A full congestion window is told again only when cwnd changed
        // (in congestion avoidance every ACK fills it anew).
        let same = |a: Option<Note>, b: &Note| match (a, b) {
            (Some(Note::CwndFull { cwnd: x, .. }), Note::CwndFull { cwnd: y, .. }) => x == *y,
            (a, b) => a == Some(*b),
        };
        if let Some(note) = hold.filter(|note| !same(self.last_hold, note)) {
            self.note(note);
        }
        self.last_hold = hold;
    }
}
