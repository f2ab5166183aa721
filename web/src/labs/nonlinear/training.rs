//! The lab's networks and their training, spread over animation frames (pure, no yew).
//!
//! Two networks train on the press of one button: the lab's own (its depth and width), and
//! — unless the lab's network already is one — a 2-2-1 copy (one hidden layer of two
//! neurons, the same data, activation, rate and seed), whose hidden layer the warped-grid
//! view can draw as a plane, with its output neuron's single line in it. Both advance a few
//! epochs at a time through `NonlinearRun::advance`, which ends bit for bit where one call
//! of `NonlinearLab::train` would, so chunking changes when the page updates, never what it
//! shows.

use std::rc::Rc;

use neurite_labs::NonlinearLab;
use neurite_labs::NonlinearRun;

pub use crate::labs::phase::Phase;
use crate::labs::run_loop::LabRun;
use crate::view::colors::Scale;
use crate::view::{Field, FieldKind};

/// Epochs per `advance` call (each call also evaluates the metrics once).
const CHUNK: usize = 5;
/// Cells per side of the output heatmap.
pub const MAP_RES: usize = 50;

/// Whether the lab's own network has one hidden layer of two neurons.
pub fn is_warpable(lab: &NonlinearLab) -> bool {
    lab.width == 2 && lab.depth == 1
}

/// The 2-2-1 copy of `lab`.
fn warp_lab(lab: NonlinearLab) -> NonlinearLab {
    NonlinearLab {
        width: 2,
        depth: 1,
        ..lab
    }
}

/// The lab's runs.
pub struct Training {
    pub lab: NonlinearLab,
    pub main: Option<NonlinearRun>,
    /// The 2-2-1 copy (`None` when the lab's network is 2-2-1: then `main` is warped).
    pub warp: Option<NonlinearRun>,
    pub phase: Phase,
    /// The output over the plane, refreshed after each frame of training.
    pub map: Option<Rc<Field>>,
    /// Milliseconds spent training, and the frames it took.
    pub busy_ms: f64,
    pub frames: usize,
    /// Why the session could not be built, if it could not.
    pub error: Option<String>,
}

impl Training {
    /// The untrained networks of `lab`.
    pub fn new(lab: NonlinearLab) -> Training {
        let main = lab.start();
        let warp = (!is_warpable(&lab)).then(|| warp_lab(lab).start());
        let error = main.as_ref().err().map(|e| e.to_string());
        let mut t = Training {
            lab,
            main: main.ok(),
            warp: warp.and_then(Result::ok),
            phase: Phase::Ready,
            map: None,
            busy_ms: 0.0,
            frames: 0,
            error,
        };
        t.refresh_map();
        t
    }

    /// The 2-2-1 run.
    pub fn warped(&self) -> Option<&NonlinearRun> {
        if is_warpable(&self.lab) {
            self.main.as_ref()
        } else {
            self.warp.as_ref()
        }
    }

    /// The output neuron over the data square, from the engine's grid pass.
    fn refresh_map(&mut self) {
        let grid = self
            .main
            .as_ref()
            .and_then(|r| r.session.grid_activations(MAP_RES).ok());
        self.map = grid.and_then(|g| {
            let data = g.layers.last()?.row(0).to_vec();
            Some(Rc::new(Field {
                res: g.resolution,
                channels: 1,
                data,
                // The lab's output is TensorFlow Playground's tanh: −1 … 1.
                scale: Scale::Symmetric,
                kind: FieldKind::Plane,
            }))
        });
    }
}

impl LabRun for Training {
    type Lab = NonlinearLab;

    fn lab(&self) -> NonlinearLab {
        self.lab
    }

    fn active(&self) -> bool {
        self.phase == Phase::Training
    }

    /// Starts training from the untrained networks.
    fn start(&mut self) {
        *self = Training::new(self.lab);
        self.phase = Phase::Training;
    }

    fn advance(&mut self) -> bool {
        let main = self.main.as_mut().is_none_or(|r| r.advance(CHUNK));
        let warp = self.warp.as_mut().is_none_or(|r| r.advance(CHUNK));
        if main && warp {
            self.phase = Phase::Done;
        }
        main && warp
    }

    fn trained(&mut self, busy_ms: f64) {
        self.busy_ms += busy_ms;
        self.frames += 1;
        self.refresh_map();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_labs::nonlinear::EPOCHS;
    use neurite_nn::Activation;

    #[test]
    fn chunked_training_ends_where_train_does() {
        let lab = NonlinearLab {
            activation: Activation::Relu,
            ..NonlinearLab::default()
        };
        let mut t = Training::new(lab);
        assert_eq!((t.phase, t.error.clone()), (Phase::Ready, None));
        assert!(
            t.warp.is_some()
                && t.map
                    .as_ref()
                    .is_some_and(|m| m.data.len() == MAP_RES * MAP_RES)
        );
        t.start();
        let mut frames = 0;
        while t.phase == Phase::Training {
            t.frame(0.0, || 0.0);
            frames += 1;
        }
        // A zero budget still trains one chunk per frame.
        assert_eq!(frames, EPOCHS / CHUNK);
        let whole = lab.train().unwrap_or_else(|e| panic!("{e}"));
        let main = t.main.as_ref().map(|r| r.metrics.clone());
        assert_eq!(main, Some(whole.metrics));
        assert!(t.warped().is_some_and(|r| r.epoch() == EPOCHS));
        let two = Training::new(NonlinearLab { width: 2, ..lab });
        assert!(two.warp.is_some(), "width 2 but four layers: a 2-2-1 copy");
        let own = Training::new(NonlinearLab {
            width: 2,
            depth: 1,
            ..lab
        });
        assert!(own.warp.is_none() && own.warped().is_some());
    }
}
