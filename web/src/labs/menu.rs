//! The labs menu in the header: one link per lab (`lab-link-<name>`, opening `#lab=<name>`)
//! and the way back to the playground. A `<details>` element, so it opens by keyboard too.

use neurite_labs::LabName;
use yew::prelude::*;

use super::text::LabText;
use crate::i18n::Lang;

/// Props of [`LabsMenu`].
#[derive(Properties, PartialEq, Clone)]
pub struct LabsMenuProps {
    /// The playground's current link (without `#`), for the way back.
    pub playground: AttrValue,
    pub lang: Lang,
}

/// The labs menu.
#[component]
pub fn LabsMenu(props: &LabsMenuProps) -> Html {
    let lang = props.lang;
    html! {
        <details class="labs-menu" data-testid="labs-menu">
            <summary>{ LabText::Labs.t(lang) }</summary>
            <ul>
                { for LabName::ALL.iter().map(|&name| {
                    let href = format!("#lab={}", name.name());
                    html! {
                        <li><a href={href} data-testid={format!("lab-link-{}", name.name())}>
                            { LabText::title(name).t(lang) }</a></li>
                    }
                }) }
                <li><a href={format!("#{}", props.playground)} data-testid="lab-link-playground">
                    { LabText::Playground.t(lang) }</a></li>
            </ul>
        </details>
    }
}
