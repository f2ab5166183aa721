//! The one-line architecture text the CLI and links use: layers separated by commas, e.g.
//! `conv 5x5x8 pad 2 relu, maxpool 2, conv 5x5x16 relu, maxpool 2, flatten, dense 10 softmax`.
//!
//! Grammar (words separated by spaces, case-insensitive):
//! - `conv KxKxC [stride S] [pad P] [ACT]`: C filters of K×K (the activation follows it);
//! - `dense N [ACT]`: N neurons (reads any shape flat);
//! - `maxpool K`, `avgpool K`, `flatten`, `reshape CxHxW`, `dropout R`, `batchnorm`,
//!   `layernorm`;
//! - `embedding VxD` (V ids, D dimensions), `concat I` (side input I), `sample B` (β = B),
//!   `dot` (the dot product of a sample's two halves);
//! - an activation on its own: any of the engine's (`relu`, `tanh`, …) or `softmax`.
//!
//! Parsing is total: any text gives layer kinds or an error naming the layer (1-based) and
//! the word; sizes are then checked by [`super::Model::new`].

use super::kind::LayerKind;
use super::shape::Shape;
use crate::activation::Activation;
use crate::error::NnError;

/// Longest architecture text accepted.
pub const MAX_ARCH_BYTES: usize = 4096;

fn activation(word: &str) -> Option<LayerKind> {
    if word == "softmax" {
        return Some(LayerKind::Softmax);
    }
    Activation::ALL
        .into_iter()
        .find(|a| a.name() == word)
        .map(|function| LayerKind::Activation {
            function,
            gain: 1.0,
        })
}

struct Words<'a> {
    index: usize,
    text: &'a str,
    words: std::iter::Peekable<std::str::SplitWhitespace<'a>>,
}

impl<'a> Words<'a> {
    fn err(&self, why: impl std::fmt::Display) -> NnError {
        NnError::InvalidSpec(format!(
            "layer {} (\"{}\"): {why}",
            self.index + 1,
            self.text.trim()
        ))
    }

    fn number<T: std::str::FromStr>(&mut self, what: &str) -> Result<T, NnError> {
        match self.words.next() {
            Some(w) => w
                .parse()
                .map_err(|_| self.err(format!("{what} \"{w}\" is not a number in range"))),
            None => Err(self.err(format!("{what} is missing"))),
        }
    }

    fn dims(&mut self, what: &str, count: usize) -> Result<Vec<usize>, NnError> {
        let Some(w) = self.words.next() else {
            return Err(self.err(format!("{what} is missing")));
        };
        let parts: Vec<&str> = w.split(['x', '×']).collect();
        if parts.len() != count {
            return Err(self.err(format!(
                "{what} \"{w}\" must have {count} sizes joined by x"
            )));
        }
        parts
            .iter()
            .map(|p| {
                p.parse::<usize>()
                    .map_err(|_| self.err(format!("\"{p}\" in \"{w}\" is not a size")))
            })
            .collect()
    }

    /// An optional trailing activation, then nothing more.
    fn tail(&mut self, out: &mut Vec<LayerKind>) -> Result<(), NnError> {
        if let Some(w) = self.words.next() {
            let a =
                activation(w).ok_or_else(|| self.err(format!("\"{w}\" is not an activation")))?;
            if a != (LayerKind::Activation {
                function: Activation::Linear,
                gain: 1.0,
            }) {
                out.push(a);
            }
        }
        self.end()
    }

    fn end(&mut self) -> Result<(), NnError> {
        match self.words.next() {
            Some(w) => Err(self.err(format!("unexpected \"{w}\""))),
            None => Ok(()),
        }
    }
}

fn layer(index: usize, text: &str, out: &mut Vec<LayerKind>) -> Result<(), NnError> {
    let lower = text.to_lowercase();
    let mut w = Words {
        index,
        text,
        words: lower.split_whitespace().peekable(),
    };
    let Some(head) = w.words.next() else {
        return Err(w.err("empty layer"));
    };
    match head {
        "conv" => {
            let d = w.dims("the kernel KxKxC", 3)?;
            if d[0] != d[1] {
                return Err(w.err(format!("kernels are square: {}x{} is not", d[0], d[1])));
            }
            let (mut stride, mut pad) = (1, 0);
            while let Some(&opt) = w.words.peek() {
                match opt {
                    "stride" => {
                        w.words.next();
                        stride = w.number("the stride")?;
                    }
                    "pad" => {
                        w.words.next();
                        pad = w.number("the padding")?;
                    }
                    _ => break,
                }
            }
            out.push(LayerKind::Conv { filters: d[2], kernel: d[0], stride, pad });
            w.tail(out)
        }
        "dense" => {
            let units = w.number("the number of neurons")?;
            out.push(LayerKind::Linear { units });
            w.tail(out)
        }
        "maxpool" | "avgpool" => {
            let size = w.number("the window")?;
            out.push(if head == "maxpool" { LayerKind::MaxPool { size } } else { LayerKind::AvgPool { size } });
            w.end()
        }
        "flatten" | "batchnorm" | "layernorm" | "dot" => {
            out.push(match head {
                "flatten" => LayerKind::Flatten,
                "dot" => LayerKind::Dot,
                "batchnorm" => LayerKind::BatchNorm,
                _ => LayerKind::LayerNorm,
            });
            w.end()
        }
        "dropout" => {
            let rate: f32 = w.number("the rate")?;
            out.push(LayerKind::Dropout { rate });
            w.end()
        }
        "reshape" => {
            let d = w.dims("the shape CxHxW", 3)?;
            out.push(LayerKind::Reshape { to: Shape::image(d[0], d[1], d[2]) });
            w.end()
        }
        "embedding" => {
            let d = w.dims("the size VxD", 2)?;
            out.push(LayerKind::Embedding { vocabulary: d[0], dimension: d[1] });
            w.end()
        }
        "concat" => {
            let side = w.number("the side input")?;
            out.push(LayerKind::Concat { side });
            w.end()
        }
        "sample" => {
            let beta: f32 = w.number("β")?;
            out.push(LayerKind::Sample { beta });
            w.end()
        }
        other => match activation(other) {
            Some(a) => {
                out.push(a);
                w.end()
            }
            None => Err(w.err(format!("\"{other}\" is not a layer kind (conv, dense, maxpool, avgpool, flatten, reshape, dropout, batchnorm, layernorm, embedding, concat, sample, dot or an activation)"))),
        },
    }
}

/// Parses an architecture line into layer kinds.
pub fn parse_arch(text: &str) -> Result<Vec<LayerKind>, NnError> {
    if text.len() > MAX_ARCH_BYTES {
        return Err(NnError::InvalidSpec(format!(
            "the architecture is longer than {MAX_ARCH_BYTES} bytes"
        )));
    }
    let mut out = Vec::new();
    for (i, part) in text.split(',').enumerate() {
        layer(i, part, &mut out)?;
        if out.len() > super::kind::MAX_LAYERS {
            return Err(NnError::InvalidSpec(format!(
                "more than {} layers",
                super::kind::MAX_LAYERS
            )));
        }
    }
    Ok(out)
}

/// The text of `kinds`, one layer kind per comma-separated item, which [`parse_arch`]
/// reads back to the same kinds (gains other than 1 are not written).
pub fn arch_text(kinds: &[LayerKind]) -> String {
    let items: Vec<String> = kinds
        .iter()
        .map(|k| match *k {
            LayerKind::Linear { units } => format!("dense {units}"),
            LayerKind::Conv {
                filters,
                kernel,
                stride,
                pad,
            } => format!("conv {kernel}x{kernel}x{filters} stride {stride} pad {pad}"),
            LayerKind::MaxPool { size } => format!("maxpool {size}"),
            LayerKind::AvgPool { size } => format!("avgpool {size}"),
            LayerKind::Dropout { rate } => format!("dropout {rate}"),
            LayerKind::Embedding {
                vocabulary,
                dimension,
            } => format!("embedding {vocabulary}x{dimension}"),
            LayerKind::Concat { side } => format!("concat {side}"),
            LayerKind::Sample { beta } => format!("sample {beta}"),
            LayerKind::Reshape { to } => {
                format!("reshape {}x{}x{}", to.channels, to.height, to.width)
            }
            other => other.name().to_string(),
        })
        .collect();
    items.join(", ")
}
