//! Two pages among the labs that have nothing to set: the glossary (用語集), every term of
//! the notes with its definition and where Neurite shows it, and the lessons, an ordered path
//! through the labs and curated playground setups. Their links carry no keys
//! (`lab=glossary`, `lab=lessons`); any other key is ignored, as in every lab link.

mod keys;
pub(crate) mod state;

pub use state::{GlossaryLab, LessonsLab};
