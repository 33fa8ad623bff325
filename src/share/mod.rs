//! Everything that carries a plan off the device: the share code and its QR,
//! and the exports a case manager takes into their own systems. Pure Rust.

mod agency;
mod answer;
mod code;
mod crypto;
mod custody;
mod digits;
pub mod export;
mod file;
mod fingerprint;
mod import;
mod keyring;
mod offer_wire;
mod qr;
mod request;
pub mod scan;
mod sealed;
mod support_fhir;
mod wire;
pub mod words;

pub use agency::{
    agency_from_query, agency_name, connect_link, kiosk_setup_link, AgencyKey, BadAgencyName,
    KeyId, AGENCY_KEY_VERSION, CONNECT_MARKER, MAX_AGENCY_NAME_CHARS,
};
pub use answer::{
    answer_code_from_text, answer_file_contents, answer_is_protected, answer_link, decode_answer,
    encode_answer, make_answer, ANSWER_MARKER, ANSWER_VERSION,
};
pub use code::{
    code_from_deflated, crc32, decode, deflate_stored, encode, frame_code, is_protected,
    plan_bytes, Protection, ShareError, FORMAT_VERSION, MAX_PLAN_BYTES,
};
pub use custody::{CustodyProblem, Done, KeyCustody, KeyStore};
pub use file::{file_code, file_contents, read_file};
pub use fingerprint::Fingerprint;
pub use import::{ImportSession, Openable, Opening, Read, PIN_TRIES};
pub use keyring::{
    passphrase_is_long_enough, AgencySecret, HeldKey, KeyFile, KeyFileError, Keyring, ListedKey,
    NewKeyError, KEY_FILE_ROUNDS, KEY_FILE_VERSION, MIN_PASSPHRASE_CHARS, ROUNDS_ACCEPTED,
};
pub use qr::{answer_qr, connect_qr, qr_svg, share_qr, QR_ECC, QR_MAX_VERSION};
pub use request::{
    chosen_pin, make_share, pin_is_long_enough, PinTooShort, ShareOutcome, ShareRequest,
    MIN_PIN_CHARS,
};
pub use sealed::{
    frame_sealed, hpke_open, hpke_seal, is_sealed, open_sealed, seal_deflated, seal_deflated_with,
    sealed_body, sealed_to, SealedTo, SEALED_VERSION,
};

/// The randomness traits sealing takes ([`seal_deflated_with`]), for tests
/// that give their own.
pub use hpke::rand_core as hpke_rand;

/// The case manager's page, in the app's folder. It is a module of its own,
/// so a client's phone never downloads the code that opens plans.
pub const CASE_MANAGER_PAGE: &str = "open/";

/// What follows the case manager's page in a share link:
/// `<app>/open/#i/<code>`.
pub const LINK_MARKER: &str = "#i/";

/// What follows the client's app in a "continue it here" link:
/// `<app>/#continue/<code>`. The case manager's page offers it when a share
/// link is opened on the client's own phone.
pub const CONTINUE_MARKER: &str = "#continue/";

/// The client's app, from the address of the case manager's page in it.
pub fn app_of_page(page_url: &str) -> &str {
    let page = CASE_MANAGER_PAGE.trim_end_matches('/');
    let url = page_url.trim_end_matches('/');
    url.strip_suffix(page)
        .map_or(url, |app| app.trim_end_matches('/'))
}

/// The link that opens a code straight on the case manager's page.
pub fn share_link(app_url: &str, code: &str) -> String {
    let app = app_url.trim_end_matches('/');
    format!("{app}/{CASE_MANAGER_PAGE}{LINK_MARKER}{code}")
}

/// A link as a person can read it on paper: no scheme, and the code cut
/// to its first digits (`waymark.example/open/#i/WM3-0123456…`). It names
/// where the plan opens; the QR code above it carries the whole link.
pub fn short_link(link: &str) -> String {
    const KEPT_CODE_CHARS: usize = 11;
    let bare = link.split_once("://").map_or(link, |(_, rest)| rest);
    let marked = [LINK_MARKER, ANSWER_MARKER]
        .into_iter()
        .find_map(|marker| Some(bare.find(marker)? + marker.len()));
    let Some(at) = marked else {
        return bare.to_owned();
    };
    let (place, code) = bare.split_at(at);
    let cut: String = code.chars().take(KEPT_CODE_CHARS).collect();
    let more = if cut.len() < code.len() { "…" } else { "" };
    format!("{place}{cut}{more}")
}

/// The code inside a pasted link, or the pasted text itself. Whitespace is
/// dropped, since SMS and e-mail wrap long lines.
pub fn code_from_text(text: &str) -> String {
    let text = text
        .find(LINK_MARKER)
        .map_or(text, |at| &text[at + LINK_MARKER.len()..]);
    text.chars().filter(|c| !c.is_whitespace()).collect()
}
