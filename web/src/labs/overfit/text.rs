//! The overfitting lab's strings, in the notes' vocabulary (過学習, 訓練/検証/テストデータ,
//! エポック, Early Stopping, ホールドアウト法, 交差検証法, 正則化, ドロップアウト).

use crate::i18n::table;

table! {
    /// A string of the overfitting lab.
    pub enum OverfitText {
        Intro => ("Overfitting (過学習): a network far bigger than the data needs learns the training points one by one, noise included, instead of the trend. Press play and watch the two curves part: the training loss keeps falling while the validation loss, measured on points the network never trains on, turns up after its best epoch.", "過学習とは、データに対して大きすぎるネットワークが全体の傾向ではなく、ノイズまで含めて訓練データの一点一点を覚えてしまうことです。再生して 2 本の曲線が離れていく様子を見てください。訓練損失は下がり続けますが、学習に使わない検証データで測った検証損失は、最良のエポックを過ぎると上がり始めます。"),
        Data => ("Data", "データ"),
        Sine => ("Noisy sine (1-D)", "ノイズのある sin（1 次元）"),
        Circle => ("Noisy circle (2 classes)", "ノイズのある円（2 クラス）"),
        Points => ("Points", "点の数"),
        Noise => ("Noise (%)", "ノイズ（%）"),
        Width => ("Neurons per hidden layer", "隠れ層あたりのニューロン数"),
        Depth => ("Hidden layers", "隠れ層の数"),
        LearningRate => ("Learning rate (Adam)", "学習率（Adam）"),
        Epochs => ("Epochs", "エポック数"),
        Play => ("Train", "学習"),
        Pause => ("Pause", "一時停止"),
        Resume => ("Resume", "再開"),
        Again => ("Train again", "もう一度学習"),
        Epoch => ("Epoch", "エポック"),
        Train => ("Training loss", "訓練損失"),
        Validation => ("Validation loss", "検証損失"),
        Test => ("Test loss", "テスト損失"),
        Split => ("Half the points train, a quarter validate, a quarter test (訓練/検証/テストデータ). Test points are never used to choose anything; they only check the end result.", "点の半分が訓練データ、4 分の 1 が検証データ、4 分の 1 がテストデータです。テストデータは何かを選ぶためには使わず、最後の結果を確かめるためだけに使います。"),
        Curves => ("Loss per epoch", "エポックごとの損失"),
        CurvesText => ("One epoch (エポック) is one pass over the training data. The marks show the epoch with the lowest validation loss and where overfitting begins; the grey mark is the epoch the scrubber shows.", "1 エポックは訓練データを 1 回使い切ることです。印は検証損失が最小のエポックと過学習が始まるところを示し、灰色の印はスクラバーで選んだエポックです。"),
        Scrubber => ("Look back at any epoch", "どのエポックにも戻って見る"),
        ScrubberText => ("Drag the scrubber: the picture is the model as it was after that epoch, and its training loss is recomputed from the weights saved then — it equals the loss recorded during training. Early on the curve is smooth; late it bends through the noisy training points.", "スクラバーを動かすと、そのエポックが終わった時点のモデルが表示され、訓練損失はそのとき保存した重みから計算し直されます。学習中に記録された損失と一致します。最初のうちは曲線がなめらかですが、後になると訓練データのノイズに合わせて曲がっていきます。"),
        ScrubLabel => ("Epoch shown", "表示するエポック"),
        Recomputed => ("training loss recomputed from the saved weights", "保存した重みから計算し直した訓練損失"),
        Recorded => ("recorded during training", "学習中に記録された値"),
        InferText => ("Weights locked, training paused. Click the picture or type x: the model shown answers without dropout (inference) and with a dropout mask (training).", "重みを固定し、学習を止めています。図をクリックするか x を入力すると、表示中のモデルがドロップアウトなし（推論）とあり（学習）で答えます。"),
        ScrubVal => ("validation loss then", "そのときの検証損失"),
        Restored => ("the best weights, restored by Early Stopping", "Early Stopping が戻した最良の重み"),
        Thinned => ("To keep memory bounded, at most {} snapshots are kept: older epochs are thinned to every {}th.", "メモリを一定に抑えるため、保存する重みは最大 {} 個です。古いエポックは {} エポックごとに間引いています。"),
        ModelLine => ("The prediction (line) and the data: training points filled, validation hollow, test grey.", "予測（線）とデータ：訓練データは塗りつぶし、検証データは白抜き、テストデータは灰色です。"),
        ModelPlane => ("The output over the plane (orange −1, blue +1) and the data: training points filled, validation hollow, test grey.", "平面上の出力（橙が −1、青が +1）とデータ：訓練データは塗りつぶし、検証データは白抜き、テストデータは灰色です。"),
        EarlyStopping => ("Early Stopping", "Early Stopping（早期終了）"),
        EarlyText => ("Early Stopping watches the validation loss and stops when it has not improved for a number of epochs (the patience); restoring the best weights keeps the model of the best validation epoch. Set a patience of 30 and train again.", "Early Stopping は検証損失を見守り、一定のエポック数（忍耐）改善しなければ学習を止めます。最良の重みを戻すと、検証損失が最小だったエポックのモデルが残ります。忍耐を 30 にしてもう一度学習してみてください。"),
        Patience => ("Patience (epochs, 0 = off)", "忍耐（エポック数、0 で無効）"),
        RestoreBest => ("Restore the best weights", "最良の重みに戻す"),
        StoppedAt => ("Early Stopping stopped at epoch {}: no better validation loss for {} epochs since epoch {}.", "エポック {} で Early Stopping が学習を止めました：{} エポックの間、エポック {} の検証損失より良くなりませんでした。"),
        RestoredTo => ("The weights of epoch {} were put back.", "エポック {} の重みに戻しました。"),
        Diverged => ("Training stopped in epoch {}: a value became {}. Try a smaller learning rate.", "エポック {} で学習が止まりました：値が {} になりました。学習率を小さくしてみてください。"),
        StopMark => ("stopped", "停止"),
        Regularization => ("Regularization and dropout", "正則化とドロップアウト"),
        RegText => ("Regularization (正則化) adds a penalty on large weights: L2 shrinks every weight in proportion to its size, L1 by a constant step, pushing some to exactly 0. Dropout (ドロップアウト) ignores random hidden neurons at each step. Turn on L2 and train again: the histograms gather towards 0, and the gap between validation and training loss narrows.", "正則化は大きな重みにペナルティを課します。L2 はそれぞれの重みを大きさに比例して縮め、L1 は一定の幅で縮めていくつかをちょうど 0 にします。ドロップアウトは各ステップで隠れ層のニューロンをランダムに無視します。L2 をオンにしてもう一度学習すると、ヒストグラムが 0 の周りに集まり、検証損失と訓練損失の差が縮まります。"),
        Penalty => ("Penalty", "ペナルティ"),
        PenaltyNone => ("none", "なし"),
        Rate => ("Regularization rate", "正則化率"),
        Dropout => ("Dropout rate (0 = off)", "ドロップアウト率（0 で無効）"),
        Gap => ("validation − training loss (the gap)", "検証損失 − 訓練損失（差）"),
        MeanAbs => ("mean |w| over every weight", "すべての重みの |w| の平均"),
        LayerHist => ("Weights into layer {}: mean |w| {}", "層 {} への重み：|w| の平均 {}"),
        HistText => ("Histograms of the weights of the model shown by the scrubber, from −2.5 to 2.5.", "スクラバーで表示しているモデルの重みのヒストグラムです（−2.5〜2.5）。"),
        CrossValidation => ("Hold-out or cross-validation?", "ホールドアウト法か交差検証法か"),
        CvText => ("The hold-out method (ホールドアウト法) scores the settings once, on the validation points that happened to be held out. Cross-validation (交差検証法) deals the training and validation points into k folds and trains k times, each fold validating once; the mean of the k scores depends much less on luck. The test points stay out of both.", "ホールドアウト法は、たまたま取り分けた検証データで設定を 1 回だけ評価します。交差検証法は訓練データと検証データを k 個に分け、それぞれを 1 回ずつ検証に使って k 回学習します。k 個のスコアの平均は運に左右されにくくなります。テストデータはどちらにも使いません。"),
        K => ("k (folds)", "k（分割数）"),
        RunKfold => ("Run hold-out and {}-fold cross-validation", "ホールドアウト法と {} 分割交差検証を実行"),
        Running => ("Training run {} of {}…", "{} / {} 回目の学習中…"),
        FoldsPicture => ("Each colour is one fold; grey points are test data, outside every fold.", "色ごとに 1 つの分割です。灰色の点はテストデータで、どの分割にも入りません。"),
        Score => ("Each score is the validation loss of the model a run ends with (lower is better).", "スコアは、それぞれの学習が終わったときのモデルの検証損失です（小さいほど良い）。"),
        Fold => ("Fold {}", "分割 {}"),
        KfoldMean => ("k-fold mean", "k 分割の平均"),
        KfoldSd => ("standard deviation", "標準偏差"),
        Holdout => ("Hold-out score", "ホールドアウト法のスコア"),
        Rerun => ("Hold out other points ({} more runs)", "別の点を取り分ける（さらに {} 回）"),
        Spread => ("{} hold-out scores range from {} to {}: one hold-out score alone is partly luck.", "ホールドアウト法のスコア {} 個は {} から {} まで散らばります。1 回だけのスコアには運も含まれます。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_overfit_text_has_english_and_japanese() {
        assert_complete(OverfitText::ALL, OverfitText::t);
    }
}
