//! The embeddings lab's word vectors, trained as the page trains them: the loss falls, the
//! run does not depend on how it was cut into frames, the cosine the lab shows is
//! a·b/(‖a‖‖b‖) recomputed here, every word is its own nearest neighbour at cosine 1, and
//! the gender and royalty relations written into the corpus come out as analogies.
//!
//! Measured (release build, 20 epochs, seeds 1–5): king − man + woman → queen first for 5
//! of 5 seeds; prince − boy + girl → princess first 4/5 (second once); 王 − 男 + 女 → 女王
//! 5/5; 王子 − 少年 + 少女 → 王女 5/5; walked − walk + run → ran first 4/5 (second once);
//! bigger − big + small → smaller first 2/5; パリ − フランス + 日本 → 東京 first 2/5; and
//! paris − france + japan → tokyo never among the first five (berlin, rome or beijing come
//! first: every capital shares the same templates, and the corpus ties a capital to its
//! country less strongly than the templates tie the capitals together).

use neurite_labs::embed::readout::{analogy, neighbours, similarity, RELATIONS};
use neurite_labs::embed::session::DIM;
use neurite_labs::embed::EmbedSession;

const EPOCHS: usize = 20;

fn trained(seed: u64, batches_per_call: usize) -> EmbedSession {
    let mut s = EmbedSession::new(seed).expect("session");
    while !s.finished(EPOCHS) {
        s.advance(EPOCHS, batches_per_call);
    }
    s
}

#[test]
fn word_vectors_learn_the_relations_written_into_the_corpus() {
    let s = trained(1, 50);
    assert!(s.failure.is_none(), "{:?}", s.failure);
    let (first, last) = (s.losses[0], s.losses[EPOCHS - 1]);
    assert!(last < 0.4 * first, "loss {first} → {last}");
    // Cut into other chunks, the run is the same to the bit.
    let again = trained(1, 7);
    assert_eq!(again.table(), s.table());
    let c = s.corpus();
    let id = |w: &str| {
        c.trained_id(w)
            .unwrap_or_else(|| panic!("{w} is not trained"))
    };
    // The cosine, recomputed from the vectors.
    for (a, b) in [
        ("king", "queen"),
        ("king", "dog"),
        ("王", "女王"),
        ("paris", "tokyo"),
    ] {
        let (va, vb) = (s.vector(id(a)), s.vector(id(b)));
        assert_eq!((va.len(), vb.len()), (DIM, DIM));
        let dot: f64 = va.iter().zip(vb).map(|(&x, &y)| x as f64 * y as f64).sum();
        let na: f64 = va.iter().map(|&x| (x as f64).powi(2)).sum::<f64>().sqrt();
        let nb: f64 = vb.iter().map(|&x| (x as f64).powi(2)).sum::<f64>().sqrt();
        let sim = similarity(va, vb);
        assert!((sim.cosine - dot / (na * nb)).abs() < 1e-12, "{a}~{b}");
        assert!((sim.degrees.to_radians().cos() - sim.cosine).abs() < 1e-9);
    }
    let royal = similarity(s.vector(id("king")), s.vector(id("queen"))).cosine;
    let other = similarity(s.vector(id("king")), s.vector(id("dog"))).cosine;
    assert!(royal > other + 0.3, "king~queen {royal}, king~dog {other}");
    // Each trained word is its own nearest neighbour, at cosine 1.
    for (w, _) in c.trained_words().step_by(7) {
        let n = neighbours(c, s.table(), w, 3);
        assert_eq!(n[0].0, w, "{:?}", c.vocab.token(w));
        assert!((n[0].1 - 1.0).abs() < 1e-12);
    }
    // The relations that held for every seed measured hold here; the rest are printed.
    for r in RELATIONS {
        let got = analogy(c, s.table(), [id(r[0]), id(r[1]), id(r[2])], 5);
        let words: Vec<&str> = got.iter().filter_map(|&(w, _)| c.vocab.token(w)).collect();
        eprintln!(
            "{} − {} + {} → {words:?} (written for {})",
            r[0], r[1], r[2], r[3]
        );
        if ["queen", "女王", "王女"].contains(&r[3]) {
            assert_eq!(words.first(), Some(&r[3]), "{r:?}: {words:?}");
        }
    }
}
