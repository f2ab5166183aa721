//! The autoencoder lab's strings (オートエンコーダ, 潜在空間, VAE, 再構成).

use crate::i18n::table;

table! {
    /// A string of the autoencoder lab.
    pub enum AeText {
        Intro => ("An autoencoder squeezes each digit through a bottleneck of just two numbers (its code, a point in the latent space) and then tries to restore the digit from that point alone. To restore well it has to keep what matters and drop the rest. Press Train and watch the digits gather on the plane.", "オートエンコーダは、数字を 2 つの数だけの狭い入口（コード、潜在空間の 1 点）に押し込み、その点だけから元の数字を復元しようとします。うまく復元するには、大事な特徴を残し、それ以外を捨てるしかありません。「学習」を押して、数字が平面上に集まっていく様子を見てください。"),
        Dataset => ("Digits", "数字のデータ"),
        Mode => ("Model", "モデル"),
        ModeAe => ("Autoencoder (AE)", "オートエンコーダ（AE）"),
        ModeVae => ("Variational autoencoder (VAE)", "変分オートエンコーダ（VAE）"),
        Beta => ("β (weight of the KL term)", "β（KL 項の重み）"),
        Hidden => ("Hidden units", "隠れユニット数"),
        Epochs => ("Epochs", "エポック数"),
        Seed => ("Seed", "シード"),
        Arch => ("Network", "ネットワーク"),
        Split => ("Trained on {} digits; the plane and the losses use the {} held out.", "{} 枚で学習し、平面と損失には取り分けた {} 枚を使います。"),
        Train => ("Train", "学習"),
        Pause => ("Pause", "一時停止"),
        Resume => ("Continue", "続ける"),
        Reset => ("Start over", "最初から"),
        Epoch => ("Epoch {} of {}", "エポック {} / {}"),
        Left => ("about {} s left", "残り約 {} 秒"),
        Replaying => ("Training again to the link's {} epochs (the same seed gives the same network)…", "リンクの {} エポックまで学習し直しています（同じシードなら同じネットワークになります）…"),
        Done => ("Trained.", "学習しました。"),
        Failed => ("Training stopped: {}.", "学習が止まりました：{}。"),
        Losses => ("Loss per epoch", "エポックごとの損失"),
        TrainLoss => ("training loss", "訓練損失"),
        ValRecon => ("validation reconstruction error", "検証データの再構成誤差"),
        Recon => ("Reconstruction error ½Σ(x̂ − x)² per digit", "1 枚あたりの再構成誤差 ½Σ(x̂ − x)²"),
        Start => ("untrained: {}", "学習前：{}"),
        Kl => ("KL divergence from N(0, I) per digit", "1 枚あたりの N(0, I) からの KL ダイバージェンス"),
        LossSum => ("The VAE minimises reconstruction error + β × KL", "VAE が最小にするのは 再構成誤差 + β × KL"),
        PlaneTitle => ("The latent space", "潜在空間"),
        PlaneText => ("Every held-out digit is a dot at its code, coloured by what it really is; the autoencoder was never told. Click or drag anywhere to decode that point (arrow keys move it); hover a dot to choose that digit.", "取り分けた数字を、そのコードの位置に点で描いています。色は本当の数字ですが、オートエンコーダには教えていません。どこでもクリックかドラッグすると、その点を復元します（矢印キーでも動かせます）。点にカーソルを重ねると、その数字を選べます。"),
        PlaneLabel => ("Latent plane: {} digits as dots; the decoded point at ({}, {})", "潜在平面：数字 {} 個の点。復元する点は ({}, {})"),
        ShowMap => ("Show the decoded map under the dots", "点の下に復元画像の地図を表示"),
        MapLabel => ("Map: the decoder's image at 12 × 12 points of the plane", "地図：平面上の 12 × 12 の点でデコーダが描いた画像"),
        MapText => ("The map: the decoder's image at each of 12 × 12 points of the plane. It is what the model learned: where its regions meet, one digit morphs into the next.", "地図：平面上の 12 × 12 の点それぞれでデコーダが描いた画像です。モデルが学んだものそのもので、領域の境目では数字が隣の数字へ移り変わります。"),
        HolesText => ("AE: nothing asks the codes to fill the plane, so between the clusters lie holes where the decoder draws nothing like a digit.", "AE：コードが平面を埋めるようには求められていないので、かたまりの間には、数字らしくない画像しか出てこない穴があります。"),
        VaeText => ("VAE: each digit is a small cloud (μ ± σ, the ellipse of the chosen digit), and β × KL pulls every cloud towards N(0, I): the plane fills in and its map becomes smooth. β = 0 removes the pull and it behaves like an AE.", "VAE：各数字は小さな雲（μ ± σ、選んだ数字の楕円）になり、β × KL がすべての雲を N(0, I) へ引き寄せます。平面が埋まり、地図はなめらかになります。β = 0 にすると引き寄せがなくなり、AE と同じふるまいになります。"),
        Point => ("Decode the point", "復元する点"),
        Decoded => ("decoded", "復元画像"),
        Digit => ("Held-out digit number", "検証用の数字の番号"),
        Original => ("original", "元の数字"),
        Reconstruction => ("restored", "復元"),
        Sampled => ("decoded again, z sampled", "z を引き直して復元"),
        TwiceText => ("The VAE decodes the same digit twice with z = μ + σ·ε, ε drawn afresh: two different images. That is how it mixes in variation.", "VAE は同じ数字を z = μ + σ·ε（ε は毎回引き直し）で 2 回復元します。2 枚は違う画像になります。こうしてばらつきを混ぜます。"),
        Pairs => ("Originals and their restorations", "元の数字と復元"),
        Sample => ("Sample new digits", "新しい数字を生成"),
        SampleText => ("Draws 8 points z ~ N(0, I) and decodes them. A VAE was trained for exactly this; an AE's codes are not spread like N(0, I), so its samples are often not digits.", "z ~ N(0, I) から 8 点を引き、復元します。VAE はまさにこのために学習しています。AE のコードは N(0, I) のように広がっていないので、生成した画像が数字にならないことがよくあります。"),
        DrawTitle => ("Draw a digit", "数字を描く"),
        DrawHint => ("Draw with the mouse, a finger or a pen: its code appears on the plane as a star, and its restoration beside it.", "マウス・指・ペンで描いてください。そのコードが平面上に星印で現れ、隣に復元画像が出ます。"),
        Drawing => ("your drawing", "自分で描いた数字"),
        Clear => ("Clear", "消す"),
        DrawnAt => ("its code", "そのコード"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_autoencoder_text_has_english_and_japanese() {
        assert_complete(AeText::ALL, AeText::t);
    }
}
