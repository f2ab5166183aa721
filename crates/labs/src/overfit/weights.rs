//! What regularization acts on: the mean |w| of a network's weights (biases excluded), per
//! parameter layer and over all of them — L2 shrinks each weight in proportion to itself,
//! L1 by a constant step, so both lower these means.

use neurite_nn::Network;

/// The mean |w| over every weight of `net` (biases excluded), summed in f64.
pub fn mean_abs_weight(net: &Network) -> f32 {
    let layers = net.layers();
    let count: usize = layers.iter().map(|d| d.weights.len()).sum();
    let sum: f64 = layers
        .iter()
        .flat_map(|d| d.weights.iter())
        .map(|w| f64::from(w.abs()))
        .sum();
    (sum / count.max(1) as f64) as f32
}

/// The mean |w| of each parameter layer's weights of `net` (biases excluded), summed in f64.
pub fn mean_abs_weights(net: &Network) -> Vec<f32> {
    net.layers()
        .iter()
        .map(|d| {
            let sum: f64 = d.weights.iter().map(|w| f64::from(w.abs())).sum();
            (sum / d.weights.len().max(1) as f64) as f32
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::overfit::OverfitLab;

    #[test]
    fn mean_abs_weights_by_hand() {
        let mut r = OverfitLab::default()
            .start()
            .unwrap_or_else(|e| panic!("{e}"));
        let net = r.session.trainer_mut().network_mut();
        for (l, d) in net.layers_mut().iter_mut().enumerate() {
            d.weights.fill(if l == 0 { -2.0 } else { 0.5 });
        }
        let net = r.session.trainer().network();
        // 1→16, 16→16, 16→1: 16 weights of 2, then 256 + 16 of 0.5.
        assert_eq!(mean_abs_weights(net), vec![2.0, 0.5, 0.5]);
        assert_eq!(mean_abs_weight(net), ((32.0 + 136.0) / 288.0) as f32);
    }
}
