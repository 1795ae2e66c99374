//! A sans-IO RFC 9293 TCP engine for teaching.
//!
//! - [`endpoint::Endpoint`]: one TCP endpoint. Application calls, arriving
//!   segments and timeouts go in with the current time; segments, notes
//!   (which RFC rule applied and why), state changes and the next deadline
//!   come out. No clock, no I/O, no unseeded randomness.
//! - [`sim::Sim`]: two endpoints, the wire between them (deliver, drop,
//!   duplicate, delay, inject), manual outboxes and the simulated clock,
//!   with a trace of everything that happened.
//! - [`scenario`]: the scenario language that lessons, share links, tests
//!   and `cargo scenario check` all speak.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod capture;
pub mod diagram;
pub mod endpoint;
pub mod graph;
pub mod history;
pub mod limits;
pub mod link;
pub mod log;
pub mod note;
pub mod numbering;
pub mod options;
pub mod packet;
pub mod recovery;
pub mod samples;
pub mod scenario;
pub mod segment;
pub mod seq;
pub mod setting;
pub mod shared;
pub mod side;
pub mod sim;
pub mod state;
pub mod story;
#[doc(hidden)]
pub mod testing;
pub mod time;
pub mod wire;

pub use endpoint::{Call, Config, Endpoint, Output, State, Tcb};
pub use segment::{Flags, Segment};
pub use seq::SeqNum;
pub use shared::SharedBytes;
pub use sim::{Side, Sim, SimConfig, Snapshot};
pub use time::Instant;
