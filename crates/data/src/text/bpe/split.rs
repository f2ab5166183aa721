//! How BPE cuts text before merging: words (runs of non-whitespace) and blanks.
//!
//! A single space between two words is implied by the end-of-word marker and emits nothing;
//! every other whitespace character is a blank of its own. Words longer than
//! [`MAX_WORD_CHARS`] are cut into chunks and only the last chunk ends the word, which bounds
//! the cost of encoding text without spaces (Japanese) while keeping the round trip exact.

/// Longest chunk of a word BPE merges within, in characters.
pub const MAX_WORD_CHARS: usize = 64;

/// One unit of pre-tokenized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Item<'a> {
    /// A chunk of a word; `end` when it is the word's last chunk.
    Word { text: &'a str, end: bool },
    /// A whitespace character that is not the single space between two words.
    Blank(char),
}

/// The runs of `text`: (is whitespace, run).
fn runs(text: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let ws = c.is_whitespace();
        if current.is_some_and(|w| w != ws) {
            out.push((!ws, &text[start..i]));
            start = i;
        }
        current = Some(ws);
    }
    if let Some(ws) = current {
        out.push((ws, &text[start..]));
    }
    out
}

/// `text` cut into words (chunked) and blanks, in order.
pub(super) fn items(text: &str) -> Vec<Item<'_>> {
    let runs = runs(text);
    let mut out = Vec::new();
    for (k, &(ws, run)) in runs.iter().enumerate() {
        if ws {
            let between_words = k > 0 && k + 1 < runs.len();
            if !(run == " " && between_words) {
                out.extend(run.chars().map(Item::Blank));
            }
            continue;
        }
        let mut rest = run;
        loop {
            let cut = rest
                .char_indices()
                .nth(MAX_WORD_CHARS)
                .map_or(rest.len(), |(i, _)| i);
            let (chunk, tail) = rest.split_at(cut);
            out.push(Item::Word {
                text: chunk,
                end: tail.is_empty(),
            });
            if tail.is_empty() {
                break;
            }
            rest = tail;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_spaces_between_words_are_implied() {
        let w = |text, end| Item::Word { text, end };
        assert_eq!(items("a b"), [w("a", true), w("b", true)]);
        assert_eq!(
            items(" a  b\n"),
            [
                Item::Blank(' '),
                w("a", true),
                Item::Blank(' '),
                Item::Blank(' '),
                w("b", true),
                Item::Blank('\n')
            ]
        );
        assert!(items("").is_empty());
        let long = "あ".repeat(MAX_WORD_CHARS + 1);
        assert_eq!(
            items(&long),
            [w(&long[..3 * MAX_WORD_CHARS], false), w("あ", true)]
        );
    }
}
