//! The text tools on small inputs: hand-computed BPE, round trips, tokenizer examples,
//! skip-gram pairs, negative sampling. The corpus has its own file, `text_corpus.rs`.

use neurite_data::text::*;
use neurite_nn::rng::{Rng, Stream};
use proptest::prelude::*;

#[test]
fn bpe_merges_by_hand() {
    // "ab ab abc": words ab ×2 and abc ×1, as symbols [a b </w>] ×2, [a b c </w>] ×1.
    // Pair counts: (a,b) 3, (b,</w>) 2, (b,c) 1, (c,</w>) 1 → merge 1: a + b = "ab".
    // Now [ab </w>] ×2, [ab c </w>]: (ab,</w>) 2, (ab,c) 1, (c,</w>) 1 → merge 2: "ab</w>".
    // Now [ab</w>] ×2, [ab c </w>]: every pair occurs once → stop after 2 merges.
    let bpe = Bpe::learn("ab ab abc", 10).expect("small");
    assert_eq!(bpe.merges(), [("a", "b"), ("ab", "</w>")]);
    // Ids: <unk> 0, </w> 1, ' ' '\t' '\n' '\r' 2–5, a b c 6–8, then merges 9 = ab, 10 = ab</w>.
    assert_eq!(bpe.base_len(), 9);
    assert_eq!(bpe.len(), 11);
    assert_eq!(bpe.token(9), Some("ab"));
    assert_eq!(bpe.token(10), Some("ab</w>"));
    assert_eq!(bpe.id("ab</w>"), Some(10));
    assert_eq!(bpe.encode("ab ab abc"), [10, 10, 9, 8, 1]);
    assert_eq!(bpe.decode(&[10, 10, 9, 8, 1]), "ab ab abc");
    assert_eq!(bpe.encode("ba"), [7, 6, 1]);
    // An unknown character is <unk> and decodes to U+FFFD; the word boundary survives.
    assert_eq!(bpe.encode("z ab"), [0, 1, 10]);
    assert_eq!(bpe.decode(&[0, 1, 10]), "\u{FFFD} ab");
    // Fewer merges asked for, fewer learned.
    assert_eq!(
        Bpe::learn("ab ab abc", 1).expect("small").merges(),
        [("a", "b")]
    );
}

#[test]
fn bpe_ties_go_to_the_smallest_pair() {
    // "xy xy zw zw": (x,y), (y,</w>), (z,w), (w,</w>) all occur twice. Smallest left string
    // first ("</w>" sorts before letters only as a right half here):
    // 1. (w,</w>) → "w</w>"   2. (x,y) → "xy"   3. (xy,</w>) → "xy</w>"   4. (z,w</w>).
    let bpe = Bpe::learn("xy xy zw zw", 100).expect("small");
    assert_eq!(
        bpe.merges(),
        [("w", "</w>"), ("x", "y"), ("xy", "</w>"), ("z", "w</w>")]
    );
    assert_eq!(bpe.decode(&bpe.encode("zw xy")), "zw xy");
}

#[test]
fn bpe_limits_are_errors() {
    assert_eq!(
        Bpe::learn("a", MAX_BPE_MERGES + 1),
        Err(TextError::TooManyMerges {
            merges: MAX_BPE_MERGES + 1,
            max: MAX_BPE_MERGES
        })
    );
    let empty = Bpe::learn("", 5).expect("empty text is fine");
    assert_eq!(empty.len(), 6);
    assert!(empty.encode("").is_empty());
    assert_eq!(empty.decode(&[]), "");
    assert_eq!(empty.decode(&[u32::MAX, 2]), "\u{FFFD} ");
}

#[test]
fn bpe_keeps_whitespace_exactly() {
    let text = "  the king\n\nthe  queen\t ";
    let bpe = Bpe::learn(text, 10).expect("small");
    assert_eq!(bpe.decode(&bpe.encode(text)), text);
}

#[test]
fn word_tokenizer_in_english() {
    let w = |s| words(s, Punctuation::Drop);
    assert_eq!(
        w("The king rules the kingdom."),
        ["the", "king", "rules", "the", "kingdom"]
    );
    assert_eq!(w("  Don't  STOP—now! "), ["don't", "stop", "now"]);
    assert_eq!(
        w("In Paris, people speak French."),
        ["in", "paris", "people", "speak", "french"]
    );
    assert_eq!(
        words("Which car is faster?", Punctuation::Keep),
        ["which", "car", "is", "faster", "?"]
    );
    assert_eq!(words("'quoted'", Punctuation::Keep), ["'", "quoted", "'"]);
    assert!(w("").is_empty());
    assert!(w(" .,!? ").is_empty());
    assert_eq!(
        w("王 は 国 を 治める 。"),
        ["王", "は", "国", "を", "治める"]
    );
    assert_eq!(w("王は国を治める。"), ["王は国を治める"]);
}

#[test]
fn character_tokenizer_on_japanese() {
    let text = "王は国を治める";
    assert_eq!(chars(text), ["王", "は", "国", "を", "治", "め", "る"]);
    let tok = CharTokenizer::learn(text).expect("small");
    let ids = tok.encode(text);
    assert_eq!(ids.len(), 7);
    assert_eq!(tok.vocabulary().len(), 8);
    assert_eq!(tok.decode(&ids), text);
    assert_eq!(
        tok.encode("王女"),
        [tok.vocabulary().id_or_unk("王"), UNK_ID]
    );
    assert_eq!(tok.decode(&tok.encode("王女")), "王\u{FFFD}");
}

#[test]
fn vocabulary_order_and_unknowns() {
    let v = Vocabulary::build(["b", "a", "c", "a", "<unk>", "b", "a"], 2).expect("small");
    // <unk> first; then a (3), b (2); c (1) is below min_count and counts as <unk> with the
    // literal "<unk>".
    assert_eq!(v.tokens().collect::<Vec<_>>(), ["<unk>", "a", "b"]);
    assert_eq!(v.counts(), [2, 3, 2]);
    assert_eq!(
        (v.id("a"), v.id("c"), v.id_or_unk("c")),
        (Some(1), None, UNK_ID)
    );
    assert_eq!((v.token(2), v.token(3)), (Some("b"), None));
    assert_eq!(v.encode(&["b", "zzz"]), [2, 0]);
    assert_eq!(v.decode(&[1, 99]), ["a", "<unk>"]);
    // Equal counts keep first appearance.
    let tie = Vocabulary::build(["y", "x", "x", "y"], 0).expect("small");
    assert_eq!(tie.tokens().collect::<Vec<_>>(), ["<unk>", "y", "x"]);
    let fixed = Vocabulary::from_tokens(["q", "p", "q"]).expect("small");
    assert_eq!(fixed.tokens().collect::<Vec<_>>(), ["<unk>", "q", "p"]);
    assert_eq!(
        Vocabulary::build(Vec::<String>::new(), 0)
            .expect("empty")
            .len(),
        1
    );
}

#[test]
fn skipgram_pairs_by_hand() {
    let ids = [10, 20, 30, 40];
    assert_eq!(
        skipgram_pairs(&ids, 1),
        [(10, 20), (20, 10), (20, 30), (30, 20), (30, 40), (40, 30)]
    );
    assert_eq!(
        skipgram_pairs(&ids, 2),
        [
            (10, 20),
            (10, 30),
            (20, 10),
            (20, 30),
            (20, 40),
            (30, 10),
            (30, 20),
            (30, 40),
            (40, 20),
            (40, 30)
        ]
    );
    assert!(skipgram_pairs(&ids, 0).is_empty());
    assert!(skipgram_pairs(&[], 3).is_empty());
    assert!(skipgram_pairs(&[5], usize::MAX).is_empty());
    assert_eq!(skipgram_pairs(&ids, usize::MAX).len(), 12);
    let split = skipgram_pairs_in(&[vec![1, 2], vec![3, 4]], 5);
    assert_eq!(split, [(1, 2), (2, 1), (3, 4), (4, 3)]);
}

#[test]
fn negative_sampling_is_seeded_and_in_range() {
    // Weights 0, 16^0.75 = 8, 1^0.75 = 1, 0: probabilities 0, 8/9, 1/9, 0.
    let sampler = NegativeSampler::new(&[0, 16, 1, 0]).expect("positive counts");
    assert!((sampler.probability(1) - 8.0 / 9.0).abs() < 1e-12);
    assert_eq!((sampler.probability(0), sampler.probability(3)), (0.0, 0.0));
    let draw = |seed| {
        let mut rng = Rng::stream(seed, Stream::Data);
        (0..9)
            .flat_map(|_| sampler.sample(&mut rng, 1000))
            .collect::<Vec<_>>()
    };
    let a = draw(1);
    assert_eq!(a, draw(1));
    assert_ne!(a, draw(2));
    assert!(a.iter().all(|&id| id == 1 || id == 2));
    let ones = a.iter().filter(|&&id| id == 1).count();
    assert!((7700..8300).contains(&ones), "{ones}");
    assert_eq!(
        sampler.sample(&mut Rng::new(0), usize::MAX).len(),
        MAX_NEGATIVES
    );
    assert_eq!(NegativeSampler::new(&[]), Err(TextError::NoCounts));
    assert_eq!(NegativeSampler::new(&[0, 0]), Err(TextError::NoCounts));
}

proptest! {
    #[test]
    fn char_tokenizer_round_trips_any_text(s in any::<String>(), other in any::<String>()) {
        let tok = CharTokenizer::learn(&s).expect("short");
        prop_assert_eq!(tok.decode(&tok.encode(&s)), s.clone());
        // Any other text: one id per character, in range, decoded to as many characters.
        let ids = tok.encode(&other);
        prop_assert_eq!(ids.len(), other.chars().count());
        prop_assert!(ids.iter().all(|&id| (id as usize) < tok.vocabulary().len()));
        prop_assert_eq!(tok.decode(&ids).chars().count(), ids.len());
    }

    #[test]
    fn bpe_round_trips_its_own_text(s in any::<String>(), merges in 0usize..40) {
        let bpe = Bpe::learn(&s, merges).expect("short");
        prop_assert_eq!(bpe.decode(&bpe.encode(&s)), s);
    }
}

#[test]
fn huge_and_strange_input_is_handled() {
    // One 200 000-character "word" (Japanese without spaces): merged in 64-character chunks.
    let long = "王は国を治める".repeat(200_000 / 7);
    let bpe = Bpe::learn(&long[..long.len().min(30_000)], 50).expect("within limits");
    assert_eq!(bpe.decode(&bpe.encode(&long)), long);
    let too_long = " ".repeat(MAX_BPE_TEXT_BYTES + 1);
    assert!(matches!(
        Bpe::learn(&too_long, 1),
        Err(TextError::TextTooLong { .. })
    ));
    assert!(matches!(
        CharTokenizer::learn(&too_long),
        Err(TextError::TextTooLong { .. })
    ));
    // Combining marks, emoji with joiners, right-to-left text, the ideographic space.
    let strange = "e\u{301}te\u{301} 👩‍👩‍👧 שלום\u{3000}العربية\u{200B}!";
    let bpe = Bpe::learn(strange, 30).expect("small");
    assert_eq!(bpe.decode(&bpe.encode(strange)), strange);
    let tok = CharTokenizer::learn(strange).expect("small");
    assert_eq!(tok.decode(&tok.encode(strange)), strange);
    assert_eq!(
        words(strange, Punctuation::Drop),
        [
            "e\u{301}te\u{301}",
            "👩\u{200d}👩\u{200d}👧",
            "שלום",
            "العربية\u{200B}"
        ]
    );
}
