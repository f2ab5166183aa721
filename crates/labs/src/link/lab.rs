//! The labs a link can open: [`LabName`], the [`Lab`] enum over every lab's state, the
//! [`LabState`] trait each state implements, and [`encode`] / [`decode`].
//!
//! A lab hash is `lab=<name>&key=value&…`, the lab first, then the state's pairs in the
//! order [`LabState::to_pairs`] gives. Adding a lab is one line in the `labs!` list below
//! (plus its state type implementing [`LabState`]).

use serde::{Deserialize, Serialize};

use super::error::LabLinkError;
use super::pairs::Pairs;
use crate::activation::ActivationLab;
use crate::autoencoder::AutoencoderLab;
use crate::cnn::CnnLab;
use crate::conv::ConvLab;
use crate::descent::DescentLab;
use crate::embed::EmbedLab;
use crate::neuron::NeuronLab;
use crate::nonlinear::NonlinearLab;
use crate::normalize::NormalizeLab;
use crate::overfit::OverfitLab;
use crate::pages::state::{GlossaryLab, LessonsLab};
use crate::paradigms::ParadigmsLab;
use crate::rnn::RnnLab;
use crate::sigma::SigmaLab;
use neurite_playground::link::{fragment, one_of, parse_name};

/// The key naming the lab.
pub const LAB_KEY: &str = "lab";

/// What a lab's state must provide for its link.
pub trait LabState: Sized + Default {
    /// The state's settings as `(key, value)` pairs, values written to read back exactly.
    fn to_pairs(&self) -> Vec<(&'static str, String)>;
    /// The state a link's pairs describe: missing keys take [`Default`] values, unknown keys
    /// are ignored, a bad value is an error naming its key.
    fn from_pairs(pairs: &Pairs) -> Result<Self, LabLinkError>;
}

/// Declares [`LabName`] and [`Lab`] from one list of `Variant => StateType`.
macro_rules! labs {
    ($($(#[$doc:meta])* $variant:ident => $state:ty,)+) => {
        /// Which lab; the link value is the serde name (`neuron`, `activation`, …).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum LabName {
            $($(#[$doc])* $variant,)+
        }

        impl LabName {
            /// Every lab, in menu order.
            pub const ALL: &'static [LabName] = &[$(LabName::$variant,)+];
        }

        /// One lab's state: what the learner set.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Lab {
            $($(#[$doc])* $variant($state),)+
        }

        impl Lab {
            /// Which lab this is.
            pub fn name(&self) -> LabName {
                match self {
                    $(Lab::$variant(_) => LabName::$variant,)+
                }
            }

            /// The lab `name` with its default settings.
            pub fn default_of(name: LabName) -> Lab {
                match name {
                    $(LabName::$variant => Lab::$variant(<$state>::default()),)+
                }
            }

            fn pairs(&self) -> Vec<(&'static str, String)> {
                match self {
                    $(Lab::$variant(s) => s.to_pairs(),)+
                }
            }

            fn read(name: LabName, pairs: &Pairs) -> Result<Lab, LabLinkError> {
                match name {
                    $(LabName::$variant => <$state>::from_pairs(pairs).map(Lab::$variant),)+
                }
            }
        }

        $(impl From<$state> for Lab {
            fn from(s: $state) -> Lab {
                Lab::$variant(s)
            }
        })+
    };
}

labs! {
    /// The artificial neuron y = f(Σ wᵢxᵢ + b).
    Neuron => NeuronLab,
    /// An activation function, its derivative, tangent and secant.
    Activation => ActivationLab,
    /// Σ: adding terms one by one.
    Sigma => SigmaLab,
    /// Gradient descent on a surface.
    Descent => DescentLab,
    /// Why hidden layers need a non-linear activation.
    Nonlinear => NonlinearLab,
    /// Overfitting, the epoch scrubber, Early Stopping, regularization, hold-out vs k-fold.
    Overfit => OverfitLab,
    /// Normalization (input standardization, batch and layer norm) versus regularization.
    Normalize => NormalizeLab,
    /// Convolution (畳み込み層): a kernel's window, feature maps, stride, padding, pooling.
    Conv => ConvLab,
    /// A CNN trained live on digits, beside a dense network.
    Cnn => CnnLab,
    /// An autoencoder and a VAE trained live on digits, with their latent plane.
    Autoencoder => AutoencoderLab,
    /// A character RNN trained live on place names, unrolled through time.
    Rnn => RnnLab,
    /// Tokens, word vectors trained live, cosine similarity, neighbours and analogies.
    Embeddings => EmbedLab,
    /// One world learned three ways: with labels, without them, and from a reward.
    Paradigms => ParadigmsLab,
    /// Every term of the notes, defined, with where Neurite shows it.
    Glossary => GlossaryLab,
    /// An ordered path through the labs and playground setups.
    Lessons => LessonsLab,
}

impl LabName {
    /// The link value, e.g. `neuron`.
    pub fn name(self) -> String {
        super::write::name(&self)
    }
}

/// The hash for `lab`, without the leading `#`: `lab=<name>&key=value&…`.
pub fn encode(lab: &Lab) -> String {
    let mut out = format!("{LAB_KEY}={}", lab.name().name());
    for (key, value) in lab.pairs() {
        out.push('&');
        out.push_str(key);
        out.push('=');
        out.push_str(&value);
    }
    out
}

/// The lab a link stands for. `input` may be a whole URL, a `#…` fragment or the bare hash.
/// Total and bounded: any text gives a lab or a [`LabLinkError`], never a panic.
pub fn decode(input: &str) -> Result<Lab, LabLinkError> {
    let pairs = Pairs::parse(input)?;
    let text = pairs.get(LAB_KEY)?.ok_or(LabLinkError::MissingLab)?;
    let name = parse_name::<LabName>(text.trim())
        .ok_or_else(|| LabLinkError::unknown_lab(text, one_of(LabName::ALL)))?;
    Lab::read(name, &pairs)
}

/// What a page opens for `input` even when it is broken: the decoded lab, or else the
/// defaults of the lab it names (the first lab when it names none that exists) together with
/// why the link could not be read, so the learner lands in the lab they were sent to.
pub fn decode_or_defaults(input: &str) -> (Lab, Option<LabLinkError>) {
    match decode(input) {
        Ok(lab) => (lab, None),
        Err(why) => {
            let named = Pairs::parse(input)
                .ok()
                .and_then(|pairs| pairs.get(LAB_KEY).ok().flatten().map(str::to_owned))
                .and_then(|text| parse_name::<LabName>(text.trim()));
            let name = named.unwrap_or(LabName::ALL[0]);
            (Lab::default_of(name), Some(why))
        }
    }
}

/// Whether `input` (a whole URL, a `#…` fragment or the bare hash) opens a lab rather than
/// the playground: its settings start with `lab=`.
pub fn is_lab_link(input: &str) -> bool {
    fragment(input)
        .strip_prefix(LAB_KEY)
        .is_some_and(|rest| rest.starts_with('='))
}

/// Test helper: `Ok` when `lab` survives encode → decode exactly — the same state, and the
/// same text again (which also tells −0 from 0).
#[cfg(test)]
pub(crate) fn round_trip(lab: &Lab) -> Result<(), String> {
    let link = encode(lab);
    match decode(&link) {
        Ok(back) if back == *lab && encode(&back) == link => Ok(()),
        other => Err(format!("{link} read back as {other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lab_round_trips_by_default_and_names_are_serde() {
        for &name in LabName::ALL {
            let lab = Lab::default_of(name);
            let link = encode(&lab);
            assert!(link.starts_with(&format!("lab={}", name.name())), "{link}");
            assert_eq!(decode(&link), Ok(lab.clone()));
            assert_eq!(
                decode(&format!("https://x.org/app#{link}")),
                Ok(lab.clone())
            );
            assert_eq!(decode(&format!("lab={}", name.name())), Ok(lab));
        }
        let names: Vec<String> = LabName::ALL.iter().map(|n| n.name()).collect();
        assert_eq!(
            names,
            [
                "neuron",
                "activation",
                "sigma",
                "descent",
                "nonlinear",
                "overfit",
                "normalize",
                "conv",
                "cnn",
                "autoencoder",
                "rnn",
                "embeddings",
                "paradigms",
                "glossary",
                "lessons"
            ]
        );
    }

    #[test]
    fn a_broken_link_opens_the_defaults_of_the_lab_it_names() {
        let sigma = Lab::default_of(LabName::Sigma);
        let (lab, why) = decode_or_defaults("#lab=sigma&n=abc");
        assert_eq!(lab, sigma);
        assert_eq!(why, decode("lab=sigma&n=abc").err());
        assert!(why.is_some_and(|e| e.to_string().contains("abc")));
        let (lab, why) = decode_or_defaults("https://x.org/app#lab=sigma&n=0");
        assert_eq!((lab, why.is_some()), (sigma.clone(), true));
        // No lab named, an unknown one, or the name twice: the first lab's defaults.
        for text in ["", "lab=quantum", "lab=sigma&lab=sigma"] {
            let (lab, why) = decode_or_defaults(text);
            assert_eq!(lab, Lab::default_of(LabName::ALL[0]), "{text}");
            assert!(why.is_some(), "{text}");
        }
        let good = encode(&sigma);
        assert_eq!(decode_or_defaults(&good), (sigma, None));
    }

    #[test]
    fn lab_key_errors() {
        assert_eq!(decode(""), Err(LabLinkError::MissingLab));
        assert_eq!(decode("x=1"), Err(LabLinkError::MissingLab));
        let e = decode("lab=quantum").map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err(
                "lab: 'quantum' is not one of neuron, activation, sigma, descent, nonlinear, overfit, normalize, conv, cnn, autoencoder, rnn, embeddings, paradigms, glossary, lessons".into()
            )
        );
        assert_eq!(
            decode("lab=neuron&lab=sigma"),
            Err(LabLinkError::Duplicate { key: "lab" })
        );
        assert!(decode("lab=neuron&future=1").is_ok());
        assert!(is_lab_link("#lab=neuron") && is_lab_link("https://x.org/#lab=sigma"));
        assert!(!is_lab_link("#seed=1&lab=x") && !is_lab_link("#labx=1"));
        // A value containing "://" keeps a bare lab hash a lab link.
        assert!(is_lab_link("lab=neuron&activation=http://x.invalid/"));
        assert!(decode("lab=neuron&activation=http://x.invalid/")
            .is_err_and(|e| e.to_string().contains("http://x.invalid/")));
    }
}
