//! One suggestion as a person reads it: its picture and kind, its name in
//! the language it was written in, and what they need to act on it (where,
//! when, a phone number to press).

use leptos::prelude::*;

use super::I18n;
use crate::model::Offer;
use crate::share::words::{dial_number, offer_words, OfferWords};

/// The words of `offer` for this reader, with dates as the browser writes
/// them in the reader's language.
pub fn words_of(i18n: I18n, offer: &Offer) -> OfferWords {
    i18n.with(|l| offer_words(l, offer, |day| i18n.date(day)))
}

#[component]
pub fn OfferCard(offer: Offer) -> impl IntoView {
    let i18n = I18n::get();
    let words = Memo::new(move |_| words_of(i18n, &offer));
    move || {
        let w = words.get();
        let lang = w.lang.clone();
        // A number to press; words with no number to dial stay words.
        let tel = w
            .phone
            .as_ref()
            .map(|p| (dial_number(p).map(|n| format!("tel:{n}")), p.clone()));
        view! {
            <div class="offer">
                <p class="offer-kind">
                    <span class="offer-icon" aria-hidden="true">{w.icon}</span>
                    {i18n.t(w.kind)}
                </p>
                // Whole lines in the words' own language and direction: an
                // English address wraps as English inside an Arabic page.
                <p class="offer-title" lang=lang.clone() dir="auto">{w.title}</p>
                {w.details.into_iter().map(|line| view! {
                    <p class="offer-detail" lang=lang.clone() dir="auto">{line}</p>
                }).collect_view()}
                {w.hours.into_iter().map(|line| view! { <p class="offer-hours">{line}</p> }).collect_view()}
                {tel.map(|(href, phone)| view! {
                    <p class="offer-phone">
                        <span aria-hidden="true">"📞 "</span>
                        <a href=href dir="ltr">{phone}</a>
                    </p>
                })}
                {w.web.map(|web| view! {
                    <p class="offer-web"><a href=web.clone() rel="noopener noreferrer" target="_blank" dir="ltr">{web.clone()}</a></p>
                })}
            </div>
        }
    }
}
