//! The lab's five networks and their training, spread over animation frames (pure, no yew).
//!
//! One button trains both comparisons at once: raw against standardized inputs, and none /
//! batch / layer normalization. Each network advances a few epochs at a time through
//! `NormRun::advance`, which ends bit for bit where one long run would, so chunking changes
//! when the page updates, never what it shows.

use crate::labs::inference::Asking;
pub use crate::labs::phase::Phase;
use crate::labs::run_loop::LabRun;
use neurite_labs::normalize::{LabData, NormRun};
use neurite_labs::NormalizeLab;

/// Epochs per `advance` call.
const CHUNK: usize = 5;

/// The lab's runs.
pub struct Training {
    pub lab: NormalizeLab,
    pub data: Option<LabData>,
    /// `[raw, standardized]`.
    pub standardization: Vec<NormRun>,
    /// `[none, batch, layer]`.
    pub normalization: Vec<NormRun>,
    pub phase: Phase,
    /// Milliseconds spent training, and the frames it took.
    pub busy_ms: f64,
    pub frames: usize,
    /// Why the networks could not be built, if they could not.
    pub error: Option<String>,
    /// Inference (training pauses while on) and the point asked.
    pub asking: Asking,
}

impl Training {
    /// The untrained networks of `lab`.
    pub fn new(lab: NormalizeLab) -> Training {
        let built = LabData::of(&lab).and_then(|data| {
            let std = lab.standardization_runs(&data)?;
            let norm = lab.normalization_runs(&data)?;
            Ok((data, std, norm))
        });
        let (data, standardization, normalization, error) = match built {
            Ok((d, s, n)) => (Some(d), s.into(), n.into(), None),
            Err(e) => (None, Vec::new(), Vec::new(), Some(e.to_string())),
        };
        Training {
            lab,
            data,
            standardization,
            normalization,
            phase: Phase::Ready,
            busy_ms: 0.0,
            frames: 0,
            error,
            asking: Asking {
                on: false,
                coords: vec![1.0, 1.0],
            },
        }
    }
}

impl LabRun for Training {
    type Lab = NormalizeLab;

    fn lab(&self) -> NormalizeLab {
        self.lab
    }

    /// Inference locks the weights: training pauses while it is on and resumes after.
    fn active(&self) -> bool {
        self.phase == Phase::Training && !self.asking.on
    }

    /// Starts training from the untrained networks (still asking the same point).
    fn start(&mut self) {
        let asking = std::mem::take(&mut self.asking);
        *self = Training::new(self.lab);
        self.asking = asking;
        if self.error.is_none() {
            self.phase = Phase::Training;
        }
    }

    fn advance(&mut self) -> bool {
        // Every run advances (no short circuit), then: are all done?
        let runs = self.standardization.iter_mut();
        let states: Vec<bool> = runs
            .chain(self.normalization.iter_mut())
            .map(|r| r.advance(CHUNK))
            .collect();
        let done = states.iter().all(|&d| d);
        if done {
            self.phase = Phase::Done;
        }
        done
    }

    fn trained(&mut self, busy_ms: f64) {
        self.busy_ms += busy_ms;
        self.frames += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_labs::normalize::EPOCHS;

    #[test]
    fn chunked_training_trains_every_network_to_the_budget() {
        let lab = NormalizeLab::default();
        let mut t = Training::new(lab);
        assert_eq!((t.phase, t.error.clone()), (Phase::Ready, None));
        assert_eq!((t.standardization.len(), t.normalization.len()), (2, 3));
        t.start();
        let mut frames = 0;
        while t.phase == Phase::Training {
            t.frame(0.0, || 0.0);
            frames += 1;
        }
        // A zero budget still trains one chunk per frame.
        assert_eq!(frames, EPOCHS / CHUNK);
        let data = LabData::of(&lab).unwrap_or_else(|e| panic!("{e}"));
        let [mut raw, _] = lab
            .standardization_runs(&data)
            .unwrap_or_else(|e| panic!("{e}"));
        raw.advance(EPOCHS);
        assert_eq!(t.standardization[0].losses(), raw.losses());
        assert!(t.normalization.iter().all(|r| r.epoch() == EPOCHS));
    }
}
