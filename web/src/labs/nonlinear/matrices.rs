//! The collapse written out: the weight matrices W₁ … W_L of a linear network as the engine
//! holds them, and their product W = W_L ⋯ W₁ with the composed bias c, as computed by
//! `neurite_labs::collapse`. Every cell is a plain number, so the product can be checked by
//! hand (or by a test) from the factors shown.

use ndarray::Array2;
use neurite_labs::AffineMap;
use yew::prelude::*;

use crate::view::plot::plain;

/// One matrix as a table of plain numbers.
fn matrix<T: Copy>(m: &Array2<T>, to_f32: impl Fn(T) -> f32, testid: String, name: &str) -> Html {
    let (rows, cols) = m.dim();
    html! {
        <figure class="matrix">
            <figcaption>{ format!("{name} ({rows}×{cols})") }</figcaption>
            <div class="matrix-scroll">
                <table data-testid={testid} data-rows={rows.to_string()} data-cols={cols.to_string()}>
                    { for m.rows().into_iter().map(|row| html! {
                        <tr>{ for row.iter().map(|v| html! { <td>{ plain(to_f32(*v)) }</td> }) }</tr>
                    }) }
                </table>
            </div>
        </figure>
    }
}

/// Subscript digits for matrix names.
fn sub(k: usize) -> String {
    k.to_string()
        .chars()
        .map(|c| char::from_u32(0x2080 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
        .collect()
}

/// W_L · … · W₁ = W, and c.
pub fn collapse_view(map: &AffineMap) -> Html {
    let n = map.factors.len();
    let factors = map.factors.iter().enumerate().rev().map(|(i, w)| {
        let k = i + 1;
        html! {
            <>
                { matrix(w, |v| v, format!("factor-{k}"), &format!("W{}", sub(k))) }
                <span class="times">{ if k > 1 { "·" } else { "=" } }</span>
            </>
        }
    });
    let bias = map.bias.clone().insert_axis(ndarray::Axis(1));
    html! {
        <div class="collapse" data-testid="collapse" data-factors={n.to_string()}>
            { for factors }
            { matrix(&map.weights, |v| v as f32, "collapsed-weights".into(), "W") }
            { matrix(&bias, |v| v as f32, "collapsed-bias".into(), "c") }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::sub;

    #[test]
    fn subscripts() {
        assert_eq!(sub(1), "₁");
        assert_eq!(sub(12), "₁₂");
    }
}
