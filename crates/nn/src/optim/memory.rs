//! [`OptimizerMemory`]: everything an [`OptimizerState`] carries from one mini-batch to the
//! next, as plain data. Momentum keeps a velocity `v` per parameter; Adam keeps the moments
//! `m`, `v` and the running products `β₁ᵗ`, `β₂ᵗ` (kept as products, so they are stored as
//! their exact f32 values rather than recomputed from `t`, which would round differently if
//! a β changed mid-run); SGD keeps nothing but the step count. Putting a memory back
//! ([`OptimizerState::from_memory`]) and taking the next step gives exactly the bits the
//! uninterrupted run gives.

use serde::{Deserialize, Serialize};

use super::{OptimizerKind, OptimizerState};

/// An optimizer's state between steps, per parameter layer `(weights, biases)` with the
/// weights flat in the layer's `out × in` row-major order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OptimizerMemory {
    /// The rule this memory belongs to.
    pub kind: OptimizerKind,
    /// Mini-batch steps taken (`t`).
    pub steps: u64,
    /// `β₁ᵗ` as the running product the rule divides by.
    pub beta1_pow: f32,
    /// `β₂ᵗ`.
    pub beta2_pow: f32,
    /// Momentum's velocity or Adam's first moment `m` (empty for SGD).
    pub first: Vec<(Vec<f32>, Vec<f32>)>,
    /// Adam's second moment `v` (empty otherwise).
    pub second: Vec<(Vec<f32>, Vec<f32>)>,
    /// Per layer, the moments of a normalized layer's `γ` then `β` as `(first, second)`,
    /// `2·width` values each (empty where the rule keeps none or the layer is not
    /// normalized); layers after the last normalized one are left out.
    #[serde(default)]
    pub norm: Vec<(Vec<f32>, Vec<f32>)>,
}

impl OptimizerMemory {
    /// Checks that this memory fits layers of the given `(weights, biases)` sizes: the
    /// moments the rule keeps, each of the layer's size; finite values; `βᵗ ∈ [0, 1]`;
    /// Adam's second moment `≥ 0` (a sum of squares). The error says what does not fit.
    pub fn check(&self, sizes: &[(usize, usize)]) -> Result<(), String> {
        let unit = |p: f32| (0.0..=1.0).contains(&p);
        if !unit(self.beta1_pow) || !unit(self.beta2_pow) {
            return Err("optimizer memory: the β powers must lie in [0, 1]".into());
        }
        let first = self.kind != OptimizerKind::Sgd;
        let second = self.kind == OptimizerKind::Adam;
        for (on, moments, name) in [
            (first, &self.first, "the first moment"),
            (second, &self.second, "the second moment"),
        ] {
            if let Some(problem) = misfit(on, moments, sizes) {
                return Err(format!("optimizer memory: {name} {problem}"));
            }
        }
        let second = self.second.iter().flat_map(|(w, b)| w.iter().chain(b));
        if second.into_iter().any(|&v| v < 0.0) {
            return Err("optimizer memory: the second moment has a negative value".into());
        }
        self.check_norm(sizes)
    }

    /// The normalization moments: at most one entry per layer, each list empty or `2·width`
    /// long as the rule keeps it, finite, the second moment `≥ 0`.
    fn check_norm(&self, sizes: &[(usize, usize)]) -> Result<(), String> {
        if self.norm.len() > sizes.len() {
            return Err(
                "optimizer memory: normalization moments for more layers than exist".into(),
            );
        }
        let keeps = [
            self.kind != OptimizerKind::Sgd,
            self.kind == OptimizerKind::Adam,
        ];
        for (l, ((first, second), &(_, width))) in self.norm.iter().zip(sizes).enumerate() {
            let fits = |v: &Vec<f32>, on: bool| {
                (v.is_empty() || (on && v.len() == 2 * width)) && v.iter().all(|x| x.is_finite())
            };
            if !fits(first, keeps[0]) || !fits(second, keeps[1]) || second.iter().any(|&v| v < 0.0)
            {
                return Err(format!(
                    "optimizer memory: the normalization moments of layer {l} do not fit it"
                ));
            }
        }
        Ok(())
    }
}

/// What is wrong with `moments` for layers of `sizes` (none are expected unless `on`).
fn misfit(on: bool, moments: &[(Vec<f32>, Vec<f32>)], sizes: &[(usize, usize)]) -> Option<String> {
    if !on {
        return (!moments.is_empty()).then(|| "is kept for a rule without it".into());
    }
    if moments.len() != sizes.len() {
        return Some(format!(
            "is for {} layers, the network has {}",
            moments.len(),
            sizes.len()
        ));
    }
    let bad = moments.iter().zip(sizes).position(|((w, b), &(nw, nb))| {
        w.len() != nw || b.len() != nb || w.iter().chain(b).any(|v| !v.is_finite())
    })?;
    Some(format!("of layer {bad} does not fit it or is not finite"))
}

/// The moments as stored, or none at all when the rule keeps none (their slots are empty).
fn kept(moments: &[(Vec<f32>, Vec<f32>)]) -> Vec<(Vec<f32>, Vec<f32>)> {
    match moments.iter().all(|(w, b)| w.is_empty() && b.is_empty()) {
        true => Vec::new(),
        false => moments.to_vec(),
    }
}

impl OptimizerState {
    /// What this state remembers, as plain data.
    pub fn memory(&self) -> OptimizerMemory {
        OptimizerMemory {
            kind: self.kind,
            steps: self.steps,
            beta1_pow: self.beta1_pow,
            beta2_pow: self.beta2_pow,
            first: kept(&self.first),
            second: kept(&self.second),
            norm: kept(&self.norm_moments),
        }
    }

    /// The state `memory` describes, for layers of the given sizes (checked with
    /// [`OptimizerMemory::check`]).
    pub fn from_memory(
        memory: &OptimizerMemory,
        sizes: &[(usize, usize)],
    ) -> Result<OptimizerState, String> {
        memory.check(sizes)?;
        Ok(OptimizerState {
            kind: memory.kind,
            first: memory.first.clone(),
            second: memory.second.clone(),
            beta1_pow: memory.beta1_pow,
            beta2_pow: memory.beta2_pow,
            steps: memory.steps,
            all_trainable: Vec::new(),
            norm_moments: memory.norm.clone(),
        })
    }

    /// Mini-batch steps taken.
    pub fn steps(&self) -> u64 {
        self.steps
    }
}
