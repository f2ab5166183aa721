//! The pages' link keys: none (`lab=glossary`, `lab=lessons`).

use super::state::{GlossaryLab, LessonsLab};
use crate::link::{LabLinkError, LabState, Pairs};

impl LabState for GlossaryLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }

    fn from_pairs(_: &Pairs) -> Result<Self, LabLinkError> {
        Ok(GlossaryLab)
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
    use crate::link::{decode, encode, Lab};

    #[test]
    fn the_pages_have_bare_links() {
        for (lab, text) in [
            (Lab::Glossary(GlossaryLab), "lab=glossary"),
            (Lab::Lessons(LessonsLab), "lab=lessons"),
        ] {
            assert_eq!(encode(&lab), text);
            assert_eq!(decode(text), Ok(lab.clone()));
            assert_eq!(decode(&format!("#{text}&term=x")), Ok(lab));
        }
    }
}
