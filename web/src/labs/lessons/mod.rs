//! The lessons: a short ordered path through the labs and a handful of curated playground
//! setups, each step one click, from "what is a neuron" to "why my model overfits".

mod text;

use yew::prelude::*;

use crate::i18n::Lang;
use text::LessonText as L;

/// Every step: title, what to try, where (a `#…` link of this app).
const STEPS: &[(L, L, &str)] = &[
    (L::TNeuron, L::DNeuron, "#lab=neuron"),
    (L::TThreshold, L::DThreshold, "#lab=neuron&inputs=1&x1=8&w1=1&bias=-10&activation=step&gain=1"),
    (L::TSigma, L::DSigma, "#lab=sigma"),
    (L::TActivation, L::DActivation, "#lab=activation&activation=sigmoid"),
    (L::TXor, L::DXor, "#dataset=xor&networkShape=&x=true&y=true"),
    (L::TNonlinear, L::DNonlinear, "#lab=nonlinear"),
    (L::TDescent, L::DDescent, "#lab=descent"),
    (L::TDiverge, L::DDiverge, "#problem=regression&regDataset=reg-plane&activation=linear&networkShape=4,4&learningRate=10"),
    (L::TUpdate, L::DUpdate, "#dataset=xor&networkShape=3&activation=tanh&learningRate=0.1&x=true&y=true"),
    (L::TSpiral, L::DSpiral, "#dataset=spiral&networkShape=4&activation=tanh&x=true&y=true"),
    (L::TOverfit, L::DOverfit, "#regDataset=sine&problem=regression&networkShape=8,8&activation=tanh&learningRate=0.03&optimizer=adam&percTrainData=50&percValData=25&x=true"),
    (L::TOverfitLab, L::DOverfitLab, "#lab=overfit"),
    (L::TNormalize, L::DNormalize, "#lab=normalize"),
    (L::TInference, L::DInference, "#dataset=circle&networkShape=8,8&dropout=0.3,0&norm=batch,none&x=true&y=true"),
    (L::TConv, L::DConv, "#lab=conv&image=bar&filters=1&k0=edge-vertical&row=7&col=4"),
    (L::TPool, L::DPool, "#lab=conv&filters=1&k0=edge-vertical&relu=true&shift=1"),
    (L::TCnn, L::DCnn, "#lab=cnn"),
    (L::TAutoencoder, L::DAutoencoder, "#lab=autoencoder"),
    (L::TVae, L::DVae, "#lab=autoencoder&mode=vae&beta=0.1"),
    (L::TRnn, L::DRnn, "#lab=rnn&steps=30"),
    (L::TEmbed, L::DEmbed, "#lab=embeddings"),
    (L::TParadigms, L::DParadigms, "#lab=paradigms"),
    (L::TGlossary, L::DGlossary, "#lab=glossary"),
];

/// Props of [`LessonsView`].
#[derive(Properties, PartialEq, Clone)]
pub struct LessonsProps {
    pub lang: Lang,
}

/// The lessons page.
#[component]
pub fn LessonsView(props: &LessonsProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="panel lessons">
            <p class="lab-intro">{ L::Intro.t(lang) }</p>
            <ol>
                { for STEPS.iter().enumerate().map(|(i, (title, what, link))| html! {
                    <li data-testid="lesson" data-step={(i + 1).to_string()}>
                        <h3>{ format!("{}. {}", i + 1, title.t(lang)) }</h3>
                        <p>{ what.t(lang) }{ " " }<a href={*link} data-testid="lesson-link">{ L::Open.t(lang) }</a></p>
                    </li>
                }) }
            </ol>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_opens_a_lab_or_a_playground_state() {
        for (_, _, link) in STEPS {
            let ok = if neurite_labs::is_lab_link(link) {
                neurite_labs::decode(link).is_ok()
            } else {
                neurite_playground::decode_link(link).is_ok()
            };
            assert!(ok, "{link}");
        }
    }
}
