//! [`use_cell`]: a component's own memory that callbacks write, with a render after each
//! write.
//!
//! Why not `use_state`: every state type given to `use_state` instantiates Yew's reducer
//! machinery once more (about 1.5 KB of the gzipped bundle each, docs/BENCHMARKS.md); a
//! cell is a `RefCell` behind an `Rc` plus the component's force-update handle, whatever the
//! type. Writes release the borrow before asking for the render, so a render that runs at
//! once (inside the write's event handler) can read the cell without a `BorrowMutError`.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use yew::prelude::*;

/// A value kept across renders; [`StateCell::set`] and [`StateCell::update`] re-render.
pub struct StateCell<T> {
    value: Rc<RefCell<T>>,
    render: UseForceUpdateHandle,
}

impl<T> Clone for StateCell<T> {
    fn clone(&self) -> Self {
        StateCell {
            value: self.value.clone(),
            render: self.render.clone(),
        }
    }
}

impl<T> StateCell<T> {
    /// The value, borrowed: drop the guard before writing.
    pub fn borrow(&self) -> Ref<'_, T> {
        self.value.borrow()
    }

    /// Changes the value in place, then renders.
    pub fn update(&self, change: impl FnOnce(&mut T)) {
        change(&mut self.value.borrow_mut());
        self.render.force_update();
    }

    /// Replaces the value, then renders.
    pub fn set(&self, value: T) {
        self.update(|v| *v = value);
    }

    /// Replaces the value without a render: for a render that derives the value from its
    /// props (and is already rendering).
    pub fn replace_quietly(&self, value: T) {
        *self.value.borrow_mut() = value;
    }
}

impl<T: Clone> StateCell<T> {
    /// A copy of the value.
    pub fn get(&self) -> T {
        self.value.borrow().clone()
    }
}

/// The component's cell, holding `init()` at the first render.
#[hook]
pub fn use_cell<T: 'static>(init: impl FnOnce() -> T) -> StateCell<T> {
    StateCell {
        value: use_mut_ref(init),
        render: use_force_update(),
    }
}
