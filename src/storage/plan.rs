//! The storage rules as one pure function: from what is stored, where the
//! session on screen came from, how this tab stands with the saved session
//! and what just happened, the effects to run, in order, as values.
//! [`super::use_autosave`] runs them, and tells [`plan`] when a write
//! fails. The rules:
//!
//! - The saved session is overwritten without a copy only by its own
//!   continuation (it was replayed from storage, or this session wrote it).
//!   Any other session (a link, even one that could not be opened, a
//!   lesson, a file, a reset, an empty page) keeps it aside first.
//! - A copy that cannot be made (the storage is full) stops everything:
//!   the student is asked, before anything is overwritten, whether to
//!   download it first, replace it, or keep it and not save this session.
//! - What the app could not open again is never saved: a session over the
//!   limits a restore enforces stays on screen, and the save says why.

use tcp_engine::limits::{MAX_SCRIPT_BYTES, MAX_STATEMENTS};

/// What this browser's storage holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stored {
    /// A saved session.
    pub session: bool,
    /// A session kept aside, "earlier".
    pub earlier: bool,
}

/// Where the session on screen came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The saved session, replayed: saving continues it.
    Saved,
    /// The saved session, which could not be replayed whole: its text is
    /// kept for a teacher to read before it is overwritten.
    Unreadable,
    /// Anything else: the saved session is another, kept aside first.
    Elsewhere,
}

/// How this tab stands with the saved session, for the session on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Claim {
    /// Nothing written for this session yet.
    #[default]
    Fresh,
    /// The saved session is this one: a save overwrites it.
    Owned,
    /// The saved session could not be kept aside: the student is asked,
    /// and nothing is written until they answer.
    Asking,
    /// The student chose to keep the saved session: this one is not saved.
    Declined,
}

/// Why saving stopped, said once when it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trouble {
    /// A write failed: the storage is full.
    Full,
    /// The session is longer than a restore accepts.
    TooLong(Over),
}

/// Which of a restore's limits a session is over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Over {
    /// Its text has more than [`MAX_SCRIPT_BYTES`] bytes.
    Bytes,
    /// It has more than [`MAX_STATEMENTS`] statements.
    Statements,
}

/// This tab's standing, carried from one plan to the next (a new session
/// starts from the default).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Standing {
    /// Its claim on the saved session.
    pub claim: Claim,
    /// Why saving does not work now, if it does not.
    pub trouble: Option<Trouble>,
}

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A save is due; the session's text has these many bytes and
    /// statements.
    Save {
        /// Bytes of its text.
        bytes: usize,
        /// Statements in it.
        statements: usize,
    },
    /// The saved session could not be kept aside (the storage is full).
    AsideFailed,
    /// Writing the session (or keeping it aside to go back) failed.
    WriteFailed,
    /// The session was written.
    Written,
    /// The student answered the question about the saved session.
    Answer(Answer),
    /// "↩ Earlier session"; `dirty`: the session on screen holds work of
    /// the student's.
    GoBack {
        /// The student did something in this session.
        dirty: bool,
    },
}

/// The student's answer when the saved session cannot be kept aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Download it as a file, then save this session over it.
    Download,
    /// Save this session over it.
    Replace,
    /// Keep it; this session is not saved.
    Keep,
}

/// Where a session is kept aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aside {
    /// "↩ Earlier session" opens it.
    Earlier,
    /// A saved session that could not be replayed, for a teacher.
    Unreadable,
}

/// One effect, for the runner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Copy the saved session aside (it is about to be overwritten). If
    /// this fails, nothing after it runs: [`Event::AsideFailed`].
    KeepAside(Aside),
    /// Write the session on screen as the saved one ([`Event::Written`] or
    /// [`Event::WriteFailed`]).
    Save,
    /// Offer the saved session as a file download.
    Download,
    /// Show (`true`) or put away the question about the saved session.
    Ask(bool),
    /// Keep the session on screen aside as the earlier one. If this
    /// fails, nothing after it runs: [`Event::WriteFailed`].
    PutAside,
    /// The earlier session becomes the saved one and opens; the one on
    /// screen is kept aside in its place (if that fails, nothing changes:
    /// [`Event::WriteFailed`]).
    OpenEarlier,
    /// Open the saved session.
    OpenSaved,
    /// Say why saving stopped (for a session too long, the runner names
    /// its size from the text it has).
    Say(Trouble),
    /// Say that saving works again.
    SayWorks,
    /// Say that this session is not saved (the student kept the other).
    SayNotSaved,
}

/// The effects to run for `event`, in order, and the standing after them
/// (constant lists: a plan runs at every save and allocates nothing).
pub fn plan(
    stored: Stored,
    origin: Origin,
    was: Standing,
    event: Event,
) -> (&'static [Effect], Standing) {
    use Effect::*;
    let mut now = was;
    let effects: &'static [Effect] = match event {
        Event::Save { .. } if matches!(was.claim, Claim::Asking | Claim::Declined) => &[],
        Event::Save { bytes, statements } => match over(bytes, statements) {
            Some(over) => {
                now.trouble = Some(Trouble::TooLong(over));
                tell(was.trouble, now.trouble)
            }
            None => {
                now.claim = Claim::Owned;
                match (was.claim, origin) {
                    (Claim::Fresh, Origin::Elsewhere) if stored.session => {
                        &[KeepAside(Aside::Earlier), Save]
                    }
                    (Claim::Fresh, Origin::Unreadable) if stored.session => {
                        &[KeepAside(Aside::Unreadable), Save]
                    }
                    _ => &[Save],
                }
            }
        },
        Event::AsideFailed => {
            now.claim = Claim::Asking;
            &[Ask(true)]
        }
        Event::WriteFailed => {
            now.trouble = Some(Trouble::Full);
            tell(was.trouble, now.trouble)
        }
        Event::Written => {
            now.trouble = None;
            if was.trouble.is_some() {
                &[SayWorks]
            } else {
                &[]
            }
        }
        Event::Answer(_) if was.claim != Claim::Asking => &[],
        // The save itself follows, as any save does (its limits apply).
        Event::Answer(Answer::Download) => {
            now.claim = Claim::Owned;
            &[Ask(false), Download]
        }
        Event::Answer(Answer::Replace) => {
            now.claim = Claim::Owned;
            &[Ask(false)]
        }
        Event::Answer(Answer::Keep) => {
            now.claim = Claim::Declined;
            &[Ask(false), SayNotSaved]
        }
        Event::GoBack { .. } if !can_go_back(stored, origin, was.claim) => &[],
        Event::GoBack { .. } if was.claim == Claim::Owned => &[OpenEarlier],
        // The saved session is still the earlier one: the student's work
        // here, if any, is kept aside in its place.
        Event::GoBack { dirty } => match (was.claim == Claim::Asking, dirty) {
            (true, true) => &[Ask(false), PutAside, OpenSaved],
            (true, false) => &[Ask(false), OpenSaved],
            (false, true) => &[PutAside, OpenSaved],
            (false, false) => &[OpenSaved],
        },
    };
    (effects, now)
}

/// Whether "↩ Earlier session" has a session to open: the saved one, until
/// this session writes over it; then the one kept aside.
pub fn can_go_back(stored: Stored, origin: Origin, claim: Claim) -> bool {
    match (origin, claim) {
        (Origin::Saved | Origin::Unreadable, _) => false,
        (Origin::Elsewhere, Claim::Owned) => stored.earlier,
        (Origin::Elsewhere, _) => stored.session,
    }
}

/// Which limit of a restore a session's text is over, if any: what could
/// not be opened again is not saved.
fn over(bytes: usize, statements: usize) -> Option<Over> {
    if bytes > MAX_SCRIPT_BYTES {
        Some(Over::Bytes)
    } else if statements > MAX_STATEMENTS {
        Some(Over::Statements)
    } else {
        None
    }
}

/// Says a trouble once, when it starts or changes (a session that grows
/// further past a limit is not told again at every action).
fn tell(was: Option<Trouble>, now: Option<Trouble>) -> &'static [Effect] {
    match now {
        _ if was == now => &[],
        Some(Trouble::Full) => &[Effect::Say(Trouble::Full)],
        Some(Trouble::TooLong(Over::Bytes)) => &[Effect::Say(Trouble::TooLong(Over::Bytes))],
        Some(Trouble::TooLong(Over::Statements)) => {
            &[Effect::Say(Trouble::TooLong(Over::Statements))]
        }
        None => &[],
    }
}

#[cfg(test)]
mod tests;
