//! The one-update walk-through's state machine (pure): forward → loss → gradient → update,
//! what each stage captures, and what it does to the page. Drawn by
//! `components/update_walk.rs`.

use std::rc::Rc;

use super::Trace;

/// A stage of the walk-through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Forward,
    Loss,
    Gradient,
    Update,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::Forward, Stage::Loss, Stage::Gradient, Stage::Update];

    /// The stage after `current` (`None`: not started); after the update a new one begins.
    pub fn after(current: Option<Stage>) -> Stage {
        match current {
            None | Some(Stage::Update) => Stage::Forward,
            Some(Stage::Forward) => Stage::Loss,
            Some(Stage::Loss) => Stage::Gradient,
            Some(Stage::Gradient) => Stage::Update,
        }
    }

    /// The stage's name in `data-stage`.
    pub fn id(self) -> &'static str {
        match self {
            Stage::Forward => "forward",
            Stage::Loss => "loss",
            Stage::Gradient => "gradient",
            Stage::Update => "update",
        }
    }
}

/// The selected parameter: `(∂L/∂θ, θ, "w" or "b")`.
pub type Param = (f32, f32, &'static str);

/// What the update stage applied to the selected parameter: `(name, θ, η, ∂L/∂θ, θ − η·∂L/∂θ)`.
pub type Applied = (&'static str, f32, f32, f32, f32);

/// What the walk shows: the point's trace as it was when this update began (the update
/// changes the network, and with it the live trace) and the selected parameter then.
#[derive(Clone, PartialEq)]
pub struct Shown {
    pub trace: Rc<Trace>,
    pub param: Option<Param>,
    pub applied: Option<Applied>,
}

/// What a stage does to the page besides showing its numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WalkEffect {
    /// Switch the network view to the gradients.
    ShowBackward,
    /// Apply the one plain-SGD step (the `update-step` action).
    ApplyUpdate,
}

/// The walk's own state: the stage reached, whether it plays and how fast, what it shows.
#[derive(Clone, PartialEq)]
pub struct Walk {
    pub stage: Option<Stage>,
    pub playing: bool,
    pub speed_ms: i32,
    pub shown: Option<Shown>,
}

impl Walk {
    /// The next stage, with what it captures: the trace at the forward stage, the selected
    /// parameter at the gradient stage, and at the update the numbers it applies (captured
    /// before the step). Also returns what the stage does to the page (the backward view, the update).
    pub fn advance(
        &self,
        trace: &Rc<Trace>,
        param: Option<Param>,
        eta: f32,
    ) -> (Walk, Option<WalkEffect>) {
        let stage = Stage::after(self.stage);
        let fresh = || Shown {
            trace: trace.clone(),
            param,
            applied: None,
        };
        let mut shown = match stage {
            Stage::Forward => fresh(),
            _ => self.shown.clone().unwrap_or_else(fresh),
        };
        let mut playing = self.playing;
        let action = match stage {
            Stage::Forward | Stage::Loss => None,
            Stage::Gradient => {
                shown.param = param;
                Some(WalkEffect::ShowBackward)
            }
            Stage::Update => {
                shown.param = param;
                shown.applied = param.map(|(g, v, name)| (name, v, eta, g, v - eta * g));
                playing = false;
                Some(WalkEffect::ApplyUpdate)
            }
        };
        let walk = Walk {
            stage: Some(stage),
            playing,
            speed_ms: self.speed_ms,
            shown: Some(shown),
        };
        (walk, action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk() -> Walk {
        Walk {
            stage: None,
            playing: true,
            speed_ms: 400,
            shown: None,
        }
    }

    #[test]
    fn four_stages_in_order_with_the_backward_view_and_one_update() {
        let (t0, t1) = (
            Rc::new(Trace::default()),
            Rc::new(Trace {
                loss: 1.0,
                ..Trace::default()
            }),
        );
        let mut w = walk();
        let mut effects = Vec::new();
        for (trace, param) in [
            (&t0, Some((0.5, 2.0, "w"))),
            (&t1, None),
            (&t1, Some((0.5, 2.0, "w"))),
            (&t1, Some((0.5, 2.0, "w"))),
        ] {
            let (next, effect) = w.advance(trace, param, 0.1);
            effects.push((next.stage, effect));
            w = next;
        }
        assert_eq!(
            effects,
            [
                (Some(Stage::Forward), None),
                (Some(Stage::Loss), None),
                (Some(Stage::Gradient), Some(WalkEffect::ShowBackward)),
                (Some(Stage::Update), Some(WalkEffect::ApplyUpdate)),
            ]
        );
        let shown = w.shown.clone().unwrap_or_else(|| panic!("shown"));
        // The trace as it was when the update began, and θ − η·g with the update's numbers.
        assert!(Rc::ptr_eq(&shown.trace, &t0));
        assert_eq!(shown.applied, Some(("w", 2.0, 0.1, 0.5, 2.0 - 0.1 * 0.5)));
        assert!(!w.playing, "playing stops at the update");
        // After the update a new one begins, from the live trace, with nothing applied.
        let (again, effect) = w.advance(&t1, None, 0.1);
        assert_eq!((again.stage, effect), (Some(Stage::Forward), None));
        let shown = again.shown.unwrap_or_else(|| panic!("shown"));
        assert!(Rc::ptr_eq(&shown.trace, &t1) && shown.applied.is_none());
    }
}
