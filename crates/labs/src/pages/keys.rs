//! The pages' link keys: `lab=glossary&term=<id>` (optional; an unknown id is ignored, so a
//! link from a newer or older Neurite still opens the glossary) and `lab=lessons`.

use super::state::{GlossaryLab, LessonsLab};
use super::terms::GlossaryTerm;
use crate::link::{LabLinkError, LabState, Pairs};

impl LabState for GlossaryLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        self.term
            .map(|t| ("term", t.id().to_string()))
            .into_iter()
            .collect()
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let term = p.get("term")?.and_then(GlossaryTerm::from_id);
        Ok(GlossaryLab { term })
    }
}

impl LabState for LessonsLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }

    fn from_pairs(_: &Pairs) -> Result<Self, LabLinkError> {
        Ok(LessonsLab)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{decode, encode, round_trip, Lab};

    #[test]
    fn the_pages_have_bare_links() {
        for (lab, text) in [
            (Lab::Glossary(GlossaryLab::default()), "lab=glossary"),
            (Lab::Lessons(LessonsLab), "lab=lessons"),
        ] {
            assert_eq!(encode(&lab), text);
            assert_eq!(decode(text), Ok(lab.clone()));
            assert_eq!(decode(&format!("#{text}&term=x")), Ok(lab));
        }
    }

    #[test]
    fn the_glossary_link_names_its_term_and_ignores_unknown_ones() {
        for term in GlossaryTerm::ALL {
            let lab = Lab::Glossary(GlossaryLab { term: Some(term) });
            assert_eq!(encode(&lab), format!("lab=glossary&term={}", term.id()));
            assert_eq!(format!("#{}", encode(&lab)), term.link());
            assert_eq!(round_trip(&lab), Ok(()));
        }
        let dropout = Lab::Glossary(GlossaryLab {
            term: Some(GlossaryTerm::Dropout),
        });
        assert_eq!(decode("#lab=glossary&term=%20dropout"), Ok(dropout));
        for garbage in [
            "term=",
            "term=Dropout",
            "term=%FF%FE",
            "term=dropout%00",
            "term=ü",
        ] {
            let text = format!("lab=glossary&{garbage}");
            assert_eq!(
                decode(&text),
                Ok(Lab::Glossary(GlossaryLab::default())),
                "{text}"
            );
        }
    }
}
