//! Editing the data by hand: pick a class (or a value for regression) and click or drag on
//! the output plane to add points, erase points, clear them all, or import a CSV file by
//! choosing a file or pasting text. Import errors name the line and the reason.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::slider::Slider;
use crate::i18n::{Key, Lang};
use crate::platform::files;
use crate::store::{Action, CsvOutcome};
use crate::view::colors;
use crate::view::DrawTool;

/// Largest chosen file copied into the paste box for the learner to see and edit.
const MAX_SHOWN_BYTES: usize = 64 * 1024;

/// Props of [`DataEditor`].
#[derive(Properties, PartialEq, Clone)]
pub struct DataEditorProps {
    pub draw: Option<DrawTool>,
    /// Classes of the task, `None` for regression.
    pub classes: Option<usize>,
    /// Coordinates per data point: on 1-D data a click adds (x, y), so no value slider.
    pub dims: usize,
    pub csv: Option<CsvOutcome>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// The data editor.
#[component]
pub fn DataEditor(props: &DataEditorProps) -> Html {
    let lang = props.lang;
    let d = &props.dispatch;
    let text = use_node_ref();
    let tool = |t: Option<DrawTool>| d.reform(move |_: MouseEvent| Action::SetDrawTool(t));
    let active = |t: DrawTool| props.draw == Some(t);
    let class_buttons: Html = match props.classes {
        Some(k) => (0..k)
            .map(|c| {
                let t = DrawTool::Class(c);
                let style = format!("background:{}", colors::css(colors::class_color(c)));
                html! {
                    <button type="button" class={classes!(active(t).then_some("active"))}
                        onclick={tool(if active(t) { None } else { Some(t) })}
                        aria-pressed={active(t).to_string()}>
                        <span class="swatch" style={style} />{ format!(" {}", c) }
                    </button>
                }
            })
            .collect(),
        None if props.dims == 1 => html! {},
        None => {
            let value = match props.draw {
                Some(DrawTool::Value(v)) => v,
                _ => 0.5,
            };
            html! {
                <Slider label={Key::DrawValue.t(lang)} value={value as f64} min={-1.0} max=1.0 step=0.05
                    on_input={d.reform(|v: f64| Action::SetDrawTool(Some(DrawTool::Value(v as f32))))} />
            }
        }
    };
    let apply = {
        let (text, d) = (text.clone(), d.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = text.cast::<HtmlTextAreaElement>() {
                d.emit(Action::ImportCsv(area.value()));
            }
        })
    };
    let on_file = {
        let (text, d) = (text.clone(), d.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (text, d) = (text.clone(), d.clone());
            files::read_first_file(&input, move |content| {
                if let Some(area) = text.cast::<HtmlTextAreaElement>() {
                    // The browser lays out a text area's whole text: a 2.5 MB file held the
                    // page for seconds (tests/e2e/hostile.test.mjs). Big files are not shown.
                    let shown = if content.len() <= MAX_SHOWN_BYTES {
                        content.as_str()
                    } else {
                        ""
                    };
                    area.set_value(shown);
                }
                d.emit(Action::ImportCsv(content));
            });
        })
    };
    let result = match &props.csv {
        Some(CsvOutcome::Imported(n)) => {
            html! { <p class="csv-ok">{ Key::CsvLoaded.fill(lang, &[&n.to_string()]) }</p> }
        }
        Some(CsvOutcome::Failed { line, message }) => {
            let text = Key::CsvError.fill(lang, &[&line.to_string(), message]);
            html! { <p class="csv-error" role="alert">{ text }</p> }
        }
        None => html! {},
    };
    html! {
        <div class="data-editor">
            // N-D data has no plane to draw on.
            if props.dims <= 2 {
            <h3>{ Key::DrawPoints.t(lang) }</h3>
            <p class="muted">{ if props.dims == 1 { Key::DrawHelpLine.t(lang) } else { Key::DrawHelp.t(lang) } }</p>
            <div class="tools">
                { class_buttons }
                if props.classes.is_none() {
                    <button type="button" class={classes!(matches!(props.draw, Some(DrawTool::Value(_))).then_some("active"))}
                        onclick={tool(match props.draw { Some(DrawTool::Value(_)) => None, _ => Some(DrawTool::Value(0.5)) })}>
                        { Key::DrawPoints.t(lang) }
                    </button>
                }
                <button type="button" class={classes!(active(DrawTool::Erase).then_some("active"))}
                    onclick={tool(if active(DrawTool::Erase) { None } else { Some(DrawTool::Erase) })}>
                    { Key::Erase.t(lang) }
                </button>
                <button type="button" onclick={d.reform(|_: MouseEvent| Action::ClearPoints)}>
                    { Key::ClearPoints.t(lang) }
                </button>
            </div>
            }
            <h3>{ Key::ImportCsv.t(lang) }</h3>
            <p class="muted">{ Key::CsvHelp.t(lang) }</p>
            <label class="row"><span class="field-label">{ Key::CsvFile.t(lang) }</span>
                <input type="file" accept=".csv,text/csv,text/plain" onchange={on_file} /></label>
            <textarea ref={text} class="csv" placeholder={Key::CsvPaste.t(lang)}
                aria-label={Key::CsvPaste.t(lang)} data-testid="csv-text" />
            <button type="button" onclick={apply} data-testid="csv-apply">{ Key::CsvApply.t(lang) }</button>
            { result }
        </div>
    }
}
