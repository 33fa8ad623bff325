//! Share-code figures for the three reference plans: code length, QR version
//! and encode/decode time. Run: `cargo run --release --example codec_bench`.

#[path = "../tests/support/reference.rs"]
mod reference;

use std::hint::black_box;
use std::time::Instant;

use waymark::share::{decode, encode, share_link, share_qr, Protection};

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
}
