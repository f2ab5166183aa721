//! The pages' states: the glossary may have one term highlighted; the lessons have nothing
//! to set.

use super::terms::GlossaryTerm;

/// The glossary page, optionally opened at one term (a control's "?" link).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GlossaryLab {
    /// The entry to scroll to and highlight.
    pub term: Option<GlossaryTerm>,
}

/// The lessons page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LessonsLab;
