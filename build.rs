//! Writes each message file in the compact form the app embeds (see
//! `MessageFile` in src/i18n/mod.rs): the ids once, in the English file's
//! order, and for every language only its values, in that order, without
//! comments. Eight languages repeating every id cost each client's first
//! visit about 4 KiB. The .ftl files stay the source that translators edit
//! and the tests read; the tests check that the compact form reads the same.

use std::fs;
use std::path::Path;

const FILES: [&str; 2] = ["main", "case-manager"];

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir).join("locales");
    let mut langs: Vec<String> = fs::read_dir("locales")
        .expect("the locales folder")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    langs.sort();
    for stem in FILES {
        let english = read(&format!("locales/en/{stem}.ftl"));
        let ids: Vec<&str> = entries(&english).into_iter().map(|(id, _)| id).collect();
        write(&out.join(format!("{stem}.ids")), &ids.join("\n"));
        for lang in &langs {
            let source = read(&format!("locales/{lang}/{stem}.ftl"));
            let messages = entries(&source);
            // A missing translation shows its id, as the app shows any
            // missing message; the tests fail on it.
            let values: Vec<String> = ids
                .iter()
                .map(|id| {
                    messages
                        .iter()
                        .find(|(m, _)| m == id)
                        .map_or_else(|| (*id).to_owned(), |(_, value)| value.clone())
                })
                .collect();
            write(
                &out.join(lang).join(format!("{stem}.values")),
                &values.join("\n"),
            );
        }
    }
}

/// The messages of an .ftl file, in order: each id, and its value with the
/// lines that continue it (a select's variants and closing brace).
fn entries(source: &str) -> Vec<(&str, String)> {
    let mut entries: Vec<(&str, String)> = Vec::new();
    for line in source.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with([' ', '\t', '}']) {
            if let Some((_, value)) = entries.last_mut() {
                value.push('\n');
                value.push_str(line);
            }
        } else if let Some((id, value)) = line.split_once('=') {
            let value = value.trim_matches(' ');
            // The compact reader finds a value by its line, and skips lines
            // that read as a comment or a continuation.
            assert!(
                !value.is_empty() && !value.starts_with(['\t', '}', '#']),
                "{id}: a value must follow `=` on its line, and not start with \t, }} or #"
            );
            entries.push((id.trim(), value.to_owned()));
        }
    }
    entries
}

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().expect("a folder")).expect("OUT_DIR is writable");
    fs::write(path, text).expect("OUT_DIR is writable");
}
