//! The screens after Welcome: the four steps, goals, review, share and
//! settings. In the release build (`--features split`, scripts/build.sh)
//! their code is a wasm module of its own, cut out of the app by
//! wasm-split (scripts/split-wasm.mjs) and fetched when the person leaves
//! Welcome, so that the download before the Start button carries the shell
//! and Welcome only.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::answers::Answers;
use super::check_in_step::CheckInStep;
use super::connect::Connect;
use super::continue_plan::ContinuePlan;
use super::goals_step::GoalsStep;
use super::nav::Screen;
use super::part_step::PartStep;
use super::review::Review;
use super::settings::Settings;
use super::share_step::ShareStep;
use super::welcome::Welcome;
use super::AppCtx;

/// Draws one screen; a plain function pointer, so that once the module is
/// in, every later screen is drawn at once, with no waiting.
pub type DrawScreen = fn(Screen) -> AnyView;

fn draw(screen: Screen) -> AnyView {
    match screen {
        Screen::Welcome => view! { <Welcome /> }.into_any(),
        Screen::Part(quadrant) => view! { <PartStep quadrant /> }.into_any(),
        Screen::Goals => view! { <GoalsStep /> }.into_any(),
        Screen::Review => view! { <Review /> }.into_any(),
        Screen::Share => view! { <ShareStep /> }.into_any(),
        Screen::Settings => view! { <Settings /> }.into_any(),
        Screen::Continue => view! { <ContinuePlan /> }.into_any(),
        Screen::CheckIn => view! { <CheckInStep /> }.into_any(),
        Screen::Answers => view! { <Answers /> }.into_any(),
        Screen::Connect => view! { <Connect /> }.into_any(),
    }
}

/// The screens' module could not be fetched (no signal before the service
/// worker had kept it). Asking again tries afresh.
#[derive(Debug)]
pub struct ScreensUnavailable;

#[cfg(all(any(feature = "split", feature = "split-open"), target_family = "wasm"))]
impl From<leptos::wasm_split::SplitLoaderError> for ScreensUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ScreensUnavailable
    }
}

/// The screens, fetched the first time (split build) or at hand (tests and
/// every other build, where the code is in the one module).
#[cfg(all(feature = "split", target_family = "wasm"))]
#[leptos::wasm_split::wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible)]
#[allow(improper_ctypes_definitions)]
pub fn load() -> Result<DrawScreen, ScreensUnavailable> {
    Ok(draw)
}

#[cfg(not(all(feature = "split", target_family = "wasm")))]
pub async fn load() -> Result<DrawScreen, ScreensUnavailable> {
    Ok(draw)
}

/// Fetches the screens the first time a screen other than Welcome is asked
/// for. Not before: a first visit fetches what Welcome needs, and the
/// service worker keeps the rest in the background (sw.js), so that on a
/// later visit, or a few seconds into this one, they come from the device.
pub fn fetch_when_needed(
    screen: RwSignal<Screen>,
    draw: RwSignal<Option<DrawScreen>>,
    unavailable: RwSignal<bool>,
) {
    Effect::new(move |asked: Option<bool>| {
        if asked == Some(true) || screen.get() == Screen::Welcome {
            return asked.unwrap_or(false);
        }
        fetch(draw, unavailable);
        true
    });
}

fn fetch(draw: RwSignal<Option<DrawScreen>>, unavailable: RwSignal<bool>) {
    unavailable.set(false);
    spawn_local(async move {
        match load().await {
            Ok(screens) => draw.set(Some(screens)),
            Err(ScreensUnavailable) => unavailable.set(true),
        }
    });
}

/// What shows when a screen is asked for before its code is in: a moment's
/// wait, or, with no signal, a way to try again.
#[component]
pub fn ScreensPending(
    draw: RwSignal<Option<DrawScreen>>,
    unavailable: RwSignal<bool>,
) -> impl IntoView {
    let i18n = AppCtx::get().i18n;
    move || {
        if unavailable.get() {
            view! {
                <h1 tabindex="-1">{i18n.tr("screens-unavailable-title")}</h1>
                <p>{i18n.tr("screens-unavailable-body")}</p>
                <button class="primary" id="screens-retry" on:click=move |_| fetch(draw, unavailable)>
                    {i18n.tr("try-again")}
                </button>
            }
            .into_any()
        } else {
            view! { <h1 tabindex="-1" class="pending">{i18n.tr("screens-loading")}</h1> }.into_any()
        }
    }
}
