//! Entry point of the browser app: mounts [`app::App`] on `<body>` and nothing else.
//!
//! The app is built in layers, each folder using only the ones listed before it:
//! `platform` (the browser) · `view` (plain view data) · `engine` (the bridge to the
//! playground session) · `store` (state and reducer) · `components` · `app` (layout, URL).
//! `i18n` is the one translation table, used by every layer.

mod app;
mod components;
mod engine;
mod i18n;
mod labs;
mod platform;
mod store;
mod view;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
