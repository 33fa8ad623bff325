//! How much a plan may hold, and how much text a reader takes in before it
//! parses anything. Every path that brings a plan in (saved draft, plan file,
//! share code) checks the input's size with [`check_input_size`] first and
//! the decoded plan with `Plan::validate` after; these numbers are that gate's.

use std::collections::HashMap;

use thiserror::Error;

use super::{ItemContent, Offer, Plan, Quadrant, Support};

/// The longest text one field may hold, in characters. Generous for a
/// sentence or two; it keeps a damaged or hostile import from filling memory.
pub const MAX_TEXT_CHARS: usize = 2000;
/// The most entries one list (a SWOT part, the goals, a goal's steps) may hold.
pub const MAX_ITEMS: usize = 200;
/// The most entries (items, goals and steps) a plan may hold in all. The
/// lists alone would allow 40,000 steps, and every export takes time for
/// each entry: under this and [`MAX_PLAN_SIZE`], every export of a valid
/// plan takes under 100 ms even in a debug build (tests/gate.rs). The large
/// reference plan has 72 entries.
pub const MAX_ENTRIES: usize = 1000;
/// The most links from a plan's goals to its items, in all: the lists alone
/// would allow 40,000, and exports repeat the words of each. The large
/// reference plan has 32.
pub const MAX_LINKS: usize = 2000;
/// The longest plan id. The app makes 16 hex digits (`ui::erase::new_plan_id`);
/// the rest is room for ids made elsewhere, such as `reference-typical`.
pub const MAX_ID_CHARS: usize = 64;
/// The longest language tag: BCP 47 (RFC 5646, section 4.4.1) asks every
/// implementation to take 35 characters.
pub const MAX_LANG_CHARS: usize = 35;

/// The most text a reader takes in: a saved draft, a plan file or a share
/// code. The largest valid plan's file is under it (see [`MAX_PLAN_SIZE`]).
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// The most `{`, `[` and `,` outside strings a reader takes in: every
/// object, list and entry of a list is one of these, and each is memory to
/// allocate once parsed. Bytes alone do not bound it: 2 MiB of `{"id":0},`
/// is 233,000 goals, 120 MiB once parsed and read. A valid plan's JSON has
/// at most one such mark per four units of [`Plan::size`] (an item 4 in 20,
/// a goal 14 in 56, a step 5 in 28, a link 1 in 5), so its file is always
/// under this; reading anything under both limits stays under 64 MiB
/// (tests/gate.rs measures it).
pub const MAX_INPUT_VALUES: usize = 128 * 1024;

const _: () = assert!(MAX_PLAN_SIZE / 4 + 64 <= MAX_INPUT_VALUES);

/// The most a valid plan may weigh, by [`Plan::size`]. The limits per list
/// and per text alone allow hundreds of megabytes; this one total keeps
/// every form of a valid plan within what its reader takes:
///
/// - the share code's binary form is at most `size` bytes (every cost in
///   [`Plan::size`] is at least what `share::wire` writes for it), so it is
///   under `share::MAX_PLAN_BYTES` (512 KiB) and every valid plan can be
///   shared;
/// - its JSON, pretty-printed as in a plan file, is at most
///   [`JSON_PER_SIZE`] × `size` bytes, so under [`MAX_INPUT_BYTES`] and every
///   valid plan's file opens again;
/// - its exports, which repeat a linked item's words at every goal that
///   links it, stay in proportion: a link weighs those words too.
///
/// 320 KiB is about a hundred and fifty fields of 2,000 letters; the large
/// reference plan weighs under 8 KiB.
pub const MAX_PLAN_SIZE: usize = 320 * 1024;

/// The most bytes of pretty JSON one unit of [`Plan::size`] becomes: a text's
/// byte is at most six (`\u0001`), and each fixed cost below is at least a
/// sixth of its entry's JSON with the widest numbers and names.
pub const JSON_PER_SIZE: usize = 6;

const _: () = assert!(JSON_PER_SIZE * MAX_PLAN_SIZE <= MAX_INPUT_BYTES);

// What each entry costs in `Plan::size`, besides its texts. Each is at least
// the bytes `share::wire` writes for the entry without its texts (varints at
// their longest, each text's length and option tag included), and at least
// a sixth of its pretty JSON (indentation, names, a 10-digit id, the longest
// area and day): an item writes at most 10 and 95 bytes, a goal 28 and 269, a
// step 14 and 126, a link 5 and 20, the plan's own fields 38 and about 300.
// A check-in writes at most 10 and 120 bytes, a goal's entry in it 20 and
// 230, the last-shared marker 35 and 200, a goal's status in it 6 and 80;
// each step id a check-in or the marker counts done is a link.
// tests/gate.rs checks both bounds on plans built to be the worst.
const PLAN_COST: usize = 160;
const ITEM_COST: usize = 20;
const GOAL_COST: usize = 56;
const STEP_COST: usize = 28;
const LINK_COST: usize = 5;
const CHECK_IN_COST: usize = 40;
const ENTRY_COST: usize = 56;
const SHARED_COST: usize = 40;
const SHARED_GOAL_COST: usize = 14;
// A suggestion writes at most 60 bytes besides its texts and 700 of pretty
// JSON (a service with every field, nested two objects deep); a week's
// opening at most 14 and 190 (seven day names, two times); a gap 3 and 12.
const SUPPORT_COST: usize = 120;
const HOURS_COST: usize = 32;
const GAP_COST: usize = 4;

impl Plan {
    /// What the plan weighs against [`MAX_PLAN_SIZE`]: the UTF-8 bytes of its
    /// texts (ids, keys and language tag included), a fixed cost for each
    /// entry, and for each link a fixed cost and the bytes of the linked
    /// item's text (or key), which exports repeat. An upper bound of its
    /// share code's binary form in bytes, and of its pretty JSON in sixths
    /// of a byte.
    pub fn size(&self) -> usize {
        let text = |t: &Option<String>| t.as_ref().map_or(0, String::len);
        let mut words = HashMap::new();
        let mut items = 0;
        for item in Quadrant::ALL.iter().flat_map(|q| self.swot.items(*q)) {
            let (ItemContent::Text(t) | ItemContent::Key(t)) = &item.content;
            words.entry(item.id).or_insert(t.len());
            items += ITEM_COST + t.len();
        }
        let link = |id| LINK_COST + words.get(id).copied().unwrap_or(0);
        let goals: usize = self
            .goals
            .iter()
            .map(|g| {
                let steps: usize = g.steps.iter().map(|s| STEP_COST + s.text.len()).sum();
                let links: usize = g.helped_by.iter().chain(&g.addresses).map(link).sum();
                GOAL_COST + g.title.len() + text(&g.why) + text(&g.help_wanted) + steps + links
            })
            .sum();
        let check_ins: usize = self
            .check_ins
            .iter()
            .map(|c| {
                let entries: usize = c
                    .goals
                    .iter()
                    .map(|e| ENTRY_COST + text(&e.words) + LINK_COST * e.done.len())
                    .sum();
                CHECK_IN_COST + entries
            })
            .sum();
        let shared = self.shared.as_ref().map_or(0, |s| {
            SHARED_COST + LINK_COST * s.done.len() + SHARED_GOAL_COST * s.goals.len()
        });
        let support: usize = self.support.iter().map(support_size).sum();
        let gaps: usize = self.gaps.iter().map(|g| GAP_COST + g.len()).sum();
        PLAN_COST
            + support
            + gaps
            + self.id.len()
            + self.lang.len()
            + text(&self.alias)
            + text(&self.note)
            + items
            + goals
            + check_ins
            + shared
    }
}

/// A suggestion's weight in [`Plan::size`]: its texts and fixed costs.
fn support_size(support: &Support) -> usize {
    let text = |t: &Option<String>| t.as_ref().map_or(0, String::len);
    let offer = match &support.offer {
        Offer::Step(words) | Offer::Message(words) => words.len(),
        Offer::Meeting(meeting) => text(&meeting.place),
        Offer::Service(service) => {
            service.name.len()
                + [
                    &service.offers,
                    &service.organization,
                    &service.place,
                    &service.phone,
                    &service.web,
                    &service.lang,
                    &service.directory_id,
                ]
                .into_iter()
                .map(text)
                .sum::<usize>()
                + HOURS_COST * service.hours.len()
        }
    };
    SUPPORT_COST + support.from.len() + offer
}

/// A text too large to be a plan, refused before it is parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum InputTooLarge {
    /// Longer than [`MAX_INPUT_BYTES`]; how long, in bytes.
    #[error("{0} bytes is more than a plan's {MAX_INPUT_BYTES}")]
    Bytes(usize),
    /// More objects, lists and list entries than [`MAX_INPUT_VALUES`].
    #[error("more JSON values than a plan's {MAX_INPUT_VALUES}")]
    Values,
}

/// Refuses a text longer than [`MAX_INPUT_BYTES`] or with more objects,
/// lists and list entries than [`MAX_INPUT_VALUES`], so that no reader spends
/// time or memory on it. Every reader of a draft, file or code calls this
/// before parsing. Cheap: one pass over the bytes, no allocation.
pub fn check_input_size(text: &str) -> Result<(), InputTooLarge> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(InputTooLarge::Bytes(text.len()));
    }
    // Outside strings, every value but the first is an object or list, or
    // comes after a `,` or first in one: at most twice these marks, plus one.
    // A text that is not JSON is counted the same way; the parser stops
    // where it stops being JSON.
    let (mut marks, mut in_string, mut escaped) = (0, false, false);
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match byte {
                b'"' => in_string = true,
                b'{' | b'[' | b',' => marks += 1,
                _ => {}
            }
        }
    }
    if marks > MAX_INPUT_VALUES {
        return Err(InputTooLarge::Values);
    }
    Ok(())
}
