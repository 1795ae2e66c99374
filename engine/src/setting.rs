//! What a session can change as it runs: the wire's delay, loss and links, and
//! each endpoint's settings. [`Sim::apply`](crate::sim::Sim::apply) applies
//! and logs every one; the scenario language's `set` statements parse to
//! and print from these values.

use crate::endpoint::CongestionControl;
use crate::link::Link;
use crate::side::Side;
use core::time::Duration;
use serde::{Deserialize, Serialize};

/// One change of a setting, as the simulation applies and logs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Setting {
    /// The ISN of the next SYN this side forms (`SIDE.isn`).
    Isn(Side, u32),
    /// This side's receive window in bytes (`SIDE.window`).
    Window(Side, u32),
    /// Both endpoints' largest payload of one segment (`mss`).
    Mss(u32),
    /// Both endpoints' maximum segment lifetime (`msl`).
    Msl(Duration),
    /// Both endpoints' initial retransmission timeout (`rto`).
    Rto(Duration),
    /// The wire's one-way delay for segments sent from now on (`latency`).
    Latency(Duration),
    /// Both endpoints' retransmissions of one segment before giving up
    /// (`retries`).
    Retries(u32),
    /// Both endpoints' RFC 5961 checks (`rfc5961`).
    Rfc5961(bool),
    /// Whether this side's segments go onto the wire on their own or wait
    /// in its outbox (`SIDE.auto`).
    Auto(Side, bool),
    /// Percent of TCP-sent segments the wire loses (`loss`, playground
    /// extension); above 100 is applied and logged as 100.
    Loss(u8),
    /// Whether this side's application reads every byte as soon as it
    /// arrives (`SIDE.autoread`, playground extension).
    Autoread(Side, bool),
    /// Whether both TCPs delay their ACKs (RFC 9293 §3.8.6.3;
    /// `delayed-ack`, playground extension).
    DelayedAck(bool),
    /// Whether both TCPs send and obey the MSS option (RFC 9293 §3.7.1;
    /// `mss-option`, playground extension).
    MssOption(bool),
    /// The Nagle algorithm (RFC 9293 §3.7.4) on one side's connection
    /// (`SIDE.nagle`, playground extension).
    Nagle(Side, bool),
    /// The congestion control one side's connection runs (`SIDE.cc`,
    /// RFC 5681, RFC 6582); off by default.
    Cc(Side, CongestionControl),
    /// One side's initial window in segments (`SIDE.iw`, RFC 6928); `None`
    /// takes RFC 5681 §3.1's (`SIDE.iw rfc5681`).
    Iw(Side, Option<u32>),
    /// Selective acknowledgments on one side's connection (`SIDE.sack`,
    /// RFC 2018; with congestion control on, RFC 6675's loss recovery).
    Sack(Side, bool),
    /// One direction's bottleneck, by its sender (`link client>server rate
    /// 10mbit queue 20`, playground extension); `None` (`off`) takes it away.
    /// It applies to segments sent from now on.
    Link(Side, Option<Link>),
}

#[cfg(test)]
mod tests {
    //! When a change of `cc` or `sack` takes effect (the Settings panel
    //! says so in words; these keep the words true).
    use super::Setting;
    use crate::endpoint::{Call, CongestionControl};
    use crate::side::Side;
    use crate::sim::Sim;
    use crate::testing::connected;
    use core::time::Duration;

    /// Aborts the connection and opens a new one.
    fn reconnect(sim: &mut Sim) {
        sim.call(Side::Client, Call::Abort);
        sim.run(Duration::from_secs(1)).unwrap();
        sim.call(Side::Server, Call::Listen);
        sim.call(Side::Client, Call::Connect);
        sim.run(Duration::from_secs(1)).unwrap();
    }

    fn cc_runs(sim: &Sim, side: Side) -> bool {
        sim.snapshot().endpoints[side].congestion.is_some()
    }

    fn sack_agreed(sim: &Sim, side: Side) -> bool {
        sim.endpoint(side).sack_permitted()
    }

    #[test]
    fn congestion_control_turned_on_mid_connection_starts_at_once_from_the_initial_window() {
        let mut sim = connected();
        sim.apply(Setting::Cc(Side::Client, CongestionControl::Reno));
        let view = sim.snapshot().endpoints[Side::Client].congestion;
        let initial = {
            let mut fresh = Sim::default();
            fresh.apply(Setting::Cc(Side::Client, CongestionControl::Reno));
            fresh.call(Side::Server, Call::Listen);
            fresh.call(Side::Client, Call::Connect);
            fresh.run(Duration::from_secs(1)).unwrap();
            fresh.snapshot().endpoints[Side::Client].congestion
        };
        assert!(view.is_some(), "on the open connection, at once");
        assert_eq!(view.map(|v| v.cwnd), initial.map(|v| v.cwnd));
        assert!(!cc_runs(&sim, Side::Server), "a setting of one side");
    }

    #[test]
    fn congestion_control_turned_off_or_changed_applies_at_once() {
        let mut sim = connected();
        sim.apply(Setting::Cc(Side::Client, CongestionControl::NewReno));
        reconnect(&mut sim);
        sim.apply(Setting::Cc(Side::Client, CongestionControl::Cubic));
        assert!(cc_runs(&sim, Side::Client));
        assert_eq!(
            sim.endpoint(Side::Client).config().cc,
            CongestionControl::Cubic
        );
        sim.apply(Setting::Cc(Side::Client, CongestionControl::Off));
        assert!(!cc_runs(&sim, Side::Client));
    }

    #[test]
    fn sack_turned_on_is_offered_in_the_next_syn_and_needs_both_sides() {
        let mut sim = connected();
        sim.apply(Setting::Sack(Side::Client, true));
        sim.apply(Setting::Sack(Side::Server, true));
        assert!(!sack_agreed(&sim, Side::Client), "the SYNs are gone");
        reconnect(&mut sim);
        assert!(sack_agreed(&sim, Side::Client));
        assert!(sack_agreed(&sim, Side::Server));
        // Off on one side: its next SYN does not offer it, so neither uses it.
        sim.apply(Setting::Sack(Side::Server, false));
        assert!(!sack_agreed(&sim, Side::Server), "off applies at once");
        reconnect(&mut sim);
        assert!(!sack_agreed(&sim, Side::Client));
    }
}
