//! The neuron lab's strings.

use crate::i18n::table;

table! {
    /// A string of the neuron lab.
    pub enum NeuronText {
        Intro => ("An artificial neuron multiplies each input xᵢ by the weight wᵢ of its link, adds them up with the bias b into z = Σ wᵢxᵢ + b, and passes z through its activation function: y = f(z). Change any number and watch z and y follow.", "人工ニューロンは、各入力 xᵢ にその結合の重み wᵢ を掛け、バイアス b と一緒に足し合わせて z = Σ wᵢxᵢ + b とし、それを活性化関数に通して y = f(z) を出力します。どの数値を変えても z と y がすぐに追従します。"),
        Inputs => ("Inputs n", "入力の数 n"),
        Input => ("Input x{}", "入力 x{}"),
        Weight => ("Weight w{}", "重み w{}"),
        Bias => ("Bias b", "バイアス b"),
        Gain => ("Sigmoid gain a", "シグモイドのゲイン a"),
        Formula => ("The weighted sum and the output", "重み付き和と出力"),
        Cases => ("One-click cases for link", "結合のワンクリック例："),
        CaseCut => ("w = 0: the connection is cut — y no longer depends on this x.", "w = 0：結合が切れます。y はこの x に依存しなくなります。"),
        CaseAttenuate => ("0 < w < 1: the signal arrives weakened (here halved).", "0 < w < 1：信号は弱められて届きます（ここでは半分）。"),
        CasePass => ("w = 1: the signal passes through unchanged.", "w = 1：信号はそのまま通ります。"),
        CaseAmplify => ("w > 1: the signal arrives amplified (here doubled).", "w > 1：信号は増幅されて届きます（ここでは 2 倍）。"),
        CaseInhibit => ("w < 0: the link inhibits — a positive x lowers the activation's input z.", "w < 0：抑制の結合です。正の x は活性化関数への入力 z を下げます。"),
        RoleCut => ("cut", "切断"),
        RoleAttenuates => ("attenuates", "減衰"),
        RolePasses => ("passes", "そのまま"),
        RoleAmplifies => ("amplifies", "増幅"),
        RoleInhibits => ("inhibits", "抑制"),
        Threshold => ("Bias as a threshold", "しきい値としてのバイアス"),
        ThresholdCase => ("Step function, b = −10", "ステップ関数、b = −10"),
        ThresholdText => ("z > 0 exactly when the weighted input Σ wᵢxᵢ exceeds θ = −b. With the step function and b = −10 the neuron fires once Σ wᵢxᵢ passes 10: the bias sets the threshold.", "z > 0 となるのは、重み付き入力 Σ wᵢxᵢ が θ = −b を超えたときです。ステップ関数で b = −10 なら、Σ wᵢxᵢ が 10 を超えたところでニューロンが発火します。バイアスがしきい値を決めるのです。"),
        WeightedInput => ("weighted input Σ wᵢxᵢ", "重み付き入力 Σ wᵢxᵢ"),
        ThresholdMark => ("threshold θ = −b = {}", "しきい値 θ = −b = {}"),
        Fires => ("fires (z > 0)", "発火（z > 0）"),
        Silent => ("does not fire (z ≤ 0)", "発火しない（z ≤ 0）"),
        WeightedIs => ("Now Σ wᵢxᵢ = {}: the neuron ", "いま Σ wᵢxᵢ = {}：ニューロンは"),
        Response => ("How y responds", "y の応答"),
        CurveText => ("y against x₁ (the other inputs held). Where z crosses 0, at x₁ = s, the step jumps and ReLU bends.", "x₁ に対する y（他の入力は固定）。z が 0 をまたぐ x₁ = s で、ステップ関数は跳び、ReLU は折れ曲がります。"),
        StepAt => ("s = −b/w = {}", "s = −b/w = {}"),
        NoStep => ("w₁ = 0: z = b everywhere, no crossing", "w₁ = 0：z はどこでも b、0 をまたぎません"),
        PlaneText => ("With two inputs, z = 0 is the line w₁x₁ + w₂x₂ + b = 0: the neuron splits the plane into a side where it fires and one where it does not. Drag a weight or the bias and the line moves.", "入力が 2 つなら、z = 0 は直線 w₁x₁ + w₂x₂ + b = 0 です。ニューロンは平面を、発火する側としない側に分けます。重みやバイアスを動かすと直線が動きます。"),
        NoLine => ("w₁ = w₂ = 0: no line — z = b everywhere.", "w₁ = w₂ = 0：直線はありません（z はどこでも b）。"),
        Diagram => ("The neuron: each link's width and colour is its weight (blue positive, orange negative, dashed and broken when 0)", "ニューロン：結合の太さと色が重みです（青は正、橙は負、0 なら破線で途切れます）"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_neuron_text_has_english_and_japanese() {
        assert_complete(NeuronText::ALL, NeuronText::t);
    }
}
