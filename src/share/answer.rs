//! The case manager's answer as a code: framed, checked and protected as a
//! plan's code is (`share::code`), under a prefix of its own, so that each
//! is refused in the other's place with a message that says what it is.
//!
//! ```text
//! WA2-<digits>
//! body = deflate(postcard(AnswerV2)), or salt | ChaCha20-Poly1305(..) with
//!        the plan's PIN
//! AnswerV2 = AnswerV1 | Option<agency's key { name, public }>
//! ```
//!
//! Format 1 (`WA1-`, no agency's key) is read forever.

use miniz_oxide::deflate::compress_to_vec;
use serde::{Deserialize, Serialize};

use super::agency::{AgencyKey, AgencyKeyV1};
use super::code::{framed_body, open_frame, Kind, Protection, ShareError};
use super::offer_wire::OfferWire;
use super::wire::{base_day, strictly, time_from_wire, BadValue};
use super::ShareOutcome;
use crate::model::{check_input_size, Answer, Proposal};

/// The answer format this build writes and the newest it reads.
pub const ANSWER_VERSION: u32 = 2;

pub(super) const ANSWER: Kind = Kind {
    prefix: "WA",
    newest: ANSWER_VERSION,
};

/// What follows the client's app in an answer's link:
/// `<app>/#answer/<code>`. It opens on the client's own device.
pub const ANSWER_MARKER: &str = "#answer/";

#[derive(Serialize, Deserialize)]
struct AnswerV1 {
    plan: String,
    from: String,
    /// Milliseconds since 1970, UTC.
    made: i64,
    lang: String,
    proposals: Vec<ProposalV1>,
}

/// Format 2: format 1 and, when the case manager sent it, the agency's
/// public key.
#[derive(Serialize, Deserialize)]
struct AnswerV2 {
    base: AnswerV1,
    agency: Option<AgencyKeyV1>,
}

#[derive(Serialize, Deserialize)]
struct ProposalV1 {
    goal: Option<u32>,
    /// Its meeting's day counts from the day the answer was made.
    offer: OfferWire,
}

/// Makes the code of an answer; with the plan's PIN when the plan had one.
pub fn encode_answer(answer: &Answer, protection: Protection) -> Result<String, ShareError> {
    let base = answer.made.date_naive().to_epoch_days();
    let agency = match &answer.agency {
        Some(code) => Some(AgencyKey::from_code(code)?.wire()),
        None => None,
    };
    let base = AnswerV1 {
        plan: answer.plan.clone(),
        from: answer.from.clone(),
        made: answer.made.timestamp_millis(),
        lang: answer.lang.clone(),
        proposals: answer
            .proposals
            .iter()
            .map(|p| ProposalV1 {
                goal: p.goal,
                offer: OfferWire::from_offer(&p.offer, base),
            })
            .collect(),
    };
    let wire = AnswerV2 { base, agency };
    let packed = postcard::to_allocvec(&wire).map_err(|_| ShareError::TooLarge)?;
    framed_body(&ANSWER, &compress_to_vec(&packed, 10), protection)
}

/// Reads an answer's code, checking everything a plan's code is checked
/// for, the answer last with `Answer::validate`.
pub fn decode_answer(code: &str, pin: Option<&str>) -> Result<Answer, ShareError> {
    let (version, packed) = open_frame(&ANSWER, code, pin)?;
    let wire = match version {
        1 => strictly::<AnswerV1>(&packed).map(|base| AnswerV2 { base, agency: None }),
        _ => strictly::<AnswerV2>(&packed),
    };
    let answer = wire
        .and_then(|wire| answer_from_wire(wire).ok())
        .ok_or(ShareError::Damaged)?;
    answer.validate().map_err(ShareError::Invalid)?;
    Ok(answer)
}

/// Whether an answer's code needs the plan's PIN.
pub fn answer_is_protected(code: &str) -> Result<bool, ShareError> {
    match decode_answer(code, None) {
        Err(ShareError::PinNeeded) => Ok(true),
        Err(error) => Err(error),
        Ok(_) => Ok(false),
    }
}

/// The link that opens an answer in the client's app.
pub fn answer_link(app_url: &str, code: &str) -> String {
    let app = app_url.trim_end_matches('/');
    format!("{app}/{ANSWER_MARKER}{code}")
}

/// The answer's code in a pasted link, a file's contents or the code itself
/// (whitespace dropped, as SMS wraps it).
pub fn answer_code_from_text(text: &str) -> String {
    if let Some(code) = answer_file_code(text) {
        return code;
    }
    let text = text
        .find(ANSWER_MARKER)
        .map_or(text, |at| &text[at + ANSWER_MARKER.len()..]);
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// An answer's file: its format and the code (which is all it needs, and
/// keeps the PIN's protection when there is one).
#[derive(Serialize, Deserialize)]
struct AnswerFile {
    waymark_answer: u32,
    code: String,
}

/// What an answer's file holds.
pub fn answer_file_contents(code: &str) -> String {
    let file = AnswerFile {
        waymark_answer: ANSWER_VERSION,
        code: code.to_owned(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

fn answer_file_code(text: &str) -> Option<String> {
    check_input_size(text).ok()?;
    serde_json::from_str::<AnswerFile>(text.trim())
        .ok()
        .map(|f| f.code)
}

fn answer_from_wire(AnswerV2 { base: wire, agency }: AnswerV2) -> Result<Answer, BadValue> {
    let agency = match agency {
        Some(key) => Some(AgencyKey::from_wire(key).ok_or(BadValue)?.code()),
        None => None,
    };
    let base = base_day(wire.made)?;
    Ok(Answer {
        agency,
        plan: wire.plan,
        from: wire.from,
        made: time_from_wire(wire.made)?,
        lang: wire.lang,
        proposals: wire
            .proposals
            .into_iter()
            .map(|p| {
                Ok(Proposal {
                    goal: p.goal,
                    offer: p.offer.into_offer(base)?,
                })
            })
            .collect::<Result<_, BadValue>>()?,
    })
}

/// Makes an answer's code, its link into the client's app and its QR: with
/// the plan's PIN when the plan had one (`salt` fresh for this code).
pub fn make_answer(
    answer: &Answer,
    pin: Option<&str>,
    salt: [u8; super::crypto::SALT_LEN],
    app_url: &str,
) -> Result<ShareOutcome, ShareError> {
    let protection = match pin {
        Some(pin) => Protection::Pin { pin, salt },
        None => Protection::None,
    };
    let code = encode_answer(answer, protection)?;
    Ok(ShareOutcome {
        link: answer_link(app_url, &code),
        qr_svg: super::answer_qr(app_url, &code).map(|qr| super::qr_svg(&qr)),
        code,
        protected: pin.is_some(),
    })
}
