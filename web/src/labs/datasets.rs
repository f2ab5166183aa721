//! The digit sets, fetched when a lab first needs them and shared by every lab after: one
//! download per set per page, its progress followed by every view that waits, its bytes
//! checked (exact size and hash, `neurite_data::AssetSpec`) and decoded before use. A
//! failure (offline before the first use, a server error, a damaged file) is kept with its
//! reason until the learner retries; nothing else in the app depends on it.
//!
//! The files are `data/<name>?v=<hash>`: the service worker keeps them in a cache of their
//! own across builds (web/sw.js), and a changed file is a new address.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use neurite_data::{AssetSpec, ImageSet, DIGITS_8X8, MNIST_10K};
use neurite_labs::conv::DigitSet;
use yew::prelude::*;

use crate::platform::cell::use_cell;
use crate::platform::fetch::{download, forget_cached, Download, FetchError};

/// Why a set is not available.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The download failed.
    Fetch(FetchError),
    /// The file arrived but is not the expected one (its check's message).
    Damaged(String),
}

/// Where a set stands.
#[derive(Debug, Clone)]
pub enum SetState {
    /// Downloading: bytes received and, when known, the total.
    Loading { received: f64, total: Option<f64> },
    /// Checked and decoded.
    Ready(Rc<ImageSet>),
    /// Not available, and why.
    Failed(LoadError),
}

impl PartialEq for SetState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (SetState::Ready(a), SetState::Ready(b)) => Rc::ptr_eq(a, b),
            (
                SetState::Loading { received, total },
                SetState::Loading {
                    received: r,
                    total: t,
                },
            ) => received == r && total == t,
            (SetState::Failed(a), SetState::Failed(b)) => a == b,
            _ => false,
        }
    }
}

/// The pinned file of `set`.
pub fn asset(set: DigitSet) -> AssetSpec {
    match set {
        DigitSet::Digits8 => DIGITS_8X8,
        DigitSet::Digits28 => MNIST_10K,
    }
}

/// The file's address, relative to the page.
fn url(spec: &AssetSpec) -> String {
    format!("data/{}?v={:016x}", spec.name, spec.fnv1a64)
}

type Listener = (u32, Callback<SetState>);

/// A set's state and its download while one runs.
struct Entry {
    state: SetState,
    download: Option<Download>,
}

thread_local! {
    static SETS: RefCell<HashMap<DigitSet, Entry>> = RefCell::new(HashMap::new());
    static LISTENERS: RefCell<HashMap<DigitSet, Vec<Listener>>> = RefCell::new(HashMap::new());
    static NEXT_ID: RefCell<u32> = const { RefCell::new(0) };
}

/// Sets `set`'s state and tells every view waiting on it (after both tables are released,
/// so a view may ask again at once). `finished`: the download is over and its handle goes
/// (safe here: this runs from the completion call, not from the progress closure).
fn publish(set: DigitSet, state: SetState, finished: bool) {
    SETS.with(|sets| {
        if let Some(entry) = sets.borrow_mut().get_mut(&set) {
            entry.state = state.clone();
            if finished {
                entry.download = None;
            }
        }
    });
    let listeners: Vec<Callback<SetState>> = LISTENERS.with(|l| {
        l.borrow()
            .get(&set)
            .map(|v| v.iter().map(|(_, c)| c.clone()).collect())
            .unwrap_or_default()
    });
    for l in listeners {
        l.emit(state.clone());
    }
}

fn finish(set: DigitSet, result: Result<Vec<u8>, FetchError>) {
    let spec = asset(set);
    let state = match result {
        Err(e) => SetState::Failed(LoadError::Fetch(e)),
        Ok(bytes) => match spec.load(&bytes) {
            Ok(images) => SetState::Ready(Rc::new(images)),
            Err(e) => {
                // The service worker may have cached the damaged copy: drop it, so a retry
                // downloads the file again.
                forget_cached(&url(&spec));
                SetState::Failed(LoadError::Damaged(e.to_string()))
            }
        },
    };
    publish(set, state, true);
}

/// Starts `set`'s download unless it is loaded or under way (`retry`: also after a
/// failure). Returns the state now.
fn ensure(set: DigitSet, retry: bool) -> SetState {
    let current = SETS.with(|sets| sets.borrow().get(&set).map(|e| e.state.clone()));
    match current {
        Some(SetState::Failed(_)) if retry => {}
        Some(state) => return state,
        None => {}
    }
    let loading = SetState::Loading {
        received: 0.0,
        total: None,
    };
    SETS.with(|sets| {
        sets.borrow_mut().insert(
            set,
            Entry {
                state: loading.clone(),
                download: None,
            },
        )
    });
    let handle = download(
        &url(&asset(set)),
        move |received, total| publish(set, SetState::Loading { received, total }, false),
        move |result| finish(set, result),
    );
    match handle {
        Some(d) => {
            SETS.with(|sets| {
                if let Some(e) = sets.borrow_mut().get_mut(&set) {
                    e.download = Some(d);
                }
            });
            publish(set, loading.clone(), false);
            loading
        }
        None => {
            let failed = SetState::Failed(LoadError::Fetch(FetchError::Network));
            publish(set, failed.clone(), true);
            failed
        }
    }
}

/// `set`'s state for a view, fetching it on first use when `wanted` and re-rendering as it
/// loads (`None` when not wanted); and a callback that retries after a failure.
#[hook]
pub fn use_digit_set(set: DigitSet, wanted: bool) -> (Option<SetState>, Callback<()>) {
    let state = use_cell(|| None::<SetState>);
    let id = *use_memo((), |_| {
        NEXT_ID.with(|n| {
            let mut n = n.borrow_mut();
            *n = n.wrapping_add(1);
            *n
        })
    });
    {
        let state = state.clone();
        use_effect_with((set, wanted), move |&(set, wanted)| {
            if wanted {
                let listener = {
                    let state = state.clone();
                    Callback::from(move |s: SetState| state.set(Some(s)))
                };
                LISTENERS.with(|l| l.borrow_mut().entry(set).or_default().push((id, listener)));
                state.set(Some(ensure(set, false)));
            } else {
                state.set(None);
            }
            move || {
                LISTENERS.with(|l| {
                    if let Some(v) = l.borrow_mut().get_mut(&set) {
                        v.retain(|(i, _)| *i != id);
                    }
                });
            }
        });
    }
    let retry = Callback::from(move |()| {
        ensure(set, true);
    });
    (state.get(), retry)
}
