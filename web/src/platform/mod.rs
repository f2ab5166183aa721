//! The browser, and nothing else: every web API the app uses (location and history,
//! localStorage and its keys, the clipboard, the clock, animation frames, timers, event
//! listeners, canvas pixels, file reading) and the hooks that own them.
//!
//! The first layer of the app: it imports no other folder of `web/src`. Functions degrade
//! quietly (returning `None`/`false`) instead of panicking, because a missing API (private
//! mode storage, an insecure-context clipboard) must never take the playground down.
//! Handles that own a JS closure cancel or detach it on `Drop`.

pub mod canvas;
pub mod cell;
pub mod clipboard;
pub mod clock;
pub mod document;
pub mod events;
pub mod fetch;
pub mod files;
pub mod frames;
pub mod hooks;
pub mod location;
pub mod storage;
pub mod stroke_worker;
pub mod timers;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}
