//! The case manager answers the plan they opened: who can help (from the
//! agency's directory or typed), a small step, a message, the next meeting.
//! The answer is made into a code the client opens on their device, where
//! they choose what to take. Nothing here is saved.

use leptos::prelude::*;

use super::agency_keys::HeldKeys;
use super::answer_share::AnswerShare;
use super::browser;
use super::directory_panel::DirectoryPanel;
use super::offer_card::OfferCard;
use super::I18n;
use crate::directory::Directory;
use crate::model::{
    from_millis, meeting_from_form, typed_service, Answer, AnswerDraft, DraftProblem, ItemId,
    Offer, Plan, Service,
};
use crate::share::words::goal_title;
use crate::share::{app_of_page, make_answer, AgencyKey, ShareOutcome};

/// What the case manager is adding.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Service,
    Step,
    Message,
}

impl Kind {
    const ALL: [(Kind, &'static str, &'static str); 3] = [
        (Kind::Service, "service", "offer-service"),
        (Kind::Step, "step", "offer-step"),
        (Kind::Message, "message", "offer-message"),
    ];
}

#[component]
pub fn AnswerComposer(
    plan: Signal<Plan>,
    /// The plan's PIN, when it had one: the answer is protected with it.
    pin: Option<String>,
    directory: RwSignal<Option<Directory>>,
) -> impl IntoView {
    let i18n = I18n::get();
    let from = RwSignal::new(String::new());
    let draft = RwSignal::new(AnswerDraft::default());
    let goal = RwSignal::new(plan.with_untracked(|p| p.goals.first().map(|g| g.id)));
    let kind = RwSignal::new(Kind::Service);
    let problem = RwSignal::new(None::<&'static str>);
    let made = RwSignal::new(None::<(Answer, ShareOutcome)>);
    let pin = StoredValue::new(pin);
    // The agency's key, when one is unlocked: sent along unless unticked,
    // so the client's next share can be sealed to it.
    let agency = use_context::<HeldKeys>()
        .map(|held| Signal::derive(move || held.keys.with(|k| k.current().cloned())))
        .unwrap_or_default();
    let send_key = RwSignal::new(true);

    // What the answer says changed: the code made before is not it.
    Effect::new(move |first: Option<()>| {
        draft.track();
        from.track();
        send_key.track();
        if first.is_some() {
            made.set(None);
        }
    });
    // Adds to the draft, or says why not; whether it was added.
    let add_to = move |goal: Option<ItemId>, offer: Result<Offer, DraftProblem>| -> bool {
        // Only a suggestion added changes the draft (and the answer made).
        let result = offer.and_then(|offer| {
            let mut added = Err(DraftProblem::Empty);
            draft.try_maybe_update(|d| {
                added = d.add(goal, offer);
                (added.is_ok(), ())
            });
            added
        });
        problem.set(result.err().map(DraftProblem::message_id));
        result.is_ok()
    };
    // A suggestion is for the goal chosen; the meeting is with the client.
    let add = move |offer| add_to(goal.get_untracked(), offer);
    let add_meeting = move |offer| add_to(None, offer);
    let make = move |_| {
        let made_at = from_millis(js_sys::Date::now() as i64).unwrap_or_default();
        let answer = plan.with_untracked(|p| {
            draft
                .with_untracked(|d| d.answer(p, &from.get_untracked(), made_at, i18n.lang().code()))
        });
        let mut answer = match answer {
            Ok(answer) => answer,
            Err(why) => return problem.set(Some(why.message_id())),
        };
        if send_key.get_untracked() {
            answer.agency = agency.with_untracked(|a| a.as_ref().map(AgencyKey::code));
        }
        // A PIN's salt must be random: without the browser's random source,
        // no protected answer is made.
        let salt = browser::random_bytes();
        let outcome = pin.with_value(|pin| match (pin, salt) {
            (Some(_), None) => None,
            (pin, salt) => {
                let app = browser::app_url();
                make_answer(
                    &answer,
                    pin.as_deref(),
                    salt.unwrap_or_default(),
                    app_of_page(&app),
                )
                .ok()
            }
        });
        match outcome {
            Some(outcome) => {
                problem.set(None);
                made.set(Some((answer, outcome)));
                browser::focus_later("answer-made-title");
            }
            None => problem.set(Some("share-failed")),
        }
    };
    let goal_options = move || {
        plan.with(|p| {
            p.goals
                .iter()
                .map(|g| (g.id, i18n.with(|l| goal_title(l, g))))
                .collect::<Vec<_>>()
        })
    };
    let for_whom = move |id: Option<ItemId>| {
        let title = plan.with(|p| {
            id.and_then(|id| p.goal(id))
                .map(|g| i18n.with(|l| goal_title(l, g)))
        });
        match title {
            Some(title) => i18n.format("answer-for-goal", &[("goal", title.into())]),
            None => i18n.t("answer-for-plan"),
        }
    };

    view! {
        <section class="answer-composer no-print" aria-labelledby="answer-title">
            <h2 id="answer-title">{i18n.tr("answer-title")}</h2>
            <p class="hint">{i18n.tr("answer-hint")}</p>
            <div class="field">
                <label for="answer-from">{i18n.tr("answer-your-name")}</label>
                <input id="answer-from" type="text" autocomplete="name"
                    prop:value=from on:input:target=move |ev| from.set(ev.target().value()) />
            </div>
            <DirectoryPanel directory on_pick=Callback::new(move |service: Service| {
                add(Ok(Offer::Service(service)));
            }) />
            <fieldset class="answer-add">
                <legend>{i18n.tr("answer-add")}</legend>
                <div class="field">
                    <label for="answer-goal">{i18n.tr("answer-goal")}</label>
                    <select id="answer-goal" on:change:target=move |ev| goal.set(ev.target().value().parse().ok())>
                        {move || goal_options().into_iter().map(|(id, title)| view! {
                            <option value=id.to_string() selected=move || goal.get() == Some(id)>{title}</option>
                        }).collect_view()}
                        <option value="" selected=move || goal.get().is_none()>{i18n.tr("answer-whole-plan")}</option>
                    </select>
                </div>
                <div class="kind-choice" role="radiogroup" aria-label=i18n.tr("answer-kind")>
                    {Kind::ALL.into_iter().map(|(k, slug, label)| {
                        let id = format!("answer-kind-{slug}");
                        view! {
                            <div class="radio">
                                <input type="radio" name="answer-kind" id=id.clone() prop:checked=move || kind.get() == k
                                    on:change=move |_| kind.set(k) />
                                <label for=id>{i18n.tr(label)}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
                {move || match kind.get() {
                    Kind::Service => view! { <TypedService add /> }.into_any(),
                    Kind::Step => view! { <OneText id="answer-step" label="answer-step-label" add wrap=Offer::Step /> }.into_any(),
                    Kind::Message => view! { <OneText id="answer-message" label="answer-message-label" add wrap=Offer::Message /> }.into_any(),
                }}
            </fieldset>
            <MeetingForm add=add_meeting />
            <div role="alert">
                {move || problem.get().map(|id| view! { <p class="problem" id="answer-problem">{i18n.t(id)}</p> })}
            </div>
            <h3 id="answer-so-far">{i18n.tr("answer-so-far")}</h3>
            <Show when=move || draft.with(|d| !d.proposals.is_empty())
                fallback=move || view! { <p class="empty">{i18n.t("answer-nothing-yet")}</p> }>
                <ol class="answer-list" aria-labelledby="answer-so-far">
                    {move || draft.get().proposals.into_iter().enumerate().map(|(at, proposal)| view! {
                        <li class="answer-item">
                            <p class="answer-for">{for_whom(proposal.goal)}</p>
                            <OfferCard offer=proposal.offer />
                            <button class="secondary" id=format!("answer-remove-{at}")
                                on:click=move |_| draft.update(|d| d.remove(at))>
                                {i18n.tr("answer-remove")}
                            </button>
                        </li>
                    }).collect_view()}
                </ol>
            </Show>
            {move || agency.get().map(|key| view! {
                <div class="check">
                    <input type="checkbox" id="answer-send-key" prop:checked=send_key
                        on:change:target=move |ev| send_key.set(ev.target().checked()) />
                    <label for="answer-send-key">{i18n.format("answer-send-key", &[("agency", key.name().into())])}</label>
                </div>
            })}
            <button class="primary big" id="make-answer" on:click=make>{i18n.tr("answer-make")}</button>
        </section>
        {move || made.get().map(|(answer, outcome)| view! { <AnswerShare answer outcome /> })}
    }
}

/// A service the case manager types: its name, and what else they know.
#[component]
fn TypedService(
    add: impl Fn(Result<Offer, DraftProblem>) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = I18n::get();
    let fields = [
        ("service-name", "answer-service-name"),
        ("service-offers", "answer-service-offers"),
        ("service-place", "answer-service-place"),
        ("service-phone", "answer-service-phone"),
        ("service-web", "answer-service-web"),
    ]
    .map(|(id, label)| (id, label, RwSignal::new(String::new())));
    let add_typed = move |_| {
        let [name, offers, place, phone, web] = fields.map(|(_, _, value)| value.get_untracked());
        if add(Ok(Offer::Service(typed_service(
            &name, &offers, &place, &phone, &web,
        )))) {
            for (_, _, value) in fields {
                value.set(String::new());
            }
        }
    };
    view! {
        <p class="hint">{i18n.tr("answer-service-hint")}</p>
        {fields.into_iter().map(|(id, label, value)| {
            let kind = match id {
                "service-phone" => "tel",
                "service-web" => "url",
                _ => "text",
            };
            view! {
                <div class="field">
                    <label for=id>{i18n.tr(label)}</label>
                    <input id=id type=kind autocomplete="off"
                        prop:value=value on:input:target=move |ev| value.set(ev.target().value()) />
                </div>
            }
        }).collect_view()}
        <button class="secondary" id="add-service" on:click=add_typed>{i18n.tr("answer-add-button")}</button>
    }
}

/// A step or a message: one text.
#[component]
fn OneText(
    id: &'static str,
    label: &'static str,
    add: impl Fn(Result<Offer, DraftProblem>) -> bool + Copy + Send + Sync + 'static,
    wrap: fn(String) -> Offer,
) -> impl IntoView {
    let i18n = I18n::get();
    let text = RwSignal::new(String::new());
    view! {
        <div class="field">
            <label for=id>{i18n.tr(label)}</label>
            <textarea id=id rows="3" prop:value=text on:input:target=move |ev| text.set(ev.target().value())></textarea>
        </div>
        <button class="secondary" id=format!("add-{id}") on:click=move |_| {
            if add(Ok(wrap(text.get_untracked()))) {
                text.set(String::new());
            }
        }>{i18n.tr("answer-add-button")}</button>
    }
}

/// The next meeting: a day, and a time and a place if known.
#[component]
fn MeetingForm(
    add: impl Fn(Result<Offer, DraftProblem>) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = I18n::get();
    let day = RwSignal::new(String::new());
    let time = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let add_meeting = move |_| {
        let meeting = meeting_from_form(
            &day.get_untracked(),
            &time.get_untracked(),
            &place.get_untracked(),
        );
        if add(meeting.map(Offer::Meeting)) {
            day.set(String::new());
            time.set(String::new());
            place.set(String::new());
        }
    };
    view! {
        <fieldset class="answer-meeting">
            <legend>{i18n.tr("answer-meeting")}</legend>
            <div class="field">
                <label for="meeting-day">{i18n.tr("answer-meeting-day")}</label>
                <input id="meeting-day" type="date" prop:value=day on:input:target=move |ev| day.set(ev.target().value()) />
            </div>
            <div class="field">
                <label for="meeting-time">{i18n.tr("answer-meeting-time")}</label>
                <input id="meeting-time" type="time" prop:value=time on:input:target=move |ev| time.set(ev.target().value()) />
            </div>
            <div class="field">
                <label for="meeting-place">{i18n.tr("answer-meeting-place")}</label>
                <input id="meeting-place" type="text" prop:value=place on:input:target=move |ev| place.set(ev.target().value()) />
            </div>
            <button class="secondary" id="add-meeting" on:click=add_meeting>{i18n.tr("answer-meeting-add")}</button>
        </fieldset>
    }
}
