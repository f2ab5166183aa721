//! The labs' shared strings: the menu, each lab's title and the lab page frame.

use neurite_labs::LabName;

use crate::i18n::table;

table! {
    /// A string every lab shares.
    pub enum LabText {
        Labs => ("Labs", "ラボ"),
        Playground => ("Playground", "プレイグラウンド"),
        NeuronTitle => ("The artificial neuron", "人工ニューロン"),
        ActivationTitle => ("Activation functions and their derivatives", "活性化関数と微分"),
        SigmaTitle => ("Σ (sigma): adding term by term", "Σ（シグマ）：項を順に足す"),
        DescentTitle => ("The learning rate and gradient descent", "学習率と勾配降下法"),
        GlossaryTitle => ("Glossary", "用語集"),
        LessonsTitle => ("Lessons: a path through the labs", "レッスン：ラボをめぐる道筋"),
        NonlinearTitle => ("Why activations must be non-linear", "なぜ活性化関数は非線形でなければならないか"),
        OverfitTitle => ("Overfitting, Early Stopping and cross-validation", "過学習・Early Stopping・交差検証法"),
        NormalizeTitle => ("Normalization and regularization (正規化 と 正則化)", "正規化と正則化"),
        ConvTitle => ("Convolution and pooling: how a CNN sees", "畳み込みとプーリング：CNN の見方"),
        CnnTitle => ("A CNN learns to read digits", "CNN が数字を読めるようになるまで"),
        RnnTitle => ("A recurrent network reads one character at a time", "再帰型ニューラルネットワーク：1 文字ずつ読む"),
        ParadigmsTitle => ("Three kinds of learning: with labels, without them, from a reward", "学習の 3 つの種類：教師あり学習・教師なし学習・強化学習"),
        AutoencoderTitle => ("Autoencoders and VAEs: compress, restore, generate", "オートエンコーダと VAE：圧縮・復元・生成"),
        EmbeddingsTitle => ("Tokens, word vectors and cosine similarity", "トークン・単語ベクトル・コサイン類似度"),
        CopyLink => ("Copy this lab's link", "このラボのリンクをコピー"),
        Copied => ("Copied.", "コピーしました。"),
        CopyFailed => ("Copying failed: select the link and copy it by hand.", "コピーできませんでした。リンクを選択して手動でコピーしてください。"),
        LinkBroken => ("This lab link could not be opened ({}). The lab starts from its defaults instead.", "このラボのリンクを開けませんでした（{}）。代わりにラボの初期設定で始めます。"),
        Activation => ("Activation function", "活性化関数"),
        PartLoading => ("Loading this lab…", "ラボを読み込んでいます…"),
        PartFailed => ("This lab could not be loaded (is the network down?).", "ラボを読み込めませんでした（ネットワークに接続されていますか？）。"),
        Retry => ("Retry", "再試行"),
    }
}

impl LabText {
    /// The title of lab `name`.
    pub fn title(name: LabName) -> LabText {
        match name {
            LabName::Neuron => LabText::NeuronTitle,
            LabName::Activation => LabText::ActivationTitle,
            LabName::Sigma => LabText::SigmaTitle,
            LabName::Descent => LabText::DescentTitle,
            LabName::Nonlinear => LabText::NonlinearTitle,
            LabName::Overfit => LabText::OverfitTitle,
            LabName::Normalize => LabText::NormalizeTitle,
            LabName::Conv => LabText::ConvTitle,
            LabName::Cnn => LabText::CnnTitle,
            LabName::Autoencoder => LabText::AutoencoderTitle,
            LabName::Rnn => LabText::RnnTitle,
            LabName::Embeddings => LabText::EmbeddingsTitle,
            LabName::Paradigms => LabText::ParadigmsTitle,
            LabName::Glossary => LabText::GlossaryTitle,
            LabName::Lessons => LabText::LessonsTitle,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_lab_text_has_english_and_japanese() {
        assert_complete(LabText::ALL, LabText::t);
    }
}
