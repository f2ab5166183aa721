//! The RNN lab's strings (再帰型ニューラルネットワーク, 隠れ状態, 誤差逆伝播).

use crate::i18n::table;

table! {
    /// A string of the RNN lab.
    pub enum RnnText {
        Intro => ("A recurrent neural network (RNN) reads a word one character at a time. At each step it mixes the new character into its hidden state, the memory of everything read so far, and guesses the next character. This one learns from about 150 Japanese place names written in Latin letters. Press Train, then type a beginning and let it continue.", "再帰型ニューラルネットワーク（RNN）は、単語を 1 文字ずつ読みます。各ステップで新しい文字を隠れ状態（それまでに読んだものの記憶）に混ぜ込み、次の文字を予想します。この RNN は、ローマ字で書いた日本の地名約 150 個から学びます。「学習」を押してから書き出しを入力し、続きを書かせてみましょう。"),
        Hidden => ("Hidden units", "隠れユニット数"),
        Epochs => ("Epochs", "エポック数"),
        Seed => ("Seed", "シード"),
        Arch => ("Cell: h_t = tanh(W·[h_t−1 ; x_t] + b); next character: softmax(V·h_t + c)", "セル：h_t = tanh(W·[h_t−1 ; x_t] + b)、次の文字：softmax(V·h_t + c)"),
        Words => ("{} place names, e.g. {}", "地名 {} 個（例：{}）"),
        Train => ("Train", "学習"),
        Pause => ("Pause", "一時停止"),
        Resume => ("Continue", "続ける"),
        Reset => ("Start over", "最初から"),
        Epoch => ("Epoch {} of {}", "エポック {} / {}"),
        Left => ("about {} s left", "残り約 {} 秒"),
        Replaying => ("Training again to the link's {} epochs (the same seed gives the same network)…", "リンクの {} エポックまで学習し直しています（同じシードなら同じネットワークになります）…"),
        Done => ("Trained.", "学習しました。"),
        Failed => ("Training stopped: {}. The last good weights are kept.", "学習が止まりました：{}。最後の正常な重みを残しています。"),
        Loss => ("Loss per character (cross-entropy)", "1 文字あたりの損失（交差エントロピー）"),
        Guess => ("an even guess among 27 characters: ln 27 = 3.30", "27 文字から当てずっぽうに選ぶと ln 27 = 3.30"),
        Curve => ("Loss per epoch", "エポックごとの損失"),
        ContinueTitle => ("Let it continue", "続きを書かせる"),
        Prefix => ("Beginning (letters a–z)", "書き出し（a–z の文字）"),
        Continues => ("It continues", "続き"),
        ContinueText => ("Each step it writes its most likely next character and reads it back, until it writes the end mark. Untrained, it writes noise; trained, names that sound like places — sometimes real ones.", "各ステップで最も確率の高い次の文字を書き、それをまた読み込みます。終わりの印を書くまで続けます。学習前は意味のない文字列ですが、学習後は地名らしい名前を書きます。実在の地名になることもあります。"),
        UnrolledTitle => ("Unrolled through time", "時間方向に展開する"),
        UnrolledText => ("The same cell, drawn once per step: the character read, the hidden state after it (a column of units, blue positive, orange negative) and the top guess for the next character. Backpropagation through time sends the last step's error back through every step; the bars show how large the gradient still is when it reaches each hidden state. Make the sequence longer and watch the early bars shrink: the vanishing gradient, why a plain RNN forgets what it read long ago.", "同じセルをステップごとに描いています。読んだ文字、その後の隠れ状態（ユニットの列。青は正、橙は負）、次の文字の一番の予想です。通時的誤差逆伝播（BPTT）は最後のステップの誤差をすべてのステップへさかのぼって伝えます。棒は、各隠れ状態に届いたときの勾配の大きさです。系列を長くすると、初めのほうの棒が小さくなります。これが勾配消失で、素朴な RNN が昔読んだものを忘れる理由です。"),
        Steps => ("Steps unrolled", "展開するステップ数"),
        Read => ("read", "読んだ文字"),
        State => ("hidden", "隠れ状態"),
        Top => ("guess", "予想"),
        Gradient => ("gradient", "勾配"),
        GradientNote => ("Bars: the size ‖∂L/∂h_t‖ of the gradient reaching each hidden state, on a log scale (hover for the number).", "棒：各隠れ状態に届いた勾配の大きさ ‖∂L/∂h_t‖（対数目盛。カーソルを重ねると数値が出ます）。"),
        LastLoss => ("The loss is the last step's: predicting \"{}\" after this stretch of the training names.", "損失は最後のステップのもの：学習用の地名のこの部分のあとに「{}」を予想します。"),
        Ratio => ("At step 1 the gradient is {} times its size at step {}.", "ステップ 1 の勾配の大きさは {} 倍です（ステップ {} の勾配を 1 としたとき）。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_rnn_text_has_english_and_japanese() {
        assert_complete(RnnText::ALL, RnnText::t);
    }
}
