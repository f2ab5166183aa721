//! The EN / 日本語 switch. The choice is remembered by the app (localStorage).

use yew::prelude::*;

use crate::i18n::{Key, Lang};
use crate::store::Action;

/// Props of [`LangSwitch`].
#[derive(Properties, PartialEq, Clone)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// A button that flips the UI language; its text names the other language.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let next = match props.lang {
        Lang::En => Lang::Ja,
        Lang::Ja => Lang::En,
    };
    let onclick = props
        .dispatch
        .reform(move |_: MouseEvent| Action::SetLang(next));
    let text = match next {
        Lang::Ja => "日本語",
        Lang::En => "EN",
    };
    html! {
        <button type="button" class="lang" data-testid="lang" onclick={onclick}
            title={Key::Language.t(props.lang)} lang={next.code()}>{ text }</button>
    }
}
