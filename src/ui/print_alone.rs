//! Printing one sheet of a page alone (an answer's sheet, the agency's
//! poster): a class on the body says which, from the press of Print until
//! the print is over.

use leptos::prelude::*;

use super::browser;

/// A "Print" action that prints what `class` on the body shows alone (see
/// styles.css). Where print() returns before printing (phones), the class
/// stays until `afterprint`; it goes with the view, too.
pub fn print_alone(class: &'static str) -> impl Fn() + Copy + 'static {
    let mark = move |on: bool| {
        if let Some(body) = document().body() {
            let _ = body.class_list().toggle_with_force(class, on);
        }
    };
    let after = window_event_listener(leptos::ev::afterprint, move |_| mark(false));
    on_cleanup(move || {
        after.remove();
        mark(false);
    });
    move || {
        mark(true);
        browser::print();
    }
}
