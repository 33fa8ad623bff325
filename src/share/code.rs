//! The share code, format 3 (formats 1 and 2 are the same frame around the
//! plan's older wire forms, and are read forever):
//!
//! ```text
//! WM3-<digits>
//! digits = frame as decimal digits (see `digits`)
//! frame  = flags(1) | body length (LEB128) | body | CRC-32 of all before (4, LE)
//! body   = deflate(postcard(PlanV3))                    when flags & 1 == 0
//!        = salt(16) | ChaCha20-Poly1305(deflate(..))     when flags & 1 == 1
//! ```
//!
//! The prefix names the format before anything is parsed, so a newer code is
//! refused with its own message. The length finds truncation, the CRC finds
//! damage before any decryption, so a failing tag can only mean a wrong PIN.
//!
//! Reading is strict, so that one plan has one code and nothing can be hidden
//! in slack: the prefix is exactly `WM3-`, `WM2-` or `WM1-` (it is outside the CRC), every
//! number is in its shortest form (digits, LEB128, postcard's varints), and
//! nothing may follow the frame, the final deflate block or the plan. Only
//! deflate itself has many spellings (the browser's and miniz_oxide's streams
//! differ, and both open), and a PIN's random salt makes each protected code
//! new.

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::core::inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;
use thiserror::Error;

use super::agency::AGENCY;
use super::answer::ANSWER;
use super::crypto::{self, SALT_LEN, TAG_LEN};
use super::digits::{from_digits, to_digits};
use super::sealed::{is_sealed, sealed_to, SealedTo, SEALED};
use super::wire::PlanV3;
use crate::model::{check_input_size, Plan, ValidationError, MAX_PLAN_SIZE};

/// The format this build writes; it reads this one and every one before it.
pub const FORMAT_VERSION: u32 = 3;

/// A kind of code: its prefix and the newest format this build knows. The
/// case manager's answer (`share::answer`) is framed as a plan is, under a
/// prefix of its own.
pub(super) struct Kind {
    pub prefix: &'static str,
    pub newest: u32,
}

pub(super) const PLAN: Kind = Kind {
    prefix: "WM",
    newest: FORMAT_VERSION,
};
/// No plan a person writes comes near this; a code that inflates past it is
/// refused (the zip-bomb cap of the EU COVID certificate, for the same reason).
pub const MAX_PLAN_BYTES: usize = 512 * 1024;
const FLAG_PROTECTED: u8 = 1;

// A valid plan's binary form is at most its size (model::Plan::size), so
// every plan that passes the gate can be shared.
const _: () = assert!(MAX_PLAN_SIZE <= MAX_PLAN_BYTES);

/// How a code is protected.
pub enum Protection<'a> {
    None,
    /// A PIN or passphrase, and a fresh random salt for this one code.
    Pin {
        pin: &'a str,
        salt: [u8; SALT_LEN],
    },
}

/// Why a text is not a plan. Each has its own message for the reader.
#[derive(Debug, Error, PartialEq)]
pub enum ShareError {
    #[error("this is not a Waymark code")]
    NotACode,
    #[error("the code is damaged")]
    Damaged,
    #[error("the code is incomplete")]
    Truncated,
    #[error("the code was made by a newer Waymark (format {0})")]
    TooNew(u32),
    #[error("the code is protected by a PIN")]
    PinNeeded,
    /// Also for a PIN with a control character, which matches no code and
    /// makes none (see `crypto::typed_pin`).
    #[error("the PIN does not match")]
    WrongPin,
    #[error("the PIN is too short")]
    PinTooShort,
    /// A code text longer than `model::MAX_INPUT_BYTES`, or one that
    /// inflates past [`MAX_PLAN_BYTES`].
    #[error("the plan is too large")]
    TooLarge,
    #[error("the plan inside is not valid: {0:?}")]
    Invalid(Vec<ValidationError>),
    /// A case manager's answer where a plan was expected.
    #[error("this is an answer to a plan, not a plan")]
    IsAnAnswer,
    /// A plan where a case manager's answer was expected.
    #[error("this is a plan, not an answer")]
    IsAPlan,
    /// A plan sealed to an agency's key (`share::sealed`), and none of the
    /// keys at hand is it.
    #[error("the plan is sealed to {}'s key", .0.agency)]
    Sealed(SealedTo),
    /// An agency's key (`share::agency`) where a plan or an answer was
    /// expected.
    #[error("this is an agency's key, not a plan")]
    IsAnAgencyKey,
}

/// Makes the share code of a plan.
pub fn encode(plan: &Plan, protection: Protection) -> Result<String, ShareError> {
    code_from_deflated(&compress_to_vec(&plan_bytes(plan)?, 10), protection)
}

/// A plan's binary form (postcard of `PlanV3`), before it is deflated. The
/// web app has the browser deflate it (`ui::deflate_raw`), so that no
/// compressor is in every client's first visit; [`encode`] is the same with
/// miniz_oxide.
pub fn plan_bytes(plan: &Plan) -> Result<Vec<u8>, ShareError> {
    let packed = postcard::to_allocvec(&PlanV3::from(plan)).map_err(|_| ShareError::TooLarge)?;
    if packed.len() > MAX_PLAN_BYTES {
        return Err(ShareError::TooLarge);
    }
    Ok(packed)
}

/// The share code of a plan's bytes once deflated (raw deflate, RFC 1951).
pub fn code_from_deflated(deflated: &[u8], protection: Protection) -> Result<String, ShareError> {
    framed_body(&PLAN, deflated, protection)
}

/// A code of any kind for its deflated body, sealed with a PIN if asked.
pub(super) fn framed_body(
    kind: &Kind,
    deflated: &[u8],
    protection: Protection,
) -> Result<String, ShareError> {
    let (flags, body) = match protection {
        Protection::None => (0, deflated.to_vec()),
        Protection::Pin { pin, salt } => {
            let sealed = crypto::seal(pin, &salt, deflated).ok_or(ShareError::WrongPin)?;
            (FLAG_PROTECTED, [salt.as_slice(), &sealed].concat())
        }
    };
    Ok(frame_of(kind, flags, &body))
}

/// Raw deflate that stores its input as it is (RFC 1951, section 3.2.4),
/// for a browser that cannot compress: the code is longer, and opens the same.
pub fn deflate_stored(data: &[u8]) -> Vec<u8> {
    let blocks: Vec<&[u8]> = if data.is_empty() {
        vec![data]
    } else {
        data.chunks(u16::MAX.into()).collect()
    };
    let mut out = Vec::with_capacity(data.len() + 5 * blocks.len());
    for (i, block) in blocks.iter().enumerate() {
        // BFINAL on the last block, BTYPE 00 (stored), then LEN and its
        // one's complement, little-endian.
        out.push(u8::from(i + 1 == blocks.len()));
        let len = block.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(block);
    }
    out
}

/// Wraps a body in the frame and the text of the current format. Public so
/// that tests can build codes with hostile bodies that still pass the CRC.
pub fn frame_code(flags: u8, body: &[u8]) -> String {
    frame_of(&PLAN, flags, body)
}

pub(super) fn frame_of(kind: &Kind, flags: u8, body: &[u8]) -> String {
    let mut frame = vec![flags];
    push_leb128(&mut frame, body.len());
    frame.extend_from_slice(body);
    let crc = crc32(&frame);
    frame.extend_from_slice(&crc.to_le_bytes());
    format!("{}{}-{}", kind.prefix, kind.newest, to_digits(&frame))
}

/// Whether a code needs a PIN, so the reader can be asked before decoding.
pub fn is_protected(code: &str) -> Result<bool, ShareError> {
    Ok(read_frame(&PLAN, code)?.flags & FLAG_PROTECTED != 0)
}

/// Reads a share code back into a plan, checking everything on the way, the
/// plan last with `Plan::validate`. A code text over `model::MAX_INPUT_BYTES`
/// is refused before any work.
///
/// A sealed code is checked whole and refused as `ShareError::Sealed`:
/// only `share::open_sealed`, with the agency's keys, opens it.
pub fn decode(code: &str, pin: Option<&str>) -> Result<Plan, ShareError> {
    if is_sealed(code) {
        return Err(ShareError::Sealed(sealed_to(code)?));
    }
    let (version, packed) = open_frame(&PLAN, code, pin)?;
    plan_from_packed(version, &packed)
}

/// The plan in a code's deflated body, of share format `version`.
pub(super) fn plan_from_deflated(version: u32, deflated: &[u8]) -> Result<Plan, ShareError> {
    plan_from_packed(version, &inflate(deflated)?)
}

fn plan_from_packed(version: u32, packed: &[u8]) -> Result<Plan, ShareError> {
    let wire = PlanV3::from_bytes(version, packed).ok_or(ShareError::Damaged)?;
    // Not mended as a draft's clock is (`Plan::mend_clock`): a code reads
    // as exactly one plan, or not at all.
    let plan = Plan::try_from(wire).map_err(|_| ShareError::Damaged)?;
    plan.validate().map_err(ShareError::Invalid)?;
    Ok(plan)
}

/// A code's format and its body, opened with the PIN if it has one and
/// inflated: the bytes its wire form is read from.
pub(super) fn open_frame(
    kind: &Kind,
    code: &str,
    pin: Option<&str>,
) -> Result<(u32, Vec<u8>), ShareError> {
    let Frame {
        version,
        flags,
        body,
    } = read_frame(kind, code)?;
    let compressed = if flags & FLAG_PROTECTED != 0 {
        let pin = pin
            .filter(|p| !p.trim().is_empty())
            .ok_or(ShareError::PinNeeded)?;
        if body.len() < SALT_LEN + TAG_LEN {
            return Err(ShareError::Damaged);
        }
        let (salt, sealed) = body.split_at(SALT_LEN);
        crypto::open(pin, salt, sealed).ok_or(ShareError::WrongPin)?
    } else {
        body
    };
    Ok((version, inflate(&compressed)?))
}

/// Raw deflate back to the plan's bytes, at most [`MAX_PLAN_BYTES`] of them,
/// with nothing after the final block.
fn inflate(deflated: &[u8]) -> Result<Vec<u8>, ShareError> {
    let flags = TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out = vec![0; deflated.len().saturating_mul(2).clamp(64, MAX_PLAN_BYTES)];
    let mut state = Box::<DecompressorOxide>::default();
    let (mut read, mut written) = (0, 0);
    loop {
        let (status, consumed, produced) =
            decompress(&mut state, &deflated[read..], &mut out, written, flags);
        read += consumed;
        written += produced;
        match status {
            TINFLStatus::Done if read == deflated.len() => {
                out.truncate(written);
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput if out.len() < MAX_PLAN_BYTES => {
                out.resize((out.len() * 2).min(MAX_PLAN_BYTES), 0);
            }
            TINFLStatus::HasMoreOutput => return Err(ShareError::TooLarge),
            _ => return Err(ShareError::Damaged),
        }
    }
}

/// What a code's frame holds, checked.
pub(super) struct Frame {
    /// The format: 1 or [`FORMAT_VERSION`].
    pub version: u32,
    pub flags: u8,
    pub body: Vec<u8>,
}

/// Checks the size, prefix, version, length and CRC. A whole code of the
/// other kind, pasted or scanned in the wrong place, is named as such.
pub(super) fn read_frame(kind: &Kind, code: &str) -> Result<Frame, ShareError> {
    match read_frame_of(kind, code) {
        Err(ShareError::NotACode) => {
            let others = [
                (&PLAN, ShareError::IsAPlan),
                (&SEALED, ShareError::IsAPlan),
                (&ANSWER, ShareError::IsAnAnswer),
                (&AGENCY, ShareError::IsAnAgencyKey),
            ];
            Err(others
                .into_iter()
                .find(|(other, _)| {
                    other.prefix != kind.prefix && read_frame_of(other, code).is_ok()
                })
                .map_or(ShareError::NotACode, |(_, error)| error))
        }
        read => read,
    }
}

fn read_frame_of(kind: &Kind, code: &str) -> Result<Frame, ShareError> {
    check_input_size(code).map_err(|_| ShareError::TooLarge)?;
    let code = code.trim();
    let rest = code.strip_prefix(kind.prefix).ok_or(ShareError::NotACode)?;
    let (version, digits) = rest.split_once('-').ok_or(ShareError::NotACode)?;
    // Decimal without leading zeros: `WM01-` is no format's prefix.
    if !version.starts_with(|c: char| ('1'..='9').contains(&c))
        || !version.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(ShareError::NotACode);
    }
    let version = match version.parse::<u32>() {
        Ok(known) if (1..=kind.newest).contains(&known) => known,
        newer => return Err(ShareError::TooNew(newer.unwrap_or(u32::MAX))),
    };
    if digits.is_empty() {
        return Err(ShareError::Truncated);
    }
    let frame = from_digits(digits).ok_or(if digits.bytes().all(|b| b.is_ascii_digit()) {
        ShareError::Truncated
    } else {
        ShareError::Damaged
    })?;
    let (&flags, after_flags) = frame.split_first().ok_or(ShareError::Truncated)?;
    let (body_len, after_len) = read_leb128(after_flags)?;
    let header_len = frame.len() - after_len.len();
    let expected = header_len
        .checked_add(body_len)
        .and_then(|n| n.checked_add(4))
        .ok_or(ShareError::Damaged)?;
    if frame.len() < expected {
        return Err(ShareError::Truncated);
    }
    if frame.len() > expected || flags & !FLAG_PROTECTED != 0 {
        return Err(ShareError::Damaged);
    }
    let (signed, crc) = frame.split_at(header_len + body_len);
    if crc32(signed).to_le_bytes() != crc {
        return Err(ShareError::Damaged);
    }
    Ok(Frame {
        version,
        flags,
        body: signed[header_len..].to_vec(),
    })
}

fn push_leb128(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A length and what follows it, written in its shortest form: a last byte
/// of zero after the first (`80 00` for 0) would be a second spelling.
/// Truncated when the bytes end mid-number, damaged when the number is
/// longer than four bytes (2^28, far past any code) or not the shortest.
fn read_leb128(bytes: &[u8]) -> Result<(usize, &[u8]), ShareError> {
    let mut n = 0usize;
    for (i, &byte) in bytes.iter().enumerate().take(4) {
        n |= usize::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            if i > 0 && byte == 0 {
                return Err(ShareError::Damaged);
            }
            return Ok((n, &bytes[i + 1..]));
        }
    }
    Err(if bytes.len() < 4 {
        ShareError::Truncated
    } else {
        ShareError::Damaged
    })
}

/// CRC-32 (IEEE, as in zip and PNG), a bit at a time. A share code is a few
/// kilobytes, so this takes microseconds; crc32fast's 16 KB lookup table cost
/// 15 KB of the first-visit budget. tests/share.rs checks it against crc32fast.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let low_bit_mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & low_bit_mask);
        }
    }
    !crc
}
