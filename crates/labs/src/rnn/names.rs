//! The RNN lab's words: Japanese place names in Hepburn romanization — the 47 prefectures
//! and about a hundred cities and towns, each once. Written here from common geographic
//! knowledge (names of places are facts, not anyone's work). Romanized Japanese is built of
//! a few dozen syllables (ka, shi, tsu, yama, oka…), so a small character-level network can
//! learn its patterns from 150 words and invent names that sound like places.

/// The words, lower case `a`–`z`.
pub const PLACES: &[&str] = &[
    "hokkaido",
    "aomori",
    "iwate",
    "miyagi",
    "akita",
    "yamagata",
    "fukushima",
    "ibaraki",
    "tochigi",
    "gunma",
    "saitama",
    "chiba",
    "tokyo",
    "kanagawa",
    "niigata",
    "toyama",
    "ishikawa",
    "fukui",
    "yamanashi",
    "nagano",
    "gifu",
    "shizuoka",
    "aichi",
    "mie",
    "shiga",
    "kyoto",
    "osaka",
    "hyogo",
    "nara",
    "wakayama",
    "tottori",
    "shimane",
    "okayama",
    "hiroshima",
    "yamaguchi",
    "tokushima",
    "kagawa",
    "ehime",
    "kochi",
    "fukuoka",
    "saga",
    "nagasaki",
    "kumamoto",
    "oita",
    "miyazaki",
    "kagoshima",
    "okinawa",
    "sapporo",
    "sendai",
    "yokohama",
    "kawasaki",
    "nagoya",
    "kobe",
    "kitakyushu",
    "sakai",
    "hamamatsu",
    "sagamihara",
    "kanazawa",
    "matsuyama",
    "kurashiki",
    "himeji",
    "utsunomiya",
    "matsudo",
    "nishinomiya",
    "amagasaki",
    "hakodate",
    "asahikawa",
    "morioka",
    "koriyama",
    "iwaki",
    "takasaki",
    "maebashi",
    "kawagoe",
    "funabashi",
    "hachioji",
    "fujisawa",
    "toyohashi",
    "toyota",
    "okazaki",
    "ichinomiya",
    "otsu",
    "takatsuki",
    "suita",
    "kurume",
    "sasebo",
    "naha",
    "takamatsu",
    "matsue",
    "yonago",
    "shimonoseki",
    "fukuyama",
    "kure",
    "onomichi",
    "izumo",
    "kamakura",
    "nikko",
    "atami",
    "hakone",
    "beppu",
    "ise",
    "uji",
    "nagaoka",
    "joetsu",
    "aizu",
    "hirosaki",
    "hachinohe",
    "tsukuba",
    "mito",
    "narita",
    "chofu",
    "machida",
    "odawara",
    "numazu",
    "fuji",
    "kofu",
    "matsumoto",
    "ueda",
    "takayama",
    "ogaki",
    "tsu",
    "yokkaichi",
    "kusatsu",
    "hikone",
    "maizuru",
    "akashi",
    "kakogawa",
    "ashiya",
    "kurayoshi",
    "tsuyama",
    "iwakuni",
    "ube",
    "hagi",
    "imabari",
    "uwajima",
    "omuta",
    "iizuka",
    "karatsu",
    "isahaya",
    "yatsushiro",
    "nobeoka",
    "kanoya",
    "nago",
    "ishigaki",
    "obihiro",
    "kushiro",
    "otaru",
    "tomakomai",
    "wakkanai",
];

/// The word boundary: `.` before a word is "start", after it "end".
pub const BOUNDARY: char = '.';
/// Characters: the boundary, then `a`–`z`.
pub const VOCABULARY: usize = 27;

/// A character's id: `.` → 0, `a`…`z` → 1…26; `None` for anything else.
pub fn id(c: char) -> Option<usize> {
    match c {
        BOUNDARY => Some(0),
        'a'..='z' => Some(c as usize - 'a' as usize + 1),
        _ => None,
    }
}

/// The character of id `i` (`?` outside the vocabulary).
pub fn char_of(i: usize) -> char {
    match i {
        0 => BOUNDARY,
        1..=26 => (b'a' + (i - 1) as u8) as char,
        _ => '?',
    }
}

/// A word as the ids the network reads and the ids it should predict: `.w o r d` in,
/// `w o r d .` out.
pub fn sequence(word: &str) -> (Vec<usize>, Vec<usize>) {
    let ids: Vec<usize> = word.chars().filter_map(id).collect();
    let mut input = vec![0];
    input.extend(&ids);
    let mut target = ids;
    target.push(0);
    (input, target)
}

/// The first `len` characters of every word joined by boundaries, `.hokkaido.aomori.…`:
/// a long stretch of real text for the unrolled view.
pub fn joined(len: usize) -> String {
    let mut out = String::new();
    for w in PLACES.iter().cycle().take(PLACES.len() * 4) {
        if out.len() > len {
            break;
        }
        out.push(BOUNDARY);
        out.push_str(w);
    }
    out.chars().take(len).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lower_case_letters_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for w in PLACES {
            assert!(
                !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()),
                "{w}"
            );
            assert!(seen.insert(*w), "{w} twice");
        }
        assert!(PLACES.len() >= 140, "{}", PLACES.len());
    }

    #[test]
    fn ids_round_trip_and_sequences_shift_by_one() {
        for c in ".abcxyz".chars() {
            assert_eq!(id(c).map(char_of), Some(c));
        }
        assert_eq!(id('A'), None);
        assert_eq!(sequence("ab"), (vec![0, 1, 2], vec![1, 2, 0]));
        assert_eq!(joined(12), ".hokkaido.ao");
    }
}
