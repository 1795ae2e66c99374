//! The sequence spaces (RFC 9293 Figures 3 and 4) as the TCP sees them:
//! how much of each zone there is, what may be sent or may arrive now (and,
//! where nothing may, why), and the ranges the TCB variables alone do not
//! tell (out-of-order text held beyond RCV.NXT, sent data retransmitted).
//! The UI draws these numbers; it computes none of them.

use super::{Endpoint, State};
use crate::seq::SeqNum;
use serde::{Deserialize, Serialize};

/// `len` sequence numbers from `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// The first number.
    pub start: SeqNum,
    /// How many.
    pub len: u32,
}

impl Span {
    /// The number after the last.
    pub fn end(self) -> SeqNum {
        self.start + self.len
    }
}

/// Spans reported at most (a picture shows no more; thousands of held
/// segments merge into a few ranges anyway).
pub const SPANS_SHOWN: usize = 16;

/// Merges ranges given in sequence order into disjoint spans, the first
/// [`SPANS_SHOWN`] of them.
fn merge(ranges: impl Iterator<Item = (SeqNum, u32)>) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for (start, len) in ranges.filter(|&(_, len)| len > 0) {
        if let Some(last) = spans.last_mut() {
            if start.le(last.end()) {
                let end = start + len;
                if end.gt(last.end()) {
                    last.len = end.since(last.start);
                }
                continue;
            }
        }
        if spans.len() == SPANS_SHOWN {
            break;
        }
        spans.push(Span { start, len });
    }
    spans
}

/// Why nothing may be sent, or arrive, now whatever the window says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shut {
    /// No connection: CLOSED or LISTEN (a deleted TCB's variables stay on
    /// screen, but they bind nothing).
    NoConnection,
    /// TIME-WAIT: both FINs are acknowledged; only the peer's FIN sent
    /// again can still arrive, and nothing more is sent.
    TimeWait,
    /// SYN-SENT or SYN-RECEIVED: the handshake is not complete; data waits
    /// for ESTABLISHED (and in SYN-SENT no window has been announced).
    Opening,
    /// This TCP has sent its FIN: no more data from it.
    FinSent,
    /// The peer's FIN has arrived: no more data from the peer.
    FinReceived,
}

/// Figure 3 in numbers: this TCP's send space.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendSpace {
    /// Numbers acknowledged since the ISS (the SYN included).
    pub acked: u64,
    /// Of those, the SYN's number.
    pub acked_syn: bool,
    /// Of those, the FIN's number.
    pub acked_fin: bool,
    /// Sent, not acknowledged (SND.NXT - SND.UNA).
    pub in_flight: u32,
    /// Of those, a zero-window probe's octet past the window's edge
    /// (§3.8.6.1).
    pub probe: u32,
    /// Of those, other octets past the edge: sent into a window the peer
    /// later shrank, or a FIN sent when the window was full. A SYN counts
    /// in no window.
    pub past_edge: u32,
    /// May be sent now: the usable window, or 0 when [`SendSpace::shut`];
    /// with congestion control, no more than cwnd leaves room for.
    pub usable: u32,
    /// Why nothing may be sent whatever the window.
    pub shut: Option<Shut>,
    /// cwnd, not the peer's window, is what limits `usable` (RFC 5681
    /// §3.1: a sender sends no more than the smaller of the two).
    #[serde(default)]
    pub cwnd_limited: bool,
}

/// Figure 4 in numbers: the peer's numbers as this TCP receives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiveSpace {
    /// May arrive now: RCV.WND, or 0 when [`ReceiveSpace::shut`].
    pub may_arrive: u32,
    /// Free buffer not offered yet (receiver-side silly window avoidance).
    pub not_offered: u64,
    /// Why nothing new may arrive whatever RCV.WND says.
    pub shut: Option<Shut>,
}

impl Endpoint {
    /// This TCP's send space, as Figure 3 draws it.
    pub fn send_space(&self) -> SendSpace {
        let t = &self.tcb;
        let in_flight = t.snd_nxt.since(t.snd_una);
        let probe: u32 = self
            .retransmit_queue
            .iter()
            .filter(|u| u.probe && t.snd_wnd == 0)
            .map(|u| u.len())
            .sum();
        // Only data and FIN count against the window (a SYN is sent before
        // any window is known).
        let syn = self.retransmit_queue.iter().filter(|u| u.syn).count() as u32;
        let windowed = in_flight.saturating_sub(syn).saturating_sub(probe);
        let past_edge = if self.state.is_synchronized() {
            windowed.saturating_sub(t.snd_wnd)
        } else {
            0
        };
        let shut = match self.state {
            State::Closed | State::Listen => Some(Shut::NoConnection),
            State::TimeWait => Some(Shut::TimeWait),
            State::SynSent | State::SynReceived => Some(Shut::Opening),
            State::Established | State::CloseWait => None,
            State::FinWait1 | State::FinWait2 | State::Closing | State::LastAck => {
                self.fin_seq.map(|_| Shut::FinSent)
            }
        };
        let window_room = t.snd_wnd.saturating_sub(in_flight);
        let cwnd_room = self.cwnd_room().map(|(room, _)| room);
        let (usable, cwnd_limited) = match (shut, cwnd_room) {
            (Some(_), _) => (0, false),
            (None, Some(room)) if room < window_room => (room, true),
            (None, _) => (window_room, false),
        };
        let acked = t.snd_una.since(t.iss);
        SendSpace {
            acked: u64::from(acked),
            acked_syn: acked > 0,
            acked_fin: self.fin_seq.is_some_and(|fin| fin.lt(t.snd_una)),
            in_flight,
            probe,
            past_edge,
            usable,
            shut,
            cwnd_limited,
        }
    }

    /// The peer's numbers as this TCP receives them, as Figure 4 draws them.
    pub fn receive_space(&self) -> ReceiveSpace {
        let t = &self.tcb;
        let shut = match self.state {
            State::Closed | State::Listen => Some(Shut::NoConnection),
            State::SynSent => Some(Shut::Opening),
            State::TimeWait => Some(Shut::TimeWait),
            State::SynReceived | State::Established | State::FinWait1 | State::FinWait2 => None,
            State::CloseWait | State::Closing | State::LastAck => Some(Shut::FinReceived),
        };
        let user = self.buffered() as u64;
        ReceiveSpace {
            may_arrive: if shut.is_some() { 0 } else { t.rcv_wnd },
            not_offered: u64::from(self.rcv_buff()).saturating_sub(user + u64::from(t.rcv_wnd)),
            shut,
        }
    }

    /// Text (and FIN) that arrived ahead of RCV.NXT and waits for the gap
    /// before it to fill (§3.10.7.4, SHLD-31).
    pub fn held_spans(&self) -> Vec<Span> {
        merge(
            self.held
                .iter()
                .map(|h| (h.seq, h.payload.len() as u32 + u32::from(h.fin))),
        )
    }

    /// Sent and not acknowledged, and retransmitted at least once.
    pub fn retransmitted_spans(&self) -> Vec<Span> {
        merge(
            self.retransmit_queue
                .iter()
                .filter(|u| u.retransmits > 0)
                .map(|u| (u.seq, u.len())),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::Call;
    use crate::sim::{Selector, Side, Sim};
    use core::time::Duration;

    #[test]
    fn a_syn_in_flight_is_in_no_window_and_nothing_may_be_sent_yet() {
        let mut sim = Sim::default();
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        let sp = sim.endpoint(Side::Client).send_space();
        assert_eq!((sp.in_flight, sp.probe, sp.past_edge), (1, 0, 0));
        assert_eq!((sp.usable, sp.shut), (0, Some(Shut::Opening)));
        sim.deliver(Selector::FIRST).unwrap();
        let sp = sim.endpoint(Side::Server).send_space();
        assert_eq!((sp.in_flight, sp.probe, sp.past_edge), (1, 0, 0));
        assert_eq!(sp.shut, Some(Shut::Opening));
    }

    /// RFC 5681 §3.1: the sender sends no more than min(cwnd, rwnd). What
    /// the space says may be sent is what the sender then sends.
    #[test]
    fn with_congestion_control_what_may_be_sent_is_what_cwnd_leaves_room_for() {
        let mut sim = Sim::default();
        sim.apply(crate::sim::Setting::Cc(
            Side::Client,
            crate::endpoint::CongestionControl::Reno,
        ));
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        sim.run(Duration::from_secs(1)).unwrap();
        let client = sim.endpoint(Side::Client);
        let cwnd = client.congestion().unwrap().cwnd;
        let before = client.send_space();
        assert!(cwnd < client.tcb().snd_wnd);
        assert_eq!((before.usable, before.cwnd_limited), (cwnd, true));
        sim.call(Side::Client, Call::Send(vec![b'x'; 60_000]));
        let after = sim.endpoint(Side::Client).send_space();
        assert_eq!(after.in_flight, before.usable);
        assert_eq!((after.usable, after.cwnd_limited), (0, true));
    }

    #[test]
    fn established_may_send_the_usable_window() {
        let mut sim = crate::testing::connected();
        let sp = sim.endpoint(Side::Client).send_space();
        assert_eq!(
            (sp.usable, sp.shut),
            (sim.endpoint(Side::Client).tcb().snd_wnd, None)
        );
        sim.call(Side::Client, Call::Send(vec![1; 100]));
        let sp = sim.endpoint(Side::Client).send_space();
        assert_eq!(sp.in_flight, 100);
        assert_eq!(sp.usable, sim.endpoint(Side::Client).tcb().snd_wnd - 100);
    }

    #[test]
    fn time_wait_and_a_deleted_tcb_may_neither_send_nor_receive() {
        let mut sim = crate::testing::connected();
        sim.call(Side::Client, Call::Close);
        sim.run(Duration::from_secs(5)).unwrap();
        sim.call(Side::Server, Call::Close);
        sim.run(Duration::from_secs(5)).unwrap();
        let client = sim.endpoint(Side::Client);
        assert_eq!(client.state(), State::TimeWait);
        assert_eq!(
            (client.send_space().usable, client.send_space().shut),
            (0, Some(Shut::TimeWait))
        );
        assert_eq!(client.receive_space().may_arrive, 0);
        let server = sim.endpoint(Side::Server);
        assert_eq!(server.state(), State::Closed);
        assert_eq!(server.send_space().shut, Some(Shut::NoConnection));
        assert_eq!(
            (
                server.receive_space().may_arrive,
                server.receive_space().shut
            ),
            (0, Some(Shut::NoConnection))
        );
    }

    #[test]
    fn after_its_fin_a_tcp_sends_no_more_data_and_after_the_peers_none_arrives() {
        let mut sim = crate::testing::connected();
        sim.call(Side::Client, Call::Close);
        sim.run(Duration::from_secs(5)).unwrap();
        assert_eq!(
            sim.endpoint(Side::Client).send_space().shut,
            Some(Shut::FinSent)
        );
        assert_eq!(sim.endpoint(Side::Client).receive_space().shut, None);
        assert_eq!(
            sim.endpoint(Side::Server).receive_space().shut,
            Some(Shut::FinReceived)
        );
        assert_eq!(sim.endpoint(Side::Server).send_space().shut, None);
    }

    #[test]
    fn ranges_in_order_merge_when_they_touch_or_overlap() {
        let s = |n: u32| SeqNum(n);
        let spans = merge([(s(10), 5), (s(15), 5), (s(18), 1), (s(30), 2), (s(40), 0)].into_iter());
        assert_eq!(
            spans,
            [
                Span {
                    start: s(10),
                    len: 10
                },
                Span {
                    start: s(30),
                    len: 2
                }
            ]
        );
    }

    #[test]
    fn merging_works_across_the_wrap() {
        let spans = merge([(SeqNum(u32::MAX - 1), 4), (SeqNum(2), 3)].into_iter());
        assert_eq!(
            spans,
            [Span {
                start: SeqNum(u32::MAX - 1),
                len: 7
            }]
        );
    }

    #[test]
    fn at_most_a_fixed_number_of_spans() {
        let spans = merge((0..100).map(|i| (SeqNum(i * 10), 1)));
        assert_eq!(spans.len(), SPANS_SHOWN);
    }
}
