//! Entry point of the browser app: mounts [`app::App`] on `<body>` and nothing else.

mod app;
mod browser;
mod colors;
mod components;
mod curves;
mod drawing;
mod engine;
mod fields;
mod hooks;
mod i18n;
mod pacing;
mod plane;
mod plots;
mod reduce;
mod refresh;
mod snapshot;
mod startup;
mod state;
mod thumbs;
mod view;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
