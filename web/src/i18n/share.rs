//! The share box's strings: what a link carries, the too-large fallback, state files.

use super::table;

table! {
    /// A translatable string of the share box.
    pub enum ShareKey {
        IncludeNetwork => ("Include the trained network", "学習したネットワークを含める"),
        ModeExact => ("This link opens exactly this network at epoch {}: its weights, loss history and optimizer state, so training continues the same.", "このリンクは、エポック {} のこのネットワークをそのまま開きます（重み・損失の履歴・最適化手法の状態）。続きを学習しても同じ結果になります。"),
        ModeSettings => ("This link opens the settings only: the network starts from scratch at epoch 0.", "このリンクは設定だけを開きます。ネットワークはエポック 0 から学習し直します。"),
        Thinned => ("The loss chart travels thinned: {} of {} epochs (first, last, and every 2ⁿ-th).", "損失グラフは間引いて送ります：{} / {} エポック（最初・最後と 2ⁿ エポックごと）。"),
        TooLarge => ("Too large for a link ({} bytes of weights, points and history; a link holds {}), so this link carries the settings only. Export the state as a file to keep everything.", "リンクには大きすぎます（重み・データ点・履歴が {} バイト、リンクの上限は {}）。そのため、このリンクは設定だけを含みます。すべてを残すには状態をファイルに書き出してください。"),
        FileTitle => ("State file", "状態ファイル"),
        FileHelp => ("A file keeps everything, however large: settings, data, weights, loss history and optimizer state.", "ファイルには大きさに関係なくすべてを保存できます：設定・データ・重み・損失の履歴・最適化手法の状態。"),
        Export => ("Export state", "状態を書き出す"),
        Import => ("Import state…", "状態を読み込む…"),
        Exported => ("State exported as neurite-state.json.", "状態を neurite-state.json に書き出しました。"),
        ExportFailed => ("Could not export the state: {}", "状態を書き出せませんでした：{}"),
        Imported => ("State file opened at epoch {}.", "状態ファイルをエポック {} で開きました。"),
        ImportFailed => ("This file could not be opened ({}). Nothing was changed.", "このファイルを開けませんでした（{}）。何も変更していません。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_key_has_english_and_japanese() {
        assert_complete(ShareKey::ALL, ShareKey::t);
    }
}
