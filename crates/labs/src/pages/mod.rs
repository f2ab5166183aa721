//! Two pages among the labs: the glossary (用語集), every term of the notes with its
//! definition and where Neurite shows it, and the lessons, an ordered path through the labs
//! and curated playground setups. The glossary's link may name one term to highlight
//! (`lab=glossary&term=dropout`; an unknown term is ignored); the lessons' carries no keys.
//! Any other key is ignored, as in every lab link.

mod keys;
pub(crate) mod state;
pub mod terms;

pub use state::{GlossaryLab, LessonsLab};
pub use terms::GlossaryTerm;
