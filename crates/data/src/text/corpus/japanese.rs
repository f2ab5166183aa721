//! The Japanese half of the corpus, written segmented (分かち書き): each template separates
//! words with single spaces, and the natural sentence is the same text with the spaces
//! removed. Segmentation convention: nouns, particles and punctuation are separate words; an
//! inflected verb or adjective is one word (歩いた, 大きい), with the auxiliary いる of the
//! progressive split off (歩いて いる).
//!
//! The word lists mirror the English half, so the same relations hold in both languages.

use super::{fill, table};

/// A person word and its attributes: male, royal, adult.
const PEOPLE: [(&str, bool, bool, bool); 8] = [
    ("王", true, true, true),
    ("女王", false, true, true),
    ("王子", true, true, false),
    ("王女", false, true, false),
    ("男", true, false, true),
    ("女", false, false, true),
    ("少年", true, false, false),
    ("少女", false, false, false),
];

const MALE_NAMES: [&str; 3] = ["太郎", "健", "翔"];
const FEMALE_NAMES: [&str; 3] = ["花子", "さくら", "美咲"];

fn people(out: &mut Vec<String>) {
    for &(word, male, royal, adult) in &PEOPLE {
        let he = if male { "彼" } else { "彼女" };
        let mut t = vec![
            "{1} は {0} だ 。",
            "みんな は その {0} が 好き で 、 {1} を 尊敬 して いる 。",
            "その {0} に 会う と 、 {1} は 笑った 。",
        ];
        t.extend(if royal {
            [
                "{0} は 城 に 住んで いる 。",
                "{0} は 金 の 冠 を かぶって いる 。",
                "人々 は {0} に 頭 を 下げる 。",
                "{0} は 白い 馬 に 乗って 城 へ 向かう 。",
            ]
        } else {
            [
                "{0} は 小さな 家 に 住んで いる 。",
                "{0} は 町 を 歩く 。",
                "近所 の 人 が {0} に 手 を 振る 。",
                "{0} は 自転車 で 村 へ 向かう 。",
            ]
        });
        t.extend(match (royal, adult) {
            (true, true) => ["{0} は 国 を 治める 。"],
            (true, false) => ["{0} は いつか 国 を 治める 。"],
            (false, _) => ["{0} は 市場 で パン を 買う 。"],
        });
        t.extend(if adult {
            [
                "{0} は 年 を 取って いて 賢い 。",
                "{0} は 朝 に コーヒー を 飲む 。",
                "{0} は 一日中 働く 。",
            ]
        } else {
            [
                "{0} は 若くて 、 庭 で 遊ぶ 。",
                "{0} は 毎朝 学校 に 行く 。",
                "{0} は 朝 に 牛乳 を 飲む 。",
            ]
        });
        for template in t {
            out.push(fill(template, &[word, he]));
        }
        for name in if male { MALE_NAMES } else { FEMALE_NAMES } {
            out.push(fill("その {0} の 名前 は {1} だ 。", &[word, name]));
        }
    }
    out.extend(
        [
            "王 は 男 だ 。",
            "女王 は 女 だ 。",
            "王子 は 少年 だ 。",
            "王女 は 少女 だ 。",
            "王子 は 王 の 息子 だ 。",
            "王女 は 女王 の 娘 だ 。",
            "王 は 女王 の 夫 だ 。",
            "女王 は 王 の 妻 だ 。",
            "男 は 女 の 夫 だ 。",
            "女 は 男 の 妻 だ 。",
            "少年 は 男 の 息子 だ 。",
            "少女 は 女 の 娘 だ 。",
            "王子 は いつか 王 に なる 。",
            "王女 は いつか 女王 に なる 。",
            "少年 は いつか 大人 の 男 に なる 。",
            "少女 は いつか 大人 の 女 に なる 。",
        ]
        .map(String::from),
    );
}

/// Country, capital, language.
const COUNTRIES: [[&str; 3]; 9] = [
    ["フランス", "パリ", "フランス語"],
    ["ドイツ", "ベルリン", "ドイツ語"],
    ["イタリア", "ローマ", "イタリア語"],
    ["スペイン", "マドリード", "スペイン語"],
    ["日本", "東京", "日本語"],
    ["中国", "北京", "中国語"],
    ["ロシア", "モスクワ", "ロシア語"],
    ["エジプト", "カイロ", "アラビア語"],
    ["イギリス", "ロンドン", "英語"],
];

const COUNTRY_TEMPLATES: [&str; 9] = [
    "{1} は {0} の 首都 だ 。",
    "{0} の 首都 は {1} だ 。",
    "{1} は {0} の 大きな 都市 だ 。",
    "{0} の 人々 は {2} を 話す 。",
    "{1} では 人々 が {2} を 話す 。",
    "私たち は 電車 で {1} へ 行った 。",
    "{0} は 美しい 国 だ 。",
    "去年 、 私たち は {0} を 旅行 した 。",
    "{0} の 政府 は {1} に ある 。",
];

/// Animal and its sound (擬声語).
const ANIMALS: [[&str; 2]; 10] = [
    ["犬", "ワンワン"],
    ["猫", "ニャー"],
    ["牛", "モー"],
    ["アヒル", "ガーガー"],
    ["羊", "メー"],
    ["ライオン", "ガオー"],
    ["馬", "ヒヒーン"],
    ["カエル", "ケロケロ"],
    ["フクロウ", "ホーホー"],
    ["豚", "ブーブー"],
];

const ANIMAL_TEMPLATES: [&str; 8] = [
    "{0} は {1} と 鳴く 。",
    "毎朝 {0} が 大きな 声 で 鳴く 。",
    "夜 に なる と {0} が {1} と 鳴く 。",
    "{0} は お腹 が 空く と 鳴く 。",
    "畑 で {0} が 鳴く の を 聞いた 。",
    "{0} の 鳴き声 は 「 {1} 」 だ 。",
    "{0} は 動物 だ 。",
    "動物園 で {0} を 見た 。",
];

const NUMBERS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

fn numbers(out: &mut Vec<String>) {
    for (i, n) in NUMBERS.iter().enumerate() {
        if let Some(next) = NUMBERS.get(i + 1) {
            out.push(fill("{0} 足す 一 は {1} だ 。", &[n, next]));
            out.push(fill("{0} の 次 は {1} だ 。", &[n, next]));
            out.push(fill("{1} の 前 は {0} だ 。", &[n, next]));
        }
        if let Some(double) = NUMBERS.get(2 * i + 1) {
            out.push(fill("{0} かける 二 は {1} だ 。", &[n, double]));
        }
        out.push(fill("りんご が {0} 個 ある 。", &[n]));
        out.push(fill("木 に 鳥 が {0} 羽 いる 。", &[n]));
        out.push(fill("彼女 は {0} まで 数えた 。", &[n]));
    }
}

/// Colour and a thing of that colour.
const COLOURS: [[&str; 2]; 8] = [
    ["赤", "りんご"],
    ["青", "空"],
    ["緑", "草"],
    ["黄色", "バナナ"],
    ["白", "雪"],
    ["黒", "夜"],
    ["紫", "ぶどう"],
    ["茶色", "チョコレート"],
];

const COLOUR_TEMPLATES: [&str; 6] = [
    "{1} の 色 は {0} だ 。",
    "{0} は 色 の 一つ だ 。",
    "私 の 好きな 色 は {0} だ 。",
    "彼女 は ドア を {0} に 塗った 。",
    "彼 は {0} の シャツ を 買った 。",
    "{0} の 車 が 角 に 止まった 。",
];

/// Adjective and a thing it describes. Japanese compares with より and 一番.
const SIZES: [[&str; 2]; 8] = [
    ["大きい", "家"],
    ["小さい", "ネズミ"],
    ["高い", "木"],
    ["短い", "鉛筆"],
    ["長い", "川"],
    ["速い", "車"],
    ["遅い", "カタツムリ"],
    ["重い", "岩"],
];

const SIZE_TEMPLATES: [&str; 8] = [
    "その {1} は {0} 。",
    "この {1} は 去年 より {0} 。",
    "これ は 今まで 見た 中 で 一番 {0} {1} だ 。",
    "この {1} は あの {1} より {0} 。",
    "あの {1} が 一番 {0} 。",
    "みんな が その {1} は とても {0} と 言う 。",
    "どちら の {1} が {0} です か ？",
    "それ は 世界 で 一番 {0} {1} だ 。",
];

const OPPOSITES: [[&str; 2]; 4] = [
    ["大きい", "小さい"],
    ["高い", "低い"],
    ["長い", "短い"],
    ["速い", "遅い"],
];

/// Dictionary form, past, て-form, what comes before the verb.
const VERBS: [[&str; 4]; 11] = [
    ["歩く", "歩いた", "歩いて", "公園 まで"],
    ["走る", "走った", "走って", "駅 まで"],
    ["食べる", "食べた", "食べて", "りんご を"],
    ["飲む", "飲んだ", "飲んで", "水 を"],
    ["見る", "見た", "見て", "虹 を"],
    ["帰る", "帰った", "帰って", "家 に"],
    ["書く", "書いた", "書いて", "手紙 を"],
    ["歌う", "歌った", "歌って", "歌 を"],
    ["泳ぐ", "泳いだ", "泳いで", "湖 で"],
    ["する", "した", "して", "サッカー を"],
    ["話す", "話した", "話して", "先生 と"],
];

const VERB_TEMPLATES: [&str; 11] = [
    "彼ら は 毎週末 {3} {0} 。",
    "私 は {3} {0} の が 好き だ 。",
    "雨 が 降り始めた 時 、 彼女 は {3} {2} いた 。",
    "毎日 私 は {3} {0} 。",
    "毎日 彼女 は {3} {0} 。",
    "昨日 私 は {3} {1} 。",
    "昨日 彼 は {3} {1} 。",
    "今 私 は {3} {2} いる 。",
    "今 彼ら は {3} {2} いる 。",
    "明日 私たち は {3} {0} つもり だ 。",
    "先週 彼ら は {3} {1} 。",
];

/// All Japanese sentences, segmented with single spaces, in the English half's order.
pub(super) fn segmented() -> Vec<String> {
    let mut out = Vec::new();
    people(&mut out);
    table(&mut out, &COUNTRIES, &COUNTRY_TEMPLATES);
    table(&mut out, &ANIMALS, &ANIMAL_TEMPLATES);
    numbers(&mut out);
    table(&mut out, &COLOURS, &COLOUR_TEMPLATES);
    table(&mut out, &SIZES, &SIZE_TEMPLATES);
    for [a, b] in OPPOSITES {
        out.push(fill("{0} の 反対 は {1} だ 。", &[a, b]));
        out.push(fill("{1} の 反対 は {0} だ 。", &[a, b]));
    }
    table(&mut out, &VERBS, &VERB_TEMPLATES);
    out
}
