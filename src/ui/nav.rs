//! Which screen is showing, kept in the address's fragment so that the back
//! button and a reload work. Only step names go there, never the client's words.

use leptos::prelude::*;

use crate::model::Quadrant;

/// A screen of the client's journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Part(Quadrant),
    Goals,
    Review,
    Share,
    /// What is kept on this device, "Delete my data", and the staff's setup.
    Settings,
    /// "I have a plan already": open one's plan from its QR, link, code or file.
    Continue,
    /// "How is it going?"
    CheckIn,
    /// What the case manager suggested, and the client's yes or not now.
    Answers,
    /// An agency's "connect" link: use its key to seal plans to it?
    Connect,
}

impl Screen {
    /// The journey in order.
    pub const JOURNEY: [Screen; 8] = [
        Screen::Welcome,
        Screen::Part(Quadrant::Strengths),
        Screen::Part(Quadrant::Weaknesses),
        Screen::Part(Quadrant::Opportunities),
        Screen::Part(Quadrant::Threats),
        Screen::Goals,
        Screen::Review,
        Screen::Share,
    ];

    /// Screens outside the client's journey.
    const OTHERS: [Screen; 5] = [
        Screen::Settings,
        Screen::Continue,
        Screen::CheckIn,
        Screen::Answers,
        Screen::Connect,
    ];

    /// The fragment that names this screen, `""` for Welcome.
    pub fn slug(self) -> &'static str {
        match self {
            Screen::Welcome => "",
            Screen::Part(Quadrant::Strengths) => "strengths",
            Screen::Part(Quadrant::Weaknesses) => "hard",
            Screen::Part(Quadrant::Opportunities) => "help",
            Screen::Part(Quadrant::Threats) => "worries",
            Screen::Goals => "goals",
            Screen::Review => "review",
            Screen::Share => "share",
            Screen::Settings => "settings",
            Screen::Continue => "continue",
            Screen::CheckIn => "check-in",
            Screen::Answers => "answers",
            Screen::Connect => "connect",
        }
    }

    /// The screen a fragment names (with or without its `#`); Welcome for
    /// anything else.
    pub fn from_fragment(fragment: &str) -> Screen {
        let slug = fragment.trim_start_matches('#');
        Screen::JOURNEY
            .into_iter()
            .chain(Screen::OTHERS)
            .find(|s| s.slug() == slug)
            .unwrap_or(Screen::Welcome)
    }

    /// Where this screen comes in the journey (Welcome is 0).
    pub fn position(self) -> usize {
        Screen::JOURNEY.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Screen> {
        self.in_journey()
            .then(|| Screen::JOURNEY.get(self.position() + 1).copied())
            .flatten()
    }

    pub fn previous(self) -> Option<Screen> {
        self.in_journey()
            .then(|| self.position().checked_sub(1).map(|i| Screen::JOURNEY[i]))
            .flatten()
    }

    fn in_journey(self) -> bool {
        Screen::JOURNEY.contains(&self)
    }
}

/// The screen named in the current address.
pub fn current_from_location() -> Screen {
    let hash = window().location().hash().unwrap_or_default();
    Screen::from_fragment(&hash)
}

/// The address of a screen: its fragment, or the bare path for Welcome.
pub fn url_of(screen: Screen) -> String {
    match screen.slug() {
        "" => window()
            .location()
            .pathname()
            .unwrap_or_else(|_| "/".into()),
        slug => format!("#{slug}"),
    }
}

/// Shows `screen` and adds it to the browser's history.
pub fn go(screen_signal: RwSignal<Screen>, screen: Screen) {
    super::browser::push_address(&url_of(screen));
    screen_signal.set(screen);
}

/// Follows the back and forward buttons; opens a client's "continue it
/// here" link (`#continue/<code>`) on the Continue screen and an answer's
/// link (`#answer/<code>`) on the Answers screen; and sends an old share
/// link (`#i/<code>`) opened in a tab where this app already runs to the
/// case manager's page, as `index.html` does for one opened afresh.
pub fn follow_history(
    screen_signal: RwSignal<Screen>,
    incoming: RwSignal<Option<String>>,
    incoming_answer: RwSignal<Option<String>>,
    incoming_agency: RwSignal<Option<String>>,
) {
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        let hash = window().location().hash().unwrap_or_default();
        if hash.starts_with(crate::share::LINK_MARKER) {
            let page = format!("{}{hash}", crate::share::CASE_MANAGER_PAGE);
            let _ = window().location().replace(&page);
            return;
        }
        if let Some(code) = take_continue_code() {
            incoming.set(Some(code));
        }
        if let Some(code) = take_answer_code() {
            incoming_answer.set(Some(code));
        }
        if let Some(code) = take_agency_code() {
            incoming_agency.set(Some(code));
        }
        screen_signal.set(current_from_location());
    });
}

/// The code of a "continue it here" link (`#continue/<code>`, from the case
/// manager's page opened on the client's own phone), taken out of the
/// address, which then names the Continue screen.
pub fn take_continue_code() -> Option<String> {
    take_code(crate::share::CONTINUE_MARKER, Screen::Continue)
}

/// The code of an answer's link (`#answer/<code>`), taken out of the
/// address, which then names the Answers screen.
pub fn take_answer_code() -> Option<String> {
    take_code(crate::share::ANSWER_MARKER, Screen::Answers)
}

/// The key of an agency's "connect" link (`#agency/<code>`), taken out of
/// the address, which then names the Connect screen.
pub fn take_agency_code() -> Option<String> {
    take_code(crate::share::CONNECT_MARKER, Screen::Connect)
}

fn take_code(marker: &str, screen: Screen) -> Option<String> {
    let hash = window().location().hash().ok()?;
    let code = hash.strip_prefix(marker)?.to_owned();
    super::browser::replace_address(&url_of(screen));
    Some(code)
}
