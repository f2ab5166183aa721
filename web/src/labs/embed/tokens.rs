//! The embeddings lab's first two sections: the sentence split into tokens with their ids
//! (test ids `sentence`, `tokenizer`, `token-count`, `token-<i>` with the piece and its gap
//! in `data-text` and `data-gap`), and the hand-made feature vectors of the warm-up.

use neurite_labs::embed::corpus::{corpus, BPE_MERGES};
use neurite_labs::embed::features::{FEATURES, WORDS};
use neurite_labs::embed::readout::similarity;
use neurite_labs::embed::state::MAX_SENTENCE_CHARS;
use neurite_labs::embed::tokens::tokenize;
use neurite_labs::embed::{EmbedLab, Tokenizer};
use yew::prelude::*;

use super::text::EmbedText as T;
use crate::i18n::Lang;
use crate::labs::controls::{edit_lab, fixed, select};

/// The sentence, the tokenizer, and the tokens.
pub fn tokenization(lab: &EmbedLab, on_change: &Callback<EmbedLab>, lang: Lang) -> Html {
    let tokens = tokenize(&lab.sentence, lab.tokenizer);
    let oninput = edit_lab(lab, on_change, |l: &mut EmbedLab, e: InputEvent| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        l.sentence = v
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_SENTENCE_CHARS)
            .collect();
    });
    let name = move |t: Tokenizer| match t {
        Tokenizer::Word => T::ByWord.t(lang),
        Tokenizer::Char => T::ByChar.t(lang),
        Tokenizer::Subword => T::BySubword.t(lang),
    };
    let n = tokens.tokens.len();
    // Merges learned (fewer than asked when no pair repeats any more).
    let merges = corpus()
        .and_then(|c| c.bpe.as_ref())
        .map_or(BPE_MERGES, |b| b.len() - b.base_len());
    html! {
        <>
            <h2>{ T::TokensTitle.t(lang) }</h2>
            <label class="row"><span class="field-label">{ T::Sentence.t(lang) }</span>
                <input type="text" data-testid="sentence" class="sentence" value={lab.sentence.clone()}
                    maxlength={MAX_SENTENCE_CHARS.to_string()} aria-label={T::Sentence.t(lang)} {oninput} /></label>
            { select(T::Tokenizer.t(lang), "tokenizer", &Tokenizer::ALL, lab.tokenizer, name, None,
                edit_lab(lab, on_change, |l: &mut EmbedLab, t: Tokenizer| l.tokenizer = t)) }
            <p><strong data-testid="token-count" data-value={n.to_string()} data-tail={tokens.tail.clone()}>{ T::TokenCount.fill(lang, &[&n.to_string()]) }</strong></p>
            <ol class="tokens" aria-label={T::TokensTitle.t(lang)}>
                { for tokens.tokens.iter().enumerate().map(|(i, t)| html! {
                    <li data-testid={format!("token-{}", i + 1)} data-text={t.text.clone()} data-gap={t.gap.clone()}
                        data-id={t.id.to_string()} class={if t.id == 0 { "token unknown" } else { "token" }}>
                        <span class="token-text">{ t.shown.replace(' ', "␣") }</span>
                        <span class="token-id">{ t.id }</span>
                    </li>
                }) }
            </ol>
            <p class="muted">{ T::TokensNote.fill(lang, &[&merges.to_string()]) }</p>
        </>
    }
}

/// The feature table: each word's hand-set values, and its cosine with the first word.
pub fn features(lang: Lang) -> Html {
    let pick = |en: &'static str, ja: &'static str| if lang == Lang::Ja { ja } else { en };
    let first = WORDS[0];
    html! {
        <>
            <h2>{ T::FeaturesTitle.t(lang) }</h2>
            <p class="muted">{ T::FeaturesText.t(lang) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={T::FeaturesTitle.t(lang)}><table class="feature-table">
                <tr><th></th>
                    { for FEATURES.iter().map(|&(en, ja)| html! { <th>{ pick(en, ja) }</th> }) }
                    <th>{ T::CosWithFirst.t(lang) }</th></tr>
                { for WORDS.iter().map(|&(en, ja, v)| {
                    let cos = similarity(&first.2, &v).cosine;
                    html! { <tr><th>{ pick(en, ja) }</th>
                        { for v.iter().map(|x| html! { <td>{ format!("{x:.1}") }</td> }) }
                        <td data-testid={format!("feature-cos-{en}")} data-value={cos.to_string()}><strong>{ fixed(cos) }</strong></td></tr> }
                }) }
            </table></div>
        </>
    }
}
