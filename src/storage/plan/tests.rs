//! The storage rules, natively: `cargo test -p tcp-playground --lib storage`.

use super::*;
use Effect::*;

const SAVED: Stored = Stored {
    session: true,
    earlier: false,
};
const BOTH: Stored = Stored {
    session: true,
    earlier: true,
};
const NOTHING: Stored = Stored {
    session: false,
    earlier: false,
};
const SMALL: Event = Event::Save {
    bytes: 100,
    statements: 3,
};

fn standing(claim: Claim) -> Standing {
    Standing {
        claim,
        trouble: None,
    }
}

/// Runs events one after the other from a fresh standing; every effect of
/// each, in order.
fn run(stored: Stored, origin: Origin, events: &[Event]) -> (Vec<Vec<Effect>>, Standing) {
    let mut now = Standing::default();
    let mut all = vec![];
    for &event in events {
        let (effects, next) = plan(stored, origin, now, event);
        all.push(effects.to_vec());
        now = next;
    }
    (all, now)
}

#[test]
fn a_session_from_elsewhere_keeps_the_saved_one_aside_before_its_first_save_only() {
    // A bad link leaves an empty page whose origin is elsewhere: the first
    // click must not overwrite the saved session (issue 26, item 1).
    let (effects, now) = run(SAVED, Origin::Elsewhere, &[SMALL, SMALL]);
    assert_eq!(effects, [vec![KeepAside(Aside::Earlier), Save], vec![Save]]);
    assert_eq!(now.claim, Claim::Owned);
}

#[test]
fn the_saved_session_continued_is_saved_over_itself() {
    let (effects, _) = run(SAVED, Origin::Saved, &[SMALL]);
    assert_eq!(effects, [vec![Save]]);
}

#[test]
fn nothing_saved_means_nothing_to_keep_aside() {
    let (effects, _) = run(NOTHING, Origin::Elsewhere, &[SMALL]);
    assert_eq!(effects, [vec![Save]]);
}

#[test]
fn an_unreadable_saved_session_is_kept_for_a_teacher() {
    let (effects, _) = run(SAVED, Origin::Unreadable, &[SMALL]);
    assert_eq!(effects, [vec![KeepAside(Aside::Unreadable), Save]]);
}

#[test]
fn a_full_storage_asks_before_anything_is_overwritten_and_writes_nothing_meanwhile() {
    let (effects, now) = run(
        SAVED,
        Origin::Elsewhere,
        &[SMALL, Event::AsideFailed, SMALL, SMALL],
    );
    assert_eq!(
        effects,
        [
            vec![KeepAside(Aside::Earlier), Save],
            vec![Ask(true)],
            vec![],
            vec![]
        ]
    );
    assert_eq!(now.claim, Claim::Asking);
    // Going back while asked: the question goes, the saved session opens.
    let (effects, _) = plan(SAVED, Origin::Elsewhere, now, Event::GoBack { dirty: true });
    assert_eq!(effects, [Ask(false), PutAside, OpenSaved]);
}

#[test]
fn the_students_answer_decides() {
    let asking = standing(Claim::Asking);
    let answer = |a| plan(SAVED, Origin::Elsewhere, asking, Event::Answer(a));
    // Download, then the save that follows writes without a copy.
    let (effects, now) = answer(Answer::Download);
    assert_eq!(effects, [Ask(false), Download]);
    assert_eq!(plan(SAVED, Origin::Elsewhere, now, SMALL).0, [Save]);
    let (effects, now) = answer(Answer::Replace);
    assert_eq!(effects, [Ask(false)]);
    assert_eq!(plan(SAVED, Origin::Elsewhere, now, SMALL).0, [Save]);
    // Keep: nothing of this session is ever written.
    let (effects, now) = answer(Answer::Keep);
    assert_eq!(effects, [Ask(false), SayNotSaved]);
    assert_eq!(plan(SAVED, Origin::Elsewhere, now, SMALL).0, []);
    // An answer nobody was asked for does nothing.
    let owned = standing(Claim::Owned);
    let (effects, now) = plan(SAVED, Origin::Elsewhere, owned, Event::Answer(Answer::Keep));
    assert_eq!((effects, now), (&[][..], owned));
}

#[test]
fn a_session_a_restore_would_refuse_is_not_saved_and_says_why_once() {
    let long = Event::Save {
        bytes: MAX_SCRIPT_BYTES + 52,
        statements: 3,
    };
    let longer = Event::Save {
        bytes: MAX_SCRIPT_BYTES + 80,
        statements: 3,
    };
    let (effects, now) = run(SAVED, Origin::Elsewhere, &[long, longer]);
    let said = Say(Trouble::TooLong(Over::Bytes));
    assert_eq!(effects, [vec![said], vec![]]);
    // Still fresh: when it fits again, the saved one is kept aside first.
    assert_eq!(now.claim, Claim::Fresh);
    let (effects, now) = plan(SAVED, Origin::Elsewhere, now, SMALL);
    assert_eq!(effects, [KeepAside(Aside::Earlier), Save]);
    assert_eq!(
        plan(SAVED, Origin::Elsewhere, now, Event::Written).0,
        [SayWorks]
    );
    // Statements count as the restore counts them; exactly at the limit is fine.
    let many = |statements| Event::Save {
        bytes: 10,
        statements,
    };
    assert_eq!(
        run(NOTHING, Origin::Saved, &[many(MAX_STATEMENTS + 1)]).0,
        [vec![Say(Trouble::TooLong(Over::Statements))]]
    );
    assert_eq!(
        run(NOTHING, Origin::Saved, &[many(MAX_STATEMENTS)]).0,
        [vec![Save]]
    );
    let exact = Event::Save {
        bytes: MAX_SCRIPT_BYTES,
        statements: 1,
    };
    assert_eq!(run(NOTHING, Origin::Saved, &[exact]).0, [vec![Save]]);
}

#[test]
fn a_failing_save_is_said_once_and_again_when_it_works() {
    let (effects, _) = run(
        NOTHING,
        Origin::Saved,
        &[
            SMALL,
            Event::WriteFailed,
            SMALL,
            Event::WriteFailed,
            SMALL,
            Event::Written,
            Event::Written,
        ],
    );
    assert_eq!(
        effects,
        [
            vec![Save],
            vec![Say(Trouble::Full)],
            vec![Save],
            vec![],
            vec![Save],
            vec![SayWorks],
            vec![]
        ]
    );
}

#[test]
fn going_back_opens_what_is_there_and_keeps_only_real_work() {
    let back = |stored, claim, dirty| {
        plan(
            stored,
            Origin::Elsewhere,
            standing(claim),
            Event::GoBack { dirty },
        )
        .0
    };
    // Before this session wrote anything, the saved one is the earlier one;
    // an untouched page (a bad link) has nothing worth keeping aside.
    assert_eq!(back(SAVED, Claim::Fresh, false), [OpenSaved]);
    assert_eq!(back(SAVED, Claim::Fresh, true), [PutAside, OpenSaved]);
    // After it wrote, the one kept aside opens and this one takes its place.
    assert_eq!(back(BOTH, Claim::Owned, true), [OpenEarlier]);
    // Nothing to go back to: nothing happens.
    assert_eq!(back(SAVED, Claim::Owned, true), []);
    assert_eq!(back(NOTHING, Claim::Fresh, true), []);
    // The saved session itself, continued, has no earlier one to offer.
    let own = plan(
        BOTH,
        Origin::Saved,
        standing(Claim::Owned),
        Event::GoBack { dirty: true },
    );
    assert_eq!(own.0, []);
}

#[test]
fn the_earlier_session_is_offered_only_when_there_is_one() {
    assert!(can_go_back(SAVED, Origin::Elsewhere, Claim::Fresh));
    assert!(can_go_back(SAVED, Origin::Elsewhere, Claim::Declined));
    assert!(!can_go_back(SAVED, Origin::Elsewhere, Claim::Owned));
    assert!(can_go_back(BOTH, Origin::Elsewhere, Claim::Owned));
    assert!(!can_go_back(BOTH, Origin::Saved, Claim::Fresh));
    assert!(!can_go_back(BOTH, Origin::Unreadable, Claim::Owned));
    assert!(!can_go_back(NOTHING, Origin::Elsewhere, Claim::Fresh));
}
