//! What the state's data asks of the network: the [`Task`], the input width (selected
//! features, or raw columns of N-D data) and the output width and head that suit it.
//!
//! | task | default head (loss) | allowed heads | outputs |
//! |---|---|---|---|
//! | binary | tanh (squared error), TFP's | tanh, sigmoid, linear: 1 output; softmax: 2 | 1 or 2 |
//! | K classes | softmax (cross-entropy) | softmax, sigmoid (one-hot targets) | K |
//! | regression | linear (squared error), TFP's | linear, tanh | 1 |

use neurite_data::{input_width, Task};
use neurite_nn::{NetworkSpec, OutputHead};

use super::State;

/// The head a task gets unless the state says otherwise.
pub fn default_head(task: Task) -> OutputHead {
    match task {
        Task::Binary => OutputHead::Tanh,
        Task::Multiclass { .. } => OutputHead::Softmax,
        Task::Regression => OutputHead::Linear,
    }
}

/// Whether `head` can be trained on `task`.
pub fn head_suits(task: Task, head: OutputHead) -> bool {
    match task {
        Task::Binary => true,
        Task::Multiclass { .. } => matches!(head, OutputHead::Softmax | OutputHead::Sigmoid),
        Task::Regression => matches!(head, OutputHead::Linear | OutputHead::Tanh),
    }
}

/// Output neurons for `task` with `head`.
pub fn output_width(task: Task, head: OutputHead) -> usize {
    match (task, head) {
        (Task::Binary, OutputHead::Softmax) => 2,
        (Task::Multiclass { classes }, _) => classes,
        _ => 1,
    }
}

impl State {
    /// The task: from the user's points if present, else from the dataset kind.
    pub fn task(&self) -> Task {
        if let Some(points) = &self.points {
            return points.task;
        }
        let kind = self.dataset.kind;
        if kind.is_regression() {
            Task::Regression
        } else if kind.is_multiclass() {
            Task::Multiclass {
                classes: self.dataset.classes,
            }
        } else {
            Task::Binary
        }
    }

    /// Coordinates per point: the user's points' `dims`, else the dataset kind's.
    pub fn dims(&self) -> usize {
        self.points
            .as_ref()
            .map_or(self.dataset.kind.dims(), |p| p.dims)
    }

    /// Network inputs: the selected features that apply (or N-D data's columns).
    pub fn input_width(&self) -> usize {
        input_width(self.dims(), &self.features)
    }

    /// Network outputs for the task and head.
    pub fn output_width(&self) -> usize {
        output_width(self.task(), self.network.head)
    }

    /// The engine's description of the network this state trains.
    pub fn network_spec(&self) -> NetworkSpec {
        NetworkSpec {
            inputs: self.input_width(),
            hidden: self.network.hidden.clone(),
            outputs: self.output_width(),
            head: self.network.head,
        }
    }

    /// Make head and loss fit the task: keep them if they suit it, else switch to the
    /// task's default head and that head's default loss. Weights are dropped when the
    /// output width changes. Used after replacing the data (CSV import, drawing).
    pub fn adapt_to_task(&mut self) {
        let task = self.task();
        let before = self.output_width();
        if !head_suits(task, self.network.head) {
            self.network.head = default_head(task);
        }
        if !self.network.head.supports(self.network.loss) {
            self.network.loss = self.network.head.default_loss();
        }
        if self.output_width() != before {
            self.weights = None;
            self.wiring.clear();
            self.frozen = Default::default();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_data::DatasetKind;
    use neurite_nn::Loss;

    #[test]
    fn widths_follow_task_and_features() {
        let mut s = State::default();
        assert_eq!(s.task(), Task::Binary);
        assert_eq!((s.input_width(), s.output_width()), (2, 1));
        s.dataset.kind = DatasetKind::Blobs;
        s.dataset.classes = 4;
        s.adapt_to_task();
        assert_eq!(s.network.head, OutputHead::Softmax);
        assert_eq!(s.network.loss, Loss::CrossEntropy);
        assert_eq!(s.output_width(), 4);
        s.dataset.kind = DatasetKind::Sine;
        s.adapt_to_task();
        assert_eq!(s.network.head, OutputHead::Linear);
        assert_eq!(s.network.loss, Loss::SquaredError);
        assert_eq!(s.input_width(), 1);
    }

    #[test]
    fn suitability_table() {
        let k3 = Task::Multiclass { classes: 3 };
        assert!(head_suits(Task::Binary, OutputHead::Softmax));
        assert!(!head_suits(k3, OutputHead::Tanh));
        assert!(!head_suits(Task::Regression, OutputHead::Softmax));
        assert_eq!(output_width(Task::Binary, OutputHead::Softmax), 2);
        assert_eq!(output_width(k3, OutputHead::Sigmoid), 3);
    }
}
