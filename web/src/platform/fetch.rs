//! Downloading a file as bytes with progress, for the data sets labs fetch on first use.
//!
//! XMLHttpRequest rather than `fetch`: its `progress` events give bytes received and the
//! total without reading a stream by hand. The service worker answers it like any request,
//! so a file downloaded once is there offline.

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ProgressEvent, XmlHttpRequest, XmlHttpRequestResponseType};

/// Why a download failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, the server down, or the request refused.
    Network,
    /// The server answered with this HTTP status instead of the file.
    Status(u16),
}

/// A download under way; dropping it aborts the request quietly (no completion call).
pub struct Download {
    xhr: XmlHttpRequest,
    _progress: Closure<dyn FnMut(ProgressEvent)>,
}

impl Drop for Download {
    fn drop(&mut self) {
        self.xhr.set_onloadend(None);
        self.xhr.set_onprogress(None);
        if self.xhr.ready_state() != XmlHttpRequest::DONE {
            let _ = self.xhr.abort();
        }
    }
}

/// Starts downloading `url` (relative to the page). `on_progress(received, total)` follows
/// the bytes (`total` when the server says it); `on_done` gets the bytes or why not, once.
/// `None` when the browser cannot start a request at all.
pub fn download(
    url: &str,
    on_progress: impl Fn(f64, Option<f64>) + 'static,
    on_done: impl FnOnce(Result<Vec<u8>, FetchError>) + 'static,
) -> Option<Download> {
    let xhr = XmlHttpRequest::new().ok()?;
    xhr.open("GET", url).ok()?;
    xhr.set_response_type(XmlHttpRequestResponseType::Arraybuffer);
    let progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |e: ProgressEvent| {
        let total = e.length_computable().then(|| e.total());
        on_progress(e.loaded(), total);
    });
    xhr.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    let done_xhr = xhr.clone();
    let done = Closure::once_into_js(move |_: ProgressEvent| {
        let status = done_xhr.status().unwrap_or(0);
        let result = match status {
            0 => Err(FetchError::Network),
            200 => done_xhr
                .response()
                .ok()
                .and_then(|r| r.dyn_into::<ArrayBuffer>().ok())
                .map(|buffer| Uint8Array::new(&buffer).to_vec())
                .ok_or(FetchError::Network),
            other => Err(FetchError::Status(other)),
        };
        on_done(result);
    });
    xhr.set_onloadend(Some(done.unchecked_ref()));
    xhr.send().ok()?;
    Some(Download {
        xhr,
        _progress: progress,
    })
}

/// The service worker's cache of data sets (`DATA` in `web/sw.js`).
const DATA_CACHE: &str = "neurite-data";

/// `target[name]` as a function, if it is one.
fn method(target: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

/// Removes `url` from the service worker's data cache, so the next download of it goes to
/// the network: a file that arrived damaged (and failed its hash) would otherwise be
/// answered from the cache on every retry. Fire and forget; without the Cache API (an
/// insecure page, an old browser) it does nothing, and a failure is swallowed.
pub fn forget_cached(url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(caches) = js_sys::Reflect::get(&window, &JsValue::from_str("caches")) else {
        return;
    };
    let Some(open) = method(&caches, "open") else {
        return;
    };
    let Ok(promise) = open.call1(&caches, &JsValue::from_str(DATA_CACHE)) else {
        return;
    };
    let Some(then) = method(&promise, "then") else {
        return;
    };
    let url = JsValue::from_str(url);
    let delete = Closure::once_into_js(move |cache: JsValue| {
        if let Some(delete) = method(&cache, "delete") {
            // The promise it returns resolves to whether anything was removed; a rejection
            // there only means nothing was.
            if let Ok(p) = delete.call1(&cache, &url) {
                if let Some(catch) = method(&p, "catch") {
                    let _ = catch.call1(&p, &Closure::once_into_js(|_: JsValue| {}));
                }
            }
        }
    });
    let _ = then.call2(&promise, &delete, &Closure::once_into_js(|_: JsValue| {}));
}
