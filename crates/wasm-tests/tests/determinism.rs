//! The same share links trained in wasm (headless Chromium) give bit-identical metrics and
//! weights to the native run written by `scripts/wasm-test` into `target/golden/native.jsonl`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const NATIVE: &str = include_str!("../../../target/golden/native.jsonl");

#[wasm_bindgen_test]
fn wasm_training_equals_native_bit_for_bit() {
    let wasm = neurite_wasm_tests::run_all_cases();
    assert!(!NATIVE.is_empty(), "the native golden file is empty");
    assert!(
        !NATIVE.contains("error:"),
        "a native case failed:\n{NATIVE}"
    );
    for (line, (native, ours)) in NATIVE.lines().zip(wasm.lines()).enumerate() {
        assert_eq!(
            native,
            ours,
            "line {} differs between native and wasm",
            line + 1
        );
    }
    assert_eq!(NATIVE.lines().count(), wasm.lines().count());
}
