//! What an action asks of the world beyond the drawing, as values the
//! reducer records in the state it returns ([`Effects`]) and one place,
//! `shell::use_effects`, runs: save the session, run the next slices of
//! the work under way, let a finished replay be replayed again, tell the
//! embedding page, announce to screen readers.
//!
//! Most of them follow from comparing the state before and after the
//! action ([`plan`], a plain function tested natively); announcements are
//! recorded where the reducer decides them.

use super::AppState;
use crate::i18n::Text;
use std::rc::Rc;

/// One thing the page does because of an action.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// The session changed by the student's hand: save it (at most once
    /// a second, and when the page is left; the storage rules, in
    /// `storage::plan`, keep the saved one aside first when this session
    /// is another).
    Save,
    /// Nothing is to be saved any more: a save still waiting is dropped
    /// (work started, or another session came that is not the student's).
    Unsave,
    /// Run the next slices of the work under way in the next task (true),
    /// or no more (false: none is under way).
    Slices(bool),
    /// A replay ended (and is drawn): the saved session may be replayed
    /// again at the next visit.
    Replayed,
    /// Tell the embedding page what happened since it was last told.
    Tell,
    /// Say this to screen readers.
    Announce(Text),
}

impl Effect {
    /// Effects of one kind stand for each other: the newest is the one
    /// run (a save due replaces the save dropped before it).
    fn kind(&self) -> u8 {
        match self {
            Effect::Save | Effect::Unsave => 0,
            Effect::Slices(_) => 1,
            Effect::Replayed => 2,
            Effect::Tell => 3,
            Effect::Announce(_) => 4,
        }
    }
}

/// The effects recorded so far, each with its serial number; the runner
/// runs those newer than the last it ran. Several actions may be reduced
/// before the page is drawn: the newest of each kind is kept, so the list
/// stays short and nothing that matters is lost.
#[derive(Clone, Debug, Default)]
pub struct Effects {
    serial: u64,
    list: Vec<(u64, Effect)>,
}

impl Effects {
    /// Records `effect`, replacing an older one of its kind.
    pub fn push(&mut self, effect: Effect) {
        self.serial += 1;
        let kind = effect.kind();
        self.list.retain(|(_, e)| e.kind() != kind);
        self.list.push((self.serial, effect));
    }

    /// The serial number of the newest effect (0: none yet).
    pub fn serial(&self) -> u64 {
        self.serial
    }

    /// The effects recorded after serial `seen`, oldest first.
    pub fn since(&self, seen: u64) -> impl Iterator<Item = &Effect> {
        self.list
            .iter()
            .filter(move |(n, _)| *n > seen)
            .map(|(_, e)| e)
    }

    /// Takes the effects out, oldest first (serials are given again by
    /// the list they join).
    pub(super) fn take(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.list)
            .into_iter()
            .map(|(_, e)| e)
            .collect()
    }
}

/// What [`plan`] compares of a state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mark {
    /// The session (a new one for every reset, restore or lesson).
    pub session_id: u32,
    /// While no work runs: the session's length, clock (ms), place in the
    /// timeline and whether the student changed it.
    pub moment: Option<(usize, u64, usize, bool)>,
    /// While work runs: how far (the replay's line, the long statement's
    /// events).
    pub progress: Option<(Option<usize>, Option<usize>)>,
    /// A replay is under way.
    pub replaying: bool,
    /// Events in the trace.
    pub events: usize,
    /// The lesson (its script), its step, checks and answers, done and
    /// completed.
    pub lesson: Option<(usize, usize, usize, usize, bool, bool)>,
}

impl Mark {
    /// The mark of `state`.
    pub fn of(state: &AppState) -> Mark {
        let busy = state.busy();
        Mark {
            session_id: state.session_id,
            moment: (!busy).then(|| {
                (
                    state.session.len(),
                    state.sim.now().as_millis(),
                    state.cursor,
                    state.dirty,
                )
            }),
            progress: busy.then(|| {
                (
                    state.replay.as_ref().map(|r| r.next),
                    state.long.as_ref().map(super::Long::events),
                )
            }),
            replaying: state.replay.is_some(),
            events: state.sim.trace().len(),
            lesson: state.lesson.as_ref().map(|l| {
                (
                    Rc::as_ptr(&l.script) as usize,
                    l.progress().0,
                    l.checks.len(),
                    l.answers.len(),
                    l.done,
                    l.completed,
                )
            }),
        }
    }
}

/// The effects that follow from going from `before` to `after` (`None`:
/// the page's first drawing):
///
/// - A changed moment of a session the student changed, with no work
///   running, is saved; any other new moment drops a save still waiting.
/// - Work under way that moved (or began) runs its next slices; work that
///   ended runs none.
/// - A replay that ended lets the saved session be replayed next time.
/// - New events, or a lesson's progress, are told to the embedding page.
pub fn plan(before: Option<&Mark>, after: &Mark) -> Vec<Effect> {
    let mut due = Vec::new();
    // A blank filled in changes the lesson's answers, not the moment.
    let answers = |m: &Mark| m.lesson.map(|l| l.3);
    let moved = before.is_none_or(|b| {
        (b.session_id, b.moment, answers(b)) != (after.session_id, after.moment, answers(after))
    });
    if moved {
        due.push(match after.moment {
            Some((_, _, _, true)) => Effect::Save,
            _ => Effect::Unsave,
        });
    }
    let worked =
        before.is_none_or(|b| (b.session_id, b.progress) != (after.session_id, after.progress));
    if worked {
        due.push(Effect::Slices(after.progress.is_some()));
    }
    let replay =
        before.is_none_or(|b| (b.session_id, b.replaying) != (after.session_id, after.replaying));
    if replay && !after.replaying {
        due.push(Effect::Replayed);
    }
    let told = before.is_some_and(|b| {
        (b.session_id, b.events, b.lesson) == (after.session_id, after.events, after.lesson)
    });
    if !told {
        due.push(Effect::Tell);
    }
    due
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idle(statements: usize, dirty: bool) -> Mark {
        Mark {
            session_id: 1,
            moment: Some((statements, 0, statements, dirty)),
            events: statements,
            ..Mark::default()
        }
    }

    fn working(line: usize) -> Mark {
        Mark {
            session_id: 1,
            progress: Some((Some(line), None)),
            replaying: true,
            ..Mark::default()
        }
    }

    #[test]
    fn the_first_drawing_drops_nothing_saves_nothing_and_clears_the_replay_mark() {
        assert_eq!(
            plan(None, &idle(1, false)),
            [
                Effect::Unsave,
                Effect::Slices(false),
                Effect::Replayed,
                Effect::Tell
            ]
        );
    }

    #[test]
    fn a_blank_filled_in_is_saved_though_the_moment_stays() {
        let lesson = |answers| Mark {
            lesson: Some((1, 2, 0, answers, false, false)),
            ..idle(3, true)
        };
        assert_eq!(
            plan(Some(&lesson(0)), &lesson(1)),
            [Effect::Save, Effect::Tell]
        );
    }

    #[test]
    fn a_change_by_the_student_is_saved_and_told() {
        assert_eq!(
            plan(Some(&idle(1, false)), &idle(2, true)),
            [Effect::Save, Effect::Tell]
        );
    }

    #[test]
    fn a_session_not_changed_by_the_student_is_not_saved() {
        let opened = Mark {
            session_id: 2,
            ..idle(5, false)
        };
        assert_eq!(plan(Some(&idle(1, true)), &opened)[0], Effect::Unsave);
    }

    #[test]
    fn nothing_new_asks_for_nothing() {
        assert_eq!(plan(Some(&idle(3, true)), &idle(3, true)), []);
    }

    #[test]
    fn work_runs_slice_after_slice_unsaved_and_ends_with_the_replay_mark_cleared() {
        let started = plan(Some(&idle(1, true)), &working(0));
        assert_eq!(started[..2], [Effect::Unsave, Effect::Slices(true)]);
        assert!(!started.contains(&Effect::Replayed));
        assert_eq!(
            plan(Some(&working(0)), &working(40)),
            [Effect::Slices(true)]
        );
        // A slice that moved nothing asks for no other.
        assert_eq!(plan(Some(&working(40)), &working(40)), []);
        let ended = plan(Some(&working(40)), &idle(41, false));
        assert_eq!(
            ended,
            [
                Effect::Unsave,
                Effect::Slices(false),
                Effect::Replayed,
                Effect::Tell
            ]
        );
    }

    #[test]
    fn a_lessons_progress_is_told() {
        let step = |n| Mark {
            lesson: Some((7, n, 0, 0, false, false)),
            ..idle(1, false)
        };
        assert_eq!(plan(Some(&step(1)), &step(2)), [Effect::Tell]);
    }

    #[test]
    fn the_newest_effect_of_a_kind_stands_for_the_older() {
        let mut effects = Effects::default();
        effects.push(Effect::Save);
        effects.push(Effect::Announce(Text::key("a")));
        let seen = effects.serial();
        effects.push(Effect::Unsave);
        effects.push(Effect::Slices(true));
        effects.push(Effect::Slices(false));
        assert_eq!(
            effects.since(0).collect::<Vec<_>>(),
            [
                &Effect::Announce(Text::key("a")),
                &Effect::Unsave,
                &Effect::Slices(false)
            ]
        );
        assert_eq!(
            effects.since(seen).collect::<Vec<_>>(),
            [&Effect::Unsave, &Effect::Slices(false)]
        );
    }
}
