//! The wasm entry the Node harness loads (`bench/engines/neurite-wasm.js`): plain
//! `extern "C"` exports over one thread-local state, no unsafe code, no wasm-bindgen.
//!
//! Protocol: `nb_input(len)` returns a pointer to a `len`-byte buffer in linear memory; the
//! host writes the fixture JSON there and calls `nb_load()` (0 = ok, else read the error
//! with `nb_message_ptr`/`nb_message_len`). Then `nb_reset(w)` builds a fresh trainer for
//! workload `w` (0 = A, 1 = C, 2 = D, 3 = E) from the initial weights, `nb_train(w, epochs)` trains and
//! returns the last epoch's loss, `nb_loss(w)` evaluates the current loss, and
//! `nb_grid(reps)` runs workload B `reps` times and returns the output-neuron checksum.
//! Failures return NaN (or nonzero) and leave a message. Kernel microbenchmark
//! (`bench/kernels.js`): `nb_kernel_setup(in, out, n)`, then `nb_kernel(k, reps)` runs
//! kernel `k` of `kernels::NAMES` and returns its multiply-adds per call.

use crate::cnn::{CnnId, CnnJob};
use crate::fixture::Fixture;
use crate::kernels::KernelBench;
use crate::protocol::Job;
use crate::workloads::{grid_array, grid_checksum, grid_eval, network, trainer, TrainId};
use ndarray::Array2;
use neurite_nn::{Network, NnError, Trainer};
use std::cell::RefCell;

#[derive(Default)]
struct State {
    input: Vec<u8>,
    message: Vec<u8>,
    fixture: Option<Fixture>,
    trainers: [Option<Trainer>; 2],
    cnns: [Option<CnnJob>; 2],
    grid: Option<(Network, Array2<f32>)>,
    kernels: Option<KernelBench>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn cnn_id(w: u32) -> Option<(CnnId, usize)> {
    match w {
        2 => Some((CnnId::D, 0)),
        3 => Some((CnnId::E, 1)),
        _ => None,
    }
}

fn id(w: u32) -> Option<(TrainId, usize)> {
    match w {
        0 => Some((TrainId::A, 0)),
        1 => Some((TrainId::C, 1)),
        _ => None,
    }
}

fn fail(s: &mut State, e: &NnError) {
    s.message = e.to_string().into_bytes();
}

fn not_ready(what: &str) -> NnError {
    NnError::InvalidConfig(format!("{what} not ready: call nb_load/nb_reset first"))
}

/// A writable buffer of `len` bytes for the fixture JSON.
#[no_mangle]
pub extern "C" fn nb_input(len: usize) -> *mut u8 {
    STATE.with_borrow_mut(|s| {
        s.input = vec![0; len];
        s.input.as_mut_ptr()
    })
}

/// Parses the fixture written into the input buffer; 0 on success.
#[no_mangle]
pub extern "C" fn nb_load() -> i32 {
    STATE.with_borrow_mut(|s| {
        let parsed = std::str::from_utf8(&s.input)
            .map_err(|e| NnError::InvalidData(format!("fixture is not UTF-8: {e}")))
            .and_then(Fixture::from_json)
            .and_then(|f| Ok((network(&f.net_a)?, grid_array(&f)?, f)));
        match parsed {
            Ok((net, grid, f)) => {
                s.grid = Some((net, grid));
                s.fixture = Some(f);
                s.input = Vec::new();
                0
            }
            Err(e) => {
                fail(s, &e);
                1
            }
        }
    })
}

/// Pointer to the last error message (UTF-8).
#[no_mangle]
pub extern "C" fn nb_message_ptr() -> *const u8 {
    STATE.with_borrow(|s| s.message.as_ptr())
}

/// Length of the last error message in bytes.
#[no_mangle]
pub extern "C" fn nb_message_len() -> usize {
    STATE.with_borrow(|s| s.message.len())
}

/// A fresh trainer for workload `w` (0 = A, 1 = C, 2 = D, 3 = E) from the initial
/// weights; 0 on success.
#[no_mangle]
pub extern "C" fn nb_reset(w: u32) -> i32 {
    STATE.with_borrow_mut(|s| {
        if let Some((cid, slot)) = cnn_id(w) {
            let built = match &s.fixture {
                Some(f) => CnnJob::new(f.cnn(cid)),
                None => Err(not_ready("fixture")),
            };
            return match built {
                Ok(job) => {
                    s.cnns[slot] = Some(job);
                    0
                }
                Err(e) => {
                    fail(s, &e);
                    1
                }
            };
        }
        let built = match (id(w), &s.fixture) {
            (Some((tid, slot)), Some(f)) => trainer(f, tid).map(|t| (slot, t)),
            (None, _) => Err(NnError::InvalidConfig(format!("unknown workload {w}"))),
            (_, None) => Err(not_ready("fixture")),
        };
        match built {
            Ok((slot, t)) => {
                s.trainers[slot] = Some(t);
                0
            }
            Err(e) => {
                fail(s, &e);
                1
            }
        }
    })
}

fn with_trainer(w: u32, run: impl FnOnce(&mut dyn Job) -> Result<f64, NnError>) -> f64 {
    STATE.with_borrow_mut(|s| {
        let t: Option<&mut dyn Job> = match (id(w), cnn_id(w)) {
            (Some((_, slot)), _) => s.trainers[slot].as_mut().map(|t| t as &mut dyn Job),
            (_, Some((_, slot))) => s.cnns[slot].as_mut().map(|t| t as &mut dyn Job),
            _ => None,
        };
        match t.ok_or_else(|| not_ready("trainer")).and_then(run) {
            Ok(v) => v,
            Err(e) => {
                fail(s, &e);
                f64::NAN
            }
        }
    })
}

/// Trains `epochs` epochs of workload `w`; returns the last epoch's training loss.
#[no_mangle]
pub extern "C" fn nb_train(w: u32, epochs: u32) -> f64 {
    with_trainer(w, |t| {
        let mut loss = f64::NAN;
        for _ in 0..epochs {
            loss = t.epoch()?;
        }
        Ok(loss)
    })
}

/// The current training loss of workload `w`.
#[no_mangle]
pub extern "C" fn nb_loss(w: u32) -> f64 {
    with_trainer(w, |t| Ok(t.loss()))
}

/// Runs workload B `reps` (≥ 1) times on the initial A network; returns the checksum of
/// the last evaluation.
#[no_mangle]
pub extern "C" fn nb_grid(reps: u32) -> f64 {
    STATE.with_borrow_mut(|s| {
        let result = match &s.grid {
            Some((net, grid)) => (0..reps.max(1)).try_fold(f64::NAN, |sum, i| {
                let acts = grid_eval(net, grid)?;
                Ok(if i + 1 == reps.max(1) {
                    grid_checksum(&acts)
                } else {
                    sum
                })
            }),
            None => Err(not_ready("grid")),
        };
        result.unwrap_or_else(|e| {
            fail(s, &e);
            f64::NAN
        })
    })
}

/// Buffers for the kernel microbenchmark of one `inputs → outputs` layer and `n` samples.
#[no_mangle]
pub extern "C" fn nb_kernel_setup(inputs: u32, outputs: u32, n: u32) {
    let kb = KernelBench::new(inputs as usize, outputs as usize, n as usize);
    STATE.with_borrow_mut(|s| s.kernels = Some(kb));
}

/// Runs kernel `which` `reps` times; returns the multiply-adds of one call (NaN before
/// `nb_kernel_setup`).
#[no_mangle]
pub extern "C" fn nb_kernel(which: u32, reps: u32) -> f64 {
    STATE.with_borrow_mut(|s| match s.kernels.as_mut() {
        Some(kb) => {
            std::hint::black_box(kb.run(which as usize, reps as usize));
            kb.macs()
        }
        None => f64::NAN,
    })
}
