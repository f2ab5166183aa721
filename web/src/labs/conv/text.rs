//! The convolution lab's strings, in the notes' vocabulary (畳み込み層, フィルタ, 特徴マップ,
//! プーリング層, 特徴マップの要約).

use crate::i18n::table;

table! {
    /// A string of the convolution lab.
    pub enum ConvText {
        Intro => ("A convolution layer slides a small grid of weights, the filter (kernel), over the image. At each position it multiplies the k×k pixels under it by the weights and adds the products up: one Σ, like a neuron's, gives one value of the feature map. Where the image looks like the filter, the value is large — the layer condenses a feature out of the image.", "畳み込み層は、フィルタ（カーネル）と呼ばれる小さな重みの格子を画像の上で滑らせます。各位置で、下にある k×k 個の画素に重みを掛けて積を足し合わせます。ニューロンと同じ 1 つの Σ が、特徴マップの 1 つの値になります。画像がフィルタに似ている所ほど値が大きくなり、層は画像から特徴を凝縮して取り出します。"),
        Image => ("Image", "画像"),
        ImgDigit => ("a handwritten digit", "手書きの数字"),
        ImgBar => ("a vertical bar", "縦の棒"),
        ImgCross => ("a cross", "十字"),
        ImgChecker => ("a checkerboard", "市松模様"),
        ImgDrawn => ("your drawing", "自分で描いた絵"),
        Set => ("Digit set", "数字のデータセット"),
        Set8 => ("8×8 digits (1,797)", "8×8 の数字（1,797 枚）"),
        Set28 => ("28×28 MNIST digits (10,000, 7.9 MB)", "28×28 の MNIST 数字（10,000 枚、7.9 MB）"),
        DigitIndex => ("Digit number", "数字の番号"),
        Previous => ("Previous digit", "前の数字"),
        Next => ("Next digit", "次の数字"),
        Label => ("labelled {}", "ラベル {}"),
        DrawHint => ("Draw with the mouse, a finger or a pen; the maps follow every stroke.", "マウス・指・ペンで描いてください。線を引くたびに特徴マップが変わります。"),
        Clear => ("Clear", "消す"),
        Filters => ("Filters", "フィルタ"),
        KernelSize => ("Filter size", "フィルタの大きさ"),
        Filter => ("Filter {}", "フィルタ {}"),
        AddFilter => ("Add a filter", "フィルタを追加"),
        RemoveFilter => ("Remove this filter", "このフィルタを削除"),
        Preset => ("Preset", "プリセット"),
        Custom => ("your own numbers", "自分で決めた数"),
        PIdentity => ("identity", "恒等"),
        PBlur => ("blur", "ぼかし"),
        PSharpen => ("sharpen", "鮮鋭化"),
        PEdgeVertical => ("vertical edge (Sobel)", "縦のエッジ（ソーベル）"),
        PEdgeHorizontal => ("horizontal edge (Sobel)", "横のエッジ（ソーベル）"),
        PEmboss => ("emboss", "エンボス"),
        Weight => ("weight at row {}, column {}", "{} 行 {} 列の重み"),
        Stride => ("Stride s", "ストライド s"),
        Padding => ("Padding p", "パディング p"),
        Relu => ("ReLU on the feature maps", "特徴マップに ReLU をかける"),
        WindowTitle => ("The filter's window", "フィルタの窓"),
        Row => ("Window row", "窓の行"),
        Col => ("Window column", "窓の列"),
        Play => ("Walk the window", "窓を動かす"),
        Pause => ("Pause", "一時停止"),
        WindowHelp => ("Click a cell of the feature map, or use the fields, to move the window. The highlighted square on the image is what the filter sees there.", "特徴マップのマスをクリックするか、欄の数値を変えて窓を動かしてください。画像上の枠が、その位置でフィルタが見ている範囲です。"),
        Products => ("Pixel × weight, for each of the k×k cells (grey: zero padding)", "k×k 個のマスそれぞれの 画素 × 重み（灰色はゼロパディング）"),
        SumIs => ("Σ of the products", "積の Σ"),
        MapIs => ("the feature map there", "その位置の特徴マップの値"),
        SameNumber => ("The written-out Σ and the value the convolution layer computed are the same number.", "書き下した Σ と、畳み込み層が計算した値は同じ数です。"),
        SigmaLink => ("Σ, adding term by term: the Σ lab", "Σ（項を順に足す）：Σ のラボ"),
        ReluOf => ("ReLU(Σ) = max(0, Σ)", "ReLU(Σ) = max(0, Σ)"),
        SizeTitle => ("Output size", "出力の大きさ"),
        SizeText => ("Each side of the feature map is (H − k + 2p)/s + 1, rounded down:", "特徴マップの一辺は (H − k + 2p)/s + 1（小数点以下切り捨て）です："),
        MapsTitle => ("Feature maps: one filter, one feature", "特徴マップ：フィルタ 1 つに特徴 1 つ"),
        MapsText => ("Each filter gives its own map. Blue is positive, orange negative, pale near 0. Click a map to show its filter in detail.", "フィルタごとに自分の特徴マップができます。青は正、橙は負、淡い色は 0 付近です。マップをクリックすると、そのフィルタを詳しく表示します。"),
        MapLabel => ("feature map of filter {}", "フィルタ {} の特徴マップ"),
        ImageLabel => ("the input image", "入力画像"),
        PoolTitle => ("Pooling: summarising the feature map", "プーリング：特徴マップの要約"),
        PoolIntro => ("A pooling layer cuts the feature map into k×k windows and keeps one number per window: the largest (max pooling) or the mean (average pooling). The map becomes k times smaller on each side, and what is kept is whether a feature is present, not exactly where.", "プーリング層は特徴マップを k×k の窓に区切り、窓ごとに 1 つの数だけを残します。最大値（最大プーリング）か平均（平均プーリング）です。マップの一辺は k 分の 1 になり、残るのは特徴が「どこに正確にあるか」ではなく「あるかどうか」です。"),
        PoolKind => ("Pooling", "プーリング"),
        PoolMax => ("max", "最大"),
        PoolAvg => ("average", "平均"),
        PoolSize => ("Window k", "窓 k"),
        Pooled => ("pooled map", "プーリング後のマップ"),
        Winner => ("The window holding the filter's position: its values, the winner ringed.", "フィルタの位置を含む窓：その値。丸で囲んだのが勝者です。"),
        AvgWindow => ("The window holding the filter's position: its values and their mean.", "フィルタの位置を含む窓：その値と平均。"),
        Routed => ("Backpropagation through pooling (from the engine's backward pass): a gradient of 1 at this pooled value reaches the map as", "プーリングの誤差逆伝播（エンジンの逆伝播そのもの）：このプーリング値に勾配 1 を与えると、マップには次のように届きます"),
        RoutedMax => ("All of it goes to the winner; every other value gets 0, because changing it a little would not change the maximum.", "勾配はすべて勝者に届き、ほかの値は 0 です。少し変えても最大値は変わらないからです。"),
        RoutedAvg => ("Each value gets an equal share, 1/k².", "どの値にも同じ 1/k² ずつ届きます。"),
        ShiftTitle => ("Move the image: the map moves, the summary much less", "画像をずらす：マップは動くが、要約はあまり変わらない"),
        Shift => ("Shift (pixels right and down)", "ずらす量（右と下へ、画素）"),
        Original => ("as it is", "元のまま"),
        Moved => ("moved", "ずらした後"),
        MapHeader => ("feature map", "特徴マップ"),
        MapChanged => ("feature-map values that changed", "変わった特徴マップの値"),
        PooledChanged => ("pooled values that changed", "変わったプーリング値"),
        ChangeSize => ("how much changed, Σ|change| ÷ Σ|value|", "変化の大きさ Σ|変化| ÷ Σ|値|"),
        ShiftText => ("Nearly every value moves a little in both, so look at how much they change: a strong feature that only moved inside its pooling window keeps its maximum, so the pooled summary changes less than the map. Try the 8×8 digits with a vertical edge, ReLU and max pooling: over 300 digits a one-pixel shift changes the map by 86% and the max-pooled summary by 42%.", "どちらでもほとんどの値が少しずつ変わるので、どれだけ変わったかを見てください。強い特徴がプーリングの窓の中で動いただけなら、その最大値は残ります。だからプーリング後の要約はマップより変化が小さくなります。8×8 の数字に縦のエッジ・ReLU・最大プーリングで試すと、300 枚の平均で、1 画素ずらしたときの変化はマップで 86%、最大プーリング後で 42% です。"),
        NoPool => ("The feature map ({} pixels across) is smaller than the {}×{} pooling window: make the filter smaller, the stride 1 or the padding larger.", "特徴マップ（一辺 {} 画素）が {}×{} のプーリング窓より小さいです。フィルタを小さく、ストライドを 1 に、またはパディングを大きくしてください。"),
        Unavailable => ("This cannot be computed: {}.", "計算できません：{}。"),
        BlankDrawing => ("The pad is empty: draw something, or pick another image.", "パッドは空です。何か描くか、別の画像を選んでください。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_conv_text_has_english_and_japanese() {
        assert_complete(ConvText::ALL, ConvText::t);
    }
}
