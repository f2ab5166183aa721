//! decode(encode(s)) == s exactly (f32 bit for bit) over random valid states, and decoding
//! arbitrary text never panics.

use neurite_data::{Dataset, DatasetKind, DatasetSpec, Feature, Label, Point, SplitPercent, Task};
use neurite_nn::{
    Activation, EarlyStopping, Init, LayerSpec, Loss, Normalization, OptimizerKind, OutputHead,
    Regularization,
};
use neurite_playground::{
    decode_link, encode_link, head_suits, LayerParams, LinkRef, NeuronRef, NormValues, State,
};
use proptest::prelude::*;

fn bits(s: &State) -> Vec<u32> {
    let w = s.weights.iter().flatten().flat_map(|p| {
        let norm = p.norm.iter().flat_map(|n| n.lists().into_iter().flatten());
        p.weights.iter().flatten().chain(&p.bias).chain(norm)
    });
    let pts = s.points.iter().flat_map(|d| d.points.iter()).flat_map(|p| {
        let label = match p.label {
            Label::Value(v) => v.to_bits(),
            Label::Class(c) => c as u32,
        };
        p.coords
            .iter()
            .map(|c| c.to_bits())
            .chain(std::iter::once(label))
            .collect::<Vec<_>>()
    });
    w.map(|v| v.to_bits()).chain(pts).collect()
}

fn finite() -> impl Strategy<Value = f32> {
    prop_oneof![
        any::<f32>().prop_filter("finite", |v| v.is_finite()),
        Just(-0.0f32),
        Just(0.1f32)
    ]
}

/// A valid state's settings (no optional parts).
fn settings() -> impl Strategy<Value = State> {
    let kinds = proptest::sample::select(DatasetKind::ALL.to_vec());
    let acts = proptest::sample::select(Activation::ALL.to_vec());
    let layers = proptest::collection::vec(
        (
            1usize..=8,
            acts,
            prop_oneof![Just(1.0f32), 0.1f32..5.0],
            prop_oneof![Just(0.0f32), 0.0f32..0.9],
            proptest::sample::select(Normalization::ALL.to_vec()),
        ),
        0..=4,
    );
    let features = proptest::sample::subsequence(Feature::ALL.to_vec(), 1..=9);
    let split = (1u8..=100, 0u8..=100).prop_map(|(train, v)| {
        let validation = v.min(100 - train);
        SplitPercent {
            train,
            validation,
            test: 100 - train - validation,
        }
    });
    let opt = (
        proptest::sample::select(vec![
            OptimizerKind::Sgd,
            OptimizerKind::Momentum,
            OptimizerKind::Adam,
        ]),
        0.0f32..=10.0,
        0.0f32..0.999,
    );
    let training = (
        opt,
        proptest::sample::select(Regularization::ALL.to_vec()),
        0.0f32..=10.0,
        1usize..=500,
        split,
        proptest::option::of((1usize..=100, any::<bool>())),
    );
    let misc = (
        any::<u64>(),
        0usize..10_000,
        any::<[bool; 4]>(),
        proptest::sample::select(Init::ALL.to_vec()),
        1usize..=2000,
        0.0f32..=50.0,
        3usize..=6,
    );
    let output = (
        proptest::sample::select(OutputHead::ALL.to_vec()),
        proptest::sample::select(Loss::ALL.to_vec()),
    );
    (kinds, layers, features, training, misc, output).prop_map(
        |(kind, layers, features, training, misc, (head, loss))| {
            let mut s = State::default();
            let (seed, epoch, ui, init, points, noise, classes) = misc;
            s.dataset = DatasetSpec {
                kind,
                points,
                noise,
                classes,
            };
            s.features = features;
            if kind == DatasetKind::Sine {
                s.features.retain(|f| f.uses_only_x1());
                if s.features.is_empty() {
                    s.features.push(Feature::X1);
                }
            }
            s.network.hidden = layers
                .into_iter()
                .map(
                    |(width, activation, gain, dropout, normalization)| LayerSpec {
                        width,
                        activation,
                        gain,
                        dropout,
                        normalization,
                    },
                )
                .collect();
            s.network.init = init;
            let ((kind, lr, mu), reg, rate, batch, split, es) = training;
            s.training.optimizer.kind = kind;
            s.training.optimizer.learning_rate = lr;
            s.training.optimizer.momentum = mu;
            s.training.regularization = reg;
            s.training.regularization_rate = rate;
            s.training.batch_size = batch;
            s.training.split = split;
            s.training.early_stopping = es.map(|(patience, restore_best)| EarlyStopping {
                patience,
                restore_best,
            });
            s.seed = seed;
            s.epoch = epoch;
            (
                s.ui.show_test_data,
                s.ui.discretize,
                s.ui.collect_stats,
                s.ui.hide_text,
            ) = (ui[0], ui[1], ui[2], ui[3]);
            s.adapt_to_task();
            if head_suits(s.task(), head) {
                s.network.head = head;
                s.network.loss = head.default_loss();
            }
            if s.network.head.supports(loss) {
                s.network.loss = loss;
            }
            s
        },
    )
}

/// Settings plus random weights, wiring, frozen parts and (sometimes) user points.
fn full_state() -> impl Strategy<Value = State> {
    let extras = (
        any::<bool>(),
        any::<u64>(),
        proptest::collection::vec(finite(), 0..3000),
        proptest::option::of((1usize..=4, 1usize..=60, any::<u8>())),
    );
    (settings(), extras).prop_map(|(mut s, (with_weights, picks, floats, points))| {
        if let Some((dims, n, kind)) = points {
            let task = match kind % 3 {
                0 => Task::Binary,
                1 => Task::Multiclass {
                    classes: 3 + (kind as usize % 4),
                },
                _ => Task::Regression,
            };
            let k = task.classes().unwrap_or(0);
            let mut f = floats.iter().cycle().copied();
            let pts = (0..n)
                .map(|i| Point {
                    coords: (0..dims).map(|_| f.next().unwrap_or(0.5)).collect(),
                    label: if k == 0 {
                        Label::Value(f.next().unwrap_or(0.0))
                    } else {
                        Label::Class(i % k)
                    },
                })
                .collect();
            let names = if kind % 2 == 0 && k > 0 {
                (0..k).map(|c| format!("class {c} ☃")).collect()
            } else {
                vec![]
            };
            s.points = Some(Dataset {
                task,
                dims,
                points: pts,
                class_names: names,
                column_names: (0..dims).map(|d| format!("c{d}")).collect(),
            });
            if dims == 1 && !s.features.iter().any(|f| f.uses_only_x1()) {
                s.features.insert(0, Feature::X1);
            }
            s.adapt_to_task();
        }
        let shapes = s.layer_shapes();
        let mut f = floats.iter().cycle().copied();
        if with_weights {
            s.weights = Some(
                shapes
                    .iter()
                    .enumerate()
                    .map(|(l, &(i, o))| LayerParams {
                        weights: (0..o)
                            .map(|_| (0..i).map(|_| f.next().unwrap_or(0.25)).collect())
                            .collect(),
                        bias: (0..o).map(|_| f.next().unwrap_or(-0.5)).collect(),
                        // Normalized layers carry values, except now and then (a blob
                        // written before normalization existed: fresh values).
                        norm: s
                            .network
                            .hidden
                            .get(l)
                            .filter(|h| h.normalization.is_on() && picks % 5 != 0)
                            .map(|_| {
                                let mut list = || (0..o).map(|_| f.next().unwrap_or(1.0)).collect();
                                let (gamma, beta, running_mean) = (list(), list(), list());
                                let running_var: Vec<f32> = list();
                                NormValues {
                                    gamma,
                                    beta,
                                    running_mean,
                                    running_var: running_var.iter().map(|v| v.abs()).collect(),
                                }
                            }),
                    })
                    .collect(),
            );
        }
        for (layer, &(i, o)) in shapes.iter().enumerate() {
            for to in 0..o {
                for from in 0..i {
                    let r = picks.rotate_left((layer * 31 + to * 7 + from) as u32 % 64);
                    let link = LinkRef { layer, to, from };
                    if r % 5 == 0 {
                        s.wiring.push(link)
                    }
                    if r % 7 == 1 {
                        s.frozen.weights.push(link)
                    }
                }
                if picks.rotate_left((layer * 13 + to) as u32 % 64) % 3 == 0 {
                    s.frozen.biases.push(NeuronRef { layer, neuron: to });
                }
            }
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn round_trip_is_exact(s in full_state()) {
        prop_assert_eq!(s.validate(), Ok(()));
        let link = encode_link(&s);
        let back = decode_link(&link);
        prop_assert_eq!(back.as_ref().map(bits).ok(), Some(bits(&s)));
        prop_assert_eq!(back, Ok(s.clone()));
        // The JSON form (what `neurite link decode` prints) round-trips exactly too.
        let json = serde_json::to_string(&s).unwrap_or_default();
        let from_json: Option<State> = serde_json::from_str(&json).ok();
        prop_assert_eq!(from_json.as_ref().map(bits), Some(bits(&s)));
        prop_assert_eq!(from_json, Some(s));
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = decode_link(&text);
    }

    #[test]
    fn arbitrary_pairs_never_panic(pairs in proptest::collection::vec(("[a-zA-Z]{1,14}", "[-a-z0-9.,=%_]{0,12}"), 0..12)) {
        let link: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let _ = decode_link(&link.join("&"));
    }

    #[test]
    fn corrupted_blobs_never_panic(s in full_state(), cut in any::<prop::sample::Index>(), flip in any::<u8>()) {
        let link = encode_link(&s);
        if let Some(pos) = link.find("w=") {
            let mut bytes = link.into_bytes();
            let i = pos + 2 + cut.index(bytes.len() - pos - 2);
            if i < bytes.len() {
                bytes[i] = b"AZaz09-_"[flip as usize % 8];
            }
            let _ = decode_link(&String::from_utf8_lossy(&bytes));
        }
    }
}
