//! The lessons' strings: each step's title (T…) and what to try (D…).

use crate::i18n::table;

table! {
    /// A lesson string.
    pub enum LessonText {
        Intro => ("A path from \"what is a neuron\" to \"why my model overfits and how to stop it\". Each step is one click; do what it says with your own hands.", "「ニューロンとは何か」から「なぜ過学習するのか、どう止めるか」までの道筋です。どのステップもワンクリックで開けます。書かれていることを自分の手で試してみましょう。"),
        Open => ("Open →", "開く →"),
        TNeuron => ("One neuron", "1 つのニューロン"),
        DNeuron => ("Change x, w and b and watch z = Σ wᵢxᵢ + b and y = f(z) follow. Set a weight to 0: that input no longer matters.", "x・w・b を変えて、z = Σ wᵢxᵢ + b と y = f(z) が追従するのを見ましょう。重みを 0 にすると、その入力は効かなくなります。"),
        TThreshold => ("The bias is a threshold", "バイアスはしきい値"),
        DThreshold => ("Step function, b = −10: slide x past 10 and the neuron fires.", "ステップ関数で b = −10。x を 10 より大きくするとニューロンが発火します。"),
        TSigma => ("Σ, term by term", "Σ を 1 項ずつ"),
        DSigma => ("Watch 1 + 2 + … + n add up, then the same Σ inside a neuron.", "1 + 2 + … + n が足されていく様子と、ニューロンの中の同じ Σ を見ましょう。"),
        TActivation => ("Activations and their slopes", "活性化関数とその傾き"),
        DActivation => ("Drag the point along the curve: the tangent's slope is the derivative. Raise the sigmoid's gain until it looks like a step.", "曲線上の点を動かしましょう。接線の傾きが微分です。シグモイドのゲインを上げてステップ関数に近づけてみましょう。"),
        TXor => ("One neuron cannot do XOR", "1 つのニューロンでは XOR は解けない"),
        DXor => ("No hidden layer: press play — the boundary is a straight line and XOR stays unsolved. Add a hidden layer and try again.", "中間層なしで再生すると、境界は直線のままで XOR は解けません。中間層を追加してもう一度試しましょう。"),
        TNonlinear => ("Why activations must be non-linear", "なぜ活性化関数は非線形でなければならないか"),
        DNonlinear => ("Deep but linear is still one straight line; switch to ReLU or tanh and watch the boundary bend.", "深くても線形なら直線 1 本のままです。ReLU や tanh に切り替えて境界が曲がるのを見ましょう。"),
        TDescent => ("The learning rate", "学習率"),
        DDescent => ("Start on the bowl and try 0.001, 0.1 and 2.5: crawling, converging, diverging.", "お椀型の面で 0.001、0.1、2.5 を試しましょう。のろのろ・収束・発散の違いが見えます。"),
        TDiverge => ("A learning rate that diverges", "発散する学習率"),
        DDiverge => ("Press play: the values blow up, training pauses and says why. Lower the rate and press reset.", "再生すると値が発散し、学習が止まって理由が表示されます。学習率を下げてリセットしましょう。"),
        TUpdate => ("One update, by hand", "1 回の更新を自分の手で"),
        DUpdate => ("Click a training point on the output, click a link, then press \"Next step\" under \"One update, step by step\": the forward pass, the loss, the gradient and the update, each with its numbers.", "出力の訓練データの点をクリックし、結合をクリックしてから「1 回の更新を順に見る」の「次へ」を押しましょう。順伝播・損失・勾配・更新が、それぞれの数値つきで進みます。"),
        TSpiral => ("The spiral needs features or depth", "渦巻きには特徴量か深さが必要"),
        DSpiral => ("With only x₁ and x₂ a small network struggles; add sin features or more layers and compare.", "x₁ と x₂ だけでは小さなネットワークは苦戦します。sin の特徴量や層を増やして比べましょう。"),
        TOverfit => ("Overfit, then fix it", "過学習させて、直す"),
        DOverfit => ("A big network on 30 noisy points: training loss falls while validation loss turns up. Then try L2, dropout or early stopping (see the glossary).", "ノイズのある 30 点に大きなネットワーク。訓練損失は下がるのに検証損失は上がり始めます。次に L2、ドロップアウト、早期終了を試しましょう（用語集を参照）。"),
        TOverfitLab => ("Look back, stop early, validate k times", "振り返る・早めに止める・k 回検証する"),
        DOverfitLab => ("Scrub back to the epoch where validation loss was lowest, let Early Stopping find it for you, turn on L2 and watch the weights shrink, then compare one hold-out score with k-fold cross-validation.", "検証損失が最小だったエポックまでスクラバーで戻り、Early Stopping にそれを見つけさせ、L2 をオンにして重みが縮むのを見てから、1 回のホールドアウト法のスコアと k 分割交差検証法を比べましょう。"),
        TNormalize => ("Normalization is not regularization", "正規化と正則化は違う"),
        DNormalize => ("Standardize inputs whose scales differ 100×, then compare no, batch and layer normalization: normalization makes learning easy; regularization (L2, dropout, Early Stopping) keeps the model from overfitting.", "尺度が 100 倍違う入力を標準化し、正規化なし・バッチ正規化・レイヤー正規化を比べましょう。正規化は学習をしやすくし、正則化（L2・ドロップアウト・Early Stopping）は過学習を防ぎます。"),
        TConv => ("A filter slides over an image", "フィルタが画像の上を滑る"),
        DConv => ("A vertical-edge filter over a vertical bar: step the window across a row and watch the Σ of its nine products. It is 0 on flat areas and large only on the bar's edges — the filter found a feature. Then add filters: one filter, one feature map.", "縦の棒に縦エッジのフィルタをかけます。窓を 1 行ずつ動かし、9 個の積の Σ を見てください。平らな所では 0、棒の縁でだけ大きくなります。フィルタが特徴を見つけたのです。次にフィルタを増やしましょう。フィルタ 1 つに特徴マップ 1 つです。"),
        TPool => ("Pooling summarises", "プーリングは要約する"),
        DPool => ("Max pooling keeps each window's strongest value. Move the digit by a pixel and compare how much the feature map and its pooled summary change; then try a shift of 2 and average pooling.", "最大プーリングは窓ごとに最も強い値だけを残します。数字を 1 画素ずらして、特徴マップとその要約がどれだけ変わるかを比べましょう。次に 2 画素ずらしたり、平均プーリングにしたりしてみましょう。"),
        TEmbed => ("Watch words become vectors", "単語がベクトルになるのを見る"),
        DEmbed => ("Split a sentence into tokens three ways, then press Train: word vectors learn from the corpus in about a second. Compare king and queen by cosine, list a word's neighbours, and try king − man + woman.", "文を 3 通りにトークン化してから「学習」を押すと、1 秒ほどで単語ベクトルがコーパスから学習されます。king と queen をコサイン類似度で比べ、近い単語を調べ、king − man + woman を試してみましょう。"),
        TCnn => ("Watch a CNN learn to read", "CNN が数字を読めるようになるのを見る"),
        TAutoencoder => ("Squeeze digits into two numbers and back", "数字を 2 つの数に押し込んで戻す"),
        DAutoencoder => ("Press Train: the autoencoder learns to restore each digit from just two numbers. Watch the digits sort themselves into regions of the plane without being told which is which, then click around the plane to see what the decoder draws there — and what it draws in the empty gaps.", "「学習」を押すと、オートエンコーダは 2 つの数だけから各数字を復元できるようになります。どれが何の数字か教えられていないのに、数字が平面上で領域に分かれていく様子を見てください。それから平面のあちこちをクリックして、デコーダが何を描くか、空いた隙間では何を描くかを確かめましょう。"),
        TVae => ("Mix in variation: the VAE", "ばらつきを混ぜる：VAE"),
        DVae => ("Train the VAE and compare its plane with the autoencoder's: the clouds fill the space and the map turns smooth. Decode one digit twice, sample new digits from N(0, I), then set β to 0 and train again to see the holes come back.", "VAE を学習させ、その平面をオートエンコーダのものと比べてください。雲が空間を埋め、地図がなめらかになります。同じ数字を 2 回復元し、N(0, I) から新しい数字を生成し、最後に β を 0 にして学習し直すと、穴が戻ってくるのが分かります。"),
        TRnn => ("Read one letter at a time: the RNN", "1 文字ずつ読む：RNN"),
        DRnn => ("Press Train and type a beginning: the network continues it into a place name. Then look at the unrolled network: the gradient from the last step is much smaller by the time it reaches the first — why a plain RNN struggles to remember far back.", "「学習」を押して書き出しを入力すると、ネットワークが地名になるように続きを書きます。次に展開したネットワークを見てください。最後のステップからの勾配は、最初のステップに届くころにはずっと小さくなっています。素朴な RNN が遠い過去を覚えにくい理由です。"),
        TParadigms => ("Three kinds of learning on one world", "1 つの世界で学習の 3 つの種類を比べる"),
        DParadigms => ("Press Train all: the network learns the boundaries from the labels, k-means finds the groups without them, and the agent learns from rewards alone which region pays best. Compare the three scores, then add noise and see which kind suffers first.", "「すべて学習」を押すと、ネットワークはラベルから境界を学び、k-means はラベルなしでまとまりを見つけ、エージェントは報酬だけからどの領域が一番得かを学びます。3 つの成績を比べたら、ノイズを増やしてどの種類が最初に苦しくなるか確かめましょう。"),
        DCnn => ("Press Train: in about a second the CNN reads the 8×8 digits better than a dense network of the same size. Look at its filters and maps, find its mistakes in the confusion matrix, then draw a digit of your own.", "「学習」を押すと、1 秒ほどで CNN は同じ大きさの全結合ネットワークより上手に 8×8 の数字を読めるようになります。フィルタと特徴マップを見て、混同行列で間違いを探し、最後に自分で数字を描いてみましょう。"),
        TInference => ("Learning versus inference", "学習と推論"),
        DInference => ("Press play for a while, pause, then tick Inference: the weights lock, dropout stops and batch normalization uses its running statistics. Click the plane and compare the inference and training-mode outputs.", "しばらく再生してから一時停止し、「推論」にチェックを入れましょう。重みは固定され、ドロップアウトは止まり、バッチ正規化は移動平均の統計量を使います。平面をクリックして、推論と学習モードの出力を比べましょう。"),
        TGlossary => ("The words", "用語"),
        DGlossary => ("Every term of the notes, defined, with a link to see it.", "ノートのすべての用語と、その確かめ方へのリンクです。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_lesson_text_has_english_and_japanese() {
        assert_complete(LessonText::ALL, LessonText::t);
    }
}
