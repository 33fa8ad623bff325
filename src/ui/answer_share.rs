//! The answer once made: its QR code for the client's phone camera, its
//! link, its code, its file, and a sheet to print and hand over.

use leptos::prelude::*;

use super::browser;
use super::copy_button::CopyButton;
use super::offer_card::OfferCard;
use super::print_alone::print_alone;
use super::I18n;
use crate::model::Answer;
use crate::share::{answer_file_contents, short_link, ShareOutcome};

/// While the answer's sheet prints, the page prints it alone.
const PRINTING_CLASS: &str = "printing-answer";

#[component]
pub fn AnswerShare(answer: Answer, outcome: ShareOutcome) -> impl IntoView {
    let i18n = I18n::get();
    let status = RwSignal::new(None::<&'static str>);
    let outcome = StoredValue::new(outcome);
    let code = move || outcome.with_value(|o| o.code.clone());
    let link = move || outcome.with_value(|o| o.link.clone());
    let qr = outcome.with_value(|o| o.qr_svg.clone());
    let from = answer.from.clone();
    let title = move || i18n.format("answer-from", &[("name", from.as_str().into())]);
    let print = print_alone(PRINTING_CLASS);
    let save = move |_| {
        let file = answer_file_contents(&code());
        if browser::download("waymark-answer.json", "application/json", &file).is_err() {
            status.set(Some("share-failed"));
        }
    };
    view! {
        <section class="answer-made no-print" aria-labelledby="answer-made-title">
            <h2 id="answer-made-title" tabindex="-1">{i18n.tr("answer-made-title")}</h2>
            <p class="hint">{i18n.tr("answer-made-hint")}</p>
            {match qr.clone() {
                Some(svg) => view! {
                    <div class="qr" role="img" aria-label=i18n.tr("answer-qr-alt") inner_html=svg></div>
                }.into_any(),
                None => view! { <p class="problem">{i18n.t("share-qr-too-long")}</p> }.into_any(),
            }}
            {outcome.with_value(|o| o.protected).then(|| view! {
                <p class="hint" id="answer-pin-note">{i18n.tr("answer-pin-note")}</p>
            })}
            <div class="share-actions">
                <CopyButton id="copy-answer-link" icon="🔗" label="share-copy-link" status
                    text=Callback::new(move |()| Some(link())) />
                <CopyButton id="copy-answer-code" icon="🔢" label="share-copy-code" status
                    text=Callback::new(move |()| Some(code())) />
                <button class="secondary" id="download-answer" on:click=save>
                    <span aria-hidden="true">"💾 "</span>{i18n.tr("share-download")}
                </button>
                <button class="secondary" id="print-answer" on:click=move |_| print()>
                    <span aria-hidden="true">"🖨️ "</span>{i18n.tr("share-print")}
                </button>
            </div>
            <div role="status" aria-live="polite">
                {move || status.get().map(|id| view! { <p class="ok">{i18n.t(id)}</p> })}
            </div>
            <div class="field">
                <label for="answer-link">{i18n.tr("share-link-label")}</label>
                <textarea id="answer-link" readonly rows="3" dir="ltr" prop:value=link()></textarea>
            </div>
        </section>
        <section class="answer-sheet print-only">
            <header class="sheet-head">
                <div class="sheet-who">
                    <p class="sheet-title">{title}</p>
                </div>
                {qr.map(|svg| view! {
                    <figure class="sheet-qr">
                        <div class="sheet-qr-code" inner_html=svg></div>
                        <figcaption>
                            <p>{i18n.tr("answer-sheet-scan")}</p>
                            <p class="sheet-link" dir="ltr">{short_link(&link())}</p>
                        </figcaption>
                    </figure>
                })}
            </header>
            <ul class="sheet-offers">
                {answer.proposals.into_iter().map(|p| view! { <li><OfferCard offer=p.offer /></li> }).collect_view()}
            </ul>
        </section>
    }
}
