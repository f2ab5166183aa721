//! The CNN lab's strings (畳み込みニューラルネットワーク, フィルタ, 特徴マップ, ソフトマックス).

use crate::i18n::table;

table! {
    /// A string of the CNN lab.
    pub enum CnnText {
        Intro => ("A convolutional neural network (CNN) stacks convolution layers, which find features with learned filters, and pooling layers, which summarise them; a dense layer with softmax turns the last maps into one probability per digit. Press Train and watch its filters and maps form; a dense network with about as many parameters learns the same digits beside it.", "畳み込みニューラルネットワーク（CNN）は、学習したフィルタで特徴を見つける畳み込み層と、それを要約するプーリング層を重ねます。最後の全結合層とソフトマックスが、数字ごとの確率に変えます。「学習」を押して、フィルタと特徴マップができていく様子を見てください。同じくらいのパラメータ数の全結合ネットワークも、隣で同じ数字を学習します。"),
        Dataset => ("Digits", "数字のデータ"),
        Convs => ("Convolution layers", "畳み込み層の数"),
        Filters => ("Filters in the first layer", "1 層目のフィルタ数"),
        Kernel => ("Filter size", "フィルタの大きさ"),
        Pool => ("Max pooling 2×2 after each convolution", "各畳み込みの後に 2×2 の最大プーリング"),
        Epochs => ("Epochs", "エポック数"),
        Seed => ("Seed", "シード"),
        Arch => ("Network", "ネットワーク"),
        Params => ("{} parameters; the dense network beside it: {} ({} hidden units)", "パラメータ {} 個。隣の全結合ネットワーク：{} 個（隠れユニット {} 個）"),
        Split => ("Trained on {} digits, checked on {} held out (80/20, shuffled by the seed).", "{} 枚で学習し、取り分けた {} 枚で検証します（80/20、シードで並べ替え）。"),
        Train => ("Train", "学習"),
        Pause => ("Pause", "一時停止"),
        Resume => ("Continue", "続ける"),
        Reset => ("Start over", "最初から"),
        Epoch => ("Epoch {} of {}", "エポック {} / {}"),
        Left => ("about {} s left", "残り約 {} 秒"),
        Replaying => ("Training again to the link's {} epochs (the same seed gives the same network)…", "リンクの {} エポックまで学習し直しています（同じシードなら同じネットワークになります）…"),
        Done => ("Trained.", "学習しました。"),
        Failed => ("Training stopped: {}. The last good weights are kept.", "学習が止まりました：{}。最後の正常な重みを残しています。"),
        Curves => ("Validation accuracy per epoch", "エポックごとの検証正解率"),
        LossCurves => ("The CNN's loss per epoch", "CNN のエポックごとの損失"),
        TrainLoss => ("training loss", "訓練損失"),
        ValLoss => ("validation loss", "検証損失"),
        CnnName => ("CNN", "CNN"),
        DenseName => ("dense network", "全結合ネットワーク"),
        ValAcc => ("validation accuracy", "検証正解率"),
        ShiftAcc => ("on digits moved 2 pixels (each way, averaged)", "2 画素ずらした数字で（4 方向の平均）"),
        ShiftNote => ("An 8×8 digit moved 2 pixels loses a quarter of its frame, so both networks mostly fail here. On the 28×28 digits 2 pixels is a small move: trained 2 epochs (seed 1), the CNN kept 0.87 of its digits right against the dense network's 0.59.", "8×8 の数字を 2 画素ずらすと枠の 4 分の 1 が失われるので、ここではどちらのネットワークもほとんど間違えます。28×28 の数字なら 2 画素は小さなずれです。2 エポック学習（シード 1）では、CNN は 0.87 を正しく答え、全結合ネットワークは 0.59 でした。"),
        FiltersTitle => ("The first layer's filters", "1 層目のフィルタ"),
        FiltersText => ("Each filter, drawn as its weights (blue positive, orange negative). They start as noise and become edge and stroke detectors as the network learns.", "各フィルタを重みとして描いています（青は正、橙は負）。最初は雑音ですが、学習につれて縁や線を見つける検出器になります。"),
        MapsTitle => ("What the network sees", "ネットワークに見えているもの"),
        Input => ("Image", "画像"),
        Drawing => ("your drawing", "自分で描いた数字"),
        Index => ("Validation digit number", "検証用の数字の番号"),
        DrawHint => ("Draw a digit with the mouse, a finger or a pen: every layer and the prediction follow as you draw.", "マウス・指・ペンで数字を描いてください。描くにつれて各層と予測が変わります。"),
        Clear => ("Clear", "消す"),
        LayerRelu => ("convolution + ReLU: {} feature maps", "畳み込み + ReLU：特徴マップ {} 枚"),
        LayerPool => ("max pooling: {} maps, half the size", "最大プーリング：{} 枚、半分の大きさ"),
        Probs => ("Softmax: the probability of each digit", "ソフトマックス：各数字の確率"),
        Prediction => ("Prediction", "予測"),
        NotTrained => ("untrained: press Train", "未学習：「学習」を押してください"),
        Confusion => ("Confusion matrix (validation)", "混同行列（検証データ）"),
        ConfusionText => ("Row: the true digit; column: the CNN's answer. The diagonal is right; click any other cell to see those mistakes.", "行が正解の数字、列が CNN の答えです。対角線が正解です。それ以外のマスをクリックすると、その間違いが見られます。"),
        TrueDigit => ("true", "正解"),
        Predicted => ("predicted", "予測"),
        Cell => ("{} shown as {}: {} images", "{} を {} と答えたもの：{} 枚"),
        NoImages => ("No images in this cell.", "このマスには画像がありません。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_cnn_text_has_english_and_japanese() {
        assert_complete(CnnText::ALL, CnnText::t);
    }
}
