//! [`LinkRole`]: what a weight does to the signal on its link, in the notes' words.
//!
//! The notes picture a weight as the thickness of a nerve and read its value as: w = 0 cuts
//! the link, 0 < w < 1 shrinks the signal, w = 1 passes it, w > 1 amplifies it, w < 0
//! lowers the activation's input. Sign first: every negative weight *inhibits*, whatever
//! its size (|w| then says how strongly). The roles describe a positive signal, as the notes
//! do; for x < 0 the product wᵢxᵢ flips sign (an inhibiting link then raises z).

use super::state::WeightPreset;

/// What a link's weight does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkRole {
    /// w = 0 (either sign of zero): nothing passes.
    Cut,
    /// 0 < w < 1: the signal arrives smaller.
    Attenuates,
    /// w = 1: the signal arrives unchanged.
    Passes,
    /// w > 1: the signal arrives larger.
    Amplifies,
    /// w < 0: the signal lowers the activation's input.
    Inhibits,
}

impl LinkRole {
    /// The role of weight `w`. NaN (which the lab's setters never produce) counts as cut:
    /// no meaningful signal passes.
    pub fn of(w: f32) -> LinkRole {
        if w.is_nan() || w == 0.0 {
            LinkRole::Cut
        } else if w < 0.0 {
            LinkRole::Inhibits
        } else if w < 1.0 {
            LinkRole::Attenuates
        } else if w == 1.0 {
            LinkRole::Passes
        } else {
            LinkRole::Amplifies
        }
    }
}

impl WeightPreset {
    /// The role the preset's weight has.
    pub fn role(self) -> LinkRole {
        LinkRole::of(self.weight())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_follow_the_notes() {
        assert_eq!(LinkRole::of(0.0), LinkRole::Cut);
        assert_eq!(LinkRole::of(-0.0), LinkRole::Cut);
        assert_eq!(LinkRole::of(0.3), LinkRole::Attenuates);
        assert_eq!(LinkRole::of(1.0), LinkRole::Passes);
        assert_eq!(LinkRole::of(1.5), LinkRole::Amplifies);
        assert_eq!(LinkRole::of(-0.2), LinkRole::Inhibits);
        assert_eq!(LinkRole::of(-5.0), LinkRole::Inhibits);
        assert_eq!(LinkRole::of(f32::NAN), LinkRole::Cut);
    }

    #[test]
    fn each_preset_has_its_own_role() {
        let roles: Vec<LinkRole> = WeightPreset::ALL.iter().map(|p| p.role()).collect();
        assert_eq!(
            roles,
            [
                LinkRole::Cut,
                LinkRole::Attenuates,
                LinkRole::Passes,
                LinkRole::Amplifies,
                LinkRole::Inhibits
            ]
        );
    }
}
