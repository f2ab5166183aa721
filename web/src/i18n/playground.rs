//! The playground's strings.

use super::table;

table! {
    /// A translatable string of the playground (labs keep theirs beside them).
    pub enum Key {
        AppTitle => ("Neurite", "Neurite"),
        Tagline => ("Tinker with a neural network right in your browser.", "ブラウザの中でニューラルネットワークを動かしてみよう。"),
        Language => ("Language", "言語"),
        // Training controls
        Play => ("Play", "再生"),
        Pause => ("Pause", "一時停止"),
        Step => ("Step one epoch", "1エポック進める"),
        Reset => ("Reset (same seed)", "リセット（同じシード）"),
        Epoch => ("Epoch", "エポック"),
        Speed => ("Speed (epochs/s)", "速度（エポック/秒）"),
        MaxSpeed => ("As fast as possible", "できるだけ速く"),
        Achieved => ("epochs/s now:", "現在のエポック/秒："),
        LearningRate => ("Learning rate", "学習率"),
        Optimizer => ("Optimizer", "最適化手法"),
        Regularization => ("Regularization", "正則化"),
        RegRate => ("Regularization rate", "正則化率"),
        RegNone => ("None", "なし"),
        Dropout => ("Dropout", "ドロップアウト"),
        EarlyStopping => ("Early stopping", "早期終了"),
        Patience => ("Patience (epochs)", "改善を待つエポック数"),
        Activation => ("Activation", "活性化関数"),
        OutputHead => ("Output", "出力層"),
        // Status
        StatusIdle => ("Ready", "準備完了"),
        StatusRunning => ("Training…", "訓練中…"),
        StatusPaused => ("Paused", "一時停止中"),
        StatusStopped => ("Stopped early at the best validation epoch {}", "早期終了：検証損失が最小のエポック {}"),
        StatusDiverged => ("Training diverged", "学習が発散しました"),
        DivergedLr => ("Training diverged at epoch {}: {} became {}, so training was paused and the weights from the start of that epoch were kept. The learning rate ({}) is probably too high — lower it and press Reset.", "エポック {} で学習が発散しました：{}が {} になったため一時停止し、そのエポック開始時の重みに戻しました。学習率（{}）が大きすぎる可能性があります。学習率を下げてリセットしてください。"),
        DivergedOther => ("Training diverged at epoch {}: {} became {}, so training was paused and the weights from the start of that epoch were kept. The learning rate ({}) may still be too high for this network; also try a bounded activation (tanh) or regularization, then press Reset.", "エポック {} で学習が発散しました：{}が {} になったため一時停止し、そのエポック開始時の重みに戻しました。この学習率（{}）でもまだ大きすぎるかもしれません。有界な活性化関数（tanh）や正則化も試してから、リセットしてください。"),
        SiteLoss => ("the loss", "損失"),
        SiteWeights => ("a weight into layer {}", "第 {} 層への重み"),
        SiteBiases => ("a bias of layer {}", "第 {} 層のバイアス"),
        SitePreActivations => ("a weighted sum z in layer {}", "第 {} 層の重み付き和 z"),
        // Data
        Data => ("Data", "データ"),
        Noise => ("Noise", "ノイズ"),
        TrainPct => ("Training %", "訓練データ %"),
        ValPct => ("Validation %", "検証データ %"),
        TestPct => ("Test %", "テストデータ %"),
        BatchSize => ("Batch size", "バッチサイズ"),
        DsCircle => ("Circle", "円"),
        DsXor => ("XOR", "XOR"),
        DsGauss => ("Two Gaussians", "2つのガウス分布"),
        DsSpiral => ("Spiral", "渦巻き"),
        DsRegPlane => ("Plane (regression)", "平面（回帰）"),
        DsRegGauss => ("Gaussian bumps (regression)", "ガウスの山（回帰）"),
        DsMoons => ("Moons", "三日月"),
        DsCheckerboard => ("Checkerboard", "市松模様"),
        DsBlobs => ("K clusters", "K個のクラスタ"),
        DsSpirals => ("K spirals", "K本の渦巻き"),
        DsSine => ("Sine (1-D regression)", "サイン波（1次元の回帰）"),
        OptSgd => ("SGD", "SGD（確率的勾配降下法）"),
        OptMomentum => ("Momentum", "モーメンタム"),
        OptAdam => ("Adam", "Adam"),
        RegL1 => ("L1", "L1"),
        RegL2 => ("L2", "L2"),
        Regenerate => ("Regenerate", "再生成"),
        Classes => ("Classes", "クラス数"),
        DrawPoints => ("Draw points", "点を描く"),
        DrawHelp => ("Click or drag on the plane to add points of the chosen class; erase removes points under the cursor.", "平面をクリック・ドラッグすると選んだクラスの点を追加します。消しゴムでカーソル下の点を消します。"),
        DrawValue => ("Value", "値"),
        Erase => ("Erase", "消しゴム"),
        ClearPoints => ("Clear all points", "すべての点を消去"),
        ImportCsv => ("Import CSV", "CSVを読み込む"),
        CsvHelp => ("First line: column names, e.g. x1,x2,label. Then one point per line; the label is a class name or a number for regression.", "1行目は列名（例：x1,x2,label）。2行目以降は1行に1点。ラベルはクラス名、回帰では数値です。"),
        CsvPaste => ("Paste CSV here", "ここにCSVを貼り付け"),
        CsvApply => ("Use this data", "このデータを使う"),
        CsvFile => ("Choose a file…", "ファイルを選択…"),
        CsvLoaded => ("Loaded {} points.", "{} 個の点を読み込みました。"),
        CsvError => ("Line {}: {}", "{} 行目：{}"),
        // Features and network
        Features => ("Features", "特徴量"),
        Network => ("Network", "ネットワーク"),
        HiddenLayers => ("Hidden layers", "隠れ層"),
        AddLayer => ("Add a hidden layer", "隠れ層を追加"),
        RemoveLayer => ("Remove the last hidden layer", "最後の隠れ層を削除"),
        AddNeuron => ("Add a neuron", "ニューロンを追加"),
        RemoveNeuron => ("Remove a neuron", "ニューロンを削除"),
        Input => ("Input", "入力"),
        Output => ("Output", "出力"),
        WiringMode => ("Wiring mode: click a link to cut or restore it", "配線モード：リンクをクリックで切断・復元"),
        // Inspector
        Weight => ("Weight", "重み"),
        Bias => ("Bias", "バイアス"),
        LinkTitle => ("Link {} → {}", "リンク {} → {}"),
        NeuronTitle => ("Neuron {}", "ニューロン {}"),
        RemoveLink => ("Remove this link", "このリンクを切断"),
        RestoreLink => ("Restore this link", "このリンクを復元"),
        LinkRemoved => ("This link is removed.", "このリンクは切断されています。"),
        Freeze => ("Freeze (keep fixed while training)", "固定（訓練中も変えない）"),
        IncomingWeights => ("Incoming weights", "入力側の重み"),
        Formula => ("Formula", "計算式"),
        FormulaHint => ("Hover a data point on the output to see the numbers.", "出力上のデータ点にカーソルを合わせると数値が表示されます。"),
        Close => ("Close", "閉じる"),
        NothingSelected => ("Click a neuron or a link to inspect and edit it.", "ニューロンかリンクをクリックすると、値を確認・編集できます。"),
        // Output and curves
        OutputTitle => ("Output", "出力"),
        ShowTest => ("Show test data", "テストデータを表示"),
        ShowVal => ("Show validation data", "検証データを表示"),
        Discretize => ("Discretize output", "出力を離散化"),
        Curves => ("Loss and accuracy", "損失と正解率"),
        LogScale => ("Log scale", "対数目盛"),
        ShowAccuracy => ("Accuracy", "正解率"),
        Loss => ("Loss", "損失"),
        Train => ("Training", "訓練"),
        Validation => ("Validation", "検証"),
        Test => ("Test", "テスト"),
        LegendValue => ("Predicted value", "予測値"),
        LegendClasses => ("Predicted class (paler = less sure)", "予測クラス（淡いほど自信が低い）"),
        LineHelp => ("Dots are the data (x, y); the line is the network's prediction for every x.", "点はデータ (x, y)、線はすべての x に対するネットワークの予測です。"),
        NoPlaneRegression => ("This data has {} input columns, so there is no 2-D plane to colour — heatmaps need one or two inputs. Each neuron shows instead a histogram of its value over the data points, and the output shows predicted against actual values (on the diagonal = perfect).", "このデータには入力列が {} 個あるため、色を塗る2次元の平面がありません（ヒートマップは入力が1〜2個のときだけ描けます）。代わりに各ニューロンにはデータ点での値のヒストグラムを、出力には予測値と実際の値の散布図（対角線上なら完全に一致）を表示します。"),
        NoPlaneClasses => ("This data has {} input columns, so there is no 2-D plane to colour — heatmaps need one or two inputs. Each neuron shows instead a histogram of its value over the data points, and the output shows a confusion matrix: rows are the actual class, columns the predicted one.", "このデータには入力列が {} 個あるため、色を塗る2次元の平面がありません（ヒートマップは入力が1〜2個のときだけ描けます）。代わりに各ニューロンにはデータ点での値のヒストグラムを、出力には混同行列（行が実際のクラス、列が予測したクラス）を表示します。"),
        Actual => ("Actual", "実際の値"),
        Predicted => ("Predicted", "予測"),
        FitAccuracy => ("{} of {} points classified correctly", "正しく分類できた点：{} / {}"),
        DrawHelpLine => ("Click or drag on the plot to add points (x, y); erase removes points under the cursor.", "グラフをクリック・ドラッグすると点 (x, y) を追加します。消しゴムでカーソル下の点を消します。"),
        OverfitHelp => ("Best validation: the epoch with the lowest validation loss. Overfitting begins: the first later epoch where validation loss is 5 % above that best while training loss is still lower than at the best epoch.", "検証最良：検証損失が最小のエポック。過学習の始まり：それ以降で、訓練損失は最良エポックより低いのに検証損失が最良値より 5 % 以上高くなった最初のエポック。"),
        BestEpoch => ("Best validation", "検証最良"),
        OverfitStart => ("Overfitting begins", "過学習の始まり"),
        // Share
        Share => ("Share", "共有"),
        CopyLink => ("Copy link", "リンクをコピー"),
        Copied => ("Link copied.", "リンクをコピーしました。"),
        CopyFailed => ("Could not copy: select the link and copy it by hand.", "コピーできませんでした。リンクを選択して手動でコピーしてください。"),
        LinkBroken => ("This link could not be opened ({}). The default playground is shown instead.", "このリンクを開けませんでした（{}）。代わりに初期設定のプレイグラウンドを表示しています。"),
        Dismiss => ("Dismiss", "閉じる"),
        PointTitle => ("One point: forward, backward, one update", "1 つの点：順伝播・逆伝播・1 回の更新"),
        PointHelp => ("Pick a training point: the formula panel shows z = Σwx + b and f(z) in every neuron for it, the backward view draws each link by ∂L/∂w (how the point's loss L changes with that weight), and one update moves every weight by −η·∂L/∂w.", "訓練データの点を 1 つ選びます。数式パネルには各ニューロンの z = Σwx + b と f(z) が表示され、逆伝播の表示では各結合が ∂L/∂w（その重みを変えたときにこの点の損失 L がどう変わるか）で描かれ、1 回の更新ですべての重みが −η·∂L/∂w だけ動きます。"),
        PointIndex => ("Training point #", "訓練データの点 #"),
        PointLoss => ("its loss L =", "その損失 L ="),
        BackwardView => ("Backward view: links by ∂L/∂w", "逆伝播の表示：結合を ∂L/∂w で描く"),
        SelectForGradient => ("Select a link or a neuron to see its gradient and its update.", "結合かニューロンを選ぶと、その勾配と更新が表示されます。"),
        UpdateStep => ("One update from this point (plain SGD)", "この点だけで 1 回更新（素朴な SGD）"),
        OpenSigmaLab => ("What Σ means → Σ lab", "Σ の意味 → Σ のラボ"),
        OpenActivationLab => ("{} and its derivative → activation lab", "{} とその微分 → 活性化関数のラボ"),
        OpenDescentLab => ("What the learning rate does → gradient-descent lab", "学習率のはたらき → 勾配降下法のラボ"),
        OpenNonlinearLab => ("Why layers need non-linear activations → lab", "なぜ層には非線形の活性化関数が必要か → ラボ"),
        OpenNeuronLab => ("Open this neuron in the neuron lab →", "このニューロンを人工ニューロンのラボで開く →"),
        Shortcuts => ("Shortcuts: space play/pause · s step · r reset", "ショートカット：スペース 再生/一時停止 · s 1エポック · r リセット"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{assert_complete, Lang};

    #[test]
    fn every_key_has_english_and_japanese() {
        assert_complete(Key::ALL, Key::t);
    }

    #[test]
    fn templates_fill_in_both_languages() {
        assert_eq!(Key::CsvError.fill(Lang::En, &["3", "bad"]), "Line 3: bad");
        assert_eq!(Key::CsvError.fill(Lang::Ja, &["3", "x"]), "3 行目：x");
    }
}
