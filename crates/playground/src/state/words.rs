//! How validation messages name the parts of a state: as a learner reads them, not as Rust's
//! `Debug` would print them (which would also bring Debug formatting into the browser bundle).

use neurite_data::{Label, Task};

/// A label as a message writes it: `class 3`, `value 0.5`.
pub(super) fn label_words(label: Label) -> String {
    match label {
        Label::Class(c) => format!("class {c}"),
        Label::Value(v) => format!("value {v}"),
    }
}

/// A task as a message writes it: `a two-class task`, `a 4-class task`, `a regression task`.
pub(super) fn task_words(task: Task) -> String {
    match task {
        Task::Binary => "a two-class task".into(),
        Task::Multiclass { classes } => format!("a {classes}-class task"),
        Task::Regression => "a regression task".into(),
    }
}

/// A link as a message writes it: `3 → 1 into layer 2`.
pub(super) fn link_words(link: &super::LinkRef) -> String {
    format!("{} → {} into layer {}", link.from, link.to, link.layer)
}
