//! One file per component; each takes plain snapshots as props.

pub mod byte_count;
pub mod capture;
pub mod composer;
pub mod controls;
pub mod diagram;
pub mod dock;
pub mod editor;
pub mod endpoint;
pub mod explain;
pub mod ladder;
pub mod language;
pub mod lazy;
pub mod lesson;
pub mod log;
pub mod receive;
pub mod roving;
pub mod scroll;
pub mod send_bytes;
pub mod settings;
pub mod share_box;
pub mod skip;
pub mod spaces;
pub mod tabs;
pub mod text_size;
pub mod whole;
pub mod wire;
