//! Share-code figures for the three reference plans: code length, QR version
//! and encode/decode time. Run: `cargo run --release --example codec_bench`.

#[path = "../tests/support/reference.rs"]
mod reference;

use std::hint::black_box;
use std::time::Instant;

use waymark::share::{
    decode, encode, open_sealed, plan_bytes, seal_deflated, share_link, share_qr, AgencySecret,
    KeyFile, Keyring, Protection,
};

/// Mean time of `f` over enough runs to take about a second.
fn time_it(mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    let mut runs = 0u32;
    while start.elapsed().as_secs_f64() < 1.0 {
        f();
        runs += 1;
    }
    start.elapsed().as_secs_f64() * 1000.0 / f64::from(runs)
}

fn main() {
    let origin = "https://waymark.example";
    println!("| plan | JSON bytes | code chars | link chars | QR version (EC M) | encode ms | decode ms |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (name, plan) in [
        ("small", reference::from_fixture("small")),
        ("typical", reference::from_fixture("typical")),
        ("typical + 2 check-ins", reference::typical_checked_in()),
        ("large", reference::large()),
    ] {
        let code = encode(&plan, Protection::None).expect("encodes");
        let link = share_link(origin, &code);
        let qr = share_qr(origin, &code).map_or_else(
            || "does not fit (> 30)".to_owned(),
            |q| q.version().value().to_string(),
        );
        let encode_ms = time_it(|| {
            black_box(encode(black_box(&plan), Protection::None).ok());
        });
        let decode_ms = time_it(|| {
            black_box(decode(black_box(&code), None).ok());
        });
        let json = serde_json::to_string(&plan).map_or(0, |j| j.len());
        println!(
            "| {name} | {json} | {} | {} | {qr} | {encode_ms:.3} | {decode_ms:.3} |",
            code.len(),
            link.len()
        );
    }
    let plan = reference::from_fixture("typical");
    let pin_ms = time_it(|| {
        black_box(
            encode(
                &plan,
                Protection::Pin {
                    pin: "482913",
                    salt: [7; 16],
                },
            )
            .ok(),
        );
    });
    println!("\nPIN-protected encode of the typical plan (PBKDF2 rounds included): {pin_ms:.1} ms");

    // Sealed to an agency (HPKE): the deflated plan sealed, then opened
    // with the agency's key; the key file's passphrase derivation apart.
    let agency =
        AgencySecret::from_seed("Miriam's Kitchen case management", &[7; 32]).expect("a name");
    let mut keys = Keyring::default();
    keys.add(agency.clone(), chrono::NaiveDate::MIN);
    let deflated = miniz_oxide::deflate::compress_to_vec(&plan_bytes(&plan).expect("a plan"), 10);
    let sealed = seal_deflated(&deflated, agency.key()).expect("seals");
    let version = share_qr(origin, &sealed).map_or(0, |q| q.version().value());
    let seal_ms = time_it(|| {
        black_box(seal_deflated(black_box(&deflated), agency.key()).ok());
    });
    let open_ms = time_it(|| {
        black_box(open_sealed(black_box(&sealed), &keys).ok());
    });
    println!(
        "Sealed typical plan: {} characters, link {} characters, QR version {version} (EC M); seal {seal_ms:.3} ms, open {open_ms:.3} ms",
        sealed.len(),
        share_link(origin, &sealed).len()
    );
    let file = keys.lock("correct horse battery").expect("locks");
    let unlock_ms = time_it(|| {
        black_box(
            KeyFile::read(&file)
                .and_then(|f| f.unlock("correct horse battery"))
                .ok(),
        );
    });
    println!("Key file unlock (PBKDF2-HMAC-SHA256, 600,000 rounds): {unlock_ms:.0} ms");
}
