//! A control's glossary hint: a small "?" link to the glossary at the control's term
//! (`#lab=glossary&term=<id>`), its tooltip the term's definition in the current language.
//! Test id `term-link-<id>`; a page shows each term's link once.

use neurite_labs::GlossaryTerm;
use yew::prelude::*;

use crate::i18n::glossary::{definition, term_name, GlossaryText};
use crate::i18n::Lang;

/// The "?" link to `term`'s glossary entry.
#[inline(never)]
pub fn term_link(term: GlossaryTerm, lang: Lang) -> Html {
    let id = term.id();
    let label = GlossaryText::AboutTerm.fill(lang, &[term_name(term, lang)]);
    html! {
        <a class="term-link" href={term.link()} title={definition(term, lang)}
            aria-label={label} data-testid={format!("term-link-{id}")}>{ "?" }</a>
    }
}

/// The tooltip of a control about `term`: its definition.
pub fn term_title(term: GlossaryTerm, lang: Lang) -> AttrValue {
    AttrValue::Static(definition(term, lang))
}

/// A labelled row's glossary parts, when it has a term: its tooltip and its "?" link (one
/// non-generic function, so generic selects do not each carry a copy).
#[inline(never)]
pub fn term_parts(term: Option<(GlossaryTerm, Lang)>) -> (Option<AttrValue>, Html) {
    match term {
        Some((t, lang)) => (Some(term_title(t, lang)), term_link(t, lang)),
        None => (None, Html::default()),
    }
}
