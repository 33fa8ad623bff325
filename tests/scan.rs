//! Reading a share QR code from camera-like frames, as the scan worker does
//! where the browser has no BarcodeDetector.

mod support;

use support::reference;
use waymark::share::scan::read_qr;
use waymark::share::{encode, share_link, share_qr, Protection};

const APP: &str = "https://waymark.example/";

/// A frame of `size`×`size` RGBA pixels: the QR code, `module` pixels a
/// module, turned by `degrees` about the middle, on grey paper in dim
/// light (black is 40, white 200), blurred over 3×3 pixels, with a little
/// noise, as a phone camera sees a printout.
fn camera_frame(qr: &qrcodegen::QrCode, size: usize, module: f64, degrees: f64) -> Vec<u8> {
    let modules = f64::from(qr.size() + 8);
    let (sin, cos) = degrees.to_radians().sin_cos();
    let middle = size as f64 / 2.0;
    let dark_at = |x: f64, y: f64| {
        // Back from the frame to the code's own squares.
        let (dx, dy) = (x - middle, y - middle);
        let u = (cos * dx + sin * dy) / module + modules / 2.0 - 4.0;
        let v = (-sin * dx + cos * dy) / module + modules / 2.0 - 4.0;
        qr.get_module(u.floor() as i32, v.floor() as i32)
    };
    let sharp: Vec<f64> = (0..size * size)
        .map(|i| {
            let (x, y) = ((i % size) as f64, (i / size) as f64);
            if dark_at(x + 0.5, y + 0.5) {
                40.0
            } else {
                200.0
            }
        })
        .collect();
    let mut noise = 0x2545_f491_u32;
    let mut rgba = Vec::with_capacity(size * size * 4);
    for y in 0..size {
        for x in 0..size {
            // A slight blur: the 3×3 kernel 1 2 1 / 2 4 2 / 1 2 1.
            let (mut sum, mut weights) = (0.0, 0.0);
            for (dy, wy) in [(-1isize, 1.0), (0, 2.0), (1, 1.0)] {
                for (dx, wx) in [(-1isize, 1.0), (0, 2.0), (1, 1.0)] {
                    let (ny, nx) = (y as isize + dy, x as isize + dx);
                    if (0..size as isize).contains(&ny) && (0..size as isize).contains(&nx) {
                        sum += wy * wx * sharp[ny as usize * size + nx as usize];
                        weights += wy * wx;
                    }
                }
            }
            noise ^= noise << 13;
            noise ^= noise >> 17;
            noise ^= noise << 5;
            let grain = f64::from(noise % 17) - 8.0;
            let value = (sum / weights + grain).clamp(0.0, 255.0) as u8;
            rgba.extend_from_slice(&[value, value, value, 255]);
        }
    }
    rgba
}

/// The frames a camera held still gives: each a little closer and turned a
/// little more than the one before, as a hand moves.
const FRAMES: usize = 10;

#[test]
fn a_turned_blurred_camera_view_of_the_typical_plans_qr_code_reads_as_its_link() {
    let code = encode(&reference::typical_checked_in(), Protection::None).unwrap();
    let qr = share_qr(APP, &code).expect("the typical plan fits one QR code");
    let link = share_link(APP, &code);
    for module in [4.6, 5.5, 7.0] {
        for degrees in [0.0, 8.0, -15.0] {
            // The code fills about three quarters of the frame.
            let size = (f64::from(qr.size() + 8) * module * 1.35) as usize;
            let read = (0..FRAMES).find_map(|frame| {
                let moved = frame as f64;
                let pixels = camera_frame(
                    &qr,
                    size,
                    module * (1.0 + 0.015 * moved),
                    degrees + 0.7 * moved,
                );
                read_qr(size, size, &pixels)
            });
            assert_eq!(
                read.as_deref(),
                Some(link.as_str()),
                "{module} px a module, turned {degrees}°: no frame of {FRAMES} read"
            );
        }
    }
}

#[test]
fn a_frame_without_a_code_or_of_the_wrong_size_reads_as_nothing() {
    let grey = vec![128; 320 * 240 * 4];
    assert_eq!(read_qr(320, 240, &grey), None);
    assert_eq!(read_qr(320, 240, &grey[..100]), None);
    assert_eq!(read_qr(0, 0, &[]), None);
    assert_eq!(read_qr(usize::MAX, 2, &grey), None);
    // Larger than any camera frame read.
    assert_eq!(read_qr(4000, 4000, &grey), None);
}
