//! The word tokenizer (トークン化 by words): lower-case, then split on whitespace and
//! punctuation.
//!
//! A word is a maximal run of characters that are neither whitespace nor punctuation; an
//! apostrophe between two word characters stays inside the word ("don't", "king's").
//! Punctuation is ASCII punctuation plus the common Unicode and CJK marks (、。「」！？…), and
//! each punctuation character is its own token under [`Punctuation::Keep`] or is dropped
//! under [`Punctuation::Drop`]. Everything else (letters, digits, kana, kanji, emoji,
//! combining marks) is a word character, so unsegmented Japanese comes out as one word per
//! run between punctuation: use the corpus's segmented Japanese (分かち書き) for words.

/// What the word tokenizer does with punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Punctuation {
    /// Each punctuation character becomes a token of its own.
    Keep,
    /// Punctuation separates words and is dropped (the choice for skip-gram).
    #[default]
    Drop,
}

/// Whether `c` is punctuation for the word tokenizer.
pub fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32,
            0x00A1..=0x00BF        // ¡ « » ¿ and friends
            | 0x2010..=0x2027      // dashes, quotes, bullets, …
            | 0x2030..=0x205E      // ‰ ′ ‹ › ‼ ⁇ …
            | 0x3001..=0x3003      // 、。〃
            | 0x3008..=0x3011      // 〈〉《》「」『』【】
            | 0x3014..=0x301F      // 〔〕〖〗〘〙〚〛〜〝〞〟
            | 0x30FB               // ・
            | 0xFF01..=0xFF0F      // fullwidth ！＂＃…／
            | 0xFF1A..=0xFF20      // fullwidth ：；＜＝＞？＠
            | 0xFF3B..=0xFF40
            | 0xFF5B..=0xFF65)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The word tokens of `text`, lower-cased, in order. Never panics; empty text gives no tokens.
///
/// ```
/// use neurite_data::text::{words, Punctuation};
/// assert_eq!(words("The King's crown!", Punctuation::Keep), ["the", "king's", "crown", "!"]);
/// assert_eq!(words("The King's crown!", Punctuation::Drop), ["the", "king's", "crown"]);
/// ```
pub fn words(text: &str, punctuation: Punctuation) -> Vec<String> {
    let lower = text.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let mut out = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let inner_apostrophe = is_apostrophe(c)
            && !word.is_empty()
            && chars.get(i + 1).is_some_and(|&n| is_word_char(n));
        if is_word_char(c) || inner_apostrophe {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        if !c.is_whitespace() && punctuation == Punctuation::Keep {
            out.push(c.to_string());
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn is_word_char(c: char) -> bool {
    !c.is_whitespace() && !is_punctuation(c)
}
