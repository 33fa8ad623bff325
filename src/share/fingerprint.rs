//! A key's fingerprint as people compare it: four plain words and four
//! digits ("candle river tiger bread 4821"), read off a wall poster, a
//! kiosk and the case manager's page. The words are short, concrete English
//! nouns in Latin letters, the same in every language of the app, so that a
//! client who reads Arabic and a case manager who reads Polish compare the
//! same marks.

use std::fmt;

/// 256 words, one a byte.
const WORDS: [&str; 256] = [
    "apple", "arm", "baby", "bag", "ball", "band", "bank", "bean", "bear", "bed", "bee", "bell",
    "belt", "bike", "bird", "boat", "bone", "book", "boot", "bottle", "bowl", "box", "bread",
    "brick", "bridge", "brush", "bucket", "bus", "button", "cake", "camel", "candle", "candy",
    "cap", "car", "card", "carpet", "cat", "chair", "cheese", "cherry", "chest", "chin", "circle",
    "city", "clock", "cloth", "cloud", "coat", "coin", "comb", "cookie", "corn", "cow", "crab",
    "crown", "cup", "desk", "diamond", "dog", "doll", "door", "dove", "dragon", "dress", "drum",
    "duck", "eagle", "ear", "egg", "elbow", "engine", "eye", "face", "fan", "farm", "feather",
    "fence", "field", "finger", "fire", "fish", "flag", "flower", "fog", "foot", "forest", "fork",
    "fox", "frog", "garden", "gate", "gift", "glass", "glove", "goat", "gold", "grape", "grass",
    "hair", "hammer", "hand", "hat", "hay", "heart", "hill", "hook", "horse", "house", "ice",
    "ink", "iron", "island", "jacket", "jam", "jar", "jeep", "juice", "kettle", "key", "king",
    "kite", "knee", "knife", "ladder", "lake", "lamb", "lamp", "leaf", "leg", "lemon", "lion",
    "lip", "lizard", "lock", "magnet", "map", "melon", "milk", "mint", "mirror", "monkey", "moon",
    "mouse", "mouth", "mud", "nail", "neck", "needle", "nest", "net", "nose", "nut", "oak",
    "ocean", "onion", "orange", "owl", "pan", "panda", "paper", "park", "parrot", "pear", "pen",
    "pencil", "pepper", "piano", "pig", "pillow", "pin", "pipe", "pizza", "planet", "plate",
    "plum", "pocket", "pond", "pot", "potato", "pump", "puzzle", "queen", "rabbit", "radio",
    "rain", "ring", "river", "road", "robot", "rock", "rocket", "roof", "rope", "rose", "saddle",
    "salt", "sand", "scarf", "school", "sea", "seed", "sheep", "shell", "ship", "shirt", "shoe",
    "sink", "sky", "snail", "snow", "sock", "sofa", "soup", "spider", "sponge", "spoon", "square",
    "star", "stone", "sugar", "sun", "swan", "table", "tail", "tea", "tent", "tiger", "toe",
    "tomato", "tooth", "towel", "tower", "toy", "train", "tree", "truck", "tulip", "van", "vase",
    "violin", "wall", "watch", "water", "wave", "well", "whale", "wheel", "window", "wing", "wolf",
    "wood", "wool", "yard", "zebra", "zoo",
];

/// Four words (32 bits) and four digits (13 more): 45 bits, so making a key
/// whose fingerprint matches another's takes some 2^44 tries. It is for a
/// person's eye, not a proof; the key id inside each code is longer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    pub words: [&'static str; 4],
    pub digits: u16,
}

impl Fingerprint {
    /// The fingerprint of a key id's first six bytes.
    pub fn of(id: &[u8; 8]) -> Fingerprint {
        let digits = u16::from_be_bytes([id[4], id[5]]) % 10_000;
        Fingerprint {
            words: [id[0], id[1], id[2], id[3]].map(|b| WORDS[usize::from(b)]),
            digits,
        }
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [a, b, c, d] = self.words;
        write!(f, "{a} {b} {c} {d} {:04}", self.digits)
    }
}
