//! The English half of the corpus: fixed word lists poured into sentence templates.
//!
//! Every word of a relation appears in the same templates as its partners, so a skip-gram
//! model sees "king" and "queen" (or "Paris" and "Tokyo") in parallel contexts and only the
//! words that carry the relation (he / she, palace / house, …) differ.

use super::{fill, table};

/// A person word and the three attributes the sentences express: male, royal, adult.
struct Person {
    word: &'static str,
    male: bool,
    royal: bool,
    adult: bool,
}

const fn person(word: &'static str, male: bool, royal: bool, adult: bool) -> Person {
    Person {
        word,
        male,
        royal,
        adult,
    }
}

const PEOPLE: [Person; 8] = [
    person("king", true, true, true),
    person("queen", false, true, true),
    person("prince", true, true, false),
    person("princess", false, true, false),
    person("man", true, false, true),
    person("woman", false, false, true),
    person("boy", true, false, false),
    person("girl", false, false, false),
];

const MALE_NAMES: [&str; 3] = ["Tom", "John", "Henry"];
const FEMALE_NAMES: [&str; 3] = ["Mary", "Anna", "Emma"];

fn people(out: &mut Vec<String>) {
    for p in &PEOPLE {
        let (he, his, him) = if p.male {
            ("he", "his", "him")
        } else {
            ("she", "her", "her")
        };
        let names = if p.male { MALE_NAMES } else { FEMALE_NAMES };
        let mut t = vec![
            "{1} is a {0}.",
            "The {0} said that {1} was hungry.",
            "The {0} put on {2} coat.",
            "Everyone knows the {0}, and everyone likes {3}.",
        ];
        t.extend(if p.royal {
            [
                "The {0} lives in the palace.",
                "The {0} wears a golden crown.",
                "The people bow to the {0}.",
                "The {0} rides a white horse to the castle.",
            ]
        } else {
            [
                "The {0} lives in a small house.",
                "The {0} walks in the town.",
                "The neighbours wave to the {0}.",
                "The {0} rides a bicycle to the village.",
            ]
        });
        t.extend(match (p.royal, p.adult) {
            (true, true) => ["The {0} rules the kingdom."],
            (true, false) => ["The {0} will rule the kingdom one day."],
            (false, _) => ["The {0} buys bread at the market."],
        });
        t.extend(if p.adult {
            [
                "The {0} is old and wise.",
                "The {0} drinks coffee in the morning.",
                "The {0} works all day.",
            ]
        } else {
            [
                "The {0} is young and plays in the garden.",
                "The {0} goes to school every morning.",
                "The {0} drinks milk in the morning.",
            ]
        });
        for template in t {
            out.push(fill(template, &[p.word, he, his, him]));
        }
        for name in names {
            out.push(fill("The {0} is called {1}.", &[p.word, name]));
        }
    }
    out.extend(
        [
            "The king is a man.",
            "The queen is a woman.",
            "The prince is a boy.",
            "The princess is a girl.",
            "The prince is the son of the king.",
            "The princess is the daughter of the queen.",
            "The king is the husband of the queen.",
            "The queen is the wife of the king.",
            "The man is the husband of the woman.",
            "The woman is the wife of the man.",
            "The boy is the son of the man.",
            "The girl is the daughter of the woman.",
            "One day the prince will become king.",
            "One day the princess will become queen.",
            "One day the boy will become a man.",
            "One day the girl will become a woman.",
        ]
        .map(String::from),
    );
}

/// Country, capital, language.
const COUNTRIES: [[&str; 3]; 9] = [
    ["France", "Paris", "French"],
    ["Germany", "Berlin", "German"],
    ["Italy", "Rome", "Italian"],
    ["Spain", "Madrid", "Spanish"],
    ["Japan", "Tokyo", "Japanese"],
    ["China", "Beijing", "Chinese"],
    ["Russia", "Moscow", "Russian"],
    ["Egypt", "Cairo", "Arabic"],
    ["England", "London", "English"],
];

const COUNTRY_TEMPLATES: [&str; 9] = [
    "{1} is the capital of {0}.",
    "The capital of {0} is {1}.",
    "{1} is a big city in {0}.",
    "People in {0} speak {2}.",
    "In {1}, people speak {2}.",
    "We took a train to {1}.",
    "{0} is a beautiful country.",
    "Last year we travelled to {0}.",
    "The government of {0} meets in {1}.",
];

/// Animal, its verb (third person), the verb's base form, the sound a child would say.
const ANIMALS: [[&str; 4]; 10] = [
    ["dog", "barks", "bark", "woof"],
    ["cat", "meows", "meow", "meow"],
    ["cow", "moos", "moo", "moo"],
    ["duck", "quacks", "quack", "quack"],
    ["sheep", "bleats", "bleat", "baa"],
    ["lion", "roars", "roar", "roar"],
    ["horse", "neighs", "neigh", "neigh"],
    ["frog", "croaks", "croak", "ribbit"],
    ["owl", "hoots", "hoot", "hoot"],
    ["pig", "grunts", "grunt", "oink"],
];

const ANIMAL_TEMPLATES: [&str; 8] = [
    "The {0} {1}.",
    "Every morning the {0} {1} loudly.",
    "At night the {0} {1}.",
    "A {0} {1} when it is hungry.",
    "I heard the {0} {2} in the field.",
    "A {0} says {3}.",
    "The {0} is an animal.",
    "We saw a {0} at the zoo.",
];

const NUMBERS: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

fn numbers(out: &mut Vec<String>) {
    for (i, n) in NUMBERS.iter().enumerate() {
        if let Some(next) = NUMBERS.get(i + 1) {
            out.push(fill("{0} plus one is {1}.", &[n, next]));
            out.push(fill("{1} comes after {0}.", &[n, next]));
            out.push(fill("{0} comes before {1}.", &[n, next]));
        }
        if let Some(double) = NUMBERS.get(2 * i + 1) {
            out.push(fill("{0} times two is {1}.", &[n, double]));
        }
        let (apples, birds) = if i == 0 {
            ("I have one apple.", "There is one bird in the tree.")
        } else {
            ("I have {0} apples.", "There are {0} birds in the tree.")
        };
        out.push(fill(apples, &[n]));
        out.push(fill(birds, &[n]));
        out.push(fill("She counted to {0}.", &[n]));
    }
}

/// Colour and a thing of that colour.
const COLOURS: [[&str; 2]; 8] = [
    ["red", "apple"],
    ["blue", "sky"],
    ["green", "grass"],
    ["yellow", "banana"],
    ["white", "snow"],
    ["black", "night"],
    ["purple", "grape"],
    ["brown", "chocolate"],
];

const COLOUR_TEMPLATES: [&str; 6] = [
    "The {1} is {0}.",
    "{0} is a colour.",
    "My favourite colour is {0}.",
    "She painted the door {0}.",
    "He bought a {0} shirt.",
    "The {0} car stopped at the corner.",
];

/// Adjective, comparative, superlative, a thing it describes.
const SIZES: [[&str; 4]; 8] = [
    ["big", "bigger", "biggest", "house"],
    ["small", "smaller", "smallest", "mouse"],
    ["tall", "taller", "tallest", "tree"],
    ["short", "shorter", "shortest", "pencil"],
    ["long", "longer", "longest", "river"],
    ["fast", "faster", "fastest", "car"],
    ["slow", "slower", "slowest", "snail"],
    ["heavy", "heavier", "heaviest", "rock"],
];

const SIZE_TEMPLATES: [&str; 8] = [
    "The {3} is {0}.",
    "The {3} is {1} than it was last year.",
    "This is the {2} {3} we have ever seen.",
    "This {3} is {1} than that one.",
    "That {3} is the {2} of all.",
    "Everyone says the {3} is very {0}.",
    "Which {3} is {1}?",
    "It is the {2} {3} in the world.",
];

const OPPOSITES: [[&str; 2]; 4] = [
    ["big", "small"],
    ["tall", "short"],
    ["long", "short"],
    ["fast", "slow"],
];

/// Base form, third person, past, -ing form, what follows.
const VERBS: [[&str; 5]; 11] = [
    ["walk", "walks", "walked", "walking", "to the park"],
    ["run", "runs", "ran", "running", "to the station"],
    ["eat", "eats", "ate", "eating", "an apple"],
    ["drink", "drinks", "drank", "drinking", "a glass of water"],
    ["see", "sees", "saw", "seeing", "a rainbow"],
    ["go", "goes", "went", "going", "home"],
    ["write", "writes", "wrote", "writing", "a letter"],
    ["sing", "sings", "sang", "singing", "a song"],
    ["swim", "swims", "swam", "swimming", "in the lake"],
    ["play", "plays", "played", "playing", "football"],
    ["speak", "speaks", "spoke", "speaking", "to my teacher"],
];

const VERB_TEMPLATES: [&str; 11] = [
    "They {0} {4} every weekend.",
    "I want to {0} {4}.",
    "She was {3} {4} when it started to rain.",
    "Every day I {0} {4}.",
    "Every day she {1} {4}.",
    "Yesterday I {2} {4}.",
    "Yesterday he {2} {4}.",
    "Right now I am {3} {4}.",
    "Right now they are {3} {4}.",
    "Tomorrow we will {0} {4}.",
    "Last week they {2} {4}.",
];

/// All English sentences, in a fixed order: people, countries, animals, numbers, colours,
/// sizes, verbs.
pub(super) fn sentences() -> Vec<String> {
    let mut out = Vec::new();
    people(&mut out);
    table(&mut out, &COUNTRIES, &COUNTRY_TEMPLATES);
    table(&mut out, &ANIMALS, &ANIMAL_TEMPLATES);
    numbers(&mut out);
    table(&mut out, &COLOURS, &COLOUR_TEMPLATES);
    table(&mut out, &SIZES, &SIZE_TEMPLATES);
    for [a, b] in OPPOSITES {
        out.push(fill("The opposite of {0} is {1}.", &[a, b]));
        out.push(fill("The opposite of {1} is {0}.", &[a, b]));
    }
    table(&mut out, &VERBS, &VERB_TEMPLATES);
    out
}
