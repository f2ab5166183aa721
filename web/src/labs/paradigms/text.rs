//! The three-kinds lab's strings (教師あり学習, 教師なし学習, 強化学習).

use crate::i18n::table;

table! {
    /// A string of the three-kinds lab.
    pub enum ParadigmsText {
        Intro => ("One world of point clusters, learned three ways. What differs is what the learner is told: the right answer for every example, nothing at all, or only how good its last choice was. Press Train all and compare.", "点のまとまりでできた 1 つの世界を、3 つのやり方で学びます。違うのは学ぶ側に何が与えられるかです。すべての例の正解か、何も与えないか、直前の選択がどれだけ良かったかだけか。「すべて学習」を押して比べてみましょう。"),
        Classes => ("Clusters", "まとまりの数"),
        Noise => ("Noise (%)", "ノイズ（%）"),
        Rounds => ("Rounds", "ラウンド数"),
        Seed => ("Seed", "シード"),
        RoundNote => ("Each round: one epoch of the network, one k-means step, {} choices of the agent.", "1 ラウンド：ネットワークの 1 エポック、k-means の 1 ステップ、エージェントの {} 回の選択。"),
        Train => ("Train all", "すべて学習"),
        Pause => ("Pause", "一時停止"),
        Resume => ("Continue", "続ける"),
        Done => ("Trained.", "学習しました。"),
        Reset => ("Start over", "最初から"),
        Round => ("Round {} of {}", "ラウンド {} / {}"),
        Replaying => ("Training again to the link's {} rounds (the same seed gives the same result)…", "リンクの {} ラウンドまで学習し直しています（同じシードなら同じ結果になります）…"),
        Failed => ("Training stopped: {}.", "学習が止まりました：{}。"),
        Chance => ("chance", "当てずっぽう"),
        SupTitle => ("Supervised learning (教師あり学習)", "教師あり学習"),
        SupText => ("Every training point comes with its label, the right answer. A small network (2 → 8 → 8 → softmax) is corrected towards those answers and learns the boundaries between the classes; it is scored on points it never saw. Points: the true classes; background: the class the network would give.", "学習用の点にはすべてラベル（正解）が付いています。小さなネットワーク（2 → 8 → 8 → softmax）はその答えに近づくよう修正され、クラスの境界を学びます。成績は一度も見ていない点で測ります。点の色は本当のクラス、背景の色はネットワークが答えるクラスです。"),
        Accuracy => ("Accuracy on unseen points", "未知の点での正解率"),
        AccCurve => ("Accuracy per round", "ラウンドごとの正解率"),
        UnsupTitle => ("Unsupervised learning (教師なし学習)", "教師なし学習"),
        UnsupText => ("The same points with the labels hidden. k-means finds groups by distance alone: it places one centre per group, gives every point to its nearest centre, moves each centre to the middle of its points, and repeats. Colours are the groups it found (its numbering is its own: it has no names for them); ✕ marks the centres. Purity checks them against the hidden labels.", "同じ点を、ラベルを隠して使います。k-means は距離だけでまとまりを見つけます。まとまりごとに中心を置き、各点を一番近い中心に割り当て、各中心をその点たちの真ん中へ動かす、を繰り返します。色は見つけたまとまりです（番号は k-means が勝手に付けたもので、名前は知りません）。✕ が中心です。純度は隠したラベルと照らし合わせた成績です。"),
        Purity => ("Cluster purity", "クラスタの純度"),
        PurityNote => ("the share of points in their group's most common hidden class", "各まとまりで一番多い本当のクラスに属する点の割合"),
        PurityCurve => ("Purity per round", "ラウンドごとの純度"),
        AeLink => ("Another unsupervised learner: the autoencoder, which sorts digits into a plane without labels.", "もう 1 つの教師なし学習：ラベルなしで数字を平面に並べるオートエンコーダ。"),
        RlTitle => ("Reinforcement learning (強化学習)", "強化学習"),
        RlText => ("No labels and no points to fit: an agent chooses one of the world's regions, and each region pays a reward of 1 with its own hidden probability. Told only the reward, it mostly picks the region that has paid best so far and sometimes (10 %) tries one at random, so it keeps learning. Circles: how often it chose each region.", "ラベルも合わせる点もありません。エージェントは世界の領域を 1 つ選び、各領域はそれぞれ隠れた確率で報酬 1 を払います。報酬だけを知らされるエージェントは、ほとんどの場合これまで一番報酬の多かった領域を選び、ときどき（10 %）無作為に試して学び続けます。円の大きさは各領域を選んだ回数です。"),
        Reward => ("Mean reward per choice", "1 回あたりの平均報酬"),
        RewardNote => ("choosing at random earns {} on average (the dashed line); always choosing the best region would earn {}", "無作為に選ぶと平均 {}（破線）、常に一番良い領域を選べば {}"),
        RewardCurve => ("Mean reward so far, per round", "ラウンドごとのそれまでの平均報酬"),
        Region => ("Region", "領域"),
        Rate => ("hidden payout", "隠れた当たり確率"),
        Estimate => ("agent's estimate", "エージェントの推定"),
        Chosen => ("chosen", "選んだ回数"),
        SupPlane => ("The world with its true classes and the network's regions", "本当のクラスとネットワークの領域を示した世界"),
        UnsupPlane => ("The world coloured by the groups k-means found", "k-means が見つけたまとまりで色分けした世界"),
        RlPlane => ("The world's regions and how often the agent chose each", "世界の領域と、エージェントが各領域を選んだ回数"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_paradigms_text_has_english_and_japanese() {
        assert_complete(ParadigmsText::ALL, ParadigmsText::t);
    }
}
