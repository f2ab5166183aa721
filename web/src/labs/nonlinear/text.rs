//! The non-linearity lab's strings.

use crate::i18n::table;

table! {
    /// A string of the non-linearity lab.
    pub enum NonlinearText {
        Intro => ("A feed-forward network (順伝播型ニューラルネットワーク) is a composite function: each layer computes f(W·x + b) of the one before. If f is linear, f(z) = z, stacking layers only multiplies their matrices — any depth is one linear layer, and its boundary is a straight line. Train the linear network on XOR, then switch the activation to ReLU or tanh and train again.", "順伝播型ニューラルネットワークは合成関数です。各層は前の層の出力から f(W·x + b) を計算します。f が線形（f(z) = z）なら、層を重ねても行列を掛け合わせるだけなので、何層あっても 1 つの線形層と同じで、境界は直線になります。まず線形のネットワークで XOR を学習させ、次に活性化関数を ReLU か tanh に変えてもう一度学習させてみてください。"),
        Dataset => ("Data", "データ"),
        Xor => ("XOR", "XOR"),
        Circle => ("Circle", "円"),
        Gauss => ("Two Gaussian clusters", "2 つのガウス分布のかたまり"),
        Depth => ("Hidden layers", "隠れ層の数"),
        Width => ("Neurons per hidden layer", "隠れ層あたりのニューロン数"),
        LearningRate => ("Learning rate", "学習率"),
        Train => ("Train {} epochs", "{} エポック学習"),
        Epoch => ("Epoch {} of {}", "エポック {} / {}"),
        TestAccuracy => ("Test accuracy", "テスト精度"),
        TrainAccuracy => ("training accuracy {}", "訓練精度 {}"),
        Chance => ("Chance is 0.5: a straight line can classify at most about three quarters of XOR's points.", "でたらめに答えると 0.5 です。直線では XOR の点のせいぜい 4 分の 3 ほどしか正しく分けられません。"),
        Output => ("The network's output over the input plane", "入力平面上のネットワークの出力"),
        OutputText => ("Colour is the output (orange −1, blue +1), dots are the data. With linear activations the boundary between the colours is the straight line W·x + c = 0 of the collapsed map (drawn in black) at any depth.", "色が出力（橙が −1、青が +1）、点がデータです。活性化関数が線形なら、色の境目は何層であっても、まとめた写像の直線 W·x + c = 0（黒線）になります。"),
        Bent => ("With {} the layers do not collapse into one matrix: the boundary can bend around the classes.", "{} では層を 1 つの行列にまとめられません。境界はクラスに合わせて曲がることができます。"),
        Collapse => ("Many linear layers = one linear layer", "線形の層をいくつ重ねても 1 つの線形層"),
        CollapseText => ("These are the trained weight matrices, output layer first. Multiplied out they give one 1×2 matrix W (and one bias c): the whole network is x ↦ tanh(W·x + c). Check a cell: each entry of W is a sum of products along the chain.", "学習後の重み行列です（出力層から順に）。掛け合わせると 1×2 の行列 W（とバイアス c）が 1 つ得られ、ネットワーク全体は x ↦ tanh(W·x + c) です。W の各成分は、行列の連鎖に沿った積の和になっています。"),
        Warp => ("How the first hidden layer bends the plane", "最初の隠れ層が平面をどう曲げるか"),
        WarpText => ("Each input point (x₁, x₂) goes to the outputs (h₁, h₂) of a hidden layer. With two neurons that is again a plane, so we can draw it — and the output neuron can only cut that plane with one straight line (black). A linear layer just shears and stretches the grid (lines stay straight and parallel), so XOR stays uncuttable; a non-linear one folds and squashes it, moving the classes towards opposite sides of the line.", "入力の各点 (x₁, x₂) は、隠れ層の出力 (h₁, h₂) に移ります。ニューロンが 2 つならそれもまた平面なので描くことができ、出力ニューロンはこの平面を 1 本の直線（黒線）でしか分けられません。線形の層は格子をずらして伸ばすだけ（直線は直線のまま、平行なまま）なので XOR は分けられないままですが、非線形の層は平面を折り曲げて押しつぶし、クラスを直線の両側へ寄せていきます。"),
        WarpWidth => ("This view uses a second, 2-2-1 network (one hidden layer of 2 neurons; the same data, activation, rate and seed), trained alongside. So narrow a network often settles short of perfect: its test accuracy is {}.", "この図は、2 つ目のネットワーク（隠れ層 1 つに 2 ニューロンの 2-2-1 型。データ・活性化関数・学習率・シードは同じ）を一緒に学習させたものです。これほど細いネットワークは完全には届かないことがよくあります。そのテスト精度は {} です。"),
        WarpSame => ("The lab's network is itself 2-2-1, so this is its own hidden layer and its output neuron's line.", "このラボのネットワーク自体が 2-2-1 型なので、これはそのネットワーク自身の隠れ層と出力ニューロンの直線です。"),
        Before => ("input plane (x₁, x₂)", "入力平面 (x₁, x₂)"),
        After => ("after the first hidden layer (h₁, h₂)", "最初の隠れ層の後 (h₁, h₂)"),
        Stopped => ("Training stopped in epoch {}: a value became {}. Try a smaller learning rate.", "エポック {} で学習が止まりました：値が {} になりました。学習率を小さくしてみてください。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_nonlinear_text_has_english_and_japanese() {
        assert_complete(NonlinearText::ALL, NonlinearText::t);
    }
}
