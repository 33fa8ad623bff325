//! CLDR cardinal plural categories of the shipped languages, for whole
//! numbers (Waymark only counts things). tests/i18n.rs checks every rule
//! against the `intl_pluralrules` data that fluent-bundle uses.

use super::Lang;

/// The plural category of `n` in `lang`, as Fluent variant keys name it.
pub fn category(lang: Lang, n: u64) -> &'static str {
    let (last, last_two) = (n % 10, n % 100);
    let teen = (12..=14).contains(&last_two);
    match lang {
        Lang::En => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Es | Lang::Fr => {
            // French calls 0 and 1 singular; both name a million "many".
            let singular = n == 1 || (lang == Lang::Fr && n == 0);
            if singular {
                "one"
            } else if n != 0 && n.is_multiple_of(1_000_000) {
                "many"
            } else {
                "other"
            }
        }
        Lang::Pl => {
            if n == 1 {
                "one"
            } else if (2..=4).contains(&last) && !teen {
                "few"
            } else {
                "many"
            }
        }
        Lang::Uk | Lang::Ru => {
            if last == 1 && last_two != 11 {
                "one"
            } else if (2..=4).contains(&last) && !teen {
                "few"
            } else {
                "many"
            }
        }
        Lang::Ar => match (n, last_two) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        Lang::Fa => {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
    }
}
