//! Languages: which ones ship, which one a reader gets, and their messages.
//! Plain Rust over Fluent's file format; the UI asks for messages by literal id.

mod ftl;
mod plural;

pub use ftl::{Arg, Messages, ParseError};
pub use plural::category as plural_category;

/// A shipped language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Pl,
    Es,
    Uk,
    Ar,
    Fr,
    Ru,
    Fa,
}

/// Which way a language's text runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Lang {
    /// Every shipped language, in the order of the picker.
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::Es,
        Lang::Fr,
        Lang::Pl,
        Lang::Uk,
        Lang::Ru,
        Lang::Ar,
        Lang::Fa,
    ];

    /// The BCP 47 tag.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
            Lang::Es => "es",
            Lang::Uk => "uk",
            Lang::Ar => "ar",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Fa => "fa",
        }
    }

    /// The language's name in itself, as the picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Pl => "Polski",
            Lang::Es => "Español",
            Lang::Uk => "Українська",
            Lang::Ar => "العربية",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Fa => "فارسی",
        }
    }

    /// Whether numbers are written with the language's own digits
    /// (Persian ۰۱۲۳۴۵۶۷۸۹) rather than 0123456789.
    pub fn native_digits(self) -> bool {
        matches!(self, Lang::Fa)
    }

    /// A whole number in this language's digits.
    pub fn number(self, n: u64) -> String {
        if self.native_digits() {
            to_native_digits(&n.to_string())
        } else {
            n.to_string()
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Lang::Ar | Lang::Fa => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// The shipped language of a tag such as `pl` or `pl-PL`, if any.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        // Dari (Afghanistan) reads Persian text without trouble.
        let primary = if primary == "prs" {
            "fa".to_owned()
        } else {
            primary
        };
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// The compact form of one message file in a language, from build.rs.
macro_rules! values_of {
    ($stem:literal) => {
        |lang: Lang| match lang {
            Lang::En => include_str!(concat!(env!("OUT_DIR"), "/locales/en/", $stem, ".values")),
            Lang::Pl => include_str!(concat!(env!("OUT_DIR"), "/locales/pl/", $stem, ".values")),
            Lang::Es => include_str!(concat!(env!("OUT_DIR"), "/locales/es/", $stem, ".values")),
            Lang::Uk => include_str!(concat!(env!("OUT_DIR"), "/locales/uk/", $stem, ".values")),
            Lang::Ar => include_str!(concat!(env!("OUT_DIR"), "/locales/ar/", $stem, ".values")),
            Lang::Fr => include_str!(concat!(env!("OUT_DIR"), "/locales/fr/", $stem, ".values")),
            Lang::Ru => include_str!(concat!(env!("OUT_DIR"), "/locales/ru/", $stem, ".values")),
            Lang::Fa => include_str!(concat!(env!("OUT_DIR"), "/locales/fa/", $stem, ".values")),
        }
    };
}

/// One message file (`locales/<lang>/<name>.ftl`) of every language,
/// embedded so that the app needs no request after load, in the compact
/// form build.rs writes: the ids once, then each language's values in the
/// same order.
#[derive(Clone, Copy)]
pub struct MessageFile {
    /// The file's name, without `.ftl`.
    pub name: &'static str,
    /// The message ids, one a line, in the English file's order.
    ids: &'static str,
    /// The values in a language, in the order of `ids`.
    values: fn(Lang) -> &'static str,
}

/// The client's messages.
pub const MAIN: MessageFile = MessageFile {
    name: "main",
    ids: include_str!(concat!(env!("OUT_DIR"), "/locales/main.ids")),
    values: values_of!("main"),
};

/// The case manager's page's own messages. Only that page refers to them,
/// so only its module embeds them.
pub const CASE_MANAGER: MessageFile = MessageFile {
    name: "case-manager",
    ids: include_str!(concat!(env!("OUT_DIR"), "/locales/case-manager.ids")),
    values: values_of!("case-manager"),
};

/// Every message file.
pub const MESSAGE_FILES: [MessageFile; 2] = [MAIN, CASE_MANAGER];

/// The files the client's app shows.
pub const CLIENT_FILES: &[MessageFile] = &[MAIN];

/// The files the case manager's page shows: the client's words for the plan
/// (parts, areas, suggestions) and its own.
pub const CASE_MANAGER_FILES: &[MessageFile] = &[MAIN, CASE_MANAGER];

/// Western digits as Persian ones, everything else unchanged.
pub fn to_native_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x06F0 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// The first shipped language among the reader's preferences (such as
/// `navigator.languages`), or English.
pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
    preferred
        .iter()
        .find_map(|tag| Lang::from_tag(tag.as_ref()))
        .unwrap_or(Lang::En)
}

/// The messages of one language, ready to format. Only the active language is
/// parsed; the others stay as embedded text.
pub struct Localizer {
    lang: Lang,
    files: &'static [MessageFile],
    messages: Messages<'static>,
}

impl Localizer {
    /// The client's messages in `lang`.
    pub fn new(lang: Lang) -> Localizer {
        Localizer::with_files(lang, CLIENT_FILES)
    }

    /// The messages of `files` in `lang`.
    pub fn with_files(lang: Lang, files: &'static [MessageFile]) -> Localizer {
        // A broken message is left out (and shows its id); the tests keep
        // there being none.
        let (messages, _errors) =
            Messages::compact(files.iter().map(|file| (file.ids, (file.values)(lang))));
        Localizer {
            lang,
            files,
            messages,
        }
    }

    /// The same messages in another language.
    pub fn in_lang(&self, lang: Lang) -> Localizer {
        Localizer::with_files(lang, self.files)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with arguments. A missing message shows its id, so a gap is
    /// visible rather than blank.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.messages
            .format(self.lang, id, args)
            .unwrap_or_else(|| id.to_owned())
    }

    /// A message with one number, for plurals such as "3 strengths".
    pub fn count(&self, id: &str, count: usize) -> String {
        self.format(id, &[("count", Arg::from(count))])
    }

    /// Whether this language has a message, for tests and fallbacks.
    pub fn has(&self, id: &str) -> bool {
        self.messages.has(id)
    }
}
