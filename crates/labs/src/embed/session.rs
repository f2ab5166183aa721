//! Word vectors (単語ベクトル) trained live through the engine: skip-gram with negative
//! sampling on the lab's corpus, a few batches at a time ([`EmbedSession::advance`]) so the
//! page keeps drawing.
//!
//! The model is `embedding 2V×D, dot, sigmoid`: a sample `[w, V + c]` looks up word w's
//! vector (rows `0..V`) and context c's output vector (rows `V..2V`) and outputs
//! σ(E_w · E_{V+c}); binary cross-entropy pushes it to 1 for a true (word, context) pair and
//! to 0 for each of [`NEGATIVES`] words drawn from the unigram^0.75 distribution. Words that
//! share contexts are pulled towards the same output vectors, so their own vectors end up
//! pointing the same way — the distributional hypothesis made into a loss.
//!
//! Why two halves (word2vec's two tables) rather than one shared table: with one table a
//! word is pulled straight towards its neighbours' vectors, so words that *co-occur*
//! (king, palace) become similar rather than words that are *used alike* (king, queen).
//! Measured on this corpus, 20 epochs, seeds 1–4: with one table, queen was never among
//! the five words nearest king − man + woman; with two, it was first for every seed. Adam at
//! [`LEARNING_RATE`], batches of [`BATCH`] samples; the seed fixes the initial table, the
//! order and the negatives, so a run replays bit for bit.

use neurite_data::text::vectors::row;
use neurite_data::text::SkipGramSource;
use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::source::{Batch, BatchSource};
use neurite_nn::model::{EpochRun, Model, ModelTrainConfig, ModelTrainer, Shape};
use neurite_nn::{OptimizerConfig, OptimizerKind, Regularization, Rng, Stream};

use super::corpus::{corpus, LabCorpus};

/// Components of each word vector.
pub const DIM: usize = 16;
/// Negative words drawn per true pair.
pub const NEGATIVES: usize = 4;
/// Samples per optimizer step.
pub const BATCH: usize = 64;
/// Adam's learning rate.
pub const LEARNING_RATE: f32 = 0.02;

/// The skip-gram source with each sample's second id moved to the output half of the
/// table: `[w, c]` becomes `[w, V + c]`, so rows `0..V` are the words' own vectors and rows
/// `V..2V` their vectors as contexts (word2vec's two tables, in one engine embedding).
struct TwoTables {
    inner: SkipGramSource,
    offset: f32,
}

impl BatchSource for TwoTables {
    fn len(&self) -> usize {
        self.inner.len()
    }

    fn fill(&self, indices: &[usize], rng: &mut Rng, batch: &mut Batch) {
        self.inner.fill(indices, rng, batch);
        for pair in batch.x.chunks_exact_mut(2) {
            pair[1] += self.offset;
        }
    }
}

/// A training run of the word vectors.
pub struct EmbedSession {
    trainer: ModelTrainer,
    source: TwoTables,
    run: Option<EpochRun>,
    /// Mean loss of each finished epoch.
    pub losses: Vec<f64>,
    /// Why training stopped (a divergence: the last good table is kept).
    pub failure: Option<String>,
    corpus: &'static LabCorpus,
}

impl EmbedSession {
    /// The untrained table for `seed`.
    pub fn new(seed: u64) -> Result<EmbedSession, String> {
        let corpus = corpus().ok_or("the corpus could not be built")?;
        let words = corpus.vocab.len();
        let source = TwoTables {
            inner: SkipGramSource::new(corpus.pairs.clone(), &corpus.sampling_counts, NEGATIVES)
                .map_err(|e| e.to_string())?,
            // Ids are below 2^20, exact in f32.
            offset: words as f32,
        };
        let arch = format!("embedding {}x{DIM}, dot, sigmoid", 2 * words);
        let kinds = parse_arch(&arch).map_err(|e| e.to_string())?;
        let mut rng = Rng::stream(seed, Stream::Weights);
        let model =
            Model::new(Shape::vector(2), &[], &kinds, &mut rng).map_err(|e| e.to_string())?;
        let config = ModelTrainConfig {
            optimizer: OptimizerConfig {
                kind: OptimizerKind::Adam,
                learning_rate: LEARNING_RATE,
                ..OptimizerConfig::default()
            },
            batch_size: BATCH,
            loss: ModelLoss::BinaryCrossEntropy,
            regularization: Regularization::None,
            regularization_rate: 0.0,
            seed,
        };
        Ok(EmbedSession {
            trainer: ModelTrainer::new(model, config).map_err(|e| e.to_string())?,
            source,
            run: None,
            losses: Vec::new(),
            failure: None,
            corpus,
        })
    }

    /// The corpus the session trains on.
    pub fn corpus(&self) -> &'static LabCorpus {
        self.corpus
    }

    /// Epochs finished.
    pub fn epochs_done(&self) -> usize {
        self.losses.len()
    }

    /// Whether `budget` epochs are trained (or training failed).
    pub fn finished(&self, budget: usize) -> bool {
        self.failure.is_some() || self.epochs_done() >= budget
    }

    /// Trains up to `batches` batches while fewer than `budget` epochs are done; returns
    /// whether an epoch finished. A divergence stops the run with the engine's reason; the
    /// engine has put back the table of the epoch's start.
    pub fn advance(&mut self, budget: usize, batches: usize) -> bool {
        if self.finished(budget) {
            return false;
        }
        let mut run = match self.run.take() {
            Some(run) => run,
            None => self.trainer.begin_epoch(&self.source),
        };
        match self.trainer.train_batches(&mut run, &self.source, batches) {
            Ok(Some(loss)) => {
                self.losses.push(loss);
                true
            }
            Ok(None) => {
                self.run = Some(run);
                false
            }
            Err(e) => {
                self.failure = Some(e.to_string());
                false
            }
        }
    }

    /// Progress through `budget` epochs in [0, 1], counting the epoch under way.
    pub fn progress(&self, budget: usize) -> f64 {
        let part = self.run.as_ref().map_or(0.0, |r| {
            let (at, of) = r.progress();
            at as f64 / of.max(1) as f64
        });
        ((self.epochs_done() as f64 + part) / budget.max(1) as f64).clamp(0.0, 1.0)
    }

    /// The word vectors (`V × DIM`, row `id` = word id's vector): the first half of the
    /// engine's table, the words' own vectors.
    pub fn table(&self) -> &[f32] {
        let all = self
            .trainer
            .model
            .layers()
            .first()
            .and_then(|l| l.params().first())
            .map_or(&[][..], |p| p.value.as_slice());
        let words = self.corpus.vocab.len() * DIM;
        all.get(..words).unwrap_or(all)
    }

    /// The vector of word `id` (empty when out of range).
    pub fn vector(&self, id: u32) -> &[f32] {
        row(self.table(), DIM, id)
    }
}
