//! The embeddings lab's drawings, as SVG: the word map (each word at its two principal
//! coordinates), the angle between two vectors, and cosine against distance.

use neurite_labs::embed::readout::Similarity;
use yew::prelude::*;

const W: f64 = 340.0;
const H: f64 = 260.0;
const PAD: f64 = 14.0;

/// One word on the map: its coordinates, its text, and whether it is named (picked or a
/// neighbour: drawn bold) or only labelled.
pub struct Dot<'a> {
    pub at: [f64; 2],
    pub word: &'a str,
    pub picked: bool,
    pub labelled: bool,
}

/// The words at their PCA coordinates, scaled to fill the box; only labelled words are
/// named, so the map stays readable.
pub fn map(dots: &[Dot], title: &str) -> Html {
    let span = |k: usize| {
        let lo = dots.iter().map(|d| d.at[k]).fold(f64::INFINITY, f64::min);
        let hi = dots
            .iter()
            .map(|d| d.at[k])
            .fold(f64::NEG_INFINITY, f64::max);
        if hi > lo {
            (lo, hi - lo)
        } else {
            (lo - 1.0, 2.0)
        }
    };
    let ((x0, xs), (y0, ys)) = (span(0), span(1));
    let pos = |p: [f64; 2]| {
        (
            PAD + (W - 2.0 * PAD) * (p[0] - x0) / xs,
            H - PAD - (H - 2.0 * PAD) * (p[1] - y0) / ys,
        )
    };
    html! {
        <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-label={title.to_string()} data-testid="word-map" class="word-map">
            <rect class="plot-area" x="0.5" y="0.5" width={(W - 1.0).to_string()} height={(H - 1.0).to_string()} />
            { for dots.iter().filter(|d| !d.labelled).map(|d| {
                let (x, y) = pos(d.at);
                html! { <circle class="word-dot" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="1.8" /> }
            }) }
            { for dots.iter().filter(|d| d.labelled).map(|d| {
                let (x, y) = pos(d.at);
                let class = if d.picked { "word-dot picked" } else { "word-dot named" };
                html! { <g>
                    <circle class={class} cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="3" />
                    <text class={if d.picked { "word-label picked" } else { "word-label" }}
                        x={format!("{:.1}", x + 4.0)} y={format!("{:.1}", y - 3.0)}>{ d.word }</text>
                </g> }
            }) }
        </svg>
    }
}

fn arrow(class: &'static str, (ox, oy): (f64, f64), (x, y): (f64, f64), label: &str) -> Html {
    html! { <g class={class}>
        <line x1={format!("{ox:.1}")} y1={format!("{oy:.1}")} x2={format!("{x:.1}")} y2={format!("{y:.1}")} />
        <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="3" />
        <text x={format!("{:.1}", x + 4.0)} y={format!("{:.1}", y - 4.0)}>{ label.to_string() }</text>
    </g> }
}

/// Two unit arrows from one origin at the angle θ between a and b, with the arc between.
pub fn angle(sim: &Similarity, a: &str, b: &str) -> Html {
    let t = sim.degrees.to_radians();
    let tip = |phi: f64| (20.0 + 150.0 * phi.cos(), 100.0 - 80.0 * phi.sin());
    let r = 36.0;
    let arc = format!(
        "M{:.1},100 A{r},{r} 0 {} 0 {:.1},{:.1}",
        20.0 + r,
        u8::from(t > std::f64::consts::PI),
        20.0 + r * t.cos(),
        100.0 - r * t.sin()
    );
    html! {
        <svg viewBox="0 0 240 112" role="img" aria-label={format!("θ = {:.1}°", sim.degrees)} class="angle-plot">
            <path class="angle-arc" d={arc} />
            { arrow("vec-a", (20.0, 100.0), tip(0.0), a) }
            { arrow("vec-b", (20.0, 100.0), tip(t), b) }
            <text x="62" y="96" class="small">{ format!("θ = {:.1}°", sim.degrees) }</text>
        </svg>
    }
}

/// Vectors a, b = 3a and c (as long as a, turned away), drawn to scale, with their cosines
/// and distances from a (computed by the lab crate and passed in).
pub fn versus(
    a: [f32; 2],
    b: [f32; 2],
    c: [f32; 2],
    ab: &Similarity,
    ac: &Similarity,
    dist_word: &str,
) -> Html {
    let unit = 22.0;
    let p = |v: [f32; 2]| {
        (
            20.0 + unit * f64::from(v[0]),
            130.0 - unit * f64::from(v[1]),
        )
    };
    let row = |name: &str, s: &Similarity| {
        format!(
            "{name}: cos = {:.3}, {dist_word} = {:.2}",
            s.cosine, s.distance
        )
    };
    html! {
        <div>
            <svg viewBox="0 0 200 140" role="img" aria-label={row("a, b", ab)} class="versus-plot">
                { arrow("vec-b", p([0.0, 0.0]), p(b), "b = 3a") }
                { arrow("vec-a", p([0.0, 0.0]), p(a), "a") }
                { arrow("vec-c", p([0.0, 0.0]), p(c), "c") }
            </svg>
            <p class="lab-formula" data-testid="versus" data-cos-ab={ab.cosine.to_string()} data-distance-ab={ab.distance.to_string()}>
                { row("a, b", ab) }<br />{ row("a, c", ac) }</p>
        </div>
    }
}
