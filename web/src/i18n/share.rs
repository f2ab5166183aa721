//! The share box's strings: what a link carries, the too-large fallback, state files.

use super::table;

table! {
    /// A translatable string of the share box.
    pub enum ShareKey {
        IncludeNetwork => ("Include the trained network", "学習したネットワークを含める"),
        ModeExact => ("Opens exactly this network at epoch {}: weights, loss history and optimizer state.", "エポック {} のこのネットワークをそのまま開きます（重み・損失の履歴・最適化手法の状態）。"),
        ModeSettings => ("Opens the settings only: training starts again from epoch 0.", "設定だけを開きます。学習はエポック 0 からやり直しです。"),
        Thinned => ("The chart travels thinned: {} of {} epochs.", "グラフは間引いて送ります：{} / {} エポック。"),
        TooLarge => ("Too large for a link ({} bytes; a link holds {}): it carries the settings only. Export the state to keep everything.", "リンクには大きすぎます（{} バイト、上限 {}）。設定だけを含めます。すべてを残すには状態を書き出してください。"),
        FileTitle => ("State file", "状態ファイル"),
        FileHelp => ("A file keeps everything, however large.", "ファイルには大きさに関係なくすべてを保存できます。"),
        Export => ("Export state", "状態を書き出す"),
        Import => ("Import state…", "状態を読み込む…"),
        Exported => ("Saved neurite-state.json.", "neurite-state.json に保存しました。"),
        ExportFailed => ("Could not export: {}", "書き出せませんでした：{}"),
        Imported => ("Opened at epoch {}.", "エポック {} で開きました。"),
        ImportFailed => ("Cannot open this file ({}). Nothing was changed.", "このファイルは開けません（{}）。何も変更していません。"),
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

    #[test]
    fn the_lookup_table_follows_the_declaration_order() {
        use crate::i18n::Lang;
        assert_eq!(
            ShareKey::IncludeNetwork.t(Lang::En),
            "Include the trained network"
        );
        assert_eq!(ShareKey::Export.t(Lang::Ja), "状態を書き出す");
        let last = ShareKey::ALL.last().map(|k| k.t(Lang::En));
        assert!(last.is_some_and(|t| t.starts_with("Cannot open this file")));
    }
}
