//! Reading a file the user picked, and offering one for download.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Event;

use neurite_playground::{FileError, StateFile};

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

/// Offers `text` as a file named `name` for download (a Blob behind a temporary object
/// URL, clicked through a detached `<a download>`). Quietly does nothing if the browser
/// lacks any of it.
pub fn download_text(name: &str, mime: &str, text: &str) {
    let Some(document) = super::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // The download reads the blob after this returns: free the previous one, not this one.
    LAST_URL.with(|last| {
        if let Some(old) = last.replace(Some(url)) {
            let _ = web_sys::Url::revoke_object_url(&old);
        }
    });
}

thread_local! {
    /// The object URL of the last download, revoked when the next one starts.
    static LAST_URL: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The size in bytes of the first file chosen in an `<input type=file>`.
pub fn first_file_size(input: &web_sys::HtmlInputElement) -> Option<f64> {
    input.files().and_then(|list| list.get(0)).map(|f| f.size())
}

/// A state file's JSON envelope, parsed by the browser's `JSON.parse` (so the bundle
/// carries no JSON parser of its own), its three fields read by name. A field that is
/// missing or of the wrong type is named in the error.
pub fn parse_state_file(text: &str) -> Result<StateFile, FileError> {
    let not_json = |m: String| FileError::NotJson(m);
    let value = js_sys::JSON::parse(text)
        .map_err(|e| not_json(String::from(js_sys::Error::from(e).message())))?;
    let field = |name: &str| js_sys::Reflect::get(&value, &JsValue::from_str(name)).ok();
    let text_field = |name: &str| {
        field(name)
            .and_then(|v| v.as_string())
            .ok_or_else(|| not_json(format!("field '{name}' is missing or not a string")))
    };
    let version = field("version")
        .and_then(|v| v.as_f64())
        .filter(|v| v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(v))
        .ok_or_else(|| not_json("field 'version' is missing or not a whole number".into()))?;
    Ok(StateFile {
        format: text_field("format")?,
        version: version as u32,
        link: text_field("link")?,
    })
}
