//! The pages' states: nothing to set.

/// The glossary page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GlossaryLab;

/// The lessons page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LessonsLab;
