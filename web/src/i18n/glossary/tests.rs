//! The glossary's entries: one per term, each link opening a lab or a playground state.

use super::*;

#[test]
fn every_link_opens_a_lab_or_a_playground_state() {
    for e in ENTRIES {
        let ok = if neurite_labs::is_lab_link(e.link) {
            neurite_labs::decode(e.link).is_ok()
        } else {
            neurite_playground::decode_link(e.link).is_ok()
        };
        assert!(ok, "{:?} links to {}", e.term, e.link);
    }
    let terms: Vec<GlossaryTerm> = ENTRIES.iter().map(|e| e.term).collect();
    assert_eq!(
        terms,
        GlossaryTerm::ALL,
        "one entry per term, in the terms' order"
    );
    for term in GlossaryTerm::ALL {
        assert_eq!(entry_of(term).term, term);
    }
}
