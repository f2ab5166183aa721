//! The one-update walk-through's strings (forward → loss → gradient → update).

use super::table;

table! {
    /// A translatable string of the one-update walk-through.
    pub enum WalkKey {
        Title => ("One update, step by step", "1 回の更新を順に見る"),
        Help => ("This point's plain-SGD update, a stage at a time: what the network computes, how wrong it is, which way each weight should move, and the move.", "この点による素朴な SGD の更新を 1 段ずつ：ネットワークの計算、間違いの大きさ、各重みを動かす向き、そして更新そのもの。"),
        Next => ("Next step", "次へ"),
        Again => ("Next update", "次の更新へ"),
        Play => ("Play", "再生"),
        Pause => ("Pause", "一時停止"),
        Speed => ("Speed", "速さ"),
        Slow => ("slow (2 s a step)", "ゆっくり（1 段 2 秒）"),
        Medium => ("medium (1 s a step)", "ふつう（1 段 1 秒）"),
        Fast => ("fast (0.4 s a step)", "速い（1 段 0.4 秒）"),
        Forward => ("Forward (順伝播)", "順伝播"),
        ForwardText => ("The inputs x = ({}) pass through every layer — in each neuron z = Σ wᵢxᵢ + b, then a = f(z) — to the output ŷ =", "入力 x = ({}) が各層を通り（各ニューロンで z = Σ wᵢxᵢ + b、続いて a = f(z)）、出力 ŷ ="),
        Loss => ("Loss (損失)", "損失"),
        LossText => ("How far ŷ is from the target y =", "ŷ が正解 y からどれだけ離れているか：y ="),
        Gradient => ("Gradient (勾配)", "勾配"),
        GradientText => ("The backward pass sends ∂L/∂z back through the layers, so every weight gets its ∂L/∂w: the network view now draws each link by it (the backward view).", "逆伝播で ∂L/∂z を出力側から各層へ送り返し、すべての重みの ∂L/∂w が求まります。ネットワークの図は各結合をその値で描いています（逆伝播の表示）。"),
        Update => ("Update (更新)", "更新"),
        UpdateText => ("Every weight and bias moves against its gradient, θ ← θ − η·∂L/∂θ. The heatmaps now show the network after this one step.", "すべての重みとバイアスが勾配と逆向きに動きます（θ ← θ − η·∂L/∂θ）。ヒートマップはこの 1 回の更新の後のネットワークを表しています。"),
        ForSelected => ("For the selected one:", "選択中のもの："),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_key_has_english_and_japanese() {
        assert_complete(WalkKey::ALL, WalkKey::t);
    }
}
