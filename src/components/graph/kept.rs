//! What the graphs keep between renders, and between closing and opening
//! them (the component is dropped when they close): the series of the
//! session, the drawings without the cursor, the width last measured. Each
//! is made again only when its key changes, so that moving the cursor
//! through time recomputes nothing over the session, and the drawing's
//! markup stays the same string (Yew then leaves its raw HTML in place).

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::thread::LocalKey;

/// One kept value and the key it was made for.
pub type Slot<K, V> = RefCell<Option<(K, Rc<V>)>>;

/// The value kept in `slot` if it was made for `key`, else `make()`'s
/// (kept from then on in place of the old one); `None` (and the old value
/// kept) while `make` gives none (a value not made yet in this render).
pub fn kept_if<K: PartialEq, V>(
    slot: &'static LocalKey<Slot<K, V>>,
    key: K,
    make: impl FnOnce() -> Option<V>,
) -> Option<Rc<V>> {
    slot.with(|slot| {
        if let Some((k, v)) = &*slot.borrow() {
            if *k == key {
                return Some(v.clone());
            }
        }
        let v = Rc::new(make()?);
        *slot.borrow_mut() = Some((key, v.clone()));
        Some(v)
    })
}

/// Whatever value `slot` keeps, made for any key.
pub fn last<K, V>(slot: &'static LocalKey<Slot<K, V>>) -> Option<Rc<V>> {
    slot.with(|slot| slot.borrow().as_ref().map(|(_, v)| v.clone()))
}

thread_local! {
    /// The drawings' width last measured: graphs opened again are drawn
    /// at once at their width, not first at a guess and then again.
    pub static WIDTH: Cell<i32> = const { Cell::new(600) };
}
