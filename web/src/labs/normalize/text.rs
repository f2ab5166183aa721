//! The normalization lab's strings.

use crate::i18n::table;

table! {
    /// A string of the normalization lab.
    pub enum NormalizeText {
        Intro => ("Two words that sound alike and do different jobs. Normalization (正規化) shapes the data or the activations so that learning is easy; regularization (正則化) penalises complexity so that the model does not overfit.", "似た響きでも役割の違う 2 つの言葉です。正規化はデータや活性化の値の形を整えて学習しやすくすること、正則化はモデルの複雑さにペナルティを課して過学習を防ぐことです。"),
        NormalizationSide => ("Normalization, live: below, the same network learns from inputs of very different scales, with and without standardizing them, and with and without batch or layer normalization inside.", "正規化の実例：下では同じネットワークが、尺度が大きく違う入力から学習します。入力を標準化した場合としない場合、内部にバッチ正規化やレイヤー正規化を入れた場合と入れない場合を比べます。"),
        RegularizationSide => ("Regularization, live: the overfitting lab shows a network that fits every training point and loses the overall trend, and how penalising its complexity brings the trend back.", "正則化の実例：過学習のラボでは、訓練データの点一つひとつに合わせて全体の傾向を失うネットワークと、その複雑さにペナルティを課すと傾向が戻ってくる様子を見られます。"),
        InferText => ("Weights locked, training paused. Type a point of the circle's plane: each network answers in both modes. With batch norm, one point in training mode is its own batch (x̂ = 0, so always f(β)); inference uses the running statistics.", "重みを固定し、学習を止めています。円の平面上の点を入力すると、各ネットワークが両モードで答えます。バッチ正規化では、学習モードの 1 点は自分だけのミニバッチ（x̂ = 0 なのでつねに f(β)）、推論は移動平均の統計量を使います。"),
        OpenOverfit => ("Open the overfitting lab", "過学習のラボを開く"),
        Scale => ("x₂ multiplied by", "x₂ に掛ける倍率"),
        LearningRate => ("Learning rate (all networks)", "学習率（全ネットワーク共通）"),
        NormInputs => ("Inputs of the normalization comparison", "正規化の比較に使う入力"),
        Raw => ("raw inputs", "生の入力"),
        Standardized => ("standardized inputs", "標準化した入力"),
        Train => ("Train all five networks {} epochs", "5 つのネットワークを {} エポック学習"),
        Epoch => ("Epoch {} of {}", "エポック {} / {}"),
        EpochAxis => ("epoch", "エポック"),
        StdTitle => ("Input standardization", "入力の標準化"),
        StdText => ("The circle data, but x₂ is multiplied by the factor above, so it is far larger than x₁. Two identical networks (same initial weights, same batches, same learning rate) learn side by side: one from the raw inputs, one from their z-scores z = (x − μ)/σ, with μ and σ of each input taken over the training split only — validation and test points are mapped with those same numbers, as a new point would be. A weight's gradient grows with its input, so on raw inputs one learning rate is too large for x₂'s weights and too small for x₁'s.", "円のデータですが、x₂ に上の倍率を掛けてあるので x₁ よりずっと大きな値です。同じネットワーク 2 つ（初期の重み・バッチ・学習率が同じ）を並べて学習させます。一方は生の入力から、もう一方は z 得点 z = (x − μ)/σ から学びます。各入力の μ と σ は訓練データだけから求め、検証データとテストデータにも同じ値を使います（新しい点と同じ扱い）。重みの勾配は入力が大きいほど大きくなるので、生の入力では 1 つの学習率が x₂ の重みには大きすぎ、x₁ の重みには小さすぎます。"),
        StdStats => ("Training split: x₁ has μ = {}, σ = {}; x₂ has μ = {}, σ = {}.", "訓練データ：x₁ は μ = {}、σ = {}。x₂ は μ = {}、σ = {}。"),
        FinalLoss => ("training loss", "訓練誤差"),
        NormTitle => ("Batch normalization and layer normalization", "バッチ正規化とレイヤー正規化"),
        NormText => ("Three copies of one network with two hidden layers of 8 tanh neurons: without normalization, with batch normalization (バッチ正規化: each neuron's z standardized over the mini-batch) and with layer normalization (レイヤー正規化: each sample's z standardized over the layer's neurons), then scaled by a learned γ and shifted by a learned β. On raw inputs batch norm re-standardizes the first layer inside the network; layer norm mixes the neurons of one sample and cannot undo one input's scale. Switch the inputs to standardized and compare again.", "隠れ層 2 つ（tanh のニューロン 8 個ずつ）の同じネットワークを 3 つ用意します。正規化なし、バッチ正規化（各ニューロンの z をミニバッチ全体で標準化）、レイヤー正規化（各サンプルの z をその層のニューロン全体で標準化）で、どちらも標準化の後に学習する γ を掛け β を足します。生の入力では、バッチ正規化がネットワークの中で最初の層を標準化し直します。レイヤー正規化は 1 つのサンプルのニューロン同士を揃えるだけなので、1 つの入力の尺度の違いは消せません。入力を標準化したものに切り替えて、もう一度比べてみてください。"),
        HistTitle => ("What each hidden layer feeds its activation", "各隠れ層が活性化関数に渡す値"),
        HistText => ("Histograms over the training data as one batch, every neuron of the layer pooled, in training mode (batch norm uses this batch's statistics). Without normalization that is z = W·a + b; with it, y = γ·x̂ + β. Before training γ = 1 and β = 0, so the normalized layers show mean 0 and standard deviation 1 exactly; training moves them only as far as γ and β learned to.", "訓練データ全体を 1 つのバッチとし、層のすべてのニューロンをまとめたヒストグラムです（学習モード：バッチ正規化はこのバッチの統計量を使います）。正規化なしでは z = W·a + b、正規化ありでは y = γ·x̂ + β です。学習前は γ = 1、β = 0 なので、正規化した層は平均 0、標準偏差 1 ちょうどになります。学習後にずれるのは、γ と β が学習した分だけです。"),
        HistCaption => ("layer {} · {}: mean {}, sd {}", "第 {} 層・{}：平均 {}、標準偏差 {}"),
        None => ("no normalization", "正規化なし"),
        Batch => ("batch norm", "バッチ正規化"),
        Layer => ("layer norm", "レイヤー正規化"),
        Stopped => ("stopped in epoch {}: a value became {}", "エポック {} で停止：値が {} になりました"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_normalize_text_has_english_and_japanese() {
        assert_complete(NormalizeText::ALL, NormalizeText::t);
    }
}
