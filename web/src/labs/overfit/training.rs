//! The lab's main run, trained a chunk of epochs per animation frame, and what the page shows
//! of it (pure, no yew): the curves with their markers (`view::Curves`, the playground's),
//! and the model at the scrubber's position — its losses recomputed from that epoch's
//! weights, its picture and its weight histograms — all from `neurite_labs::overfit`.

use std::rc::Rc;

use neurite_labs::overfit::{mean_abs_weight, OverfitRun, Position};
use neurite_labs::OverfitLab;
use neurite_nn::EpochMetrics;

pub use super::phase::Phase;
pub use super::weights::{layer_weights, LayerWeights};
use crate::labs::inference::Asking;
use crate::view::colors::Scale;
use crate::view::{Curves, Field, FieldKind};

/// Epochs per `advance` call.
const CHUNK: usize = 5;
/// Cells per side of the 2-D model picture.
pub const MAP_RES: usize = 50;
/// Samples of the 1-D prediction curve.
pub const CURVE_SAMPLES: usize = 96;
/// The model at the scrubber's position.
#[derive(Debug, Clone, PartialEq)]
pub struct Scrubbed {
    pub index: usize,
    pub at: Position,
    /// Recomputed from the snapshot's weights.
    pub metrics: EpochMetrics,
    /// The prediction: a curve over x (1-D) or the output over the plane (2-D).
    pub picture: Rc<Field>,
    pub weights: Vec<LayerWeights>,
    /// The mean |w| over every weight of the network.
    pub mean_abs: f32,
}

/// The main run and its views.
pub struct Training {
    pub lab: OverfitLab,
    pub run: Option<OverfitRun>,
    pub error: Option<String>,
    pub phase: Phase,
    /// The epoch the learner scrubbed to; `None` follows the latest epoch. An epoch, not
    /// an index: thinning renumbers the positions.
    pub pinned: Option<usize>,
    pub positions: Vec<Position>,
    pub curves: Rc<Curves>,
    pub scrubbed: Option<Scrubbed>,
    /// Inference (the run pauses while on) and the point asked of the scrubbed model.
    pub asking: Asking,
}

impl Training {
    /// The untrained run of `lab`.
    pub fn new(lab: OverfitLab) -> Training {
        let run = lab.start();
        let dims = run.as_ref().map_or(1, |r| r.session.dataset().dims);
        let mut t = Training {
            lab,
            error: run.as_ref().err().map(ToString::to_string),
            run: run.ok(),
            phase: Phase::Ready,
            pinned: lab.scrub,
            positions: Vec::new(),
            curves: Rc::new(Curves::default()),
            scrubbed: None,
            asking: Asking::new(dims),
        };
        if let Some(run) = &mut t.run {
            run.hold(lab.scrub);
        }
        t.refresh();
        t
    }

    /// The run of a lab link as it is opened: with a scrubber position it trains right away
    /// (to its budget, deterministic), so that epoch's model is there to show again.
    pub fn opened(lab: OverfitLab) -> Training {
        let mut t = Training::new(lab);
        if lab.scrub.is_some() && t.run.is_some() {
            t.phase = Phase::Running;
        }
        t
    }

    /// The play button: start (again, from scratch, once done), pause or resume.
    pub fn toggle(&mut self) {
        self.phase = match self.phase {
            Phase::Running => Phase::Paused,
            Phase::Done => {
                *self = Training::new(self.lab);
                Phase::Running
            }
            Phase::Ready | Phase::Paused => Phase::Running,
        };
    }

    /// Trains chunks of epochs until `budget_ms` of `now()` has passed or the run is done.
    pub fn frame(&mut self, budget_ms: f64, now: impl Fn() -> f64) {
        if self.phase != Phase::Running || self.asking.on {
            return;
        }
        let t0 = now();
        loop {
            let done = self.run.as_mut().is_none_or(|r| r.advance(CHUNK));
            if done {
                self.phase = Phase::Done;
                break;
            }
            if now() - t0 >= budget_ms {
                break;
            }
        }
        self.refresh();
    }

    /// Moves the scrubber to `index` (the last index follows the latest epoch again).
    pub fn scrub(&mut self, index: usize) {
        let last = self.positions.len().saturating_sub(1);
        self.pinned = self
            .positions
            .get(index)
            .filter(|_| index < last)
            .map(|p| p.epoch);
        if let Some(run) = &mut self.run {
            run.hold(self.pinned);
        }
        self.refresh_scrubbed();
    }

    /// The scrubber index shown: the pinned epoch (held by the run through the thinning;
    /// the last kept one before it if it was gone before it was pinned), else the latest.
    pub fn index(&self) -> usize {
        let last = self.positions.len().saturating_sub(1);
        self.pinned.map_or(last, |e| {
            let kept = self
                .positions
                .iter()
                .rposition(|p| p.epoch <= e && !p.restored);
            kept.unwrap_or(0)
        })
    }

    /// Re-reads curves, positions and the scrubbed model from the run.
    fn refresh(&mut self) {
        if let Some(run) = &self.run {
            self.curves = Rc::new(Curves::from_history(run.history()));
            self.positions = run.positions();
        }
        self.refresh_scrubbed();
    }

    fn refresh_scrubbed(&mut self) {
        let index = self.index();
        let (Some(run), Some(&at)) = (&self.run, self.positions.get(index)) else {
            self.scrubbed = None;
            return;
        };
        if self.scrubbed.as_ref().is_some_and(|s| s.at == at) {
            return;
        }
        self.scrubbed = scrubbed(run, index, at);
    }
}

/// The model of `run` at `at`: losses, picture and weights.
fn scrubbed(run: &OverfitRun, index: usize, at: Position) -> Option<Scrubbed> {
    let metrics = run.metrics_at(at)?;
    let net = run.model_at(at)?;
    let picture = if run.session.dataset().dims == 1 {
        let data = run.curve_at(at, CURVE_SAMPLES)?;
        let span = crate::view::plane::line_span(run.session.dataset());
        Field {
            res: data.len(),
            channels: 1,
            data,
            scale: Scale::Range(-span, span),
            kind: FieldKind::Line,
        }
    } else {
        let grid = run.grid_at(at, MAP_RES)?;
        Field {
            res: grid.resolution,
            channels: 1,
            data: grid.layers.last()?.row(0).to_vec(),
            scale: Scale::Symmetric,
            kind: FieldKind::Plane,
        }
    };
    let weights = layer_weights(&net);
    Some(Scrubbed {
        index,
        at,
        metrics,
        picture: Rc::new(picture),
        weights,
        mean_abs: mean_abs_weight(&net),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn playing_trains_to_the_budget_and_the_scrubber_recomputes() {
        let lab = OverfitLab {
            epochs: 60,
            ..OverfitLab::default()
        };
        let mut t = Training::new(lab);
        assert_eq!(
            (t.phase, t.error.clone(), t.positions.len()),
            (Phase::Ready, None, 1)
        );
        t.toggle();
        while t.phase == Phase::Running {
            t.frame(0.0, || 0.0);
        }
        assert_eq!(t.phase, Phase::Done);
        assert_eq!(t.curves.train_loss.len(), 60);
        assert_eq!(t.index(), 60, "follows the latest");
        t.scrub(30);
        let s = t.scrubbed.clone().unwrap_or_else(|| panic!("scrubbed"));
        assert_eq!(s.at.epoch, 30);
        assert_eq!(s.metrics.train_loss, Some(t.curves.train_loss[29]));
        assert_eq!(s.picture.data.len(), CURVE_SAMPLES);
        assert_eq!(s.weights.len(), 3);
        let counted: f32 = s.weights[1].histogram.data.iter().sum();
        assert_eq!(
            counted, 256.0,
            "every weight of the 16×16 layer is in a bin"
        );
        assert_eq!((t.pinned, t.index()), (Some(30), 30));
        // A link pinned at 30 trains at once and shows that same model again.
        let mut opened = Training::opened(OverfitLab {
            scrub: Some(30),
            ..lab
        });
        while opened.phase == Phase::Running {
            opened.frame(0.0, || 0.0);
        }
        assert_eq!(
            opened.scrubbed.map(|o| (o.at, o.metrics)),
            Some((s.at, s.metrics))
        );
        t.scrub(999);
        assert_eq!((t.pinned, t.index()), (None, 60));
        // A pinned epoch stays pinned while training thins the positions under it.
        let mut long = Training::new(OverfitLab { epochs: 400, ..lab });
        long.toggle();
        for _ in 0..20 {
            long.frame(0.0, || 0.0);
        }
        let i = long
            .positions
            .iter()
            .position(|p| p.epoch == 99)
            .unwrap_or(0);
        long.scrub(i);
        while long.phase == Phase::Running {
            long.frame(0.0, || 0.0);
        }
        let shown = long
            .scrubbed
            .as_ref()
            .map(|s| (s.at.epoch, s.metrics.train_loss));
        assert_eq!(long.run.as_ref().map(|r| r.stride()), Some(4));
        assert_eq!(
            shown,
            Some((99, Some(long.curves.train_loss[98]))),
            "99 stays, with its own weights, although stride 4 thinned its neighbours"
        );
        t.toggle();
        assert_eq!(
            (t.phase, t.curves.train_loss.len()),
            (Phase::Running, 0),
            "again from scratch"
        );
    }
}
