//! The autoencoder lab's run: an [`AeSession`] driven by the shared live run (see
//! [`crate::labs::live_run`]), and the held-out digits' codes, computed once per epoch (or
//! per redraw while an epoch trains) rather than once per frame.

use std::rc::Rc;

use neurite_labs::autoencoder::latent::{decode, encode, tile, tiled_side, Codes};
use neurite_labs::autoencoder::{AeSession, AutoencoderLab, Plane};

use crate::labs::live_run::{LiveRun, LiveSession};

impl LiveSession for AeSession {
    fn epochs_done(&self) -> usize {
        AeSession::epochs_done(self)
    }
    fn finished(&self, budget: usize) -> bool {
        AeSession::finished(self, budget)
    }
    fn step(&mut self, budget: usize) {
        self.advance(budget, 1);
    }
    fn progress(&self, budget: usize) -> f64 {
        AeSession::progress(self, budget)
    }
}

/// The autoencoder lab's run.
pub type Run = LiveRun<AeSession, AutoencoderLab>;

/// Most held-out digits drawn as dots (MNIST holds out 2,000).
pub const MAX_DOTS: usize = 1000;

/// Cells per side of the decoded map.
pub const MAP_CELLS: usize = 12;

/// The codes of the first [`MAX_DOTS`] held-out digits and the decoded map over their
/// plane, recomputed only when the run, its epochs or its progress changed — not on every
/// render (hovering a dot re-renders the view).
#[derive(Default)]
pub struct CodeCache {
    at: Option<(u64, usize, u64)>,
    codes: Option<Rc<Codes>>,
    map: Option<Rc<Vec<f32>>>,
}

impl CodeCache {
    /// The codes for the run as it stands.
    pub fn codes(&mut self, run: &Run, budget: usize) -> Option<Rc<Codes>> {
        let s = run.session.as_ref()?;
        let at = (
            run.generation,
            s.epochs_done(),
            (s.progress(budget) * 1e6) as u64,
        );
        if self.at != Some(at) || self.codes.is_none() {
            let n = s.val_count().min(MAX_DOTS);
            let len = s.lab.pixels();
            self.codes = encode(s.model(), s.parts(), &s.val_x[..n * len], n).map(Rc::new);
            self.map = None;
            self.at = Some(at);
        }
        self.codes.clone()
    }

    /// The map of decoded images over `plane` (the codes' plane), as one picture of
    /// [`tiled_side`]² values, for the same state as the last [`Self::codes`].
    pub fn map(&mut self, run: &Run, plane: &Plane) -> Option<(Rc<Vec<f32>>, usize)> {
        let s = run.session.as_ref()?;
        let side = s.lab.side();
        if self.map.is_none() {
            let images = decode(s.model(), s.parts(), &plane.grid(MAP_CELLS))?;
            self.map = Some(Rc::new(tile(&images, MAP_CELLS, side)));
        }
        self.map.clone().map(|m| (m, tiled_side(MAP_CELLS, side)))
    }
}
