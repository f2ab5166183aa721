//! Which lab lives in which wasm part, and each part's split point. A part's body is a
//! plain function matching the labs it holds; it runs inside the part, so the components it
//! names are linked into the part and not into the main module.

use neurite_labs::{Lab, LabName};
use wasm_split_helpers::wasm_split;
use yew::prelude::*;

use super::lazy::{LabBody, LabBodyProps, PartFailed};
use super::overfit::OverfitLabView;

/// A lab family's wasm part.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Part {
    Overfit,
}

impl Part {
    /// The part holding lab `name`, `None` for a lab kept in the main module.
    pub fn of(name: LabName) -> Option<Part> {
        match name {
            LabName::Overfit => Some(Part::Overfit),
            _ => None,
        }
    }

    /// Fetches the part (once; a failed fetch is tried again on the next call) and returns
    /// its body.
    pub async fn load(self) -> Result<LabBody, PartFailed> {
        match self {
            Part::Overfit => overfit_part().await,
        }
    }
}

#[wasm_split(lab_overfit, fallible)]
fn overfit_part() -> Result<LabBody, PartFailed> {
    Ok(overfit_body)
}

fn overfit_body(props: &LabBodyProps) -> Html {
    let on = props.on_change.clone();
    match &props.lab {
        Lab::Overfit(lab) => html! {
            <OverfitLabView lab={*lab} lang={props.lang} on_change={on.reform(Lab::Overfit)} />
        },
        _ => Html::default(),
    }
}
