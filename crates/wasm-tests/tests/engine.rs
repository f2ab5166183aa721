//! Engine behaviour checked inside the browser's wasm runtime.
#![cfg(target_arch = "wasm32")]

use neurite_playground::{decode_link, Session};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn xor_learns_in_the_browser() {
    let state = decode_link(
        "#activation=tanh&dataset=xor&networkShape=6&learningRate=0.03&batchSize=10&seed=1\
         &x=true&y=true&xTimesY=true&percTrainData=50",
    )
    .expect("valid link");
    let mut session = Session::new(&state).expect("session");
    let first = session.trainer().evaluate();
    session.train_epochs(100);
    let last = session.trainer().evaluate();
    let (before, after) = (
        first.train_loss.unwrap_or(f32::NAN),
        last.train_loss.unwrap_or(f32::NAN),
    );
    assert!(after < before * 0.5, "train loss {before} → {after}");
    assert!(last.test_acc.unwrap_or(0.0) > 0.9, "{last:?}");
}

#[wasm_bindgen_test]
fn hostile_links_give_errors_not_panics() {
    for link in [
        "#networkShape=99999999",
        "#w=!!!",
        "#learningRate=abc",
        "%%%",
        "#seed=",
    ] {
        let _ = decode_link(link);
    }
    assert!(decode_link("#networkShape=99999999").is_err());
}
