//! The glossary (用語集): every term of the notes with a one- or two-sentence definition in
//! each language and a link to the lab or playground setup that shows it. Each entry is an
//! element `data-testid="term"` with a `data-term` id that is the same in both languages.
//! The entries themselves are `i18n::glossary` (the playground's controls link them too);
//! opened at a term (`#lab=glossary&term=<id>`, a control's "?" link) that entry is
//! highlighted, scrolled into view and focused.

use neurite_labs::{GlossaryLab, GlossaryTerm};
use yew::prelude::*;

use crate::i18n::glossary::{GlossaryText as G, ENTRIES};
use crate::i18n::Lang;
use crate::platform::document::focus_element;

/// The element id of `term`'s entry.
fn entry_id(term: GlossaryTerm) -> String {
    format!("term-{}", term.id())
}

/// Props of [`GlossaryView`].
#[derive(Properties, PartialEq, Clone)]
pub struct GlossaryProps {
    pub lab: GlossaryLab,
    pub lang: Lang,
}

/// The glossary.
#[component]
pub fn GlossaryView(props: &GlossaryProps) -> Html {
    let lang = props.lang;
    let current = props.lab.term;
    // Opened at a term (a control's "?" link), or moved to another: focus that entry, which
    // scrolls it into view. Here, not in the app's route effect: the glossary is a wasm part,
    // so on its first opening the entries exist only once the part has loaded.
    use_effect_with(current, |term| {
        if let Some(t) = term {
            focus_element(&entry_id(*t));
        }
    });
    html! {
        <section class="panel glossary">
            <p class="lab-intro">{ G::Intro.t(lang) }</p>
            <dl>
                { for ENTRIES.iter().map(|e| {
                    let id = e.term.id();
                    let on = current == Some(e.term);
                    html! {
                        <div class={classes!("term", on.then_some("highlighted"))} id={entry_id(e.term)}
                            data-testid="term" data-term={id} tabindex={on.then_some("-1")}
                            aria-current={on.then_some("true")}>
                            <dt>{ e.name.t(lang) }</dt>
                            <dd>{ e.definition.t(lang) }{ " " }
                                <a href={e.link} data-testid="term-link">{ G::SeeIt.t(lang) }</a></dd>
                        </div>
                    }
                }) }
            </dl>
        </section>
    }
}
