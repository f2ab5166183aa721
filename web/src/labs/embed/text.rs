//! The embeddings lab's strings (トークン化, 埋め込み, 単語ベクトル, 分散表現, コサイン類似度).

use crate::i18n::table;

table! {
    /// A string of the embeddings lab.
    pub enum EmbedText {
        Intro => ("A model cannot read letters: text is first cut into tokens, the smallest pieces the model works with, and each token is given an id. An embedding then turns each id into a vector of numbers, learned so that words used in similar places get similar vectors.", "モデルは文字をそのまま読めません。まず文章をトークン（モデルが扱う最小の単位）に分け（トークン化）、それぞれに番号（ID）を付けます。次に埋め込みが各 ID を数値のベクトルに変えます。このベクトルは、似た場面で使われる単語ほど似たものになるように学習されます。"),
        TokensTitle => ("1. Tokenization", "1. トークン化"),
        Sentence => ("Sentence (English or Japanese)", "文（英語または日本語）"),
        Tokenizer => ("Split into", "分け方"),
        ByWord => ("words", "単語"),
        ByChar => ("characters", "文字"),
        BySubword => ("subwords (BPE)", "サブワード（BPE）"),
        TokenCount => ("{} tokens", "トークン {} 個"),
        TokensNote => ("Each box is a token with its id below (0 means unknown to the vocabulary learned from the corpus). Put back together, the tokens give the sentence again. Subwords come from {} merges of frequent letter pairs; </w> marks the end of a word.", "各箱が 1 つのトークンで、下の数字がその ID です（0 はコーパスから作った語彙にない、という意味）。トークンをつなぐと元の文に戻ります。サブワードは、よく並ぶ文字の組を {} 回まとめて作りました。</w> は単語の終わりの印です。"),
        FeaturesTitle => ("2. A vector by hand: the distributed representation", "2. 手で作るベクトル：分散表現"),
        FeaturesText => ("Describe each word by how much it has of a few features, and the word becomes a list of numbers — a vector. Words that share features point the same way: their cosine similarity (last column, against the first word) is high. Here the features are named by hand; word vectors learn their own, unnamed ones.", "単語を、いくつかの特徴をどれだけ持つかで表すと、単語は数の並び、つまりベクトルになります。特徴を共有する単語は同じ向きを向き、コサイン類似度（右端の列、最初の単語との比較）が高くなります。ここでは特徴に人が名前を付けましたが、単語ベクトルは名前のない特徴を自分で学習します。"),
        CosWithFirst => ("cos", "cos"),
        TrainTitle => ("3. Word vectors, trained here", "3. 単語ベクトルをここで学習する"),
        TrainText => ("Skip-gram with negative sampling: each word of the corpus learns to predict the words around it (2 on each side) and not {} words drawn at random. {} pairs of words, {} words in both languages, {} numbers per vector.", "ネガティブサンプリング付きの skip-gram：コーパスの各単語が、周りの単語（左右 2 語ずつ）を当て、ランダムに選んだ {} 語は当てないように学習します。単語の組 {} 個、日英あわせて {} 語、1 語あたり {} 個の数。"),
        Epochs => ("Epochs", "エポック数"),
        Seed => ("Seed", "シード"),
        Train => ("Train", "学習"),
        Pause => ("Pause", "一時停止"),
        Resume => ("Continue", "続ける"),
        Reset => ("Start over", "最初から"),
        Done => ("Trained.", "学習しました。"),
        Epoch => ("Epoch {} of {}", "エポック {} / {}"),
        Loss => ("loss", "損失"),
        Replaying => ("Training again to the link's {} epochs (the same seed gives the same vectors)…", "リンクの {} エポックまで学習し直しています（同じシードなら同じベクトルになります）…"),
        Failed => ("Training stopped: {}. The last good vectors are kept.", "学習が止まりました：{}。最後の正常なベクトルを残しています。"),
        MapTitle => ("The vectors in 2-D (PCA, {})", "2 次元で見たベクトル（主成分分析、{}）"),
        MapText => ("Each dot is a word, seen along the two directions in which the vectors spread the most ({}% of the spread). Press Train and watch words used alike gather.", "点が単語です。ベクトルが最も広がる 2 方向から見ています（広がりの {}%）。「学習」を押すと、同じように使われる単語が集まっていきます。"),
        English => ("English", "英語"),
        Japanese => ("Japanese", "日本語"),
        CosTitle => ("4. Cosine similarity", "4. コサイン類似度"),
        WordA => ("Word a", "単語 a"),
        WordB => ("Word b", "単語 b"),
        CosText => ("The cosine of the angle θ between the two vectors: 1 when they point the same way, 0 at a right angle, −1 opposite. The drawing shows the angle; the lengths are not to scale.", "2 つのベクトルのなす角 θ のコサインです。同じ向きなら 1、直角なら 0、反対向きなら −1。図は角度を示します（長さは縮尺どおりではありません）。"),
        Different => ("These words come from the two halves of the corpus, which never share a sentence: their cosine means nothing.", "この 2 語はコーパスの別々の半分（英語と日本語）にあり、同じ文に現れないので、このコサインには意味がありません。"),
        NearTitle => ("Nearest neighbours", "最も近い単語"),
        NearOf => ("Words nearest to", "近い単語を調べる語"),
        NearText => ("By cosine, among the words of the same language. The word itself comes first, at cosine 1.", "同じ言語の単語の中で、コサイン類似度の高い順です。その単語自身が、コサイン 1 で最初に来ます。"),
        AnalogyTitle => ("Analogy: a − b + c", "類推：a − b + c"),
        AnalogyText => ("Add and subtract the vectors and look for the word nearest the result (a, b and c themselves left out).", "ベクトルを足し引きして、結果に最も近い単語を探します（a・b・c 自身は除きます）。"),
        Holds => ("The corpus was written so that this gives {}: it does.", "コーパスはこれが {} になるように書かれています。そのとおりになりました。"),
        Ranked => ("The corpus was written so that this gives {}, but here it comes {} (cosine {}). Small corpora learn some relations and miss others.", "コーパスはこれが {} になるように書かれていますが、ここでは {} 番目でした（コサイン {}）。小さなコーパスでは、学べる関係と学べない関係があります。"),
        Missed => ("The corpus was written so that this gives {}, but it is not among the 5 nearest. Small corpora learn some relations and miss others.", "コーパスはこれが {} になるように書かれていますが、近い 5 語に入りませんでした。小さなコーパスでは、学べる関係と学べない関係があります。"),
        Untrained => ("untrained: press Train", "未学習：「学習」を押してください"),
        VsTitle => ("5. Cosine is not distance", "5. コサインは距離ではない"),
        VsText => ("b points exactly the way a does but is three times as long; c has a's length but turns away. Cosine looks only at direction, distance at both: a and b are far apart yet have cosine 1.", "b は a とまったく同じ向きで長さが 3 倍、c は a と同じ長さで向きが違います。コサインは向きだけを、距離は向きと長さの両方を見ます。a と b は離れていてもコサインは 1 です。"),
        Distance => ("distance", "距離"),
        UnknownWord => ("The link's {}: '{}' is not a word the vectors are trained on; the default is shown instead.", "リンクの {}：'{}' は学習した単語ではないので、初期値を表示しています。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_embed_text_has_english_and_japanese() {
        assert_complete(EmbedText::ALL, EmbedText::t);
    }
}
