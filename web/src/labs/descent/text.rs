//! The descent lab's strings, and the runs' status sentences in both languages.

use neurite_labs::descent::{Divergence, BOUND, STEP_LIMIT};
use neurite_labs::DescentStatus;

use super::runs::Shown;
use crate::i18n::{table, Lang};
use crate::view::plot::plain;

table! {
    /// A string of the descent lab.
    pub enum DescentText {
        Intro => ("Gradient descent (勾配降下法) walks downhill on the loss: each step moves the parameters against the gradient, by the learning rate times the gradient. Pick a surface, click the plot to set the start, and press Run: a tiny rate crawls, a good one converges (収束), a too-large one overshoots the minimum further at every step and diverges (発散).", "勾配降下法は損失の坂を下っていきます。各ステップでパラメータを勾配と逆向きに「学習率 × 勾配」だけ動かします。曲面を選び、図をクリックして出発点を決め、「実行」を押してください。学習率が小さすぎると少しずつしか進まず、ちょうどよければ収束し、大きすぎると毎回最小値を行き過ぎて発散します。"),
        Surface => ("Loss surface", "損失の曲面"),
        Parabola => ("Parabola L = ½x² (1-D)", "放物線 L = ½x²（1 次元）"),
        Bowl => ("Bowl L = ½(x² + e·y²)", "お椀 L = ½(x² + e·y²)"),
        Rosenbrock => ("Rosenbrock's valley", "ローゼンブロック関数の谷"),
        ParabolaText => ("One weight, curvature 1: SGD multiplies x by (1 − rate) each step. Try 0.1 (slow, steady), 1 (one step to the minimum), 1.5 (zig-zags in), 2.5 (zig-zags out: diverges).", "重み 1 つ、曲率 1 の曲線です。SGD は毎ステップ x に (1 − 学習率) を掛けます。0.1（ゆっくり着実）、1（1 歩で最小値）、1.5（ジグザグに近づく）、2.5（ジグザグに遠ざかり発散）を試してください。"),
        BowlText => ("The bowl is e times steeper along y than along x. SGD is stable only while rate < 2/e, so a steep direction forces a small rate that crawls along the flat one. With e = 5 try 0.01, 0.3 and 0.45; then compare optimizers.", "お椀は y 方向が x 方向より e 倍急です。SGD が安定なのは学習率 < 2/e のときだけなので、急な方向に合わせた小さな学習率では平らな方向をなかなか進めません。e = 5 で 0.01、0.3、0.45 を試し、最適化手法も比べてみましょう。"),
        RosenbrockText => ("A long, curved, nearly flat valley with its minimum at (1, 1). SGD and momentum need a tiny rate here (0.01 already diverges); at 0.001 momentum gets far further than SGD in 1000 steps. Adam's steps are about one rate long whatever the gradient, so it stays stable where SGD blows up: try Adam at 0.05 or 0.1.", "細長く曲がった、ほとんど平らな谷で、最小値は (1, 1) にあります。SGD とモメンタムにはとても小さな学習率が必要です（0.01 でもう発散します）。0.001 なら、1000 ステップでモメンタムは SGD よりずっと先まで進みます。Adam の 1 歩は勾配の大きさによらずほぼ学習率の長さなので、SGD が発散する学習率でも安定です。Adam を 0.05 や 0.1 で試してみましょう。"),
        Elongation => ("Elongation e", "細長さ e"),
        LearningRate => ("Learning rate", "学習率"),
        Optimizer => ("Optimizer", "最適化手法"),
        Sgd => ("SGD", "SGD（確率的勾配降下法）"),
        Momentum => ("Momentum", "モメンタム"),
        Adam => ("Adam", "Adam"),
        StartX => ("Start x", "出発点 x"),
        StartY => ("Start y", "出発点 y"),
        OneD => ("The parabola has one parameter: y is held at 0.", "放物線のパラメータは 1 つなので、y は 0 に固定です。"),
        Steps => ("Steps n", "ステップ数 n"),
        Step => ("Step once", "1 ステップ"),
        Run => ("Run n steps", "n ステップ実行"),
        Reset => ("Back to the start", "出発点に戻す"),
        Compare => ("Compare optimizers (SGD, momentum and Adam from the same start)", "最適化手法を比べる（同じ出発点から SGD・モメンタム・Adam）"),
        Iteration => ("Iteration", "反復回数"),
        Loss => ("Loss", "損失"),
        PlotCaption => ("Click the plot to set the start. The colours and iso-lines (等高線) show {}; the cross marks the minimum, the ring the start.", "図をクリックすると出発点を設定できます。色と等高線は {} を表します。× が最小値、○ が出発点です。"),
        PlotCaption1d => ("Click the plot to set the start x. Each dot is a step: (x, L(x)) after it.", "図をクリックすると出発点 x を設定できます。点が各ステップ後の (x, L(x)) です。"),
        SqrtLoss => ("√L (rings evenly spaced in distance)", "√L（距離に対して等間隔の輪）"),
        LogLoss => ("log(1 + L) (the loss spans three decades)", "log(1 + L)（損失が 3 桁にわたるため）"),
        LossChart => ("Loss per step", "ステップごとの損失"),
        LogScale => ("log scale: the loss spans decades", "対数目盛：損失が何桁にもわたります"),
        StatusReady => ("Ready at the start point.", "出発点で待機中です。"),
        StatusRunning => ("Descending.", "降下中です。"),
        StatusPaused => ("Paused at step {}: neither converged nor diverged yet. Run more steps, or change the rate.", "ステップ {} で一時停止：まだ収束も発散もしていません。さらに実行するか、学習率を変えてみましょう。"),
        StatusConverged => ("Converged to the minimum in {} steps.", "{} ステップで最小値に収束しました。"),
        StatusDiverged => ("Diverged at step {}: {}. Each step overshoots the minimum by more than it corrects; try a smaller learning rate.", "ステップ {} で発散しました：{}。各ステップが最小値を行き過ぎる量が修正量より大きいのです。学習率を小さくしてみましょう。"),
        NonFinite => ("the numbers overflowed to infinity", "数値が無限大にあふれました"),
        OutOfBounds => ("a coordinate went beyond ±{}", "座標が ±{} を超えました"),
        LossGrowing => ("the loss kept growing, step after step", "損失がステップごとに増え続けました"),
        StatusStepLimit => ("Stopped after {} steps, neither converged nor diverged.", "{} ステップで停止しました。収束も発散もしていません。"),
        RaceTitle => ("Three learning rates, one network", "3 つの学習率、1 つのネットワーク"),
        RaceText => ("The same playground network (the circle; two tanh hidden layers of 4 and 2 neurons; a linear output) trained from the same initial weights on the same mini-batches, at three learning rates. Only the rate differs: watch the small one barely move, the good one learn, and the large one overshoot until its numbers overflow.", "同じプレイグラウンドのネットワーク（円のデータ、tanh の隠れ層 4 個と 2 個、線形の出力）を、同じ初期の重み・同じミニバッチで、3 つの学習率で学習させます。違うのは学習率だけです。小さいとほとんど動かず、ちょうどよいと学習が進み、大きすぎると行き過ぎを繰り返して数値があふれる様子を見てください。"),
        RaceTrain => ("Train the three networks", "3 つのネットワークを学習"),
        RaceEpochs => ("Epoch {} of {}", "エポック {} / {}"),
        TooSmall => ("too small", "小さすぎ"),
        Good => ("good", "ちょうどよい"),
        TooLarge => ("too large", "大きすぎ"),
        RaceDiverged => ("diverged in epoch {}: a value became {}, so training stopped there", "エポック {} で発散：値が {} になったため、そこで学習が止まりました"),
        RaceLoss => ("training loss {}", "訓練損失 {}"),
        Epoch => ("epoch", "エポック"),
        StepAxis => ("step", "ステップ"),
    }
}

/// The optimizer's name.
pub fn optimizer_text(kind: neurite_nn::OptimizerKind) -> DescentText {
    match kind {
        neurite_nn::OptimizerKind::Sgd => DescentText::Sgd,
        neurite_nn::OptimizerKind::Momentum => DescentText::Momentum,
        neurite_nn::OptimizerKind::Adam => DescentText::Adam,
    }
}

/// A run's status in words ([`DescentStatus`]'s sentence in `lang`), or, when the
/// run is between steps but nothing is playing, that the run is paused.
pub fn status_sentence(status: DescentStatus, shown: Shown, steps: usize, lang: Lang) -> String {
    match status {
        DescentStatus::Ready => DescentText::StatusReady.t(lang).into(),
        DescentStatus::Running if shown == Shown::Running => {
            DescentText::StatusRunning.t(lang).into()
        }
        DescentStatus::Running => DescentText::StatusPaused.fill(lang, &[&steps.to_string()]),
        DescentStatus::Converged { step } => {
            DescentText::StatusConverged.fill(lang, &[&step.to_string()])
        }
        DescentStatus::Diverged { step, reason } => {
            let what = match reason {
                Divergence::NonFinite => DescentText::NonFinite.t(lang).into(),
                Divergence::OutOfBounds => DescentText::OutOfBounds.fill(lang, &[&plain(BOUND)]),
                Divergence::LossGrowing => DescentText::LossGrowing.t(lang).into(),
            };
            DescentText::StatusDiverged.fill(lang, &[&step.to_string(), &what])
        }
        DescentStatus::StepLimit => {
            DescentText::StatusStepLimit.fill(lang, &[&STEP_LIMIT.to_string()])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_descent_text_has_english_and_japanese() {
        assert_complete(DescentText::ALL, DescentText::t);
    }

    #[test]
    fn english_sentences_are_the_engines() {
        let cases = [
            DescentStatus::Ready,
            DescentStatus::Running,
            DescentStatus::Converged { step: 74 },
            DescentStatus::StepLimit,
        ]
        .into_iter()
        .chain(
            [
                Divergence::NonFinite,
                Divergence::OutOfBounds,
                Divergence::LossGrowing,
            ]
            .map(|reason| DescentStatus::Diverged { step: 6, reason }),
        );
        for s in cases {
            let ours = status_sentence(s, Shown::Running, 1, Lang::En);
            assert_eq!(ours, s.to_string());
        }
        let paused = status_sentence(DescentStatus::Running, Shown::Ready, 50, Lang::Ja);
        assert!(paused.starts_with("ステップ 50 で"));
    }
}
