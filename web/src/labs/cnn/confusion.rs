//! The validation confusion matrix of the CNN: row the true digit, column its answer;
//! clicking a cell lists those images.

use std::rc::Rc;

use neurite_labs::cnn::eval::confusion;
use neurite_labs::cnn::CnnSession;
use yew::prelude::*;

use super::text::CnnText;
use crate::i18n::Lang;
use crate::labs::pixel_grid::{PixelGrid, Tone};

/// Most images listed for one cell.
const MAX_LISTED: usize = 60;

/// The matrix and the images of `selected` (true, predicted).
pub fn matrix(
    session: &CnnSession,
    predicted: &[usize],
    selected: Option<(usize, usize)>,
    on_cell: Callback<(usize, usize)>,
    lang: Lang,
) -> Html {
    let side = session.lab.side();
    let len = side * side;
    let counts = confusion(&session.val_labels, predicted);
    let most = counts.iter().flatten().copied().max().unwrap_or(1).max(1) as f64;
    let listed: Vec<usize> = selected
        .map(|(t, p)| {
            (0..session.val_labels.len())
                .filter(|&i| session.val_labels[i] == t && predicted[i] == p)
                .take(MAX_LISTED)
                .collect()
        })
        .unwrap_or_default();
    html! {
        <>
            <h3>{ CnnText::Confusion.t(lang) }</h3>
            <p class="muted">{ CnnText::ConfusionText.t(lang) }</p>
            <table class="confusion" data-testid="confusion">
                <tr><th>{ format!("{} \\ {}", CnnText::TrueDigit.t(lang), CnnText::Predicted.t(lang)) }</th>
                    { for (0..10).map(|p| html! { <th scope="col">{ p }</th> }) }</tr>
                { for (0..10).map(|t| html! {
                    <tr><th scope="row">{ t }</th>
                        { for (0..10).map(|p| {
                            let n = counts[t][p];
                            let shade = (n as f64 / most * 0.5).min(0.5);
                            let style = if t == p {
                                format!("background:rgba(8,119,189,{shade:.2})")
                            } else {
                                format!("background:rgba(245,147,34,{:.2})", if n > 0 { 0.25 + shade } else { 0.0 })
                            };
                            let click = on_cell.reform(move |_: MouseEvent| (t, p));
                            html! {
                                <td style={style} class={classes!((selected == Some((t, p))).then_some("selected"))}>
                                    <button type="button" onclick={click} data-testid={format!("confusion-{t}-{p}")}
                                        aria-label={CnnText::Cell.fill(lang, &[&t.to_string(), &p.to_string(), &n.to_string()])}>{ n }</button>
                                </td>
                            }
                        }) }
                    </tr>
                }) }
            </table>
            if let Some((t, p)) = selected {
                <p>{ CnnText::Cell.fill(lang, &[&t.to_string(), &p.to_string(), &counts[t][p].to_string()]) }</p>
                if listed.is_empty() { <p class="muted">{ CnnText::NoImages.t(lang) }</p> }
                <div class="cnn-row" data-testid="confusion-images">
                    { for listed.iter().map(|&i| html! {
                        <PixelGrid values={Rc::new(session.val.inputs()[i * len..(i + 1) * len].to_vec())}
                            height={side} width={side} tone={Tone::Ink} label={format!("{t} → {p}")} class={classes!("cnn-cell")} />
                    }) }
                </div>
            }
        </>
    }
}
