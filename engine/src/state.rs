//! The eleven connection states of RFC 9293 §3.3.2, apart from the
//! endpoint that moves between them, so that notes and the diagram can
//! name a state without depending on the endpoint.

use core::fmt;
use serde::{Deserialize, Serialize};

/// The eleven connection states of RFC 9293 §3.3.2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum State {
    /// No connection.
    Closed,
    /// Waiting for a connection request (passive OPEN).
    Listen,
    /// SYN sent, waiting for a matching SYN.
    SynSent,
    /// SYN received and SYN sent, waiting for the ACK of our SYN.
    SynReceived,
    /// Open: data flows both ways.
    Established,
    /// Our FIN sent, waiting for its ACK or the peer's FIN.
    FinWait1,
    /// Our FIN acknowledged, waiting for the peer's FIN.
    FinWait2,
    /// The peer's FIN received, waiting for our application to CLOSE.
    CloseWait,
    /// Both FINs crossed; waiting for the ACK of ours.
    Closing,
    /// The peer's FIN received and ours sent; waiting for its ACK.
    LastAck,
    /// Waiting 2 × MSL so the last ACK can be resent and old segments die.
    TimeWait,
}

impl State {
    /// All states, in the order of the RFC's list.
    pub const ALL: [State; 11] = [
        State::Closed,
        State::Listen,
        State::SynSent,
        State::SynReceived,
        State::Established,
        State::FinWait1,
        State::FinWait2,
        State::CloseWait,
        State::Closing,
        State::LastAck,
        State::TimeWait,
    ];

    /// The RFC 9293 spelling, e.g. `SYN-SENT`.
    pub fn name(self) -> &'static str {
        match self {
            State::Closed => "CLOSED",
            State::Listen => "LISTEN",
            State::SynSent => "SYN-SENT",
            State::SynReceived => "SYN-RECEIVED",
            State::Established => "ESTABLISHED",
            State::FinWait1 => "FIN-WAIT-1",
            State::FinWait2 => "FIN-WAIT-2",
            State::CloseWait => "CLOSE-WAIT",
            State::Closing => "CLOSING",
            State::LastAck => "LAST-ACK",
            State::TimeWait => "TIME-WAIT",
        }
    }

    /// Parses `SYN-SENT` or `SYN_SENT`.
    pub fn from_name(name: &str) -> Option<State> {
        let name = name.replace('_', "-");
        State::ALL.into_iter().find(|s| s.name() == name)
    }

    /// True in the states where both sequence spaces are synchronized
    /// (ESTABLISHED and after, §3.5.2).
    pub fn is_synchronized(self) -> bool {
        !matches!(
            self,
            State::Closed | State::Listen | State::SynSent | State::SynReceived
        )
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
