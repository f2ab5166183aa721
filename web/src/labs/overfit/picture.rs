//! The lab's pictures: the model at the scrubbed epoch over the data — a prediction curve
//! over x for the sine, the output over the plane for the circle — with every point styled
//! by its part of the split; and the same data coloured by k-fold fold.

use std::rc::Rc;

use neurite_data::{Dataset, DOMAIN};
use neurite_playground::SplitIndices;
use yew::prelude::*;

use crate::components::heatmap::Heatmap;
use crate::components::plot::axes;
use crate::platform::events::position_in_closest;
use crate::view::colors::{class_color, css, Rgb};
use crate::view::plane::line_span;
use crate::view::plot::Frame;
use crate::view::Field;

const SIDE: f64 = 300.0;

/// Ten fold colours, told apart without relying on red–green alone.
const FOLD_COLORS: [Rgb; 10] = [
    [31, 119, 180],
    [255, 127, 14],
    [44, 160, 44],
    [214, 39, 40],
    [148, 103, 189],
    [140, 86, 75],
    [227, 119, 194],
    [23, 190, 207],
    [188, 189, 34],
    [60, 60, 60],
];

/// Which part of the split a point is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Train,
    Validation,
    Test,
}

/// The part of every point of a dataset of `n` points.
fn parts(split: &SplitIndices, n: usize) -> Vec<Part> {
    let mut out = vec![Part::Test; n];
    for &i in &split.train {
        if let Some(p) = out.get_mut(i) {
            *p = Part::Train;
        }
    }
    for &i in &split.validation {
        if let Some(p) = out.get_mut(i) {
            *p = Part::Validation;
        }
    }
    out
}

/// The frame of the data: the square domain (2-D), or x by ±the value span (1-D).
fn frame(data: &Dataset) -> Frame {
    let (lo, hi) = (f64::from(DOMAIN.0), f64::from(DOMAIN.1));
    if data.dims == 1 {
        let span = f64::from(line_span(data));
        Frame::new((lo, hi), (-span, span), SIDE, SIDE * 0.7)
    } else {
        Frame::new((lo, hi), (lo, hi), SIDE, SIDE)
    }
}

/// A point's place in the picture: (x₁, x₂), or (x, value) for 1-D data.
fn place(data: &Dataset, i: usize) -> Option<(f64, f64)> {
    let p = data.points.get(i)?;
    let x = f64::from(*p.coords.first()?);
    let y = if data.dims == 1 {
        f64::from(p.label.as_f32())
    } else {
        f64::from(*p.coords.get(1)?)
    };
    (x.is_finite() && y.is_finite()).then_some((x, y))
}

/// One dot: filled for training, hollow for validation, small and grey for test.
fn dot(f: &Frame, (x, y): (f64, f64), colour: Rgb, part: Part) -> Html {
    let (cx, cy) = (format!("{:.1}", f.px(x)), format!("{:.1}", f.py(y)));
    match part {
        Part::Train => html! { <circle class="pt" cx={cx} cy={cy} r="3.4" fill={css(colour)} /> },
        Part::Validation => html! {
            <circle class="pt hollow" cx={cx} cy={cy} r="3.4" fill="white" stroke={css(colour)} stroke-width="1.6" />
        },
        Part::Test => {
            html! { <circle class="pt test" cx={cx} cy={cy} r="2.2" fill="rgb(160,160,160)" /> }
        }
    }
}

/// The colour of a point by its class (sine values: one colour).
fn class_of(data: &Dataset, i: usize) -> Rgb {
    let class = data.points.get(i).and_then(|p| p.label.class());
    class.map_or([40, 40, 40], class_color)
}

/// The model `picture` (a curve or a plane field) over the data, split-styled; a click
/// emits the clicked point's coordinates (x, or (x₁, x₂)) through `on_pick`.
pub fn model_picture(
    data: &Dataset,
    split: &SplitIndices,
    picture: &Rc<Field>,
    (version, label): (u64, &str),
    on_pick: Callback<Vec<f32>>,
) -> Html {
    let f = frame(data);
    let dims = data.dims;
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some((fx, fy)) = position_in_closest(&e, ".model-pick") {
            let (x, y) = (f.x_at(fx * f.width) as f32, f.y_at(fy * f.height) as f32);
            on_pick.emit(if dims == 1 { vec![x] } else { vec![x, y] });
        }
    });
    let parts = parts(split, data.len());
    let dots = (0..data.len()).filter_map(|i| {
        let at = place(data, i)?;
        Some(dot(&f, at, class_of(data, i), parts[i]))
    });
    let height = f.height;
    if data.dims == 1 {
        // Sample i is the prediction at the centre of the i-th of n cells across x
        // (`neurite_data::line_coords`).
        let n = picture.data.len().max(1) as f64;
        let (lo, hi) = f.x;
        let line = f.path(
            picture
                .data
                .iter()
                .enumerate()
                .map(|(i, &v)| (lo + (hi - lo) * (i as f64 + 0.5) / n, f64::from(v))),
        );
        html! {
            <svg viewBox={format!("0 0 {SIDE} {height}")} class="overfit-picture model-pick" role="img"
                aria-label={label.to_string()} data-testid="model-curve" onclick={onclick}>
                { axes(&f) }
                { for dots }
                <path class="prediction" d={line} />
            </svg>
        }
    } else {
        html! {
            <div class="plane-stack overfit-plane model-pick" onclick={onclick}>
                <Heatmap field={picture.clone()} version={version} class="plane-map" testid="model-map" />
                <svg viewBox={format!("0 0 {SIDE} {SIDE}")} class="plane-overlay" role="img" aria-label={label.to_string()}>
                    { axes(&f) }
                    { for dots }
                </svg>
            </div>
        }
    }
}

/// The data coloured by fold (`fold_of` per pool position, `pool` the dataset indices),
/// test points grey; the fold being trained drawn larger.
pub fn folds_picture(
    data: &Dataset,
    pool: &[usize],
    fold_of: &[usize],
    active: Option<usize>,
    label: &str,
) -> Html {
    let f = frame(data);
    let mut fold = vec![None; data.len()];
    for (&i, &k) in pool.iter().zip(fold_of) {
        if let Some(slot) = fold.get_mut(i) {
            *slot = Some(k);
        }
    }
    let dots = (0..data.len()).filter_map(|i| {
        let at = place(data, i)?;
        Some(match fold[i] {
            Some(k) if active == Some(k) => {
                let c = FOLD_COLORS[k % FOLD_COLORS.len()];
                html! { <circle class="pt active" cx={format!("{:.1}", f.px(at.0))} cy={format!("{:.1}", f.py(at.1))}
                    r="5" fill="white" stroke={css(c)} stroke-width="2.4" data-fold={(k + 1).to_string()} /> }
            }
            Some(k) => {
                let c = FOLD_COLORS[k % FOLD_COLORS.len()];
                html! { <circle class="pt" cx={format!("{:.1}", f.px(at.0))} cy={format!("{:.1}", f.py(at.1))}
                    r="3.6" fill={css(c)} data-fold={(k + 1).to_string()} /> }
            }
            None => dot(&f, at, [160, 160, 160], Part::Test),
        })
    });
    let height = f.height;
    html! {
        <svg viewBox={format!("0 0 {SIDE} {height}")} class="overfit-picture" role="img"
            aria-label={label.to_string()} data-testid="folds-picture">
            { axes(&f) }
            { for dots }
        </svg>
    }
}

/// The colour of fold `k` as CSS, for the score table.
pub fn fold_css(k: usize) -> String {
    css(FOLD_COLORS[k % FOLD_COLORS.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_follow_the_split() {
        let split = SplitIndices {
            train: vec![0, 2],
            validation: vec![1],
            test: vec![3],
        };
        assert_eq!(
            parts(&split, 4),
            [Part::Train, Part::Validation, Part::Train, Part::Test]
        );
    }
}
