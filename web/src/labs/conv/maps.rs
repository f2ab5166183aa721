//! Every filter's feature map side by side ("one filter, one feature"), each on its own
//! colour scale; clicking one shows its filter in detail.

use std::rc::Rc;

use neurite_labs::conv::FeatureMaps;
use yew::prelude::*;

use super::kernel::kernel_name;
use super::text::ConvText;
use super::{edit, ConvLabProps};
use crate::labs::pixel_grid::{magnitude, PixelGrid, Tone};

/// The maps panel.
pub fn maps_panel(props: &ConvLabProps, maps: &FeatureMaps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    html! {
        <>
            <h3>{ ConvText::MapsTitle.t(lang) }</h3>
            <p class="muted">{ ConvText::MapsText.t(lang) }</p>
            <div class="conv-maps">
                { for maps.maps.iter().zip(&lab.kernels).enumerate().map(|(i, (map, kernel))| {
                    let label = ConvText::MapLabel.fill(lang, &[&(i + 1).to_string()]);
                    let pick = edit(props, move |l, _: (usize, usize)| l.selected = i);
                    html! {
                        <figure class={classes!("conv-map", (i == lab.selected).then_some("selected"))}>
                            <PixelGrid values={Rc::new(map.clone())} height={maps.height} width={maps.width}
                                tone={Tone::Signed(magnitude(map))} label={label}
                                on_cell={pick} testid={format!("map-{i}")} />
                            <figcaption>{ format!("{} · {}", i + 1, kernel_name(kernel, lang)) }</figcaption>
                        </figure>
                    }
                }) }
            </div>
        </>
    }
}
