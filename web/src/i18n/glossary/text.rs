//! The glossary's strings: each term (T…) and its definition (D…), in the notes' words.

use crate::i18n::table;

table! {
    /// A glossary term or definition.
    pub enum GlossaryText {
        Intro => ("Every term of the notes, in a sentence or two, with a link to where Neurite lets you see it for yourself.", "ノートに出てくる用語を 1〜2 文で説明し、Neurite で実際に確かめられる場所へのリンクを付けました。"),
        SeeIt => ("See it →", "確かめる →"),
        AboutTerm => ("What is “{}”? (glossary)", "「{}」とは？（用語集）"),
        TNeuron => ("Artificial neuron", "人工ニューロン"),
        DNeuron => ("Adds its inputs, each multiplied by a weight, plus a bias — z = Σ wᵢxᵢ + b — and passes z through an activation function: y = f(z).", "入力にそれぞれ重みを掛けて足し、バイアスを加えた z = Σ wᵢxᵢ + b を活性化関数に通して y = f(z) を出力します。"),
        TWeight => ("Weight", "重み"),
        DWeight => ("How strongly one neuron's output feeds the next: 0 cuts the connection, between 0 and 1 weakens the signal, above 1 amplifies it, below 0 inhibits.", "あるニューロンの出力が次のニューロンにどれだけ効くかの強さです。0 なら結合が切れ、0〜1 なら弱まり、1 を超えると増幅され、負なら抑制します。"),
        TBias => ("Bias", "バイアス"),
        DBias => ("A number added to the weighted sum. It sets the threshold: with b = −10 the neuron starts to fire once the weighted input exceeds 10.", "重み付き和に足される数です。しきい値を決め、b = −10 なら重み付き入力が 10 を超えたところで発火し始めます。"),
        TActivation => ("Activation function", "活性化関数"),
        DActivation => ("The function f a neuron applies to its weighted sum z; it decides how the signal is passed on.", "ニューロンが重み付き和 z に適用する関数 f で、信号をどう次に伝えるかを決めます。"),
        TRelu => ("ReLU", "ReLU（ランプ関数）"),
        DRelu => ("0 for inputs up to 0, the input itself above: the usual choice in deep networks. It has a kink at 0.", "入力が 0 以下なら 0、正ならそのままの値を返します。深いネットワークでよく使われ、0 で折れ曲がります。"),
        TSigmoid => ("Sigmoid", "シグモイド関数"),
        DSigmoid => ("Squeezes any input into (0, 1). σ(a·x) with a large gain a approaches the step function, but stays smooth.", "どんな入力も 0〜1 の間に収めます。ゲイン a を大きくした σ(a·x) はステップ関数に近づきますが、なめらかなままです。"),
        TStep => ("Step function", "ステップ関数"),
        DStep => ("0 below the threshold, 1 above it. Its slope is 0 wherever it exists, so gradient descent gets no signal through it.", "しきい値より下で 0、上で 1 です。傾きは存在するところでは常に 0 なので、勾配降下法はこれを通して学習できません。"),
        TDerivative => ("Derivative", "微分"),
        DDerivative => ("The slope of the tangent at a point: the instantaneous rate of change. Training follows derivatives downhill.", "ある点での接線の傾き、つまり瞬間の変化率です。学習は微分をたどって損失を下っていきます。"),
        TSigma => ("Σ (summation)", "シグマ（Σ、総和）"),
        DSigma => ("Σ from k = 1 to n adds the terms one by one; a neuron uses it to add its weighted inputs.", "k = 1 から n までの Σ は項を 1 つずつ足していく記号で、ニューロンは重み付き入力を足すのに使います。"),
        TLearningRate => ("Learning rate", "学習率"),
        DLearningRate => ("How far each update moves the weights against the gradient. Too large diverges, too small crawls.", "1 回の更新で重みを勾配と逆向きにどれだけ動かすかです。大きすぎると発散し、小さすぎるとなかなか収束しません。"),
        TLayer => ("Layer", "層"),
        DLayer => ("A column of neurons computed together from the previous column; more hidden layers can express more, when the task needs it.", "前の列から一緒に計算されるニューロンの列です。課題に合えば、中間層が多いほど表現力が増します。"),
        TDense => ("Fully connected layer", "全結合層"),
        DDense => ("Every input is linked to every neuron of the layer (in Neurite you may cut links by hand).", "すべての入力がその層のすべてのニューロンにつながる層です（Neurite では結合を手で切ることもできます）。"),
        TIoLayers => ("Input, hidden and output layers", "入力層・中間層・出力層"),
        DIoLayers => ("The input layer holds the features, hidden (intermediate) layers transform them, the output layer gives the prediction.", "入力層は特徴量を受け取り、中間層（隠れ層）がそれを変換し、出力層が予測を出します。"),
        TFeedforward => ("Feed-forward network", "順伝播型ニューラルネットワーク"),
        DFeedforward => ("Signals flow one way, input to output: a composite function. With linear activations, stacking layers adds nothing.", "信号が入力から出力へ一方向に流れる、関数の合成です。活性化関数が線形なら、層を重ねても何も増えません。"),
        TEpoch => ("Epoch", "エポック"),
        DEpoch => ("One pass over all the training data. Too few underfit, too many can overfit.", "訓練データ全体を 1 回使い切ることです。少なすぎると学習不足、多すぎると過学習になりえます。"),
        TOverfitting => ("Overfitting", "過学習"),
        DOverfitting => ("The model fits each training point, noise included, and loses the overall trend: training loss keeps falling while validation loss rises.", "モデルがノイズまで含めて訓練データの一点一点に合わせてしまい、全体の傾向を失うことです。訓練損失は下がり続け、検証損失は上がります。"),
        TNormalization => ("Normalization", "正規化"),
        DNormalization => ("Shaping the data (or activations) so that features of different scales learn evenly — e.g. standardizing each input to mean 0 and spread 1, as the normalization lab shows side by side.", "尺度の異なる特徴量が偏りなく学習できるよう、データ（や活性）の形を整えることです。たとえば各入力を平均 0・ばらつき 1 にそろえる標準化で、正規化のラボで比べられます。"),
        TRegularization => ("Regularization", "正則化"),
        DRegularization => ("Penalising complexity so a too-flexible model overfits less — e.g. L1/L2 penalties on the weights, dropout, early stopping.", "複雑さにペナルティを課して、柔軟すぎるモデルの過学習を抑えることです。重みへの L1/L2 ペナルティ、ドロップアウト、早期終了などがあります。"),
        TDropout => ("Dropout", "ドロップアウト"),
        DDropout => ("While training, neurons are ignored at random, so every step trains a different thinned network; at inference all are used.", "学習中にニューロンをランダムに無視し、毎回違う間引かれたネットワークを訓練します。推論ではすべて使います。"),
        TBatchNorm => ("Batch normalization", "バッチ正規化"),
        DBatchNorm => ("Normalizes each neuron's pre-activation over the mini-batch, then rescales it with learned γ and β; inference uses running statistics instead. A hidden layer's normalization select in the playground turns it on.", "各ニューロンの活性化前の値をミニバッチ全体で正規化し、学習される γ と β で調整し直します。推論では代わりに移動平均の統計量を使います。プレイグラウンドでは隠れ層の正規化の選択で使えます。"),
        TLayerNorm => ("Layer normalization", "レイヤー正規化"),
        DLayerNorm => ("Like batch normalization, but over the neurons of one layer for each sample, the same in training and inference.", "バッチ正規化に似ていますが、サンプルごとに 1 つの層のニューロン全体で正規化します。学習でも推論でも同じです。"),
        TSplits => ("Training, validation and test data", "訓練・検証・テストデータ"),
        DSplits => ("Training data fits the weights, validation data chooses settings and when to stop, test data — touched last — estimates performance on new data.", "訓練データで重みを合わせ、検証データで設定や止めどきを選び、最後に使うテストデータで未知のデータへの性能を見積もります。"),
        THoldout => ("Hold-out method", "ホールドアウト法"),
        DHoldout => ("Setting one part of the data aside once for validation or testing; simple, but the estimate depends on which points happened to be held out.", "データの一部を一度だけ検証やテスト用に取り分ける方法です。簡単ですが、どの点が取り分けられたかで見積もりが変わります。"),
        TCrossValidation => ("Cross-validation", "交差検証法"),
        DCrossValidation => ("Splitting the data into k folds and training k times, each fold validating once; the mean of the k scores is steadier than one hold-out. The overfitting lab runs both side by side.", "データを k 個に分け、それぞれを 1 回ずつ検証に使って k 回訓練します。k 個のスコアの平均は 1 回のホールドアウトより安定します。過学習のラボで両方を並べて試せます。"),
        TEarlyStopping => ("Early stopping", "早期終了（Early Stopping）"),
        DEarlyStopping => ("Stopping training when validation loss has not improved for a number of epochs (the patience), and keeping the best weights.", "検証損失が一定のエポック数（忍耐）改善しなくなったら学習を止め、最良の重みを残すことです。"),
        TInference => ("Learning and inference", "学習と推論"),
        TConvolution => ("Convolution layer", "畳み込み層"),
        DConvolution => ("A layer that slides small filters over an image and, at each position, adds up the products of the filter's weights and the pixels under it: it condenses local features such as edges out of the image.", "小さなフィルタを画像の上で滑らせ、各位置でフィルタの重みと下の画素の積を足し合わせる層です。エッジなどの局所的な特徴を画像から凝縮して取り出します。"),
        TFilter => ("Filter (kernel)", "フィルタ（カーネル）"),
        DFilter => ("The small grid of weights a convolution layer slides over its input; a network learns its filters, and each one responds to one kind of pattern.", "畳み込み層が入力の上で滑らせる小さな重みの格子です。ネットワークはフィルタを学習し、フィルタはそれぞれ 1 種類のパターンに反応します。"),
        TFeatureMap => ("Feature map", "特徴マップ"),
        DFeatureMap => ("The grid of values one filter produces over the whole image: large where the image contains the filter's pattern. One filter, one feature map.", "1 つのフィルタが画像全体にわたって作る値の格子です。画像にフィルタのパターンがある所で大きくなります。フィルタ 1 つに特徴マップ 1 つです。"),
        TPooling => ("Pooling layer", "プーリング層"),
        DPooling => ("A layer that summarises a feature map window by window, keeping each window's maximum or mean: the map shrinks and a small shift of the image changes it less.", "特徴マップを窓ごとに要約し、各窓の最大値か平均だけを残す層です。マップは小さくなり、画像が少しずれても変化が小さくなります。"),
        TCnn => ("Convolutional neural network (CNN)", "畳み込みニューラルネットワーク（CNN）"),
        DCnn => ("A network built from convolution and pooling layers, usually ending in dense layers: it learns its own filters and is used for image recognition.", "畳み込み層とプーリング層を重ね、多くは最後に全結合層を置いたネットワークです。自分でフィルタを学習し、画像認識に使われます。"),
        TAutoencoder => ("Autoencoder", "オートエンコーダ"),
        DAutoencoder => ("A network trained to give back its own input through a narrow middle layer: the encoder compresses the input to its important features, the decoder restores the input from them.", "狭い中間層を通して自分の入力をそのまま出力するように学習するネットワークです。エンコーダが入力を重要な特徴へ圧縮し、デコーダがそこから入力を復元します。"),
        TLatentSpace => ("Latent space", "潜在空間"),
        DLatentSpace => ("The space of an autoencoder's compressed codes: every input becomes a point in it, similar inputs land near each other, and the decoder can turn any point back into an image.", "オートエンコーダが圧縮したコードの空間です。入力はそれぞれその中の 1 点になり、似た入力は近くに集まります。デコーダはどの点も画像に戻せます。"),
        TVae => ("Variational autoencoder (VAE)", "変分オートエンコーダ（VAE）"),
        DVae => ("An autoencoder whose encoder gives a mean and a spread instead of one point; the code is drawn at random from them, so decoding mixes in variation, and a penalty (the KL term) keeps the codes close to a standard normal distribution so new inputs can be generated from it.", "エンコーダが 1 点ではなく平均とばらつきを出すオートエンコーダです。コードはそこから無作為に引かれるので、復元にばらつきが混ざります。さらに罰則（KL 項）でコードを標準正規分布の近くに保つので、そこから新しい入力を生成できます。"),
        TRnn => ("Recurrent neural network (RNN)", "再帰型ニューラルネットワーク（RNN）"),
        DRnn => ("A network that reads a sequence one element at a time, carrying a hidden state from each step to the next: the same weights at every step, trained by backpropagation through time, whose gradient shrinks as it travels back over many steps.", "系列を 1 要素ずつ読み、隠れ状態を次のステップへ受け渡すネットワークです。どのステップでも同じ重みを使い、時間方向の誤差逆伝播（BPTT）で学習します。その勾配は多くのステップをさかのぼるうちに小さくなります。"),
        TSupervised => ("Supervised learning", "教師あり学習"),
        DSupervised => ("Learning from examples that come with the right answer (a label): the model is corrected towards each answer and learns to give it for new inputs, e.g. a classifier learning which class a point belongs to.", "正解（ラベル）の付いた例から学ぶことです。モデルは答えに近づくよう修正され、新しい入力にも答えを出せるようになります。たとえば点がどのクラスに属するかを学ぶ分類器です。"),
        TUnsupervised => ("Unsupervised learning", "教師なし学習"),
        DUnsupervised => ("Learning from data with no answers given: the model finds structure by itself, such as groups of similar points (clustering, e.g. k-means) or a compressed code (an autoencoder).", "答えを与えずにデータから学ぶことです。モデルは似た点のまとまり（クラスタリング、たとえば k-means）や圧縮したコード（オートエンコーダ）のような構造を自分で見つけます。"),
        TReinforcement => ("Reinforcement learning", "強化学習"),
        DReinforcement => ("Learning from a reward alone: an agent acts, is told only how good the result was, and learns by trying which actions earn the most, balancing trying new actions against repeating the best so far.", "報酬だけから学ぶことです。エージェントは行動し、その結果がどれだけ良かったかだけを知らされます。新しい行動を試すことと、これまでで最良の行動を繰り返すことの釣り合いを取りながら、どの行動が最も報酬を得るかを試して学びます。"),
        DInference => ("Learning builds the model from data by updating weights; inference applies the finished model to new inputs without changing it.", "学習はデータから重みを更新してモデルを作ること、推論はできあがったモデルを変えずに新しい入力に適用することです。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_glossary_text_has_english_and_japanese() {
        assert_complete(GlossaryText::ALL, GlossaryText::t);
    }
}
