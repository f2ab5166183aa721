//! The activation lab's strings.

use crate::i18n::table;

table! {
    /// A string of the activation lab.
    pub enum ActText {
        Intro => ("An activation function f decides how a neuron passes on its weighted sum. Its derivative f′ says how steeply f changes — the number backpropagation multiplies by when it sends the error back. Pick a function and compare the two curves.", "活性化関数 f は、ニューロンが重み付き和をどう次へ渡すかを決めます。その微分 f′ は f がどれだけ急に変わるかを表し、誤差を逆向きに伝えるとき（誤差逆伝播）に掛けられる数そのものです。関数を選んで、2 本の曲線を見比べてください。"),
        AtX => ("Point x", "点 x"),
        H => ("Secant step h", "割線の幅 h"),
        Gain => ("Sigmoid gain a", "シグモイドのゲイン a"),
        Value => ("f(x)", "f(x)"),
        Slope => ("f′(x), the tangent's slope", "f′(x)（接線の傾き）"),
        SecantSlope => ("secant slope (f(x+h) − f(x)) / h", "割線の傾き (f(x+h) − f(x)) / h"),
        TangentText => ("The derivative f′(x) is the slope of the tangent line that touches the curve at x: how fast f is changing right there, its instantaneous rate of change. Drag the point on the plot (or type x) and watch the slope follow the f′ curve.", "微分 f′(x) は、x で曲線に接する接線の傾きです。その点で f がどれだけ速く変わっているか、つまり瞬間の変化率です。グラフ上の点をドラッグして（または x を入力して）、傾きが f′ の曲線をなぞる様子を見てください。"),
        SecantText => ("The secant joins the curve at x and at x + h; its slope is the average rate of change over that step. Make h smaller (1 → 0.1 → 0.001) and the secant's slope approaches the tangent's: the derivative is that limit.", "割線は x と x + h の 2 点で曲線を結ぶ直線で、その傾きはその区間の平均の変化率です。h を小さくすると（1 → 0.1 → 0.001）割線の傾きは接線の傾きに近づきます。この極限こそが微分です。"),
        Roundoff => ("Honest round-off: f is computed in 32-bit numbers, and dividing by so small an h magnifies their rounding, so this secant slope may be off by up to ±{}. It approaches the tangent's slope, but its last digits are noise, not mathematics.", "正直な丸め誤差の注記：f は 32 ビットの数で計算され、これほど小さな h で割るとその丸めが拡大されるので、この割線の傾きは最大 ±{} ずれることがあります。接線の傾きに近づきはしますが、最後の桁は数学ではなく誤差です。"),
        AtKink => ("At x = {} exactly the graph has no single tangent; the slope shown is the value the engine uses there by convention when it trains.", "ちょうど x = {} ではグラフに接線が 1 本に決まりません。表示される傾きは、エンジンが学習のときにそこで便宜上使う値です。"),
        LegendF => ("f(x)", "f(x)"),
        LegendD => ("f′(x)", "f′(x)"),
        LegendTangent => ("tangent at x", "x での接線"),
        LegendSecant => ("secant x → x + h", "割線 x → x + h"),
        LegendStep => ("step function", "ステップ関数"),
        LegendFlat => ("flat: |f′| < {}", "平ら：|f′| < {}"),
        LegendKink => ("not differentiable", "微分可能でない点"),
        PlotLabel => ("The activation function f and its derivative f′, with the tangent and the secant at x. Click or drag to move the point; arrow keys move it too.", "活性化関数 f とその微分 f′、x での接線と割線。クリックまたはドラッグで点を動かせます。矢印キーでも動きます。"),
        StepTitle => ("From the sigmoid to the step", "シグモイドからステップ関数へ"),
        StepText => ("σ(a·x) rises more steeply as the gain a grows: by a = 50 it stays within 0.01 of the step function (dashed) wherever |x| ≥ 0.1. Raise a and watch the curve hug the step.", "σ(a·x) はゲイン a が大きいほど急に立ち上がります。a = 50 なら |x| ≥ 0.1 の範囲でステップ関数（破線）との差は 0.01 以内です。a を上げて、曲線がステップに寄り添う様子を見てください。"),
        StepGap => ("Largest gap to the step where |x| ≥ 0.1:", "|x| ≥ 0.1 でのステップとの最大の差："),
        TrySteep => ("Try σ(50·x)", "σ(50·x) を試す"),
        NoSignalTitle => ("Why a step network cannot learn", "ステップ関数のネットワークが学習できない理由"),
        NoSignalText => ("The step's derivative is 0 everywhere it exists (and at the jump it has none). Gradient descent moves each weight in proportion to a slope, so through a step every update is 0: no slope, no signal. The sigmoid looks like a step yet keeps a slope, so learning can flow through it.", "ステップ関数の微分は、存在するところではどこでも 0 です（跳びの点では存在しません）。勾配降下法は各重みを傾きに比例して動かすので、ステップを通ると更新はすべて 0 になります。傾きがなければ信号もありません。シグモイドはステップに似ていても傾きを持つので、学習が伝わります。"),
        NoSignalLink => ("Open a step network in the playground", "ステップ関数のネットワークをプレイグラウンドで開く"),
        NoSignalTry => ("Press play there: the hidden step layers' weights never change, only the last layer adjusts, and the loss hardly falls. Switch the activation to tanh and it learns the circle.", "そこで再生を押してください。ステップ関数の隠れ層の重みはまったく変わらず、最後の層だけが調整されるので、損失はほとんど下がりません。活性化関数を tanh に変えると円を学習できます。"),
        SmoothTitle => ("Differentiable: a smooth graph", "微分可能：なめらかなグラフ"),
        SmoothText => ("Differentiable means the graph is smooth: at each point there is exactly one tangent. ReLU fails at 0 with a kink (slope 0 on the left, 1 on the right) and the step fails at 0 with a jump (no tangent at all); the red marks show where. Choose relu or step to see them.", "微分可能とは、グラフがなめらかで、各点で接線がちょうど 1 本に決まることです。ReLU は 0 で折れ曲がり（左の傾き 0、右の傾き 1）、ステップ関数は 0 で跳ぶ（接線がまったくない）ので、そこで微分可能でなくなります。赤い印がその場所です。relu や step を選んで確かめてください。"),
        Smooth => ("{} is smooth on the whole range: one tangent at each point.", "{} は範囲全体でなめらかです。各点で接線は 1 本です。"),
        Corner => ("{}: a kink at x = {} — the slopes from the left and the right differ, so there is no single tangent.", "{}：x = {} で折れ曲がります。左右の傾きが違うので、接線が 1 本に決まりません。"),
        Jump => ("{}: a jump at x = {} — the graph breaks, so there is no tangent at all.", "{}：x = {} で跳びます。グラフが途切れるので、接線はまったくありません。"),
        FlatTitle => ("Flat regions: the vanishing gradient", "平らな領域：勾配消失"),
        FlatText => ("Shaded: where |f′(x)| < {}. There the curve is nearly flat, so backpropagation multiplies the error by almost 0 and the weights feeding such a saturated neuron barely move — the vanishing gradient. Move the point into the shade and watch the slope shrink.", "網掛けは |f′(x)| < {} の範囲です。そこでは曲線がほぼ平らなので、誤差逆伝播で誤差にほぼ 0 が掛けられ、この飽和したニューロンへつながる重みはほとんど動きません。これが勾配消失です。点を網掛けの中へ動かし、傾きが小さくなるのを見てください。"),
        InFlat => ("Your point is in a flat region: learning through this neuron would nearly stop here.", "いまの点は平らな領域にあります。ここではこのニューロンを通る学習がほぼ止まります。"),
        NoFlat => ("{} has no flat region on this range.", "{} にはこの範囲で平らな領域がありません。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_activation_text_has_english_and_japanese() {
        assert_complete(ActText::ALL, ActText::t);
    }
}
