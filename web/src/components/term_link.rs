//! A control's glossary hint: a small "?" link after its label to the glossary at the
//! control's term (`#lab=glossary&term=<id>`), its tooltip (`title`) the term's definition
//! in the current language. Test id `term-link-<id>`; a page shows each term's link once.
//! (The tooltip is on the link, not repeated on the whole row: the bundle is tight.)

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

/// A labelled row's "?" link, when it has a term (one non-generic function, so generic
/// selects do not each carry a copy).
#[inline(never)]
pub fn term_parts(term: Option<(GlossaryTerm, Lang)>) -> Html {
    term.map_or_else(Html::default, |(t, lang)| term_link(t, lang))
}
