//! What the learner set in the embeddings lab: the sentence and how it is split, the
//! training budget and seed, how many epochs were trained (a link replays them: runs are
//! deterministic per seed, so the vectors come back bit for bit), and the words picked for
//! the cosine, the neighbours and the analogy.

use serde::{Deserialize, Serialize};

use super::corpus::corpus;

/// Longest sentence, in characters.
pub const MAX_SENTENCE_CHARS: usize = 200;
/// Longest word, in characters.
pub const MAX_WORD_CHARS: usize = 32;
/// Largest epoch budget.
pub const MAX_EPOCHS: usize = 60;

/// How the sentence is split into tokens (トークン化).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tokenizer {
    /// Words (and each punctuation mark); Japanese by the corpus's word list.
    Word,
    /// One token per character.
    Char,
    /// Subwords of the BPE vocabulary learned on the corpus.
    Subword,
}

impl Tokenizer {
    /// Every tokenizer, in the select's order.
    pub const ALL: [Tokenizer; 3] = [Tokenizer::Word, Tokenizer::Char, Tokenizer::Subword];
}

/// The embeddings lab's state.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedLab {
    /// How the sentence is split.
    pub tokenizer: Tokenizer,
    /// The sentence typed (at most [`MAX_SENTENCE_CHARS`] characters, no control characters).
    pub sentence: String,
    /// Epochs to train.
    pub epochs: usize,
    /// The run's seed (initial table, order of the pairs, negatives).
    pub seed: u64,
    /// Epochs trained (0..=`epochs`), replayed when a link opens.
    pub trained: usize,
    /// The two words compared by cosine.
    pub a: String,
    /// The second word.
    pub b: String,
    /// The word whose nearest neighbours are listed.
    pub near: String,
    /// The analogy a − b + c.
    pub analogy: [String; 3],
}

impl Default for EmbedLab {
    /// An English sentence by words; 20 epochs, seed 1; king against queen; king − man + woman.
    fn default() -> Self {
        EmbedLab {
            tokenizer: Tokenizer::Word,
            sentence: "The queen rides a white horse to the castle.".into(),
            epochs: 20,
            seed: 1,
            trained: 0,
            a: "king".into(),
            b: "queen".into(),
            near: "king".into(),
            analogy: ["king".into(), "man".into(), "woman".into()],
        }
    }
}

impl EmbedLab {
    /// The words and their keys, in link order.
    fn words_mut(&mut self) -> [(&'static str, &mut String); 6] {
        let [x, y, z] = &mut self.analogy;
        [
            ("a", &mut self.a),
            ("b", &mut self.b),
            ("near", &mut self.near),
            ("analogy", x),
            ("analogy", y),
            ("analogy", z),
        ]
    }

    /// The first picked word the vectors are not trained on, with its key (a link may name
    /// any word; only the lab, which has the corpus, can tell).
    pub fn unknown_word(&self) -> Option<(&'static str, String)> {
        let c = corpus();
        let mut copy = self.clone();
        let found = copy
            .words_mut()
            .into_iter()
            .find(|(_, w)| c.and_then(|c| c.trained_id(w)).is_none())
            .map(|(k, w)| (k, w.clone()));
        found
    }

    /// The same state with every untrained word replaced by its default.
    pub fn with_known_words(&self) -> EmbedLab {
        let c = corpus();
        let mut out = self.clone();
        let mut d = EmbedLab::default();
        for ((_, w), (_, dw)) in out.words_mut().into_iter().zip(d.words_mut()) {
            if c.and_then(|c| c.trained_id(w)).is_none() {
                *w = dw.clone();
            }
        }
        out
    }
}
