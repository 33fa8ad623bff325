//! Sealing a plan to an agency's key (HPKE, RFC 9180) and the agency's key
//! file: round trips, the wrong key, retired keys, damage, the fixtures that
//! must open forever, and the RFC's own test vector through the same code.

mod support;

#[path = "support/fixed_rng.rs"]
mod fixed_rng;

use chrono::NaiveDate;
use fixed_rng::FixedRng;
use serde_json::Value;
use support::reference;
use waymark::model::Plan;
use waymark::share::{
    decode, frame_sealed, hpke_open, hpke_seal, kiosk_setup_link, make_share, open_sealed,
    plan_bytes, read_file, seal_deflated, sealed_body, sealed_to, share_qr, AgencyKey,
    AgencySecret, ImportSession, KeyFile, KeyFileError, Keyring, Opening, SealedTo, ShareError,
    ShareRequest, KEY_FILE_ROUNDS,
};

const AGENCY: &str = "Miriam's Kitchen case management";
const PASSPHRASE: &str = "correct horse battery";

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn agency(seed: u8) -> AgencySecret {
    AgencySecret::from_seed(AGENCY, &[seed; 32]).unwrap()
}

fn ring(keys: &[&AgencySecret]) -> Keyring {
    let mut ring = Keyring::default();
    for key in keys {
        ring.add((*key).clone(), day("2026-12-03"));
    }
    ring
}

fn sealed(plan: &Plan, to: &AgencyKey) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(&plan_bytes(plan).unwrap(), 10);
    seal_deflated(&deflated, to).unwrap()
}

fn hex(text: &str) -> Vec<u8> {
    hex::decode(text).unwrap()
}

#[test]
fn a_sealed_plan_opens_with_its_agencys_key_and_names_it_without() {
    let plan = reference::from_fixture("typical");
    let key = agency(7);
    let code = sealed(&plan, key.key());
    assert!(code.starts_with("WS1-"));
    assert_eq!(open_sealed(&code, &ring(&[&key])).unwrap(), plan);

    let needed = SealedTo {
        agency: AGENCY.to_owned(),
        key: key.key().id(),
    };
    // No key, or only another agency's: the code says whose it needs.
    assert_eq!(decode(&code, None), Err(ShareError::Sealed(needed.clone())));
    assert_eq!(
        decode(&code, Some("482913")),
        Err(ShareError::Sealed(needed.clone()))
    );
    assert_eq!(
        open_sealed(&code, &ring(&[&agency(8)])),
        Err(ShareError::Sealed(needed.clone()))
    );
    assert_eq!(sealed_to(&code).unwrap(), needed);
    // Each seal has its own ephemeral key: the same plan never gives the
    // same code twice.
    assert_ne!(sealed(&plan, key.key()), code);
}

#[test]
fn a_sealed_code_carries_none_of_the_clients_words() {
    let plan = reference::from_fixture("typical");
    let key = agency(7);
    let request = ShareRequest {
        deflated: miniz_oxide::deflate::compress_to_vec(&plan_bytes(&plan).unwrap(), 10),
        pin: None,
        salt: [0; 16],
        app_url: "https://waymark.example/".into(),
        seal_to: Some(key.key().clone()),
    };
    let outcome = make_share(&request).unwrap();
    assert!(outcome.protected);
    let body = sealed_body(&outcome.code).unwrap();
    // Deflate alone keeps words readable; the sealed body must not.
    let plain = plan_bytes(&plan).unwrap();
    for window in plain
        .windows(6)
        .filter(|w| w.iter().all(u8::is_ascii_alphabetic))
    {
        assert!(
            !body.windows(6).any(|b| b == window),
            "{:?} is readable in the sealed code",
            String::from_utf8_lossy(window)
        );
    }
    assert!(outcome.link.contains("/open/#i/WS1-"));
    assert_eq!(open_sealed(&outcome.code, &ring(&[&key])).unwrap(), plan);
}

#[test]
fn a_retired_key_still_opens_the_codes_sealed_to_it() {
    let (old, new) = (agency(1), agency(2));
    let plan = reference::from_fixture("small");
    let old_code = sealed(&plan, old.key());
    let mut keys = ring(&[&old, &new]);
    assert_eq!(keys.current(), Some(new.key()));
    assert!(keys.retire(new.key().id(), day("2026-12-04")));
    // With the newest retired, the older one is the one to hand out.
    assert_eq!(keys.current(), Some(old.key()));
    assert!(keys.retire(old.key().id(), day("2026-12-04")));
    assert_eq!(keys.current(), None);
    assert_eq!(open_sealed(&old_code, &keys).unwrap(), plan);
}

#[test]
fn a_damaged_sealed_code_is_refused_before_any_key_is_tried() {
    let key = agency(7);
    let code = sealed(&reference::from_fixture("small"), key.key());
    let digits_start = code.find('-').unwrap() + 1;
    let mut checked = 0;
    for i in (digits_start..code.len()).step_by(3) {
        let mut bytes = code.clone().into_bytes();
        bytes[i] = if bytes[i] == b'9' { b'0' } else { bytes[i] + 1 };
        let damaged = String::from_utf8(bytes).unwrap();
        // Refused by its frame with no key at hand: no decryption happened.
        let error = open_sealed(&damaged, &Keyring::default()).unwrap_err();
        assert!(
            matches!(error, ShareError::Damaged | ShareError::Truncated),
            "{error:?} at {i}"
        );
        checked += 1;
    }
    assert!(checked > 100);
    for cut in [5, code.len() / 2, code.len() - 1] {
        assert_eq!(
            open_sealed(&code[..cut], &ring(&[&key])),
            Err(ShareError::Truncated)
        );
    }
}

#[test]
fn every_change_to_a_sealed_body_is_refused_even_with_a_correct_crc() {
    let key = agency(7);
    let keys = ring(&[&key]);
    let code = sealed(&reference::from_fixture("small"), key.key());
    let body = sealed_body(&code).unwrap();
    for i in 0..body.len() {
        for flip in [0x01, 0x80, 0xff] {
            let mut changed = body.clone();
            changed[i] ^= flip;
            // The frame is right, so the cipher's tag (or the key id, or
            // the body's own shape) must catch it.
            let opened = open_sealed(&frame_sealed(&changed), &keys);
            assert!(opened.is_err(), "a change at byte {i} opened");
        }
    }
    // Bytes added or taken away at the end, framed again.
    assert!(open_sealed(&frame_sealed(&body[..body.len() - 1]), &keys).is_err());
    assert!(open_sealed(&frame_sealed(&[body.as_slice(), &[0]].concat()), &keys).is_err());
    assert!(open_sealed(&frame_sealed(&[]), &keys).is_err());
}

/// The body of the small plan sealed to `key`, and where the agency's name
/// starts in it.
fn small_sealed_body(key: &AgencySecret) -> (Vec<u8>, usize) {
    let code = sealed(&reference::from_fixture("small"), key.key());
    let body = sealed_body(&code).unwrap();
    let at = body
        .windows(AGENCY.len())
        .position(|w| w == AGENCY.as_bytes())
        .unwrap();
    (body, at)
}

#[test]
fn a_changed_agency_name_does_not_open_though_it_reads() {
    // The name is readable for a page without the key, and bound by the
    // cipher for the page with it.
    let key = agency(7);
    let (body, at) = small_sealed_body(&key);
    let mut renamed = body.clone();
    renamed[at] = b'N';
    let renamed = frame_sealed(&renamed);
    assert!(sealed_to(&renamed).unwrap().agency.starts_with("Niriam"));
    assert_eq!(
        open_sealed(&renamed, &ring(&[&key])),
        Err(ShareError::Damaged)
    );
}

#[test]
fn a_sealed_code_naming_its_agency_with_more_than_a_name_is_refused() {
    // The name is shown on a page without the key, so a code cannot carry
    // a message in its place: a line break is refused as damage.
    let key = agency(7);
    let (body, at) = small_sealed_body(&key);
    let mut two_lines = body.clone();
    two_lines[at + 8] = b'\n';
    assert_eq!(
        sealed_to(&frame_sealed(&two_lines)),
        Err(ShareError::Damaged)
    );
    assert_eq!(
        open_sealed(&frame_sealed(&two_lines), &ring(&[&key])),
        Err(ShareError::Damaged)
    );
}

#[test]
fn the_typical_plan_sealed_fits_one_qr_code_at_version_22_or_less() {
    let plan = reference::from_fixture("typical");
    let code = sealed(&plan, agency(7).key());
    let qr = share_qr("https://waymark.example", &code).expect("fits");
    assert!(
        qr.version().value() <= 22,
        "version {}, {} characters",
        qr.version().value(),
        code.len()
    );
}

#[test]
fn an_import_session_waits_for_the_key_and_opens_when_it_comes() {
    let key = agency(7);
    let plan = reference::from_fixture("small");
    let code = sealed(&plan, key.key());
    let mut session = ImportSession::<Plan>::default();
    let needed = SealedTo {
        agency: AGENCY.to_owned(),
        key: key.key().id(),
    };
    assert_eq!(session.open(&code), Opening::Sealed(needed.clone()));
    assert_eq!(session.waiting_for_key(), Some(needed.clone()));
    assert_eq!(
        session.try_keys(&ring(&[&agency(8)])),
        Some(Opening::Sealed(needed))
    );
    assert_eq!(
        session.try_keys(&ring(&[&key])),
        Some(Opening::Opened(Box::new(plan.clone())))
    );
    assert_eq!(session.waiting_for_key(), None);
    // A sealed plan's file holds only its code, and opens the same way.
    let file = waymark::share::file_contents(&plan, Some(&code));
    assert!(matches!(read_file(&file, None), Err(ShareError::Sealed(_))));
    let mut session = ImportSession::<Plan>::default();
    assert!(matches!(session.open(&file), Opening::Sealed(_)));
    assert_eq!(
        session.try_keys(&ring(&[&key])),
        Some(Opening::Opened(Box::new(plan)))
    );
}

#[test]
fn a_key_file_opens_with_its_passphrase_only() {
    let (old, new) = (agency(1), agency(2));
    let mut keys = ring(&[&old, &new]);
    keys.retire(old.key().id(), day("2026-12-04"));
    let text = keys.lock(PASSPHRASE).unwrap();
    let file = KeyFile::read(&text).unwrap();
    // Which keys it holds is readable before the passphrase.
    assert!(file.holds(old.key().id()) && file.holds(new.key().id()));
    assert_eq!(file.keys()[0].retired, Some(day("2026-12-04")));
    assert_eq!(file.unlock(PASSPHRASE).unwrap(), keys);
    assert_eq!(
        file.unlock("correct horse batterY").unwrap_err(),
        KeyFileError::WrongPassphrase
    );
    // The private keys appear nowhere in it.
    for held in keys.keys() {
        let public = hex::encode(held.secret.key().public());
        assert!(text.contains(&public));
    }
    assert_eq!(
        keys.lock("short one").unwrap_err(),
        KeyFileError::PassphraseTooShort
    );
    // Each file has its own salt.
    assert_ne!(keys.lock(PASSPHRASE).unwrap(), text);
}

#[test]
fn a_key_file_that_was_changed_or_is_not_one_is_refused() {
    let keys = ring(&[&agency(1)]);
    let text = keys
        .lock_with(PASSPHRASE, b"waymark-fixture!", 100_000)
        .unwrap();
    let mut file: Value = serde_json::from_str(&text).unwrap();
    // Another agency's public key in place of the listed one.
    file["keys"][0]["public"] = Value::from(hex::encode(agency(9).key().public()));
    let swapped = KeyFile::read(&file.to_string()).unwrap();
    assert!(swapped.unlock(PASSPHRASE).is_err());

    // The list is readable, and the cipher's tag covers it: a retired key
    // brought back, a key dated later or renamed does not open.
    let retired = {
        let mut keys = ring(&[&agency(1), &agency(2)]);
        keys.retire(agency(2).key().id(), day("2026-12-03"));
        keys.lock_with(PASSPHRASE, b"waymark-fixture!", 100_000)
            .unwrap()
    };
    let edits = [
        ("un-retired", "/keys/1/retired", Value::Null),
        ("re-dated", "/keys/0/made", Value::from("2099-01-01")),
        ("renamed", "/keys/0/agency", Value::from("Someone else")),
    ];
    for (what, field, value) in edits {
        let mut file: Value = serde_json::from_str(&retired).unwrap();
        *file.pointer_mut(field).unwrap() = value;
        let read = KeyFile::read(&file.to_string()).unwrap();
        assert!(read.unlock(PASSPHRASE).is_err(), "a {what} key file opened");
    }
    assert!(KeyFile::read(&retired).unwrap().unlock(PASSPHRASE).is_ok());

    let mut file: Value = serde_json::from_str(&text).unwrap();
    file["rounds"] = Value::from(u32::MAX);
    assert_eq!(KeyFile::read(&file.to_string()), Err(KeyFileError::Damaged));
    let mut file: Value = serde_json::from_str(&text).unwrap();
    file["waymark_agency_keys"] = Value::from(2);
    assert_eq!(
        KeyFile::read(&file.to_string()),
        Err(KeyFileError::TooNew(2))
    );
    let mut file: Value = serde_json::from_str(&text).unwrap();
    file["secrets"] = Value::from("zz");
    assert_eq!(KeyFile::read(&file.to_string()), Err(KeyFileError::Damaged));
    assert_eq!(
        KeyFile::read("{\"schema\": 3}"),
        Err(KeyFileError::NotAKeyFile)
    );
    assert_eq!(KeyFile::read("WS1-1234"), Err(KeyFileError::NotAKeyFile));
    assert_eq!(KeyFile::read(""), Err(KeyFileError::NotAKeyFile));
}

#[test]
fn merging_a_colleagues_key_file_keeps_every_key_once() {
    let (a, b, c) = (agency(1), agency(2), agency(3));
    let mut mine = ring(&[&a, &b]);
    let mut theirs = ring(&[&b, &c]);
    theirs.retire(b.key().id(), day("2026-12-05"));
    mine.merge(theirs);
    let ids: Vec<_> = mine.keys().iter().map(|h| h.secret.key().id()).collect();
    assert_eq!(ids, [a.key().id(), b.key().id(), c.key().id()]);
    assert_eq!(mine.keys()[1].retired, Some(day("2026-12-05")));
}

#[test]
fn an_agency_key_travels_as_a_checked_code() {
    let key = agency(7).key().clone();
    let code = key.code();
    assert!(code.starts_with("WK1-"));
    assert_eq!(AgencyKey::from_code(&code).unwrap(), key);
    let link = kiosk_setup_link("https://waymark.example/", &key, 180);
    let query = link.split_once('?').unwrap().1;
    assert_eq!(
        waymark::share::agency_from_query(query),
        Some(Ok(key.clone()))
    );
    assert_eq!(waymark::share::agency_from_query("setup=kiosk"), None);
    // A damaged poster is refused, not trusted.
    let mut damaged = code.clone().into_bytes();
    let last = damaged.len() - 1;
    damaged[last] = if damaged[last] == b'0' { b'1' } else { b'0' };
    assert_eq!(
        AgencyKey::from_code(&String::from_utf8(damaged).unwrap()),
        Err(ShareError::Damaged)
    );
    // A key where a plan is expected says what it is.
    assert_eq!(decode(&code, None), Err(ShareError::IsAnAgencyKey));
    // A key of small order, with which nothing can be sealed, is refused
    // when it is read, not when a client's share fails.
    let mut one = [0; 32];
    one[0] = 1;
    for public in [[0; 32], one] {
        let weak = AgencyKey::new(AGENCY, public).unwrap();
        assert_eq!(AgencyKey::from_code(&weak.code()), Err(ShareError::Damaged));
    }
}

#[test]
fn a_fingerprint_is_four_plain_words_and_four_digits() {
    let key = agency(7).key().clone();
    let shown = key.fingerprint().to_string();
    let parts: Vec<&str> = shown.split(' ').collect();
    assert_eq!(parts.len(), 5, "{shown}");
    assert!(parts[..4]
        .iter()
        .all(|w| w.chars().all(|c| c.is_ascii_lowercase())));
    assert!(parts[4].len() == 4 && parts[4].chars().all(|c| c.is_ascii_digit()));
    assert_ne!(agency(8).key().fingerprint(), key.fingerprint());
    // The name is not part of it: only the key is.
    let renamed = AgencyKey::new("Another name", *key.public()).unwrap();
    assert_eq!(renamed.fingerprint(), key.fingerprint());
}

#[test]
fn agency_names_are_one_trimmed_line_of_at_most_60_characters() {
    use waymark::share::{agency_name, BadAgencyName};
    assert_eq!(
        agency_name("  Miriam's\nKitchen  ").unwrap(),
        "Miriam's Kitchen"
    );
    assert_eq!(agency_name(" \t"), Err(BadAgencyName::Empty));
    assert_eq!(agency_name(&"ż".repeat(61)), Err(BadAgencyName::TooLong));
    assert!(agency_name(&"ż".repeat(60)).is_ok());
    // A name kept is the same when read again (the key file and the key's
    // code check that it is), whatever was typed.
    for typed in ["Agency \u{80}", "a\u{85}b", "a \u{0} b", "\u{7f} x\r\n y "] {
        let kept = agency_name(typed).unwrap();
        assert_eq!(agency_name(&kept).unwrap(), kept, "{typed:?}");
    }
}

// Property tests run natively only (Cargo.toml).
#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    #[test]
    fn an_agency_name_reads_back_as_it_was_kept(typed in "\\PC{0,40}|[\\s\\x00-\\x1f\\x7f-\\x9f a-z]{0,40}") {
        if let Ok(kept) = waymark::share::agency_name(&typed) {
            proptest::prop_assert_eq!(waymark::share::agency_name(&kept), Ok(kept));
        }
    }
}

/// The fixtures of sealed format 1 and key file format 1, written once by
/// `examples/make_sealed_fixture.rs`: they must open forever.
#[test]
fn the_v1_sealed_fixture_opens_with_the_v1_key_file() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let code = std::fs::read_to_string(format!("{dir}/sealed-v1-typical-answered.txt")).unwrap();
    let file = std::fs::read_to_string(format!("{dir}/agency-keys-v1.json")).unwrap();
    let file = KeyFile::read(&file).unwrap();
    assert_eq!(file.keys().len(), 2);
    assert_eq!(file.keys()[0].retired, Some(day("2026-12-03")));
    let keys = file.unlock(PASSPHRASE).unwrap();
    assert_eq!(keys.current(), Some(agency(2).key()));
    assert_eq!(sealed_to(code.trim()).unwrap().agency, AGENCY);
    assert_eq!(
        open_sealed(code.trim(), &keys).unwrap(),
        reference::typical_answered()
    );
    assert_eq!(
        file.unlock("correct horse battery!"),
        Err(KeyFileError::WrongPassphrase)
    );
    let _ = KEY_FILE_ROUNDS;
}

/// RFC 9180, appendix A.2.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
/// ChaCha20-Poly1305, base mode. The key pair, the encapsulated key and the
/// first message's ciphertext come out of the same functions sealing uses.
#[test]
fn rfc_9180_test_vector_a_2_1_passes_through_the_sealing_code() {
    let vector: Value =
        serde_json::from_str(include_str!("fixtures/rfc9180-a2-base.json")).unwrap();
    let field = |name: &str| hex(vector[name].as_str().unwrap());
    let ikm_r: [u8; 32] = field("ikmR").try_into().unwrap();
    let recipient = AgencySecret::from_seed("RFC 9180", &ikm_r).unwrap();
    assert_eq!(recipient.key().public().as_slice(), field("pkRm"));
    let first = &vector["encryptions"][0];
    let part = |name: &str| hex(first[name].as_str().unwrap());
    assert_eq!(first["seq"], 0);

    let (enc, ct) = hpke_seal(
        recipient.key().public(),
        &field("info"),
        &part("aad"),
        &part("pt"),
        &mut FixedRng(field("ikmE")),
    )
    .unwrap();
    assert_eq!(enc.as_slice(), field("enc"));
    assert_eq!(ct, part("ct"));

    let sk_r: [u8; 32] = field("skRm").try_into().unwrap();
    let opened = hpke_open(&sk_r, &enc, &field("info"), &part("aad"), &ct).unwrap();
    assert_eq!(opened, part("pt"));
    let mut tampered = ct.clone();
    tampered[0] ^= 1;
    assert_eq!(
        hpke_open(&sk_r, &enc, &field("info"), &part("aad"), &tampered),
        None
    );
}
