//! The glossary's terms, as the ids its links carry (`lab=glossary&term=learning-rate`): one
//! enum, so a term id cannot be misspelled in the app and an unknown one in a link is
//! recognised (and ignored) here. The texts live in the app's translation tables.
//!
//! The ids are one table of strings in the enum's order rather than serde names: a serde
//! derive for 26 variants cost the release bundle about 2 KB gzipped.

/// Declares [`GlossaryTerm`] from one table of `Variant => "link-id"` rows, in the notes'
/// order: the enum, [`GlossaryTerm::ALL`] and the ids cannot drift apart.
macro_rules! glossary_terms {
    ($($term:ident => $id:literal,)*) => {
        /// A term of the notes, in the notes' order; [`GlossaryTerm::id`] is its link id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum GlossaryTerm {
            $($term,)*
        }

        impl GlossaryTerm {
            /// Every term, in the glossary's order.
            pub const ALL: [GlossaryTerm; IDS.len()] = [$(GlossaryTerm::$term,)*];
        }

        /// The ids, in the enum's order (kebab-case of each variant's name).
        const IDS: &[&str] = &[$($id,)*];
    };
}

glossary_terms! {
    Neuron => "neuron",
    Weight => "weight",
    Bias => "bias",
    Activation => "activation",
    Relu => "relu",
    Sigmoid => "sigmoid",
    Step => "step",
    Derivative => "derivative",
    Sigma => "sigma",
    LearningRate => "learning-rate",
    Layer => "layer",
    Dense => "dense",
    IoLayers => "io-layers",
    Feedforward => "feedforward",
    Epoch => "epoch",
    Overfitting => "overfitting",
    Normalization => "normalization",
    Regularization => "regularization",
    Dropout => "dropout",
    BatchNorm => "batch-norm",
    LayerNorm => "layer-norm",
    Splits => "splits",
    Holdout => "holdout",
    CrossValidation => "cross-validation",
    EarlyStopping => "early-stopping",
    Inference => "inference",
    Convolution => "convolution",
    Filter => "filter",
    FeatureMap => "feature-map",
    Pooling => "pooling",
    Cnn => "cnn",
    Autoencoder => "autoencoder",
    LatentSpace => "latent-space",
    Vae => "vae",
    Rnn => "rnn",
    Tokenization => "tokenization",
    Embedding => "embedding",
    WordVector => "word-vector",
    DistributedRepresentation => "distributed-representation",
    CosineSimilarity => "cosine-similarity",
    SupervisedLearning => "supervised-learning",
    UnsupervisedLearning => "unsupervised-learning",
    ReinforcementLearning => "reinforcement-learning",
}

impl GlossaryTerm {
    /// The id links and test ids use, e.g. `learning-rate`.
    pub fn id(self) -> &'static str {
        IDS[self as usize]
    }

    /// The term with id `id` (surrounding spaces ignored), if there is one.
    pub fn from_id(id: &str) -> Option<GlossaryTerm> {
        let id = id.trim();
        let i = IDS.iter().position(|t| *t == id)?;
        GlossaryTerm::ALL.get(i).copied()
    }

    /// The glossary's link with this term highlighted: `#lab=glossary&term=<id>`.
    pub fn link(self) -> String {
        format!("#lab=glossary&term={}", self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        let mut ids: Vec<&str> = GlossaryTerm::ALL.iter().map(|t| t.id()).collect();
        for (i, t) in GlossaryTerm::ALL.iter().enumerate() {
            assert_eq!(*t as usize, i, "ALL is in declaration order");
            let kebab = format!("{t:?}")
                .chars()
                .enumerate()
                .flat_map(|(j, c)| match (j, c.is_uppercase()) {
                    (0, _) | (_, false) => vec![c.to_ascii_lowercase()],
                    _ => vec!['-', c.to_ascii_lowercase()],
                })
                .collect::<String>();
            assert_eq!(t.id(), kebab, "the id is the variant's name in kebab-case");
        }
        for (t, id) in GlossaryTerm::ALL.iter().zip(&ids) {
            assert_eq!(GlossaryTerm::from_id(id), Some(*t));
        }
        assert_eq!(GlossaryTerm::LearningRate.id(), "learning-rate");
        assert_eq!(GlossaryTerm::CrossValidation.id(), "cross-validation");
        assert_eq!(GlossaryTerm::from_id("quantum"), None);
        assert_eq!(GlossaryTerm::from_id(""), None);
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), GlossaryTerm::ALL.len());
    }
}
