//! Prints the native run of every determinism case: the oracle for `tests/determinism.rs`.
fn main() {
    print!("{}", neurite_wasm_tests::run_all_cases());
}
