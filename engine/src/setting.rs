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
