//! Languages: which ones ship, which one a reader gets, and their messages.
//! Messages are Fluent (`locales/<lang>/<file>.ftl`, as translators write
//! them) formatted by fluent-bundle; the UI asks for them by literal id.
//! No browser types: the pages fetch the text of one language's files and
//! hand it to [`Localizer::from_sources`].

use std::borrow::Cow;

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

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

/// One message file, `locales/<lang>/<name>.ftl`, in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MessageFile {
    /// The file's name, without `.ftl`.
    pub name: &'static str,
}

/// The client's messages.
pub const MAIN: MessageFile = MessageFile { name: "main" };

/// The case manager's page's own messages: only that page loads them.
pub const CASE_MANAGER: MessageFile = MessageFile {
    name: "case-manager",
};

/// Every message file.
pub const MESSAGE_FILES: [MessageFile; 2] = [MAIN, CASE_MANAGER];

/// The files the client's app shows.
pub const CLIENT_FILES: &[MessageFile] = &[MAIN];

/// The files the case manager's page shows: the client's words for the plan
/// (parts, areas, suggestions) and its own.
pub const CASE_MANAGER_FILES: &[MessageFile] = &[MAIN, CASE_MANAGER];

impl MessageFile {
    /// Where the file is in the repository, such as `locales/pl/main.ftl`.
    pub fn path(self, lang: Lang) -> String {
        format!("locales/{}/{}.ftl", lang.code(), self.name)
    }
}

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

/// The language a page starts in: the one last chosen on this device, else
/// the device's default (set by staff), else the first shipped language the
/// browser prefers.
pub fn starting_lang<S: AsRef<str>>(
    saved: Option<Lang>,
    device_default: Option<&str>,
    preferred: &[S],
) -> Lang {
    saved
        .or_else(|| device_default.and_then(Lang::from_tag))
        .unwrap_or_else(|| negotiate(preferred))
}

/// A value given to a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number(u64),
    Text(String),
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as u64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(n.into())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

/// Numbers in a message, written in Persian digits: fluent-bundle calls
/// this for every value it formats in a Persian bundle.
fn persian_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(to_native_digits(&number.as_string())),
        _ => None,
    }
}

/// The messages of one language, ready to format.
pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    /// The messages of `lang` from the text of its `.ftl` files (fetched by
    /// a page, or read from disk). What does not parse is left out and
    /// reported, one line per problem; the messages that parse are kept.
    pub fn from_sources(
        lang: Lang,
        sources: impl IntoIterator<Item = String>,
    ) -> (Localizer, Vec<String>) {
        let locale: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![locale]);
        // NUMBER(), which translators may use; adding it to a new bundle
        // cannot clash with anything.
        let _ = bundle.add_builtins();
        // The client's own words are isolated by <bdi> in the page; marks in
        // the text would end up in exports, copied text and file names.
        bundle.set_use_isolating(false);
        if lang.native_digits() {
            bundle.set_formatter(Some(persian_number));
        }
        let mut problems = Vec::new();
        for source in sources {
            let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, errors)| {
                problems.extend(errors.iter().map(|e| format!("{lang:?}: {e}")));
                partial
            });
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(errors.iter().map(|e| format!("{lang:?}: {e}")));
            }
        }
        (Localizer { lang, bundle }, problems)
    }

    /// The messages of `files` in `lang`, built into the binary: for tests
    /// and tools. The pages never call it (that would put every language in
    /// a first visit); they fetch one (see `ui::messages`).
    pub fn embedded(lang: Lang, files: &[MessageFile]) -> Localizer {
        let sources = files
            .iter()
            .map(|file| embedded_source(lang, *file).to_owned());
        Localizer::from_sources(lang, sources).0
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
        self.try_format(id, args)
            .map_or_else(|| id.to_owned(), Cow::into_owned)
    }

    /// A message with arguments, or `None` when there is no such message or
    /// it does not format without errors (for tests).
    pub fn try_format(&self, id: &str, args: &[(&str, Arg)]) -> Option<Cow<'_, str>> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            }
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        errors.is_empty().then_some(text)
    }

    /// An attribute of a message (`id.name` in Fluent), for tests.
    pub fn attribute(&self, id: &str, name: &str) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.get_attribute(name)?.value();
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, None, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// A message with one number, for plurals such as "3 strengths".
    pub fn count(&self, id: &str, count: usize) -> String {
        self.format(id, &[("count", Arg::from(count))])
    }

    /// A whole number in the reader's digits, as the messages write it.
    pub fn number(&self, n: u64) -> String {
        let value = FluentValue::from(n);
        persian_number(&value, &())
            .filter(|_| self.lang.native_digits())
            .unwrap_or_else(|| n.to_string())
    }

    /// Whether this language has a message, for tests and fallbacks.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

/// The text of one message file, built into the binary (see
/// [`Localizer::embedded`]).
pub fn embedded_source(lang: Lang, file: MessageFile) -> &'static str {
    macro_rules! files_of {
        ($lang:literal) => {
            match file.name {
                "main" => include_str!(concat!("../../locales/", $lang, "/main.ftl")),
                _ => include_str!(concat!("../../locales/", $lang, "/case-manager.ftl")),
            }
        };
    }
    match lang {
        Lang::En => files_of!("en"),
        Lang::Pl => files_of!("pl"),
        Lang::Es => files_of!("es"),
        Lang::Uk => files_of!("uk"),
        Lang::Ar => files_of!("ar"),
        Lang::Fr => files_of!("fr"),
        Lang::Ru => files_of!("ru"),
        Lang::Fa => files_of!("fa"),
    }
}
