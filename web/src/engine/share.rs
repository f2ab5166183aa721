//! Share links and state files from the engine: the exact link (what is on the screen: the
//! weights, the epoch, the loss history and the trainer's memory) or the settings-only one
//! (what starts from scratch), each falling back to the bare settings when its exact parts
//! are too large for a link, so a link the decoder refuses is never produced.

use neurite_nn::{Network, Rng, Stream};
use neurite_playground::{encode_file, encode_link, encode_link_checked, LinkTooLarge, State};

use super::Engine;

/// One encoded share link and what it carries.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shared {
    /// The fragment, without `#`.
    pub link: String,
    /// It opens this very network (weights, epoch, history, memory), not a fresh one.
    pub exact: bool,
    /// The state was too large for such a link, so this one carries the settings only.
    pub too_large: Option<LinkTooLarge>,
    /// The history travels thinned: `(epochs kept, epochs trained)`.
    pub thinned: Option<(usize, usize)>,
}

impl Engine {
    /// Whether the network is no longer the one its seed draws: trained, or a weight or
    /// bias edited (removed links are compared as the zeros they hold).
    pub fn trained_or_edited(&self) -> bool {
        let trainer = self.session.trainer();
        if trainer.epoch() > 0 {
            return true;
        }
        let state = self.session.state();
        let mut rng = Rng::stream(state.seed, Stream::Weights);
        let Ok(init) = Network::new(&state.network_spec(), state.network.init, &mut rng) else {
            return true;
        };
        let now = trainer.network().layers();
        now.len() != init.layers().len()
            || now.iter().zip(init.layers()).any(|(a, b)| {
                let weights = a.weights.iter().zip(&b.weights).zip(&a.mask);
                a.bias != b.bias || weights.into_iter().any(|((x, y), &on)| on && x != y)
            })
    }

    /// The share link: exact (`exact`) or settings-only, falling back to the bare settings
    /// (no points either) when its exact parts are over a link's limits.
    pub fn share(&self, exact: bool) -> Shared {
        let state = self.session.to_state(exact);
        let trained = self.session.trainer().history().len();
        match encode_link_checked(&state) {
            Ok(link) => Shared {
                link,
                exact: state.weights.is_some(),
                too_large: None,
                thinned: (state.history.len() < trained).then_some((state.history.len(), trained)),
            },
            Err(e) => Shared {
                link: settings_link(&state),
                exact: false,
                too_large: Some(e),
                thinned: None,
            },
        }
    }

    /// The whole state as a file's text (every valid state has one).
    pub fn state_file(&self) -> Result<String, String> {
        encode_file(&self.session.to_state(true)).map_err(|e| e.to_string())
    }
}

/// The settings alone: they always fit a link.
fn settings_link(state: &State) -> String {
    encode_link(&state.settings_only())
}
