//! SEGMENT ARRIVES (RFC 9293 §3.10.7), in the RFC's order of checks.

use super::{Endpoint, Held, State, MAX_HELD};
use crate::note::{Note, Reason, Seq, Signal};
use crate::segment::{Flags, Segment};
use crate::seq::SeqNum;
use crate::shared::SharedBytes;
use crate::time::Instant;

/// What is left of an acceptable segment once trimmed to the window: the
/// "idealized segment" of §3.10.7.4 (it may still start beyond RCV.NXT).
struct Trimmed {
    seq: SeqNum,
    payload: SharedBytes,
    fin: bool,
    /// Something beyond the window was cut off: the sender should hear.
    cut_tail: bool,
}

/// Whether a step wants processing to go on or stop here ("and return").
enum Step {
    Continue,
    Return,
}

impl Endpoint {
    /// SEGMENT ARRIVES at `now`.
    pub fn on_segment(&mut self, seg: Segment, now: Instant) {
        self.now = now;
        match self.state {
            State::Closed => self.arrives_closed(&seg),
            State::Listen => self.arrives_listen(seg),
            State::SynSent => self.arrives_syn_sent(seg),
            State::SynReceived
            | State::Established
            | State::FinWait1
            | State::FinWait2
            | State::CloseWait
            | State::Closing
            | State::LastAck
            | State::TimeWait => self.arrives_other(seg),
        }
        self.after_input();
    }

    /// §3.10.7.1: no TCB, so anything but a RST is answered with a RST.
    fn arrives_closed(&mut self, seg: &Segment) {
        if seg.has(Flags::RST) {
            self.note(Note::ClosedRst {});
            return;
        }
        // With no TCB there is no sequence space of ours: the peer's
        // numbers are all this endpoint can speak of.
        self.note(if seg.has(Flags::ACK) {
            Note::ClosedResetAck {
                ack: Seq::own(seg.ack),
            }
        } else {
            Note::ClosedResetNoAck {
                seq: Seq::peer(seg.seq),
                len: seg.seg_len(),
            }
        });
        self.send_reset_for(seg, Reason::ResetNoConnection);
    }

    /// §3.10.7.2.
    fn arrives_listen(&mut self, seg: Segment) {
        // First, check for a RST.
        if seg.has(Flags::RST) {
            self.note(Note::ListenRst {});
            return;
        }
        // Second, check for an ACK: nothing has been sent, so any ACK is bad.
        if seg.has(Flags::ACK) {
            self.note(Note::ListenAck {
                ack: Seq::own(seg.ack),
            });
            self.send_reset_for(&seg, Reason::ResetAckInListen);
            return;
        }
        // Third, check for a SYN.
        if seg.has(Flags::SYN) {
            self.tcb.irs = seg.seq;
            self.irs_known = true;
            self.tcb.rcv_nxt = seg.seq + 1;
            // SND.WND itself is set when the ACK of our SYN arrives; WL1/WL2
            // start here so that any later segment counts as newer.
            self.tcb.snd_wl1 = seg.seq;
            self.tcb.snd_wl2 = seg.ack;
            self.passive = true;
            self.learn_peer_mss(&seg);
            self.hold_text_after_syn(&seg);
            self.set_state(State::SynReceived);
            self.send_syn(Reason::AnswerSyn);
            self.note(Note::ListenSyn {
                irs: Seq::peer(self.tcb.irs),
                rcv_nxt: Seq::peer(self.tcb.rcv_nxt),
                iss: Seq::own(self.tcb.iss),
            });
            return;
        }
        // Fourth, other text or control.
        self.note(Note::ListenOther {});
    }

    /// Text (and a FIN) that came with a SYN is queued for later
    /// (§3.10.7.2), as much as the receive window holds: what lies beyond
    /// it is left for the sender to send again, as for any segment.
    fn hold_text_after_syn(&mut self, seg: &Segment) {
        if !seg.payload.is_empty() || seg.has(Flags::FIN) {
            let room = self.tcb.rcv_wnd as usize;
            let mut payload = seg.payload.clone();
            let mut fin = seg.has(Flags::FIN);
            if payload.len() >= room {
                // Nothing past the window fits, the FIN included.
                payload.truncate(room);
                fin = false;
            }
            self.hold(Held {
                seq: seg.seq + 1,
                payload,
                fin,
            });
            self.note(Note::SynTextHeld {});
        }
    }

    /// §3.10.7.3.
    fn arrives_syn_sent(&mut self, seg: Segment) {
        let tcb = self.tcb;
        // First, check the ACK bit.
        let mut ack_acceptable = false;
        if seg.has(Flags::ACK) {
            if seg.ack.le(tcb.iss) || seg.ack.gt(tcb.snd_nxt) {
                if seg.has(Flags::RST) {
                    self.note(Note::SynSentBadAckRst {
                        ack: Seq::own(seg.ack),
                    });
                } else {
                    self.note(Note::SynSentBadAck {
                        ack: Seq::own(seg.ack),
                        iss: Seq::own(tcb.iss),
                        snd_nxt: Seq::own(tcb.snd_nxt),
                    });
                    self.send_reset_for(&seg, Reason::ResetBadAckSynSent);
                }
                return;
            }
            ack_acceptable = tcb.snd_una.lt(seg.ack) && seg.ack.le(tcb.snd_nxt);
        }
        // Second, check the RST bit.
        if seg.has(Flags::RST) {
            if ack_acceptable {
                self.note(Note::SynSentRst {});
                self.signal(Signal::ConnectionReset);
                self.delete_tcb();
            } else {
                self.note(Note::SynSentRstNoAck {});
            }
            return;
        }
        // Third, security and compartment: not modelled.
        // Fourth, check the SYN bit.
        if seg.has(Flags::SYN) {
            self.tcb.irs = seg.seq;
            self.irs_known = true;
            self.tcb.rcv_nxt = seg.seq + 1;
            // Both branches take the peer's window (§3.10.7.3 sets it in the
            // SYN-RECEIVED branch; without it an ESTABLISHED endpoint could
            // send nothing until the next window update).
            self.tcb.snd_wnd = u32::from(seg.wnd);
            self.tcb.max_snd_wnd = self.tcb.max_snd_wnd.max(self.tcb.snd_wnd);
            self.tcb.snd_wl1 = seg.seq;
            self.tcb.snd_wl2 = seg.ack;
            self.learn_peer_mss(&seg);
            if ack_acceptable {
                self.tcb.snd_una = seg.ack;
                self.acknowledge_up_to_snd_una();
            }
            if self.tcb.snd_una.gt(self.tcb.iss) {
                self.note(Note::SynSentSynAck {
                    irs: Seq::peer(self.tcb.irs),
                    rcv_nxt: Seq::peer(self.tcb.rcv_nxt),
                    snd_una: Seq::own(self.tcb.snd_una),
                });
                self.set_state(State::Established);
                self.enter_established();
                if seg.payload.is_empty() && !seg.has(Flags::FIN) {
                    self.send_ack(Reason::AckHandshake);
                } else {
                    // "continue processing at the sixth step": the text starts
                    // right after their SYN. Its ACK will cover the SYN too, so
                    // the separate ACK is suppressed, as §3.10.7.3 allows.
                    self.note(Note::SynAckText {});
                    let room = self.tcb.rcv_wnd as usize;
                    let mut payload = seg.payload.clone();
                    let mut fin = seg.has(Flags::FIN);
                    let cut_tail = payload.len() > room || (fin && payload.len() >= room);
                    if cut_tail {
                        payload.truncate(room);
                        fin = false;
                    }
                    self.process_text_and_fin(Trimmed {
                        seq: seg.seq + 1,
                        payload,
                        fin,
                        cut_tail,
                    });
                }
            } else {
                self.note(Note::SynSentSyn {
                    irs: Seq::peer(self.tcb.irs),
                    rcv_nxt: Seq::peer(self.tcb.rcv_nxt),
                });
                self.set_state(State::SynReceived);
                self.hold_text_after_syn(&seg);
                let syn_ack = self.form(self.tcb.iss, true, SharedBytes::new(), false);
                // Karn: this SYN,ACK resends our SYN, so no RTT sample from it.
                if let Some(head) = self.retransmit_queue.front_mut() {
                    head.retransmits = head.retransmits.max(1);
                }
                self.transmit(syn_ack, Reason::SimultaneousOpen);
            }
            return;
        }
        // Fifth, neither SYN nor RST.
        self.note(Note::SynSentOther {});
    }

    /// §3.10.7.4: SYN-RECEIVED and every synchronized state.
    fn arrives_other(&mut self, mut seg: Segment) {
        let exact_seq = seg.seq;
        // RFC 9293 Figure 7: in a simultaneous open the peer's SYN,ACK repeats
        // the SYN we already took; only its ACK is new (Linux does the same).
        if self.state == State::SynReceived
            && !self.passive
            && seg.flags.contains(Flags::SYN | Flags::ACK)
            && !seg.has(Flags::RST)
            && !seg.has(Flags::FIN)
            && seg.payload.is_empty()
            && seg.seq + 1 == self.tcb.rcv_nxt
        {
            self.note(Note::SimultaneousSynAck {});
            seg.flags = seg.flags.without(Flags::SYN);
            seg.seq = seg.seq + 1;
        }

        // First, check the sequence number.
        let Some(trimmed) = self.check_sequence(&seg) else {
            return;
        };
        // Second, check the RST bit.
        if let Step::Return = self.check_rst(&seg, exact_seq) {
            return;
        }
        // Third, security and compartment: not modelled.
        // Fourth, check the SYN bit.
        if let Step::Return = self.check_syn(&seg) {
            return;
        }
        // Fifth, check the ACK field.
        if let Step::Return = self.check_ack(&seg) {
            return;
        }
        // Sixth, the URG bit.
        if seg.has(Flags::URG)
            && matches!(
                self.state,
                State::Established | State::FinWait1 | State::FinWait2
            )
        {
            self.note(Note::Urg {});
        }
        // Seventh and eighth: the segment text, then FIN.
        self.process_text_and_fin(trimmed);
    }

    /// Table 6 acceptability test, then trimming to the window.
    /// `None` means the segment was dealt with (answered or dropped).
    fn check_sequence(&mut self, seg: &Segment) -> Option<Trimmed> {
        let rcv_nxt = self.tcb.rcv_nxt;
        let rcv_wnd = self.tcb.rcv_wnd;
        let wnd_end = rcv_nxt + rcv_wnd;
        let len = seg.seg_len();
        let acceptable = match (len, rcv_wnd) {
            (0, 0) => seg.seq == rcv_nxt,
            (0, _) => seg.seq.in_range(rcv_nxt, wnd_end),
            (_, 0) => false,
            (_, _) => {
                seg.seq.in_range(rcv_nxt, wnd_end)
                    || (seg.seq + (len - 1)).in_range(rcv_nxt, wnd_end)
            }
        };
        // "special allowance should be made to accept valid ACKs, URGs, and
        // RSTs" when the window is zero: keep the controls, drop the text.
        let zero_window_allowance = !acceptable && rcv_wnd == 0 && seg.seq == rcv_nxt;
        if !acceptable && !zero_window_allowance {
            let (seq, rcv_nxt) = (Seq::peer(seg.seq), Seq::peer(rcv_nxt));
            if seg.has(Flags::RST) {
                self.note(Note::SeqUnacceptableRst {
                    seq,
                    len,
                    rcv_nxt,
                    rcv_wnd,
                });
                return None;
            }
            let retransmitted_fin =
                self.state == State::TimeWait && seg.has(Flags::FIN) && seg.seq + len == rcv_nxt.n;
            self.note(Note::SeqUnacceptable {
                seq,
                len,
                rcv_nxt,
                rcv_wnd,
            });
            if retransmitted_fin {
                self.note(Note::TimeWaitFinAgain {});
                self.restart_time_wait();
            }
            self.send_ack(Reason::AckUnacceptable);
            return None;
        }

        let mut seq = seg.seq;
        let mut payload = seg.payload.clone();
        let mut fin = seg.has(Flags::FIN);
        let mut cut_tail = false;
        if zero_window_allowance && (!payload.is_empty() || fin) {
            // Told apart from a trim: nothing of the text is taken.
            self.note(Note::ZeroWindowText {
                len: payload.len() as u32,
            });
            return Some(Trimmed {
                seq,
                payload: SharedBytes::new(),
                fin: false,
                cut_tail: true,
            });
        }
        // Trim what was already received (start before RCV.NXT)...
        if seq.lt(rcv_nxt) {
            let mut old = rcv_nxt.since(seq);
            if seg.has(Flags::SYN) {
                old -= 1;
                seq = seq + 1;
            }
            let cut = (old as usize).min(payload.len());
            payload.advance(cut);
            seq = seq + cut as u32;
        } else if seg.has(Flags::SYN) {
            seq = seq + 1;
        }
        // ...and what lies beyond the window.
        let room = if seq.lt(wnd_end) {
            wnd_end.since(seq) as usize
        } else {
            0
        };
        if payload.len() > room {
            payload.truncate(room);
            cut_tail = true;
        }
        if fin && payload.len() >= room {
            fin = false;
            cut_tail = true;
        }
        if cut_tail {
            self.note(Note::SeqTrimmed {});
        }
        Some(Trimmed {
            seq,
            payload,
            fin,
            cut_tail,
        })
    }

    /// Second check, the RST bit, with RFC 5961 §3 when enabled.
    fn check_rst(&mut self, seg: &Segment, exact_seq: SeqNum) -> Step {
        if !seg.has(Flags::RST) {
            return Step::Continue;
        }
        if self.config.rfc5961 && exact_seq != self.tcb.rcv_nxt {
            self.note(Note::RstChallenge {
                seq: Seq::peer(exact_seq),
                rcv_nxt: Seq::peer(self.tcb.rcv_nxt),
            });
            self.send_ack(Reason::ChallengeRst);
            return Step::Return;
        }
        match self.state {
            State::SynReceived if self.passive => {
                self.note(Note::RstSynReceivedPassive {});
                self.return_to_listen();
            }
            State::SynReceived => {
                self.note(Note::RstSynReceivedActive {});
                self.signal(Signal::ConnectionRefused);
                self.delete_tcb();
            }
            State::Established | State::FinWait1 | State::FinWait2 | State::CloseWait => {
                self.note(Note::RstReset { state: self.state });
                self.signal(Signal::ConnectionReset);
                self.delete_tcb();
            }
            State::Closing | State::LastAck | State::TimeWait => {
                self.note(Note::RstClosing { state: self.state });
                self.delete_tcb();
            }
            State::Closed | State::Listen | State::SynSent => {
                debug_assert!(
                    false,
                    "§3.10.7.4 runs only in SYN-RECEIVED and later states"
                );
            }
        }
        Step::Return
    }

    /// Fourth check, the SYN bit (RFC 5961 §4 challenge ACK when enabled).
    fn check_syn(&mut self, seg: &Segment) -> Step {
        if !seg.has(Flags::SYN) {
            return Step::Continue;
        }
        if self.state == State::SynReceived && self.passive {
            self.note(Note::SynSynReceivedPassive {});
            self.return_to_listen();
            return Step::Return;
        }
        if self.config.rfc5961 {
            self.note(Note::SynChallenge {});
            self.send_ack(Reason::ChallengeSyn);
            return Step::Return;
        }
        self.note(Note::SynReset {});
        self.send_reset_for(seg, Reason::ResetSynInWindow);
        self.signal(Signal::ConnectionReset);
        self.delete_tcb();
        Step::Return
    }

    /// Fifth check, the ACK field, per state.
    fn check_ack(&mut self, seg: &Segment) -> Step {
        if !seg.has(Flags::ACK) {
            self.note(Note::AckOff {});
            return Step::Return;
        }
        let tcb = self.tcb;
        if self.state == State::SynReceived {
            if tcb.snd_una.lt(seg.ack) && seg.ack.le(tcb.snd_nxt) {
                self.note(Note::SynReceivedAck {
                    ack: Seq::own(seg.ack),
                    wnd: u32::from(seg.wnd),
                });
                self.tcb.snd_wnd = u32::from(seg.wnd);
                self.tcb.max_snd_wnd = self.tcb.max_snd_wnd.max(self.tcb.snd_wnd);
                self.tcb.snd_wl1 = seg.seq;
                self.tcb.snd_wl2 = seg.ack;
                self.set_state(State::Established);
                self.enter_established();
            } else {
                self.note(Note::SynReceivedBadAck {
                    ack: Seq::own(seg.ack),
                    snd_una: Seq::own(tcb.snd_una),
                    snd_nxt: Seq::own(tcb.snd_nxt),
                });
                self.send_reset_for(seg, Reason::ResetBadAckSynReceived);
                return Step::Return;
            }
        }

        let tcb = self.tcb;
        if self.config.rfc5961 {
            let lowest = tcb.snd_una - tcb.max_snd_wnd;
            if !(lowest.le(seg.ack) && seg.ack.le(tcb.snd_nxt)) {
                self.note(Note::AckChallenge {
                    ack: Seq::own(seg.ack),
                    lowest: Seq::own(lowest),
                    snd_nxt: Seq::own(tcb.snd_nxt),
                });
                self.send_ack(Reason::ChallengeAck);
                return Step::Return;
            }
        }
        if seg.ack.gt(tcb.snd_nxt) {
            self.note(Note::AckTooNew {
                ack: Seq::own(seg.ack),
                snd_nxt: Seq::own(tcb.snd_nxt),
            });
            self.send_ack(Reason::AckTooNew);
            return Step::Return;
        }
        // ESTABLISHED processing, shared by every state below.
        if tcb.snd_una.lt(seg.ack) {
            self.tcb.snd_una = seg.ack;
            self.acknowledge_up_to_snd_una();
            self.note(Note::AckNew {
                snd_una: Seq::own(seg.ack),
            });
        } else if seg.seg_len() == 0 {
            // Said, so that a pure ACK that changes nothing is explained by
            // its own rule rather than by the step before; a side that runs
            // congestion control counts it toward a fast retransmit.
            let (ack, snd_una) = (Seq::own(seg.ack), Seq::own(tcb.snd_una));
            self.note(if self.cc_on() {
                Note::AckDuplicateCc { ack, snd_una }
            } else {
                Note::AckDuplicate { ack, snd_una }
            });
        }
        if tcb.snd_una.le(seg.ack)
            && (tcb.snd_wl1.lt(seg.seq) || (tcb.snd_wl1 == seg.seq && tcb.snd_wl2.le(seg.ack)))
        {
            let wnd = u32::from(seg.wnd);
            let reopened = self.tcb.snd_wnd == 0 && wnd > 0;
            if wnd != self.tcb.snd_wnd {
                self.note(Note::WindowUpdate { wnd });
            }
            self.tcb.snd_wnd = wnd;
            self.tcb.max_snd_wnd = self.tcb.max_snd_wnd.max(wnd);
            self.tcb.snd_wl1 = seg.seq;
            self.tcb.snd_wl2 = seg.ack;
            if reopened {
                self.resend_refused_probe();
            }
        }
        if self.tcb.snd_wnd == 0 {
            self.probe_answered = true;
        }
        self.congestion_on_ack(seg, &tcb);
        let our_fin_acked = self.fin_seq.is_some_and(|fin| self.tcb.snd_una.gt(fin));
        match self.state {
            State::Established | State::CloseWait => {}
            State::FinWait1 => {
                if our_fin_acked {
                    self.note(Note::FinWait1Acked {});
                    self.set_state(State::FinWait2);
                }
            }
            State::FinWait2 => {
                if self.retransmit_queue.is_empty() {
                    self.note(Note::FinWait2Acked {
                        fin: seg.has(Flags::FIN),
                    });
                }
            }
            State::Closing => {
                if our_fin_acked {
                    self.note(Note::ClosingAcked {});
                    self.enter_time_wait();
                } else {
                    self.note(Note::ClosingNotAcked {});
                    return Step::Return;
                }
            }
            State::LastAck => {
                if our_fin_acked {
                    self.note(Note::LastAckAcked {});
                    self.delete_tcb();
                    return Step::Return;
                }
            }
            State::TimeWait => {
                // Only a retransmitted FIN is expected here; the FIN step
                // acknowledges it and restarts the timer.
            }
            State::Closed | State::Listen | State::SynSent | State::SynReceived => {
                debug_assert!(false, "SYN-RECEIVED was left or answered above");
            }
        }
        Step::Continue
    }

    /// Seventh (segment text) and eighth (FIN) steps, holding out-of-order
    /// text until the gap before it fills.
    fn process_text_and_fin(&mut self, seg: Trimmed) {
        let mut ack_due = seg.cut_tail;
        let has_content = !seg.payload.is_empty() || seg.fin;
        match self.state {
            State::Established | State::FinWait1 | State::FinWait2 => {
                if has_content && seg.seq != self.tcb.rcv_nxt {
                    self.note(Note::OutOfOrder {
                        seq: Seq::peer(seg.seq),
                        rcv_nxt: Seq::peer(self.tcb.rcv_nxt),
                    });
                    // Held in sequence order: the repeats of this one are
                    // found by bisection, not by a walk through them all.
                    let from = self.held.partition_point(|h| h.seq.lt(seg.seq));
                    let to = self.held.partition_point(|h| h.seq.le(seg.seq));
                    let repeat = self
                        .held
                        .range(from..to)
                        .any(|h| h.payload.len() >= seg.payload.len() && h.fin >= seg.fin);
                    if !repeat {
                        self.hold(Held {
                            seq: seg.seq,
                            payload: seg.payload,
                            fin: seg.fin,
                        });
                    }
                    self.sack_arrived(seg.seq);
                    self.send_ack(Reason::AckOutOfOrder);
                    return;
                }
                let mut delay = false;
                if !seg.payload.is_empty() {
                    self.deliver(seg.payload);
                    ack_due = true;
                    delay = self.config.delayed_ack && !seg.cut_tail;
                }
                if seg.fin {
                    self.process_fin();
                    ack_due = false;
                }
                if self.drain_held() {
                    // A filled gap is acknowledged at once (RFC 5681 §4.2).
                    ack_due = true;
                    delay = false;
                }
                if ack_due && delay && self.delay_ack() {
                    // Sent with the next segment out, or by the timer.
                    if !self.flush() {
                        return;
                    }
                    ack_due = false;
                }
            }
            State::CloseWait | State::Closing | State::LastAck | State::TimeWait => {
                if !seg.payload.is_empty() {
                    self.note(Note::TextAfterFin {});
                }
                if seg.fin && seg.seq == self.tcb.rcv_nxt {
                    self.process_fin();
                    ack_due = false;
                }
            }
            State::SynReceived => {
                // Reached only for held SYN text; ESTABLISHED delivers it.
            }
            State::Closed | State::Listen | State::SynSent => {
                // The connection ended earlier in this segment.
                return;
            }
        }
        if ack_due && !self.flush() {
            // Nothing taken (a probe into a zero window): say what is expected.
            self.send_ack(if has_content {
                Reason::AckData
            } else {
                Reason::AckUnacceptable
            });
        }
    }

    /// Takes in-order text: advances RCV.NXT and hands the text to the
    /// application, or, when it does not read at once, keeps it in the
    /// receive buffer, whose free space RCV.WND shrinks by as much ("The
    /// total of RCV.NXT and RCV.WND should not be reduced").
    fn deliver(&mut self, payload: SharedBytes) {
        let n = payload.len() as u32;
        self.tcb.rcv_nxt = self.tcb.rcv_nxt + n;
        let rcv_nxt = Seq::peer(self.tcb.rcv_nxt);
        if self.config.autoread {
            self.note(Note::Deliver { len: n, rcv_nxt });
            self.hand_to_application(payload);
            if self.tcb.rcv_wnd < self.rcv_buff() {
                // A window held back (reads were slow before auto-read
                // was turned on): the right edge stays until the space
                // read reaches the SWS threshold (§3.8.6.2.2).
                self.tcb.rcv_wnd = self.tcb.rcv_wnd.saturating_sub(n);
                self.open_window_after_read(false);
            }
            return;
        }
        self.unread.extend(&payload);
        self.tcb.rcv_wnd = self.tcb.rcv_wnd.saturating_sub(n);
        let buffered = u32::try_from(self.unread.len()).unwrap_or(u32::MAX);
        self.note(Note::Buffered {
            len: n,
            rcv_nxt,
            buffered,
            rcv_wnd: self.tcb.rcv_wnd,
        });
        if self.tcb.rcv_wnd == 0 {
            self.note(Note::WindowClosed { buffered });
        }
    }

    /// §3.8.6.3: whether the ACK of in-order data may wait. It may until
    /// a second data segment arrives (SHLD-19) or the timer fires
    /// (MUST-40: less than 0.5 s).
    fn delay_ack(&mut self) -> bool {
        self.delack_segments += 1;
        if self.delack_segments >= 2 {
            self.note(Note::AckEverySecond {});
            return false;
        }
        let due = self.now + super::DELAYED_ACK;
        self.timers.set(super::TimerKind::DelayedAck, Some(due));
        self.note(Note::AckDelayed { until: due });
        true
    }

    /// Keeps an out-of-order segment, in sequence order (every held
    /// segment lies within the receive window, so the wrapping comparison
    /// orders them). When [`MAX_HELD`] are held, the one furthest ahead
    /// makes room: it is the last to be needed.
    fn hold(&mut self, held: Held) {
        if self.held.len() >= MAX_HELD {
            match self.held.back() {
                Some(last) if held.seq.ge(last.seq) => return,
                _ => {
                    self.held.pop_back();
                }
            }
        }
        let at = self.held.partition_point(|h| h.seq.le(held.seq));
        self.held.insert(at, held);
    }

    /// Delivers held segments that RCV.NXT has reached. Returns whether
    /// any text moved.
    fn drain_held(&mut self) -> bool {
        let mut moved = false;
        loop {
            if !matches!(
                self.state,
                State::Established | State::FinWait1 | State::FinWait2
            ) {
                // After their FIN no text can follow; what is held is void.
                self.held.clear();
                return moved;
            }
            let rcv_nxt = self.tcb.rcv_nxt;
            // In sequence order, only the first can have been reached.
            if !self.held.front().is_some_and(|h| h.seq.le(rcv_nxt)) {
                return moved;
            }
            let Some(mut h) = self.held.pop_front() else {
                return moved;
            };
            let end = h.seq + h.payload.len() as u32 + u32::from(h.fin);
            if end.le(rcv_nxt) {
                // Entirely old by now.
                continue;
            }
            let old = (rcv_nxt.since(h.seq) as usize).min(h.payload.len());
            h.payload.advance(old);
            if !h.payload.is_empty() {
                self.note(Note::HeldDelivered {});
                self.deliver(h.payload);
                moved = true;
            }
            if h.fin {
                self.process_fin();
                moved = true;
            }
        }
    }

    /// Eighth step: the FIN is next in sequence.
    fn process_fin(&mut self) {
        self.tcb.rcv_nxt = self.tcb.rcv_nxt + 1;
        self.signal(Signal::ConnectionClosing);
        self.note(Note::Fin {
            rcv_nxt: Seq::peer(self.tcb.rcv_nxt),
        });
        let our_fin_acked = self.fin_seq.is_some_and(|fin| self.tcb.snd_una.gt(fin));
        match self.state {
            State::SynReceived | State::Established => self.set_state(State::CloseWait),
            State::FinWait1 => {
                if our_fin_acked {
                    self.enter_time_wait();
                } else {
                    self.set_state(State::Closing);
                }
            }
            State::FinWait2 => self.enter_time_wait(),
            State::TimeWait => self.restart_time_wait(),
            State::CloseWait | State::Closing | State::LastAck => {}
            State::Closed | State::Listen | State::SynSent => {
                debug_assert!(false, "a FIN is processed only after synchronization");
            }
        }
        if !self.flush() {
            self.send_ack(Reason::AckFin);
        }
    }
}
