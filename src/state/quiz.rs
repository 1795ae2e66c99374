//! Questions in a lesson: the student answers the questions of the coming
//! step, the engine finds the right answers by running that step on a
//! copy, and then the step runs. The first answer to each question is the
//! one that counts: going back in time and answering again changes what
//! the bar shows beside the step, not the score.

use super::{AppState, Lesson};
use std::rc::Rc;
use tcp_engine::scenario::{self, Answer, Answered, Question, Script, Stmt};

/// What the student gave for one question: an answer picked from a list,
/// or a number typed in the numbering on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Given {
    /// A state, flags, an outcome or a choice.
    Picked(Answer),
    /// A sequence number or a window, as typed.
    Typed(u32),
}

/// The questions to answer before the coming step runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Asking {
    /// The `say` that starts the step (its index).
    pub say: usize,
    /// Its `ask` statements (their indices), in order.
    pub asks: Vec<usize>,
}

impl Asking {
    /// The questions of the step after the `say` at `say` that have no
    /// answer yet; `None` if there are none.
    pub fn at(script: &Script, say: usize, answered: &[Answered]) -> Option<Asking> {
        let asks: Vec<usize> = scenario::questions(script, say)
            .into_iter()
            .filter(|&i| {
                let line = script.statements[i].line;
                !answered.iter().any(|a| a.line == line)
            })
            .collect();
        (!asks.is_empty()).then_some(Asking { say, asks })
    }
}

/// A lesson's score: questions right at the first try, out of those asked
/// so far and of all its questions; hints used; a challenge's goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// Answered right at the first try.
    pub right: usize,
    /// Answered so far.
    pub answered: usize,
    /// In the whole lesson.
    pub questions: usize,
    /// Hints shown.
    pub hints: usize,
}

impl Lesson {
    /// The question an `ask` line asks (`None` for another line).
    pub fn question(&self, line: usize) -> Option<&Question> {
        self.script.statements.iter().find_map(|s| match &s.kind {
            Stmt::Ask(q) if s.line == line => Some(q),
            _ => None,
        })
    }

    /// The score so far.
    pub fn score(&self) -> Score {
        Score {
            right: self.answers.iter().filter(|a| a.is_right()).count(),
            answered: self.answers.len(),
            questions: scenario::count_questions(&self.script),
            hints: self.hints_shown,
        }
    }
}

impl AppState {
    /// The student answers the coming step's questions: the engine runs
    /// the step on a copy to find the right answers, the first answer to
    /// each question is kept, and the step runs.
    pub(super) fn lesson_answer(&mut self, given: &[Given]) {
        let Some(lesson) = self.lesson.as_mut().map(Rc::make_mut) else {
            return;
        };
        let Some(asking) = lesson.asking.take() else {
            return;
        };
        let asks = scenario::questions(&lesson.script, asking.say);
        let found = scenario::predict(&self.sim, &lesson.script, asking.say);
        let mut results = Vec::new();
        let mut given = given.iter();
        for (i, expected) in found {
            // Questions answered before (then undone) are not asked again.
            if !asking.asks.contains(&i) || !asks.contains(&i) {
                continue;
            }
            let Some(&gave) = given.next() else {
                // Fewer answers than questions: nothing runs.
                lesson.asking = Some(asking);
                return;
            };
            let statement = &lesson.script.statements[i];
            let (Stmt::Ask(question), Ok(expected)) = (&statement.kind, expected) else {
                // A question its step cannot answer (the checker names
                // it): the step runs all the same.
                continue;
            };
            let answer = match gave {
                Given::Picked(answer) => Some(answer),
                Given::Typed(n) => expected.read_typed(question, n, self.relative),
            };
            let Some(answer) = answer else {
                continue;
            };
            results.push(Answered {
                line: statement.line,
                given: answer,
                right: expected.answer,
                rule: expected.rule,
            });
        }
        for result in &results {
            if !lesson.answers.iter().any(|a| a.line == result.line) {
                lesson.answers.push(result.clone());
            }
        }
        lesson.narration = lesson.preview.take();
        lesson.step_answers = results;
        self.lesson_step();
    }

    /// The student fills in a blank of the ladder: the engine's value is
    /// the right answer; the first answer is the one kept.
    pub(super) fn lesson_fill(&mut self, line: usize, given: Given) {
        let relative = self.relative;
        let Some(lesson) = self.lesson.as_mut().map(Rc::make_mut) else {
            return;
        };
        if lesson.answers.iter().any(|a| a.line == line) {
            return;
        }
        let Some(blank) = lesson.open_blanks().find(|b| b.line == line).cloned() else {
            return;
        };
        let Some(question) = lesson.question(line).cloned() else {
            return;
        };
        let answer = match given {
            Given::Picked(answer) => Some(answer),
            Given::Typed(n) => blank.expected.read_typed(&question, n, relative),
        };
        let Some(answer) = answer else {
            return;
        };
        lesson.answers.push(Answered {
            line,
            given: answer,
            right: blank.expected.answer,
            rule: blank.expected.rule,
        });
        lesson.answers.sort_by_key(|a| a.line);
        self.dirty = true;
    }

    /// After a jump in time, the lesson keeps the first answers it had:
    /// what was answered stays answered for the score.
    pub(super) fn keep_answers(&mut self, before: Option<&Lesson>) {
        let (Some(now), Some(before)) = (self.lesson.as_mut().map(Rc::make_mut), before) else {
            return;
        };
        if !std::rc::Rc::ptr_eq(&now.script, &before.script) {
            return;
        }
        for a in &before.answers {
            if !now.answers.iter().any(|b| b.line == a.line) {
                now.answers.push(a.clone());
            }
        }
        now.answers.sort_by_key(|a| a.line);
        if let Some(asking) = now.asking.take() {
            now.asking = Asking::at(&now.script, asking.say, &[]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Given;
    use crate::state::{restore, Action, AppState, Source};
    use std::rc::Rc;
    use tcp_engine::note::Outcome;
    use tcp_engine::scenario::Answer;
    use tcp_engine::{Flags, State};
    use yew::Reducible;

    // Answers are real numbers: `numbering real`, last so that the lines
    // the tests name stay where they are.
    const LESSON: &str = "title \"Q\"\nset client.isn 1000\nset server.isn 5000\nserver listen\nclient connect\nsay \"The SYN arrives.\"\nask server state\nask server sends flags\nask server sends ack\ndeliver\nsay \"The SYN,ACK arrives.\"\nask client outcome\nask \"Who is ESTABLISHED first?\" answer 1\nchoice \"The client\"\nchoice \"The server\"\ndeliver\nsay \"The ACK arrives.\"\ndeliver\nnumbering real\n";

    fn apply(s: Rc<AppState>, actions: &[Action]) -> Rc<AppState> {
        actions.iter().fold(s, |s, a| s.reduce(a.clone()))
    }

    fn answered(s: &AppState) -> Vec<(usize, bool)> {
        let l = s.lesson.as_ref().unwrap();
        l.answers.iter().map(|a| (a.line, a.is_right())).collect()
    }

    #[test]
    fn a_step_with_questions_waits_for_the_answers_then_runs_and_keeps_them() {
        let s = apply(
            Rc::new(AppState::new(1)),
            &[Action::LoadLesson(LESSON.into())],
        );
        let l = s.lesson.as_ref().unwrap();
        assert_eq!(l.asking.as_ref().map(|a| a.asks.len()), Some(3));
        // Next step skips them: the step runs, and they score nothing.
        let skipped = apply(s.clone(), &[Action::LessonNext]);
        let l = skipped.lesson.as_ref().unwrap();
        assert!(skipped.sim.trace().len() > s.sim.trace().len());
        assert!(l.answers.is_empty() && l.step_answers.is_empty());
        assert_eq!(l.score().questions, 5);
        let s = apply(
            s,
            &[Action::LessonAnswer(vec![
                Given::Picked(Answer::State(State::SynReceived)),
                Given::Picked(Answer::Flags(Flags::SYN)),
                // Relative numbering is off (the lesson fixes ISNs): real numbers.
                Given::Typed(1001),
            ])],
        );
        assert_eq!(
            s.sim.endpoint(tcp_engine::sim::Side::Server).state(),
            State::SynReceived
        );
        assert_eq!(answered(&s), [(7, true), (8, false), (9, true)]);
        let l = s.lesson.as_ref().unwrap();
        assert_eq!(l.step_answers.len(), 3);
        assert_eq!(l.asking.as_ref().map(|a| a.asks.len()), Some(2));
        let s = apply(
            s,
            &[
                Action::LessonAnswer(vec![
                    Given::Picked(Answer::Outcome(Outcome::Accepted)),
                    Given::Picked(Answer::Choice(2)),
                ]),
                Action::LessonNext,
            ],
        );
        let l = s.lesson.as_ref().unwrap();
        assert!(l.done);
        let score = l.score();
        assert_eq!((score.right, score.answered, score.questions), (3, 5, 5));
        // A reload and a share link keep the answers.
        let back = restore(Source::Link, &s.session_text(), 2).unwrap();
        assert_eq!(answered(&back), answered(&s));
        assert_eq!(back.lesson.as_ref().unwrap().score(), score);
    }

    #[test]
    fn a_place_kept_by_an_lms_brings_back_the_step_and_the_answers() {
        let s = apply(
            Rc::new(AppState::new(1)),
            &[
                Action::LoadLesson(LESSON.into()),
                Action::LessonAnswer(vec![
                    Given::Picked(Answer::State(State::SynReceived)),
                    Given::Picked(Answer::Flags(Flags::SYN)),
                    Given::Typed(1001),
                ]),
            ],
        );
        let place = s.lesson.as_ref().unwrap().place();
        assert_eq!(
            place,
            "next 12 hints 0 answer 7 SYN-RECEIVED SYN-RECEIVED listen-syn \
             answer 8 SYN SYN,ACK listen-syn answer 9 1001 1001 listen-syn"
        );
        let fresh = apply(
            Rc::new(AppState::new(7)),
            &[
                Action::LoadLesson(LESSON.into()),
                Action::ResumeLesson(place.clone()),
            ],
        );
        let back = fresh.lesson.as_ref().unwrap();
        assert_eq!(back.progress(), s.lesson.as_ref().unwrap().progress());
        assert_eq!(answered(&fresh), answered(&s));
        assert_eq!(
            fresh.sim.endpoint(tcp_engine::sim::Side::Server).state(),
            State::SynReceived
        );
        assert_eq!(back.asking.as_ref().map(|a| a.asks.len()), Some(2));
        assert_eq!(back.place(), place);
    }

    #[test]
    fn a_place_that_does_not_read_is_refused_with_why_and_the_lesson_stays() {
        for (place, why) in [
            ("next 12 hints 0\nclient close", "holds"),
            ("next 12 hints 0 answer 99 SYN SYN -", "99"),
            ("nowhere", "next"),
        ] {
            let s = apply(
                Rc::new(AppState::new(1)),
                &[
                    Action::LoadLesson(LESSON.into()),
                    Action::ResumeLesson(place.into()),
                ],
            );
            let notice = s.notice.as_ref().expect("told");
            assert!(notice.error);
            let text = format!("{:?}", notice.text);
            assert!(
                text.contains("notice-resume-unreadable") && text.contains(why),
                "{text}"
            );
            assert_eq!(s.lesson.as_ref().unwrap().progress().0, 0);
        }
        let long = "next 12 hints 0".to_string() + &" ".repeat(5000);
        let s = apply(
            Rc::new(AppState::new(1)),
            &[
                Action::LoadLesson(LESSON.into()),
                Action::ResumeLesson(long),
            ],
        );
        assert!(format!("{:?}", s.notice).contains("4096"));
    }

    #[test]
    fn going_back_and_answering_again_keeps_the_first_answer_for_the_score() {
        let s = apply(
            Rc::new(AppState::new(1)),
            &[
                Action::LoadLesson(LESSON.into()),
                Action::LessonAnswer(vec![
                    Given::Picked(Answer::State(State::Listen)),
                    Given::Picked(Answer::Flags(Flags::SYN | Flags::ACK)),
                    Given::Typed(1001),
                ]),
                Action::Undo,
            ],
        );
        assert_eq!(answered(&s), [(7, false), (8, true), (9, true)]);
        assert!(s.lesson.as_ref().unwrap().asking.is_some(), "asked again");
        let s = apply(
            s,
            &[Action::LessonAnswer(vec![
                Given::Picked(Answer::State(State::SynReceived)),
                Given::Picked(Answer::Flags(Flags::SYN | Flags::ACK)),
                Given::Typed(1001),
            ])],
        );
        assert_eq!(answered(&s), [(7, false), (8, true), (9, true)]);
        let l = s.lesson.as_ref().unwrap();
        assert!(
            l.step_answers.iter().all(|a| a.is_right()),
            "shown: this try"
        );
    }
    const BLANKS: &str = "title \"B\"\nset client.isn 1000\nset server.isn 5000\nserver listen\nsay \"Connect.\"\nblank client seq\nclient connect\nsay \"The SYN arrives.\"\nask server state\nblank server ack\nblank server flags\ndeliver\nsay \"The rest.\"\nrun\nnumbering real\n";

    #[test]
    fn a_blank_opens_once_its_step_has_run_and_the_first_answer_counts_in_the_score_and_link() {
        let s = apply(
            Rc::new(AppState::new(1)),
            &[Action::LoadLesson(BLANKS.into())],
        );
        let l = s.lesson.as_ref().unwrap();
        assert_eq!(l.blanks.len(), 3, "the engine answers every blank");
        assert_eq!(l.open_blanks().count(), 0, "nothing has run yet");
        // Blanks are not asked before the step; the question is.
        assert_eq!(l.score().questions, 4);
        let s = apply(s, &[Action::LessonNext]);
        let l = s.lesson.as_ref().unwrap();
        let open: Vec<usize> = l.open_blanks().map(|b| b.line).collect();
        assert_eq!(open, [6]);
        // A blank of a step not run yet cannot be filled in.
        let early = apply(s.clone(), &[Action::LessonFill(10, Given::Typed(1001))]);
        assert!(early.lesson.as_ref().unwrap().answers.is_empty());
        // Wrong, then right: the first answer is the one kept.
        let s = apply(
            s,
            &[
                Action::LessonFill(6, Given::Typed(1001)),
                Action::LessonFill(6, Given::Typed(1000)),
                Action::LessonAnswer(vec![Given::Picked(Answer::State(State::SynReceived))]),
                Action::LessonFill(10, Given::Typed(1001)),
                Action::LessonFill(11, Given::Picked(Answer::Flags(Flags::SYN | Flags::ACK))),
            ],
        );
        assert_eq!(
            answered(&s),
            [(6, false), (9, true), (10, true), (11, true)]
        );
        let l = s.lesson.as_ref().unwrap();
        let wrong = &l.answers[0];
        assert_eq!(
            (wrong.given, wrong.right),
            (
                Answer::Seq(tcp_engine::SeqNum(1001)),
                Answer::Seq(tcp_engine::SeqNum(1000))
            )
        );
        let score = l.score();
        assert_eq!((score.right, score.answered, score.questions), (3, 4, 4));
        // A share link (and a reload) keeps the blanks' answers.
        let back = restore(Source::Link, &s.session_text(), 2).unwrap();
        assert_eq!(answered(&back), answered(&s));
        assert_eq!(back.lesson.as_ref().unwrap().open_blanks().count(), 3);
    }

    #[test]
    fn the_ladder_leaves_an_open_blank_blank_and_draws_its_box() {
        let s = apply(
            Rc::new(AppState::new(1)),
            &[Action::LoadLesson(BLANKS.into()), Action::LessonNext],
        );
        let trace = crate::components::ladder::TraceRef::of(&s);
        assert_eq!(trace.blanks.len(), 1);
        let i18n = crate::i18n::I18n::english();
        let numbering = tcp_engine::numbering::Numbering::absolute();
        let (svg, ..) = crate::components::ladder::to_svg(
            &i18n,
            &trace,
            0,
            &[],
            s.sim.now(),
            &numbering,
            crate::components::ladder::Frame::Strip,
        );
        assert!(svg.contains("class=\"blank-box\""), "{svg}");
        assert!(
            !svg.contains("seq=1000"),
            "the SYN's number is blank: {svg}"
        );
        assert!(svg.contains("SYN seq=\u{a0}"), "{svg}");
    }

    #[test]
    fn the_worksheet_lists_each_steps_questions_and_the_narration_of_the_steps_taken() {
        let s = apply(
            Rc::new(AppState::new(1)),
            &[Action::LoadLesson(BLANKS.into()), Action::LessonNext],
        );
        let l = s.lesson.as_ref().unwrap();
        let sheet: Vec<(usize, Option<String>, usize)> = l
            .worksheet()
            .into_iter()
            .map(|(n, said, asks)| (n, said.map(|t| t.text), asks.len()))
            .collect();
        // Step 1 ran; step 2 has a question (its blanks are on the ladder);
        // step 3 has neither yet.
        assert_eq!(sheet, [(1, Some("Connect.".into()), 0), (2, None, 1)]);
    }
}
