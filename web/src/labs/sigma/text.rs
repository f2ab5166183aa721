//! The Σ lab's strings.

use crate::i18n::table;

table! {
    /// A string of the Σ lab.
    pub enum SigmaText {
        Intro => ("Σ (sigma) is shorthand for \"add these up\": Σₖ₌₁ⁿ aₖ means take the terms a₁, a₂, …, aₙ one by one and add each to a running total. Change n and watch every term and partial sum.", "Σ（シグマ）は「これらを全部足す」という略記です。Σₖ₌₁ⁿ aₖ は、項 a₁, a₂, …, aₙ を 1 つずつ取り出して合計に足していくことを表します。n を変えて、各項と途中までの和を見てください。"),
        Sequence => ("Terms aₖ", "項 aₖ"),
        SeqK => ("k: 1, 2, 3, …", "k：1, 2, 3, …"),
        SeqSquares => ("k²: 1, 4, 9, …", "k²：1, 4, 9, …"),
        SeqOdd => ("2k − 1: 1, 3, 5, …", "2k − 1：1, 3, 5, …"),
        SeqCustom => ("your own numbers", "自分で決めた数"),
        N => ("Upper limit n", "上限 n"),
        Custom => ("Your numbers (1 to 10, separated by commas)", "自分の数（1〜10 個、コンマ区切り）"),
        CustomBad => ("Type 1 to 10 numbers between −1000 and 1000, separated by commas, e.g. 3, 1, 4.", "−1000 から 1000 までの数を 1〜10 個、コンマで区切って入力してください（例：3, 1, 4）。"),
        CustomStop => ("Your list has {} numbers, so the sum stops at k = {}.", "リストには {} 個の数しかないので、和は k = {} で止まります。"),
        Written => ("Written out", "書き下すと"),
        RowK => ("k", "k"),
        RowTerm => ("aₖ", "aₖ"),
        RowTotal => ("running total", "途中までの和"),
        Elided => ("k = {} … {} ({} terms) are not written out here, but the total adds every one of them.", "k = {} … {} の {} 項はここでは省略していますが、合計にはすべて含まれています。"),
        TermByTerm => ("Read the table left to right: each column adds one more term to the running total, and the last running total is the sum.", "表を左から右へ読んでください。1 列ごとに項が 1 つ合計に加わり、最後の途中までの和が総和です。"),
        ClosedForm => ("Closed form", "公式"),
        ClosedSame => ("The formula gives the same number as adding term by term — try n = 100 without adding 100 numbers.", "公式は 1 項ずつ足した結果と同じ数になります。100 個の数を足さずに n = 100 を試してください。"),
        NoClosedForm => ("Your own numbers have no formula: the sum is simply the terms added one by one.", "自分で決めた数には公式がありません。和は項を 1 つずつ足したものそのものです。"),
        Gauss => ("Why n(n+1)/2? Pair the first term with the last: 1 + n, 2 + (n − 1), … each pair makes n + 1. In the bars, the pale copy turned around fills an n × (n + 1) rectangle, twice the sum.", "なぜ n(n+1)/2 なのでしょう？ 最初の項と最後の項を組にすると、1 + n, 2 + (n − 1), … どの組も n + 1 になります。棒グラフでは、逆向きにした薄いコピーが n × (n + 1) の長方形を埋めます。これは和のちょうど 2 倍です。"),
        Bars => ("Each bar is one term aₖ; Σ is their total height.", "棒 1 本が 1 つの項 aₖ で、Σ はその高さの合計です。"),
        NeuronTitle => ("The same Σ inside a neuron", "ニューロンの中の同じ Σ"),
        NeuronText => ("A neuron adds its weighted inputs with exactly this Σ: each input xᵢ times the weight wᵢ of its link, the n products added one by one. Open it in the neuron lab to change the numbers and add a bias.", "ニューロンも、まさにこの Σ で重み付き入力を足し合わせます。各入力 xᵢ にその結合の重み wᵢ を掛け、n 個の積を 1 つずつ足すのです。ニューロンのラボで開くと、数を変えたりバイアスを加えたりできます。"),
        OpenNeuron => ("Open these numbers in the neuron lab", "この数でニューロンのラボを開く"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_sigma_text_has_english_and_japanese() {
        assert_complete(SigmaText::ALL, SigmaText::t);
    }
}
