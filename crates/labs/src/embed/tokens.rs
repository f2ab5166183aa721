//! A sentence split three ways (トークン化): by words, by characters, by subwords — each
//! token with its id in that tokenizer's vocabulary, learned on the lab's corpus.
//!
//! Every token is a piece of the sentence exactly as typed (`text`), with the whitespace
//! before it (`gap`), so the pieces joined give the sentence back whatever it holds; the
//! id is what a model sees. Words are looked up lower-cased; Japanese, written without
//! spaces, is cut by longest match against the corpus's Japanese words, one character
//! when none matches. Characters: every character is a token, spaces included. Subwords:
//! the learned BPE model's pieces (`king</w>`, the marker ending a word); a single space
//! between two words is implied by that marker, so it becomes the next token's gap.

use neurite_data::text::{is_punctuation, END_OF_WORD, UNK_ID};

use super::corpus::{corpus, LabCorpus};
use super::state::Tokenizer;

/// One token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The whitespace before it in the sentence.
    pub gap: String,
    /// The piece of the sentence it stands for.
    pub text: String,
    /// How the tokenizer writes it (`king</w>`, `<unk>`, or the piece itself).
    pub shown: String,
    /// Its id (0: unknown).
    pub id: u32,
}

/// A sentence's tokens and the whitespace after the last one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tokens {
    /// The tokens, in order.
    pub tokens: Vec<Token>,
    /// Trailing whitespace.
    pub tail: String,
}

impl Tokens {
    /// The sentence again: each gap and piece in turn, then the tail.
    pub fn joined(&self) -> String {
        let mut out = String::new();
        for t in &self.tokens {
            out.push_str(&t.gap);
            out.push_str(&t.text);
        }
        out + &self.tail
    }
}

/// `sentence` split by `tokenizer` (no tokens when the corpus is unavailable).
pub fn tokenize(sentence: &str, tokenizer: Tokenizer) -> Tokens {
    let Some(c) = corpus() else {
        return Tokens {
            tokens: Vec::new(),
            tail: sentence.to_string(),
        };
    };
    match tokenizer {
        Tokenizer::Word => by_words(c, sentence),
        Tokenizer::Char => by_chars(c, sentence),
        Tokenizer::Subword => by_subwords(c, sentence),
    }
}

/// Collects tokens, holding whitespace until the next token needs it as its gap.
#[derive(Default)]
struct Builder {
    out: Tokens,
    gap: String,
}

impl Builder {
    fn push(&mut self, text: &str, shown: &str, id: u32) {
        self.out.tokens.push(Token {
            gap: std::mem::take(&mut self.gap),
            text: text.to_string(),
            shown: shown.to_string(),
            id,
        });
    }

    fn finish(mut self) -> Tokens {
        self.out.tail = self.gap;
        self.out
    }
}

fn word_token(b: &mut Builder, c: &LabCorpus, text: &str) {
    let id = c.vocab.id_or_unk(&text.to_lowercase());
    b.push(text, text, id);
}

fn by_words(c: &LabCorpus, sentence: &str) -> Tokens {
    let mut b = Builder::default();
    let chars: Vec<(usize, char)> = sentence.char_indices().collect();
    let at = |i: usize| chars.get(i).map_or(sentence.len(), |&(p, _)| p);
    let mut i = 0;
    while let Some(&(_, ch)) = chars.get(i) {
        if ch.is_whitespace() {
            b.gap.push(ch);
            i += 1;
        } else if is_punctuation(ch) && !(ch == '\'' && i > 0) {
            word_token(&mut b, c, &sentence[at(i)..at(i + 1)]);
            i += 1;
        } else if ch.is_ascii() {
            // An ASCII word: letters and digits, an apostrophe kept inside.
            let mut j = i;
            while chars.get(j).is_some_and(|&(_, x)| {
                x.is_ascii() && !x.is_ascii_whitespace() && (!is_punctuation(x) || x == '\'')
            }) {
                j += 1;
            }
            j = j.max(i + 1);
            word_token(&mut b, c, &sentence[at(i)..at(j)]);
            i = j;
        } else {
            // Japanese: the longest corpus word starting here, else one character.
            let rest = &sentence[at(i)..];
            let hit = c.ja_words.iter().find(|w| rest.starts_with(w.as_str()));
            let n = hit.map_or(1, |w| w.chars().count());
            word_token(&mut b, c, &sentence[at(i)..at(i + n)]);
            i += n;
        }
    }
    b.finish()
}

fn by_chars(c: &LabCorpus, sentence: &str) -> Tokens {
    let mut b = Builder::default();
    for (p, ch) in sentence.char_indices() {
        let text = &sentence[p..p + ch.len_utf8()];
        let id = c.chars.encode(text).first().copied().unwrap_or(UNK_ID);
        b.push(text, text, id);
    }
    b.finish()
}

fn by_subwords(c: &LabCorpus, sentence: &str) -> Tokens {
    let mut b = Builder::default();
    let Some(bpe) = &c.bpe else {
        return Tokens {
            tokens: Vec::new(),
            tail: sentence.to_string(),
        };
    };
    let mut rest = sentence;
    for id in bpe.encode(sentence) {
        let shown = bpe.token(id).unwrap_or("<unk>");
        // A single space implied between two words goes to the gap.
        let piece = if id == UNK_ID {
            let skip = usize::from(rest.starts_with(' ') && rest.len() > 1);
            let ch = rest[skip..].chars().next().map_or(0, char::len_utf8);
            b.gap.push_str(&rest[..skip]);
            rest = &rest[skip..];
            &rest[..ch]
        } else {
            let text = shown.strip_suffix(END_OF_WORD).unwrap_or(shown);
            if !rest.starts_with(text) && rest.starts_with(' ') {
                b.gap.push(' ');
                rest = &rest[1..];
            }
            if rest.starts_with(text) {
                text
            } else {
                ""
            }
        };
        let piece = piece.to_string();
        rest = &rest[piece.len()..];
        b.push(&piece, shown, id);
    }
    b.gap.push_str(rest);
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shown(s: &str, t: Tokenizer) -> Vec<String> {
        tokenize(s, t)
            .tokens
            .iter()
            .map(|t| t.shown.clone())
            .collect()
    }

    #[test]
    fn each_tokenizer_splits_as_documented() {
        assert_eq!(
            shown("The king's crown!", Tokenizer::Word),
            ["The", "king's", "crown", "!"]
        );
        assert_eq!(
            shown("王は城に住んでいる。", Tokenizer::Word),
            ["王", "は", "城", "に", "住んで", "いる", "。"]
        );
        assert_eq!(shown("王は", Tokenizer::Char), ["王", "は"]);
        let c = corpus().expect("the corpus builds");
        let t = tokenize("The King", Tokenizer::Word);
        assert_eq!(t.tokens[1].id, c.vocab.id("king").unwrap_or(0));
        assert_eq!(t.tokens[1].gap, " ");
        let sub = shown("the queen", Tokenizer::Subword);
        assert!(
            sub.iter().all(|s| !s.is_empty()) && sub.last().is_some_and(|s| s.ends_with("</w>")),
            "{sub:?}"
        );
        let unknown = tokenize("☃", Tokenizer::Char);
        assert_eq!(unknown.tokens[0].id, UNK_ID);
    }

    proptest! {
        #[test]
        fn tokens_join_back_to_the_sentence(s in "\\PC{0,60}|[a-z 王女はの。、 ]{0,40}|.{0,20}") {
            for t in Tokenizer::ALL {
                prop_assert_eq!(tokenize(&s, t).joined(), s.clone(), "{:?}", t);
            }
        }
    }
}
