//! The text corpus: stable counts, natural sentences, relation words seen often, and the
//! tokenizers on it (BPE round trips over its alphabet; nothing panics on arbitrary text).

use std::sync::OnceLock;

use neurite_data::text::*;
use proptest::prelude::*;

fn corpus_words(language: Language) -> Vec<String> {
    word_sentences(language)
        .iter()
        .flat_map(|s| words(s, Punctuation::Drop))
        .collect()
}

#[test]
fn corpus_counts_are_stable() {
    let en = english_sentences();
    let ja = japanese_sentences();
    assert_eq!((en.len(), ja.len()), (600, 592));
    assert_eq!(japanese_segmented_sentences().len(), ja.len());
    let distinct = |l| Vocabulary::build(corpus_words(l), 0).expect("small").len() - 1;
    assert_eq!(distinct(Language::English), 312);
    assert_eq!(distinct(Language::Japanese), 278);
    assert_eq!(corpus_words(Language::English).len(), 3629);
    assert_eq!(corpus_words(Language::Japanese).len(), 3948);
    assert_eq!(
        en[..2],
        ["He is a king.", "The king said that he was hungry."]
    );
    assert_eq!(
        ja[..2],
        ["彼は王だ。", "みんなはその王が好きで、彼を尊敬している。"]
    );
}

#[test]
fn corpus_sentences_read_as_sentences() {
    for s in english_sentences() {
        assert!(s.starts_with(|c: char| c.is_ascii_uppercase()), "{s}");
        assert!(s.ends_with('.') || s.ends_with('?'), "{s}");
        assert!(!s.contains("  ") && !s.contains('{'), "{s}");
    }
    for (natural, segmented) in japanese_sentences()
        .iter()
        .zip(japanese_segmented_sentences())
    {
        assert!(
            !natural.contains(' ') && !natural.contains('{'),
            "{natural}"
        );
        assert!(
            natural.ends_with('。') || natural.ends_with('？'),
            "{natural}"
        );
        assert_eq!(segmented.replace(' ', ""), *natural);
    }
}

#[test]
fn relation_words_appear_often() {
    let check = |language, relation_words: &[&str], at_least: u64| {
        let vocab = Vocabulary::build(corpus_words(language), 0).expect("small");
        for w in relation_words {
            let n = vocab.id(w).map_or(0, |id| vocab.count(id));
            assert!(n >= at_least, "{w}: {n}");
        }
    };
    let royalty = [
        "king", "queen", "man", "woman", "prince", "princess", "boy", "girl",
    ];
    check(Language::English, &royalty, 18);
    check(
        Language::Japanese,
        &["王", "女王", "男", "女", "王子", "王女", "少年", "少女"],
        17,
    );
    let places = [
        "paris", "france", "tokyo", "japan", "london", "england", "cairo", "egypt",
    ];
    check(Language::English, &places, 5);
    check(Language::Japanese, &["パリ", "フランス", "東京", "日本"], 5);
    check(
        Language::English,
        &["dog", "barks", "cat", "meows", "big", "bigger", "biggest"],
        3,
    );
    check(
        Language::English,
        &["walk", "walked", "walking", "red", "blue", "three"],
        3,
    );
    check(
        Language::Japanese,
        &["犬", "ワンワン", "赤", "三", "大きい", "歩いた"],
        3,
    );
}

#[test]
fn bpe_round_trips_the_corpus() {
    for language in [Language::English, Language::Japanese] {
        let text = sentences(language).join("\n");
        let bpe = corpus_bpe(language);
        let ids = bpe.encode(&text);
        assert_eq!(bpe.decode(&ids), text);
        assert!(
            ids.len() < text.chars().count(),
            "{language:?}: subwords are longer"
        );
        assert!(ids.iter().all(|&id| id != BPE_UNK_ID));
    }
}

fn corpus_bpe(language: Language) -> &'static Bpe {
    static EN: OnceLock<Bpe> = OnceLock::new();
    static JA: OnceLock<Bpe> = OnceLock::new();
    let cell = if language == Language::English {
        &EN
    } else {
        &JA
    };
    cell.get_or_init(|| Bpe::learn(&sentences(language).join("\n"), 200).expect("corpus"))
}

proptest! {
    #[test]
    fn bpe_round_trips_text_over_a_known_vocabulary(
        picks in proptest::collection::vec((0usize..1000, 0usize..6), 0..80),
    ) {
        let text = sentences(Language::Japanese).join("") + &sentences(Language::English).join("");
        let alphabet: Vec<char> = text.chars().collect();
        let s: String = picks
            .iter()
            .map(|&(i, ws)| match ws {
                0 => ' ',
                1 => '\n',
                _ => alphabet[i * 7 % alphabet.len()],
            })
            .collect();
        for language in [Language::English, Language::Japanese] {
            let bpe = corpus_bpe(language);
            let ids = bpe.encode(&s);
            prop_assert!(ids.iter().all(|&id| (id as usize) < bpe.len()));
            if ids.iter().all(|&id| id != BPE_UNK_ID) {
                prop_assert_eq!(bpe.decode(&ids), s.clone());
            }
        }
    }

    #[test]
    fn tokenizers_never_panic(s in any::<String>(), window in 0usize..40) {
        let ws = words(&s, Punctuation::Keep);
        prop_assert!(ws.iter().all(|w| !w.is_empty() && !w.contains(char::is_whitespace)));
        let ids = corpus_bpe(Language::English).encode(&s);
        let pairs = skipgram_pairs(&ids, window);
        let w = window.min(MAX_WINDOW);
        let expected: usize = (0..ids.len())
            .map(|i| i.min(w) + (ids.len() - 1 - i).min(w))
            .sum();
        prop_assert_eq!(pairs.len(), expected);
    }
}
