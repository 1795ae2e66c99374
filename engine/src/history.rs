//! What each application did and was told, kept by the simulation for
//! display and for the scenario checks: the bytes it passed to SEND, the
//! bytes it read and the messages it got. The endpoint tells these as
//! [`Output`]s and keeps only what its TCP needs.

use crate::endpoint::{Bytes, Output};
use crate::note::Signal;
use crate::state::State;
use core::fmt::Write as _;
use std::collections::VecDeque;

/// Signals kept for display (every kind told is remembered).
pub const SIGNALS_KEPT: usize = 16;

/// How much of the application's data a snapshot shows, in bytes: more
/// data than this is shown cut at the front.
pub const DATA_TAIL: usize = 160;

/// One application's history on its connection.
#[derive(Clone, Debug, Default)]
pub struct AppHistory {
    /// Everything SEND took on this connection.
    sent: Bytes,
    /// Everything the application read on this connection.
    received: Bytes,
    /// Application bytes kept at most of each (the oldest go).
    data_cap: Option<usize>,
    /// The newest signals (a refused call repeated 20,000 times must not
    /// make every copy of the simulation grow), and every kind ever told.
    signals: VecDeque<Signal>,
    told: u8,
}

impl AppHistory {
    /// Records what an endpoint output tells the application. A
    /// connection's data starts afresh when it leaves CLOSED (OPEN makes
    /// a new TCB); its signals are kept across connections.
    pub fn record(&mut self, output: &Output) {
        match output {
            Output::SendAccepted(bytes) => {
                self.sent.extend_from_slice(bytes);
                self.trim_data();
            }
            Output::Data(bytes) => {
                self.received.extend_from_slice(bytes);
                self.trim_data();
            }
            Output::Signal(signal) => {
                if self.signals.len() == SIGNALS_KEPT {
                    self.signals.pop_front();
                }
                self.signals.push_back(*signal);
                self.told |= 1 << *signal as u8;
            }
            Output::StateChange {
                from: State::Closed,
                ..
            } => {
                self.sent.clear();
                self.received.clear();
            }
            Output::StateChange { .. }
            | Output::Transmit { .. }
            | Output::Note(_)
            | Output::TimerFired(_) => {}
        }
    }

    /// Everything the application has passed to SEND on this connection
    /// (what SEND refused is not in it).
    pub fn sent(&self) -> &Bytes {
        &self.sent
    }

    /// Everything the application has read on this connection.
    pub fn received(&self) -> &Bytes {
        &self.received
    }

    /// The newest signals given to the application, oldest first (at most
    /// [`SIGNALS_KEPT`]).
    pub fn signals(&self) -> Vec<Signal> {
        self.signals.iter().copied().collect()
    }

    /// Whether the application was ever told `signal`.
    pub fn was_told(&self, signal: Signal) -> bool {
        self.told & (1 << signal as u8) != 0
    }

    /// The last [`DATA_TAIL`] bytes sent, readable (see [`tail_text`]).
    pub fn sent_tail(&self) -> String {
        tail_text(&self.sent)
    }

    /// The last [`DATA_TAIL`] bytes read, readable (see [`tail_text`]).
    pub fn received_tail(&self) -> String {
        tail_text(&self.received)
    }

    /// Roughly what a copy owns alone: its signals (the data is shared
    /// between copies).
    pub fn footprint(&self) -> usize {
        self.signals.len()
    }

    /// How far the data has been forgotten (sent and read, added).
    pub fn first_kept(&self) -> usize {
        self.received.first_kept() + self.sent.first_kept()
    }

    /// Keeps at most `bytes` of the application's sent and received data.
    pub fn set_data_cap(&mut self, bytes: usize) {
        self.data_cap = Some(bytes);
    }

    /// Forgets data that `later` (a later moment of the same history) has
    /// forgotten, so that the two share what remains.
    pub fn forget_data_like(&mut self, later: &AppHistory) {
        self.sent.forget_before(later.sent.first_kept());
        self.received.forget_before(later.received.first_kept());
    }

    fn trim_data(&mut self) {
        if let Some(cap) = self.data_cap {
            self.sent.forget_oldest(cap);
            self.received.forget_oldest(cap);
        }
    }
}

/// The last [`DATA_TAIL`] bytes of `data`, readable: what is printable text
/// as it is, line ends as `\r` and `\n` (as the scenario format writes
/// them), other bytes `\xNN`, so that what the screen shows is the bytes.
fn tail_text(data: &Bytes) -> String {
    let mut start = data.len().saturating_sub(DATA_TAIL);
    if start > 0 {
        // Not from the middle of a character (at most three bytes on).
        let continuing = data.iter_from(start).take(3);
        start += continuing.take_while(|b| *b & 0xc0 == 0x80).count();
    }
    let bytes: Vec<u8> = data.iter_from(start).copied().collect();
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\r' => out.push_str("\\r"),
                '\n' => out.push_str("\\n"),
                c if c.is_ascii_control() => {
                    let _ = write!(out, "\\x{:02x}", c as u32);
                }
                c => out.push(c),
            }
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::endpoint::Call;
    use crate::note::Signal;
    use crate::sim::{Side, Sim};
    use crate::testing::connected;
    use core::time::Duration;

    #[test]
    fn a_refused_send_is_told_and_not_kept_as_sent() {
        let mut sim = Sim::default();
        sim.call(Side::Client, Call::Send(b"early".to_vec()));
        assert!(sim.app(Side::Client).sent().is_empty());
        assert_eq!(sim.app(Side::Client).signals(), [Signal::ErrorDoesNotExist]);
        assert!(sim.app(Side::Client).was_told(Signal::ErrorDoesNotExist));
    }

    #[test]
    fn what_was_sent_and_read_is_kept_until_the_next_open() {
        let mut sim = connected();
        sim.call(Side::Client, Call::Send(b"hello".to_vec()));
        sim.run(Duration::from_secs(5)).unwrap();
        assert_eq!(sim.app(Side::Client).sent().to_vec(), b"hello");
        assert_eq!(sim.app(Side::Server).received().to_vec(), b"hello");
        assert_eq!(sim.app(Side::Server).received_tail(), "hello");
        sim.call(Side::Client, Call::Close);
        sim.call(Side::Server, Call::Close);
        sim.run(Duration::from_secs(600)).unwrap();
        // Closed: the last connection's data is still there to be seen.
        assert_eq!(sim.app(Side::Client).sent().to_vec(), b"hello");
        sim.call(Side::Server, Call::Listen);
        assert!(sim.app(Side::Server).received().is_empty());
        assert_eq!(sim.app(Side::Server).signals(), [Signal::ConnectionClosing]);
        assert_eq!(sim.app(Side::Client).sent().to_vec(), b"hello");
    }
}
