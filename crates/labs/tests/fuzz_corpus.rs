//! Every seed and every crash reproducer of the fuzz targets (`crates/playground/fuzz/corpus/
//! <target>/` and `artifacts/<target>/`), replayed natively through the targets' own
//! properties, so a fixed crash stays fixed under plain `cargo test`. It lives in this crate
//! because only it depends on every decoder fuzzed (playground links, blob, CSV, labs,
//! architecture lines, image set files).

#[path = "../../playground/fuzz/properties.rs"]
mod properties;

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../playground/fuzz")
}

/// The files of `corpus/<target>` and `artifacts/<target>` (a missing folder has none).
fn inputs(target: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["corpus", "artifacts"]
        .iter()
        .filter_map(|dir| fs::read_dir(fuzz_dir().join(dir).join(target)).ok())
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn replay(target: &str, property: fn(&[u8]), at_least: usize) {
    let files = inputs(target);
    assert!(files.len() >= at_least, "{target}: {} inputs", files.len());
    let failed: Vec<String> = files
        .iter()
        .filter(|path| {
            let data = fs::read(path).unwrap_or_default();
            catch_unwind(AssertUnwindSafe(|| property(&data))).is_err()
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(failed.is_empty(), "{target} fails on {failed:?}");
}

#[test]
fn share_links() {
    replay("decode_link", properties::link, 5);
}

#[test]
fn blobs() {
    replay("read_blob", properties::blob, 5);
}

#[test]
fn csv_files() {
    replay("parse_csv", properties::csv, 5);
}

#[test]
fn lab_links() {
    replay("decode_lab", properties::lab, 5);
}

#[test]
fn architecture_lines() {
    replay("parse_arch", properties::arch, 5);
}

#[test]
fn image_set_files() {
    replay("decode_images", properties::images, 5);
}
