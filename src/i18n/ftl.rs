//! The part of Fluent's syntax that Waymark's translations use, parsed and
//! formatted here instead of by fluent-bundle, whose runtime (parser,
//! resolver, plural data for every CLDR locale, float formatting) was 40 KB
//! of the 200 KB brotli first-visit budget. tests/i18n.rs formats every
//! message of every language with fluent-bundle too and requires the same
//! text, so translators keep writing ordinary `.ftl` files.
//!
//! Supported: `#` comments, `id = text with { $variables }`, and a select on
//! one variable:
//!
//! ```ftl
//! goal-count = { $count ->
//!     [one] { $count } goal
//!    *[other] { $count } goals
//! }
//! ```
//!
//! where a key is a plural category, an exact number or a word. Anything
//! else is reported as an error with its line, and the message is left out.

use super::{plural, Lang};

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

/// A line the parser does not accept.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    pub line: usize,
    pub problem: &'static str,
}

enum Piece<'s> {
    Text(&'s str),
    Var(&'s str),
}

struct Variant<'s> {
    key: &'s str,
    pieces: Vec<Piece<'s>>,
}

enum Pattern<'s> {
    Plain(Vec<Piece<'s>>),
    Select {
        var: &'s str,
        variants: Vec<Variant<'s>>,
        default: usize,
    },
}

/// The messages of one or more files, in file order. A lookup walks the
/// list: a few hundred short ids, cheaper than the code a sort would add.
pub struct Messages<'s> {
    entries: Vec<(&'s str, Pattern<'s>)>,
}

impl<'s> Messages<'s> {
    /// Parses an `.ftl` file, keeping every message that parses.
    pub fn parse(source: &'s str) -> (Messages<'s>, Vec<ParseError>) {
        let mut entries = Vec::new();
        let mut errors = Vec::new();
        parse_into(source, message, &mut entries, &mut errors);
        (Messages { entries }, errors)
    }

    /// Reads files in the compact form build.rs writes: for each, its ids
    /// one a line, and its values in the same order, each starting a line as
    /// in an `.ftl` file but without its `id =`.
    pub fn compact(
        files: impl IntoIterator<Item = (&'s str, &'s str)>,
    ) -> (Messages<'s>, Vec<ParseError>) {
        let mut entries = Vec::new();
        let mut errors = Vec::new();
        for (ids, values) in files {
            let mut ids = ids.lines();
            let next_id = |value| {
                ids.next()
                    .map(|id| (id, value))
                    .ok_or((None, "a value without an id"))
            };
            parse_into(values, next_id, &mut entries, &mut errors);
        }
        (Messages { entries }, errors)
    }

    pub fn has(&self, id: &str) -> bool {
        self.find(id).is_some()
    }

    /// The message `id` with `args` filled in, or `None` if there is none.
    /// A missing argument shows as `{$name}`, as Fluent shows it.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let pieces = match self.find(id)? {
            Pattern::Plain(pieces) => pieces,
            Pattern::Select {
                var,
                variants,
                default,
            } => {
                let chosen = arg(args, var).and_then(|value| {
                    variants
                        .iter()
                        .position(|variant| key_matches(lang, variant.key, value))
                });
                &variants[chosen.unwrap_or(*default)].pieces
            }
        };
        let mut out = String::new();
        for piece in pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Var(name) => match arg(args, name) {
                    Some(Arg::Number(n)) => out.push_str(&lang.number(*n)),
                    Some(Arg::Text(text)) => out.push_str(text),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
            }
        }
        Some(out)
    }

    fn find(&self, id: &str) -> Option<&Pattern<'s>> {
        let index = self.entries.iter().position(|(entry, _)| *entry == id)?;
        Some(&self.entries[index].1)
    }
}

/// Parses one file's messages into `entries`, its problems into `errors`.
/// `head` splits the line that starts a message into its id and value.
fn parse_into<'s>(
    source: &'s str,
    mut head: impl FnMut(&'s str) -> Result<(&'s str, &'s str), Failure>,
    entries: &mut Vec<(&'s str, Pattern<'s>)>,
    errors: &mut Vec<ParseError>,
) {
    let mut lines = source.lines().enumerate().peekable();
    while let Some((index, line)) = lines.next() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let line_no = index + 1;
        let parsed = head(line).and_then(|(id, value)| match select_head(value) {
            Some(var) => {
                let mut body = std::iter::from_fn(|| lines.next_if(|(_, l)| !is_entry_start(l)));
                let pattern = select(var, &mut body);
                // After an error, skip the rest of the select, not report it too.
                body.for_each(drop);
                pattern.map(|p| (id, p))
            }
            None => inline(value).map(|pieces| (id, Pattern::Plain(pieces))),
        });
        match parsed {
            Ok(entry) => entries.push(entry),
            Err((line, problem)) => errors.push(ParseError {
                line: line.unwrap_or(line_no),
                problem,
            }),
        }
    }
}

type Failure = (Option<usize>, &'static str);

fn arg<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter()
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value)
}

/// Fluent's rule: a number matches its own value or its plural category.
fn key_matches(lang: Lang, key: &str, value: &Arg) -> bool {
    match value {
        Arg::Number(n) => key.parse() == Ok(*n) || key == plural::category(lang, *n),
        // A word matches a word key, never a number key.
        Arg::Text(text) => key.parse::<u64>().is_err() && key == text,
    }
}

/// A line at the left margin other than a select's closing `}` starts the
/// next entry, so one broken select cannot swallow the messages after it.
fn is_entry_start(line: &str) -> bool {
    !line.starts_with([' ', '\t', '}']) && !line.trim().is_empty()
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// `id = value` at the start of a line.
fn message(line: &str) -> Result<(&str, &str), Failure> {
    let (id, value) = line.split_once('=').ok_or((None, "expected `id = text`"))?;
    let id = id.trim_end();
    if !is_identifier(id) {
        return Err((None, "a message id is a letter, then letters, digits or -"));
    }
    // Fluent trims spaces around a pattern, not other white space.
    Ok((id, value.trim_matches(' ')))
}

/// The variable of a value that opens a select: `{ $count ->`.
fn select_head(value: &str) -> Option<&str> {
    let inner = value.strip_prefix('{')?.strip_suffix("->")?.trim();
    inner.strip_prefix('$').filter(|name| is_identifier(name))
}

/// Text with `{ $variable }` placeables, trimmed as Fluent trims it.
fn inline(text: &str) -> Result<Vec<Piece<'_>>, Failure> {
    let mut pieces = Vec::new();
    let mut rest = text.trim_matches(' ');
    if rest.is_empty() {
        return Err((None, "a message or variant needs text"));
    }
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').ok_or((None, "a { without }"))? + open;
        let name = rest[open + 1..close].trim().strip_prefix('$');
        let name = name
            .filter(|name| is_identifier(name))
            .ok_or((None, "only { $variable } placeables are supported"))?;
        if open > 0 {
            pieces.push(Piece::Text(&rest[..open]));
        }
        pieces.push(Piece::Var(name));
        rest = &rest[close + 1..];
    }
    if rest.contains('}') {
        return Err((None, "a } without {"));
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest));
    }
    Ok(pieces)
}

/// The variant lines of a select up to its closing `}`.
fn select<'s>(
    var: &'s str,
    body: impl Iterator<Item = (usize, &'s str)>,
) -> Result<Pattern<'s>, Failure> {
    let mut variants = Vec::new();
    let mut default = None;
    let mut last_line = None;
    for (index, line) in body {
        let line_no = Some(index + 1);
        last_line = line_no;
        let line = line.trim_matches(' ');
        if line.is_empty() {
            continue;
        }
        if line == "}" {
            let default = default.ok_or((line_no, "a select needs one *[default] variant"))?;
            return Ok(Pattern::Select {
                var,
                variants,
                default,
            });
        }
        let (is_default, line) = match line.strip_prefix('*') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let (key, text) = line
            .strip_prefix('[')
            .and_then(|rest| rest.split_once(']'))
            .ok_or((line_no, "expected a variant such as [one] text"))?;
        if is_default {
            if default.is_some() {
                return Err((line_no, "a select has only one *[default] variant"));
            }
            default = Some(variants.len());
        }
        let pieces = inline(text).map_err(|(_, problem)| (line_no, problem))?;
        variants.push(Variant {
            key: key.trim(),
            pieces,
        });
    }
    Err((last_line, "a select without its closing }"))
}
