//! Word vectors trained on the corpus through the engine (embedding → dot → σ, binary
//! cross-entropy, negatives drawn per batch): words used in the same contexts end up close,
//! and the gender relation carries over (king − man + woman lands near queen).

use neurite_data::text::{
    analogy, cosine, skipgram_pairs_in, vectors::row, word_sentences, words, Language, Punctuation,
    SkipGramSource, Vocabulary,
};
use neurite_nn::model::arch::parse_arch;
use neurite_nn::model::loss::ModelLoss;
use neurite_nn::model::train::{ModelTrainConfig, ModelTrainer};
use neurite_nn::model::{Model, Shape};
use neurite_nn::{OptimizerConfig, OptimizerKind, Regularization, Rng};

/// Measured for seeds 2–5 (this build): people words' mean similarity among themselves
/// 0.650–0.739, with other topics −0.186 to −0.079; king~queen 0.758–0.885; queen ranked
/// 1, 2, 2 and 5 among the words nearest king − man + woman.
const SEED: u64 = 2;

#[test]
fn english_word_vectors_learn_the_corpus_relations() {
    let sentences: Vec<Vec<String>> = word_sentences(Language::English)
        .iter()
        .map(|s| words(s, Punctuation::Drop))
        .collect();
    let vocab = Vocabulary::build(sentences.iter().flatten(), 1).expect("vocab");
    // Function words ("the", "is", "a", …: each over 0.8 % of the tokens) are dropped before
    // pairing, as word2vec's subsampling of frequent words does in expectation: they are
    // everyone's context, and as everyone's negative they pull every vector together.
    let total: u64 = vocab.counts().iter().sum();
    let frequent = |id: u32| vocab.count(id) * 1000 > total * 8;
    let ids: Vec<Vec<u32>> = sentences
        .iter()
        .map(|s| {
            vocab
                .encode(s)
                .into_iter()
                .filter(|&i| !frequent(i))
                .collect()
        })
        .collect();
    let pairs = skipgram_pairs_in(&ids, 2);
    let source = SkipGramSource::new(pairs, vocab.counts(), 4).expect("source");
    let dim = 16;
    let kinds =
        parse_arch(&format!("embedding {}x{dim}, dot, sigmoid", vocab.len())).expect("arch");
    let model = Model::new(Shape::vector(2), &[], &kinds, &mut Rng::new(SEED)).expect("model");
    let config = ModelTrainConfig {
        optimizer: OptimizerConfig {
            kind: OptimizerKind::Adam,
            learning_rate: 0.02,
            ..OptimizerConfig::default()
        },
        batch_size: 64,
        loss: ModelLoss::BinaryCrossEntropy,
        regularization: Regularization::None,
        regularization_rate: 0.0,
        seed: SEED,
    };
    let mut t = ModelTrainer::new(model, config).expect("trainer");
    let first = t.train_epoch(&source).expect("epoch");
    let mut last = first;
    for _ in 0..19 {
        last = t.train_epoch(&source).expect("epoch");
    }
    assert!(last < 0.85 * first, "loss {first} → {last}");
    let table = &t.model.layers()[0].params()[0].value;
    let id = |w: &str| {
        vocab
            .id(w)
            .unwrap_or_else(|| panic!("{w} not in the corpus"))
    };
    let cos = |a: &str, b: &str| cosine(row(table, dim, id(a)), row(table, dim, id(b)));
    // People words against words of other topics (capitals, animals).
    let people = [
        "king", "queen", "man", "woman", "prince", "princess", "boy", "girl",
    ];
    let others = ["paris", "berlin", "tokyo", "dog", "cat", "horse"];
    let mean = |pairs: Vec<(&str, &str)>| {
        pairs.iter().map(|&(a, b)| cos(a, b)).sum::<f64>() / pairs.len() as f64
    };
    let within = mean(
        people
            .iter()
            .flat_map(|&a| {
                people
                    .iter()
                    .filter(move |&&b| b != a)
                    .map(move |&b| (a, b))
            })
            .collect(),
    );
    let across = mean(
        people
            .iter()
            .flat_map(|&a| others.iter().map(move |&b| (a, b)))
            .collect(),
    );
    eprintln!(
        "people among themselves {within:.3}, with other topics {across:.3}, king~queen {:.3}",
        cos("king", "queen")
    );
    assert!(within > across + 0.3, "{within} vs {across}");
    assert!(cos("king", "queen") > across + 0.3);
    let answers: Vec<String> = analogy(table, dim, id("king"), id("man"), id("woman"), 5)
        .iter()
        .filter_map(|&(w, _)| vocab.token(w).map(str::to_string))
        .collect();
    eprintln!("king − man + woman ≈ {answers:?}");
    assert!(answers.iter().any(|w| w == "queen"), "{answers:?}");
}
