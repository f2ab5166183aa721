//! Reading a file the user picked.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Event;

/// Reads the first file chosen in an `<input type=file>` as text and passes it to `done`.
pub fn read_first_file(input: &web_sys::HtmlInputElement, done: impl FnOnce(String) + 'static) {
    let Some(file) = input.files().and_then(|list| list.get(0)) else {
        return;
    };
    let Ok(reader) = web_sys::FileReader::new() else {
        return;
    };
    let reader_in = reader.clone();
    let onload = Closure::once(move |_: Event| {
        let text = reader_in
            .result()
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        done(text);
    });
    reader.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    let _ = reader.read_as_text(&file);
}
