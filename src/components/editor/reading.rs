//! Reading the draft as the teacher types: a short text at once, a long
//! one once typing pauses and a few milliseconds at a time, so that a
//! draft of any size never holds the page (200,000 lines take a few
//! seconds to read, in slices, while typing stays immediate).

use std::cell::Cell;
use std::rc::Rc;
use tcp_engine::scenario::{Parsed, Parsing, Script};
use yew::prelude::*;

/// Texts up to this many bytes are read at once, at every keystroke.
const AT_ONCE: usize = 64 * 1024;
/// How long typing must pause before a longer text is read, in ms.
const PAUSE_MS: u32 = 250;
/// Longest slice of reading before the page is given back, in ms.
const SLICE_MS: f64 = 8.0;
/// Most mistakes kept (and marked).
pub const MAX_MARKS: usize = 100;

/// What reading a text found.
#[derive(Debug, PartialEq)]
pub struct Reading {
    /// The text's generation (see [`use_reading`]).
    pub gen: u64,
    /// What was found.
    pub parsed: Parsed,
}

impl Reading {
    /// The script, if the text reads.
    pub fn script(&self) -> Option<&Script> {
        match &self.parsed {
            Parsed::Script(script) => Some(script),
            Parsed::Errors(..) => None,
        }
    }
}

/// The last reading finished, for the text whose generation is `gen`
/// (bumped at every change): a short text is read at once, as it is
/// drawn; a long one's reading may be of an earlier text while it is read
/// again.
#[hook]
pub fn use_reading(gen: u64, text: Rc<str>) -> Option<Rc<Reading>> {
    let short = text.len() <= AT_ONCE;
    let now = use_memo(gen, {
        let text = text.clone();
        move |&gen| {
            short.then(|| {
                let mut parsing = Parsing::new(MAX_MARKS);
                parsing.work(&text, usize::MAX);
                let parsed = parsing.finish();
                Rc::new(Reading { gen, parsed })
            })
        }
    });
    let later = use_state(|| None::<Rc<Reading>>);
    // The newest generation: a reading of an older text stops.
    let latest = use_memo((), |_| Cell::new(0u64));
    {
        let later = later.clone();
        use_effect_with(gen, move |&gen| {
            latest.set(gen);
            if short {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                super::later(PAUSE_MS).await;
                let mut parsing = Parsing::new(MAX_MARKS);
                loop {
                    if latest.get() != gen {
                        return;
                    }
                    let t0 = js_sys::Date::now();
                    let mut done = false;
                    while !done && js_sys::Date::now() - t0 < SLICE_MS {
                        done = parsing.work(&text, 500);
                    }
                    if done {
                        break;
                    }
                    super::later(0).await;
                }
                let parsed = parsing.finish();
                later.set(Some(Rc::new(Reading { gen, parsed })));
            });
        });
    }
    match &*now {
        Some(reading) => Some(reading.clone()),
        None => (*later).clone(),
    }
}
