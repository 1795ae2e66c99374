//! RFC 9293's connection state diagram (Figure 5) as data: the one table
//! the playground draws and the property tests check transitions against.

use crate::state::State;

/// One arrow of the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    /// The state it leaves.
    pub from: State,
    /// The state it enters.
    pub to: State,
    /// Where the rule is.
    pub section: &'static str,
}

const fn edge(from: State, to: State, section: &'static str) -> Edge {
    Edge { from, to, section }
}

/// Figure 5's arrows, plus the two the text adds (SEND in LISTEN, a RST
/// sending a passive SYN-RECEIVED back to LISTEN).
pub const EDGES: [Edge; 21] = [
    edge(State::Closed, State::Listen, "§3.10.1"),
    edge(State::Closed, State::SynSent, "§3.10.1"),
    edge(State::Listen, State::SynReceived, "§3.10.7.2"),
    edge(State::Listen, State::SynSent, "§3.10.2"),
    edge(State::Listen, State::Closed, "§3.10.4"),
    edge(State::SynReceived, State::Listen, "§3.10.7.4"),
    edge(State::SynSent, State::SynReceived, "§3.10.7.3"),
    edge(State::SynSent, State::Closed, "§3.10.4"),
    edge(State::SynReceived, State::Established, "§3.10.7.4"),
    edge(State::SynSent, State::Established, "§3.10.7.3"),
    edge(State::SynReceived, State::FinWait1, "§3.10.4"),
    edge(State::Established, State::FinWait1, "§3.10.4"),
    edge(State::Established, State::CloseWait, "§3.10.7.4"),
    edge(State::FinWait1, State::FinWait2, "§3.10.7.4"),
    edge(State::FinWait1, State::Closing, "§3.10.7.4"),
    edge(State::FinWait1, State::TimeWait, "§3.10.7.4"),
    edge(State::FinWait2, State::TimeWait, "§3.10.7.4"),
    edge(State::CloseWait, State::LastAck, "§3.10.4"),
    edge(State::Closing, State::TimeWait, "§3.10.7.4"),
    edge(State::LastAck, State::Closed, "§3.10.7.4"),
    edge(State::TimeWait, State::Closed, "§3.10.8"),
];

impl Edge {
    /// A stable id, e.g. `syn-sent-established` (the catalogs' key).
    pub fn id(&self) -> String {
        format!(
            "{}-{}",
            self.from.name().to_ascii_lowercase(),
            self.to.name().to_ascii_lowercase()
        )
    }
}

/// Whether an endpoint may go from `from` to `to`: an arrow of the
/// diagram, or to CLOSED from anywhere (a reset, an ABORT, a timeout).
pub fn is_transition(from: State, to: State) -> bool {
    to == State::Closed || EDGES.iter().any(|e| e.from == from && e.to == to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_are_distinct_and_named_uniquely() {
        for (i, a) in EDGES.iter().enumerate() {
            for b in &EDGES[i + 1..] {
                assert!(a.id() != b.id(), "{} twice", a.id());
            }
        }
        assert!(is_transition(State::Established, State::Closed));
        assert!(!is_transition(State::Established, State::Listen));
    }
}
