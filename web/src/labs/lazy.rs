//! Each lab family's views live in a wasm part of their own (split off by the build,
//! `scripts/split-build`), fetched the first time one of its labs opens; the playground's
//! first visit never downloads them.
//!
//! A part is entered through one split point (`#[wasm_split(part)]`, `wasm_split_helpers`):
//! an async function whose body runs in the part and returns the part's render function,
//! [`LabBody`]. The main module keeps only that function pointer, so nothing in the main
//! module names a lab's components and the linker's graph leaves them out of it. Yew 0.23
//! has no `lazy` module (Yew's main branch builds one on the same crate); [`LazyLab`] is the
//! small equivalent: a loading line, then the body, or a message with a retry button when
//! the fetch failed (the rest of the app keeps working).

use std::cell::RefCell;
use std::collections::HashMap;

use neurite_labs::{encode, Lab};
use wasm_split_helpers::SplitLoaderError;
use yew::prelude::*;

use super::page::LabPage;
use super::parts::Part;
use super::text::LabText;
use super::LabViewProps;
use crate::i18n::Lang;
use crate::platform::cell::use_cell;

/// What a lab family's part draws: the body of lab `props.lab`.
pub type LabBody = fn(&LabBodyProps) -> Html;

/// Props of a lab's body, as the part receives them.
#[derive(Properties, PartialEq, Clone)]
pub struct LabBodyProps {
    pub lab: Lab,
    pub lang: Lang,
    pub on_change: Callback<Lab>,
}

/// A part that could not be fetched or instantiated (the loader logs why to the console).
pub struct PartFailed;

impl From<SplitLoaderError> for PartFailed {
    fn from(_: SplitLoaderError) -> Self {
        PartFailed
    }
}

thread_local! {
    /// The parts loaded so far: a lab opened again renders at once.
    static LOADED: RefCell<HashMap<Part, LabBody>> = RefCell::new(HashMap::new());
}

#[derive(Clone, Copy)]
enum Loading {
    Pending,
    Ready(LabBody),
    Failed,
}

/// Lab `props.lab` in its frame, once its family's part is loaded (fetched on first use).
/// Until then only a loading line (or the failure and its Retry) shows, not the frame: the
/// lab appears whole, as it did from a single module.
#[component]
pub fn LazyLab(props: &LabViewProps) -> Html {
    let part = Part::of(props.lab.name());
    let cached = LOADED.with(|l| l.borrow().get(&part).copied());
    let state = use_cell(|| (part, Loading::Pending));
    let start = {
        let state = state.clone();
        Callback::from(move |part: Part| {
            state.set((part, Loading::Pending));
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = part.load().await;
                if let Ok(body) = result {
                    LOADED.with(|l| l.borrow_mut().insert(part, body));
                }
                state.set((part, result.map_or(Loading::Failed, Loading::Ready)));
            });
        })
    };
    let (loading_part, loading) = *state.borrow();
    let stale = loading_part != part;
    {
        let start = start.clone();
        use_effect_with(part, move |&part| {
            if cached.is_none() {
                start.emit(part);
            }
        });
    }
    if let Some(body) = cached {
        return framed(props, body);
    }
    let lang = props.lang;
    match loading {
        Loading::Ready(body) if !stale => framed(props, body),
        Loading::Failed if !stale => html! {
            <main class="lab">
                <div class="message lab-part-failed" role="alert" data-testid="lab-part-failed">
                    <p>{ LabText::PartFailed.t(lang) }</p>
                    <button type="button" data-testid="lab-part-retry" onclick={move |_| start.emit(part)}>
                        { LabText::Retry.t(lang) }
                    </button>
                </div>
            </main>
        },
        _ => html! {
            <main class="lab" aria-busy="true">
                <p class="lab-part-loading" data-testid="lab-part-loading">{ LabText::PartLoading.t(lang) }</p>
            </main>
        },
    }
}

/// The lab page around the part's body.
fn framed(props: &LabViewProps, body: LabBody) -> Html {
    let lang = props.lang;
    let inner = LabBodyProps {
        lab: props.lab.clone(),
        lang,
        on_change: props.on_change.clone(),
    };
    html! {
        <LabPage title={LabText::title(props.lab.name()).t(lang)} link={encode(&props.lab)}
            error={props.error.clone()} lang={lang}>
            { body(&inner) }
        </LabPage>
    }
}
