//! The weights of past epochs, in a bounded memory budget, for the epoch scrubber.
//!
//! A snapshot is every weight and bias of the network after an epoch (epoch 0: the initial
//! weights), flattened layer by layer (weights row-major, then biases). Snapshots are kept
//! at the epochs that are multiples of a *stride*, starting at 1; when more than
//! [`MAX_SNAPSHOTS`] are kept the stride doubles and every snapshot off the new stride is
//! dropped — deterministic thinning that keeps epochs evenly spaced (0, s, 2s, …) and the
//! count between `MAX_SNAPSHOTS / 2` and `MAX_SNAPSHOTS`. The latest epoch's snapshot is
//! always kept too, so the scrubber's right end is the model as it is now. One epoch can
//! be *held* ([`Snapshots::hold`], the scrubber's pinned epoch): its snapshot survives the
//! thinning, so the model the learner pinned (or a link named) stays the one shown.
//!
//! Memory: at most `MAX_SNAPSHOTS + 1` snapshots of the lab's largest network (3 hidden
//! layers of 16: 593 parameters, 2.4 KB) — under 320 KB.

use neurite_nn::Network;

/// Most snapshots kept at the stride (plus the latest one).
pub const MAX_SNAPSHOTS: usize = 128;

/// Saved weights of past epochs.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshots {
    stride: usize,
    kept: Vec<(usize, Vec<f32>)>,
    latest: Option<(usize, Vec<f32>)>,
    /// The held epoch: kept (once recorded) whatever the stride.
    hold: Option<usize>,
}

/// Every parameter of `net`, flattened.
pub fn flatten(net: &Network) -> Vec<f32> {
    let mut out = Vec::new();
    for d in net.layers() {
        out.extend(d.weights.iter());
        out.extend(d.bias.iter());
    }
    out
}

/// A copy of `net` with the parameters `flat` (as [`flatten`] wrote them) put back; `None`
/// if the count does not match.
pub fn restore(net: &Network, flat: &[f32]) -> Option<Network> {
    let count: usize = net
        .layers()
        .iter()
        .map(|d| d.weights.len() + d.bias.len())
        .sum();
    if count != flat.len() {
        return None;
    }
    let mut out = net.clone();
    let mut values = flat.iter();
    for d in out.layers_mut() {
        for (w, v) in d
            .weights
            .iter_mut()
            .chain(d.bias.iter_mut())
            .zip(&mut values)
        {
            *w = *v;
        }
    }
    Some(out)
}

impl Snapshots {
    /// The snapshots of a run that starts at epoch 0 with `net`.
    pub fn new(net: &Network) -> Snapshots {
        Snapshots {
            stride: 1,
            kept: vec![(0, flatten(net))],
            latest: None,
            hold: None,
        }
    }

    /// Keeps the snapshot of `epoch` through later thinning (`None` lets it go, and drops
    /// it if it is off the stride). An epoch not trained yet is kept when it comes; one
    /// already thinned away stays lost.
    pub fn hold(&mut self, epoch: Option<usize>) {
        self.hold = epoch;
        self.thin();
    }

    /// Drops every kept snapshot off the stride but the held one.
    fn thin(&mut self) {
        let (stride, hold) = (self.stride, self.hold);
        self.kept
            .retain(|(e, _)| e.is_multiple_of(stride) || Some(*e) == hold);
    }

    /// Records `net` as the model after `epoch` (epochs must increase).
    pub fn record(&mut self, epoch: usize, net: &Network) {
        let flat = flatten(net);
        if epoch.is_multiple_of(self.stride) || self.hold == Some(epoch) {
            self.kept.push((epoch, flat));
            self.latest = None;
            while self.kept.len() > MAX_SNAPSHOTS {
                self.stride *= 2;
                self.thin();
            }
            if self.kept.last().map(|(e, _)| *e) != Some(epoch) {
                self.latest = Some((epoch, flatten(net)));
            }
        } else {
            self.latest = Some((epoch, flat));
        }
    }

    /// The epochs with a snapshot, increasing.
    pub fn epochs(&self) -> Vec<usize> {
        let latest = self.latest.as_ref().map(|(e, _)| *e);
        self.kept.iter().map(|(e, _)| *e).chain(latest).collect()
    }

    /// The snapshot of `epoch`, if kept.
    pub fn get(&self, epoch: usize) -> Option<&[f32]> {
        self.kept
            .iter()
            .chain(&self.latest)
            .find(|(e, _)| *e == epoch)
            .map(|(_, p)| p.as_slice())
    }

    /// The distance between kept epochs: 1 until older epochs had to be thinned.
    pub fn stride(&self) -> usize {
        self.stride
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::{Activation, Init, LayerSpec, NetworkSpec, OutputHead, Rng, Stream};

    fn net(seed: u64) -> Network {
        let spec = NetworkSpec {
            inputs: 1,
            hidden: vec![LayerSpec::new(3, Activation::Tanh)],
            outputs: 1,
            head: OutputHead::Linear,
        };
        Network::new(&spec, Init::Tfp, &mut Rng::stream(seed, Stream::Weights))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn flatten_and_restore_round_trip() {
        let (a, b) = (net(1), net(2));
        assert_eq!(flatten(&a).len(), 3 + 3 + 3 + 1);
        assert_eq!(restore(&a, &flatten(&b)), Some(b));
        assert_eq!(restore(&a, &[1.0]), None);
    }

    #[test]
    fn thinning_doubles_the_stride_and_keeps_the_latest() {
        let n = net(1);
        let mut s = Snapshots::new(&n);
        for e in 1..=1000 {
            s.record(e, &n);
            let epochs = s.epochs();
            assert!(
                epochs.len() <= MAX_SNAPSHOTS + 1,
                "epoch {e}: {}",
                epochs.len()
            );
            assert_eq!(epochs.last(), Some(&e), "the latest is kept");
            assert!(epochs.windows(2).all(|w| w[0] < w[1]));
            let at_stride = &epochs[..epochs.len() - usize::from(!e.is_multiple_of(s.stride()))];
            assert!(at_stride
                .iter()
                .enumerate()
                .all(|(i, &x)| x == i * s.stride()));
        }
        // 1000 epochs: stride 8 gives 126 multiples of 8 (0…1000), then the latest is one.
        assert_eq!(s.stride(), 8);
        assert_eq!(s.epochs().len(), 126);
        assert!(s.get(8).is_some() && s.get(4).is_none() && s.get(1000).is_some());
        assert!(s.get(0).is_some(), "the initial weights stay");
    }

    #[test]
    fn a_held_epoch_survives_the_thinning_with_its_own_weights() {
        // A different network at every epoch, so a snapshot names the epoch it came from.
        let nets: Vec<Network> = (0..=1000).map(net).collect();
        let mut s = Snapshots::new(&nets[0]);
        s.hold(Some(137));
        for (e, n) in nets.iter().enumerate().skip(1) {
            s.record(e, n);
            if e == 500 {
                // Held while already kept (500 is a multiple of every stride up to 4).
                s.hold(Some(500));
            }
        }
        assert_eq!(s.stride(), 8);
        assert_eq!(s.get(137), None, "137 was let go when 500 was held");
        assert_eq!(s.get(500), Some(flatten(&nets[500]).as_slice()));
        assert_eq!(s.get(501), None);
        let epochs = s.epochs();
        assert!(epochs.contains(&500) && epochs.windows(2).all(|w| w[0] < w[1]));
        assert!(epochs.len() <= MAX_SNAPSHOTS + 1);

        let mut s = Snapshots::new(&nets[0]);
        s.hold(Some(137));
        for (e, n) in nets.iter().enumerate().skip(1) {
            s.record(e, n);
        }
        assert_eq!(
            s.get(137),
            Some(flatten(&nets[137]).as_slice()),
            "held, not thinned"
        );
        assert_eq!(s.get(138), None, "its neighbours were thinned (stride 8)");
        assert_eq!(s.epochs().iter().filter(|&&e| e == 137).count(), 1);
        s.hold(None);
        assert_eq!(s.get(137), None, "let go");
    }
}
