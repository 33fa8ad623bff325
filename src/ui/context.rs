use chrono::Datelike;
use leptos::prelude::*;

use super::Screen;
use crate::i18n::{Arg, Lang, Localizer};
use crate::model::{from_millis, Answer, Day, Plan, Timestamp};
use crate::model::{DeviceConfig, DeviceMode};
use crate::store::{Autosave, Backend, Notice};

/// The active language's messages. Reading a message subscribes the view to
/// language changes. A page shows its screens once the first language's
/// messages are in ([`I18n::ready`]); a switch keeps the old language on
/// screen until the new one has arrived.
#[derive(Clone, Copy)]
pub struct I18n {
    shown: RwSignal<Option<Localizer>, LocalStorage>,
    /// The language last asked for: a slower earlier request never wins.
    wanted: StoredValue<Lang>,
    /// The page's starting language, tried again while nothing has loaded.
    first: Lang,
}

impl I18n {
    /// Starts loading the page's messages in `lang`.
    pub fn load(lang: Lang) -> I18n {
        let i18n = I18n {
            shown: RwSignal::new_local(None),
            wanted: StoredValue::new(lang),
            first: lang,
        };
        i18n.fetch(lang, Box::new(|_| {}));
        i18n
    }

    /// Messages that are already in, for the wasm tests.
    pub fn ready_with(localizer: Localizer) -> I18n {
        I18n {
            wanted: StoredValue::new(localizer.lang()),
            first: localizer.lang(),
            shown: RwSignal::new_local(Some(localizer)),
        }
    }

    /// The messages provided by the page (see [`super::App`]).
    pub fn get() -> I18n {
        expect_context()
    }

    /// Whether the messages of a language are in, so the page can show.
    pub fn ready(self) -> bool {
        self.shown.with(Option::is_some)
    }

    pub fn t(self, id: &str) -> String {
        self.with(|l| l.text(id))
    }

    /// A message as a reactive view or attribute value. Every call returns the
    /// same closure type, so the hundred labels of the UI share one compiled
    /// renderer instead of each bringing its own (measured: 3 KB less brotli).
    pub fn tr(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// A number in the reader's digits (Persian ones in Persian).
    pub fn number(self, n: usize) -> String {
        self.with(|l| l.number(n as u64))
    }

    pub fn count(self, id: &str, count: usize) -> String {
        self.with(|l| l.count(id, count))
    }

    pub fn format(self, id: &str, args: &[(&str, Arg)]) -> String {
        self.with(|l| l.format(id, args))
    }

    /// A day written the way the reader's language writes dates.
    pub fn date(self, date: Day) -> String {
        let lang = self.lang();
        let js_date = js_sys::Date::new_with_year_month_day(
            date.year() as u32,
            date.month0() as i32,
            date.day() as i32,
        );
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
        js_date.to_locale_date_string(lang.code(), &options).into()
    }

    /// Runs `f` with the active language's messages (for the exports), or
    /// gives the empty text while none are in: no screen shows then.
    pub fn with<R: Default>(self, f: impl FnOnce(&Localizer) -> R) -> R {
        self.shown
            .with(|shown| shown.as_ref().map(f).unwrap_or_default())
    }

    /// The language on screen (the one asked for while none is in yet).
    pub fn lang(self) -> Lang {
        self.shown
            .with(|shown| shown.as_ref().map(Localizer::lang))
            .unwrap_or_else(|| self.wanted.get_value())
    }

    /// Switches language once its messages are in; the page's `lang` and
    /// `dir` follow (see `App`).
    pub fn set(self, lang: Lang) {
        self.switch(lang, |_| {});
    }

    /// Switches language, then calls `done` with whether `lang` is now on
    /// screen (false when its messages could not be had, say offline before
    /// the service worker kept them: the page stays in its language).
    pub fn switch(self, lang: Lang, done: impl FnOnce(bool) + 'static) {
        if self.ready() && self.lang() == lang {
            self.wanted.set_value(lang);
            done(true);
        } else {
            self.fetch(lang, Box::new(done));
        }
    }

    fn fetch(self, lang: Lang, done: Box<dyn FnOnce(bool)>) {
        self.wanted.set_value(lang);
        leptos::task::spawn_local(async move {
            let source = super::messages::fetch(lang).await;
            // The page may have gone, or another language been asked for.
            if self.wanted.try_get_value() != Some(lang) {
                return;
            }
            match source {
                Ok(source) => {
                    // A message that does not parse shows its id; the
                    // tests keep there being none.
                    let (localizer, _problems) = Localizer::from_sources(lang, [source]);
                    self.shown.try_set(Some(localizer));
                    done(true);
                }
                // Nothing on screen yet: English rather than no page, and
                // if even that cannot be had (a first visit on a flaky
                // signal), try again in a moment rather than never.
                Err(_) if !self.ready() => {
                    let next = if lang == Lang::En {
                        self.first
                    } else {
                        Lang::En
                    };
                    let again = move || self.fetch(next, Box::new(|_| {}));
                    if lang == Lang::En {
                        set_timeout(again, std::time::Duration::from_secs(3));
                    } else {
                        again();
                    }
                }
                // The page stays in its language, and asking again tries again.
                Err(_) => {
                    self.wanted.set_value(self.lang());
                    done(false);
                }
            }
        });
    }
}

/// Everything the screens share, provided once by [`super::App`].
#[derive(Clone, Copy)]
pub struct AppCtx {
    pub plan: RwSignal<Plan>,
    pub i18n: I18n,
    pub screen: RwSignal<Screen>,
    pub notice: RwSignal<Option<Notice>>,
    /// How this device is used, as staff set it.
    pub device: RwSignal<DeviceConfig>,
    /// Where the client's draft is kept on this device.
    pub backend: Backend,
    pub autosave: Autosave,
    /// Whether the browser agreed to keep the draft through low storage;
    /// `None` until asked.
    pub persisted: RwSignal<Option<bool>>,
    /// A plan's code that came with the address (`#continue/<code>`), for
    /// the Continue screen to open.
    pub incoming: RwSignal<Option<String>>,
    /// An answer's code that came with the address (`#answer/<code>`).
    pub incoming_answer: RwSignal<Option<String>>,
    /// An answer to a plan that is not on this device: it waits, in memory
    /// only, while the client opens that plan first.
    pub waiting_answer: RwSignal<Option<Answer>>,
    /// An agency's key that came with the address (`#agency/<code>`), for
    /// the Connect screen to show before the client accepts it.
    pub incoming_agency: RwSignal<Option<String>>,
    /// The agency this device seals plans to, if any.
    pub agency: RwSignal<Option<crate::store::SavedAgency>>,
}

impl AppCtx {
    pub fn get() -> AppCtx {
        expect_context()
    }

    /// Whether this device is a shared kiosk (tracked: views follow a change
    /// in the staff's setup).
    pub fn kiosk(self) -> bool {
        self.device.with(|d| d.mode == DeviceMode::Kiosk)
    }

    /// Changes the plan through a model operation and stamps the time.
    pub fn edit<R>(self, change: impl FnOnce(&mut Plan) -> R) -> R {
        // The write guard notifies the views when it drops; taking it here
        // keeps the signal machinery out of each call site's generic copy.
        let mut plan = self.plan.write();
        plan.touch(now());
        change(&mut plan)
    }
}

/// Today in the client's own time zone: a check-in or a share is told by
/// the day the client lived it.
pub fn today() -> Day {
    let date = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_default()
}

/// The day of `moment` in the client's own time zone.
pub fn local_day(moment: Timestamp) -> Day {
    let date = js_sys::Date::new(&(moment.timestamp_millis() as f64).into());
    chrono::NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_else(|| moment.date_naive())
}

/// The current time, from the browser's clock.
pub fn now() -> Timestamp {
    from_millis(js_sys::Date::now() as i64).unwrap_or_default()
}
