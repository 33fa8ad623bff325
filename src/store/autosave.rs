use std::time::Duration;

use leptos::prelude::*;

use super::{save_plan, Backend, Notice};
use crate::model::Plan;

/// How long typing may pause before the draft is written.
const DELAY: Duration = Duration::from_millis(400);

/// Saves the plan a moment after each change, and at once when the page is
/// hidden (tab switched, phone locked, app closed), so nothing typed is lost.
#[derive(Clone, Copy)]
pub struct Autosave {
    plan: RwSignal<Plan>,
    pending: StoredValue<Option<TimeoutHandle>>,
    enabled: StoredValue<bool>,
    backend: Backend,
    notice: RwSignal<Option<Notice>>,
}

impl Autosave {
    /// Starts saving `plan`. With `enabled` false nothing is written, so that
    /// a draft we could not read is never overwritten. Failures are reported
    /// through `notice`.
    pub fn start(
        plan: RwSignal<Plan>,
        backend: Backend,
        enabled: bool,
        notice: RwSignal<Option<Notice>>,
    ) -> Autosave {
        let autosave = Autosave {
            plan,
            pending: StoredValue::new(None),
            enabled: StoredValue::new(enabled),
            backend,
            notice,
        };
        Effect::new(move |first_run: Option<()>| {
            plan.track();
            // The first run only subscribes: the plan was just restored.
            if first_run.is_some() {
                autosave.schedule();
            }
        });
        let on_hide = move || {
            let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
            if hidden {
                autosave.flush();
            }
        };
        // Both listeners live as long as the page: their handles are dropped, not removed.
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| on_hide());
        let _ = window_event_listener(leptos::ev::pagehide, move |_| autosave.flush());
        autosave
    }

    fn schedule(self) {
        self.cancel();
        let handle = set_timeout_with_handle(move || self.save_now(), DELAY).ok();
        self.pending.set_value(handle);
    }

    fn cancel(self) -> bool {
        match self.pending.try_update_value(Option::take).flatten() {
            Some(handle) => {
                handle.clear();
                true
            }
            None => false,
        }
    }

    /// Drops a pending save and lets saving go on: after erasing, nothing of
    /// the last client may be written back.
    pub fn reset(self) {
        self.cancel();
        self.enabled.set_value(true);
    }

    /// Writes a pending save now.
    pub fn flush(self) {
        if self.cancel() {
            self.save_now();
        }
    }

    fn save_now(self) {
        self.pending.set_value(None);
        if !self.enabled.get_value() {
            return;
        }
        let result = self
            .plan
            .with_untracked(|plan| save_plan(self.backend, plan));
        match result {
            Ok(()) => {
                // A save that works again clears an earlier "device is full".
                if self.notice.get_untracked() == Some(Notice::StorageFull) {
                    self.notice.set(None);
                }
            }
            Err(error) => self.notice.set(Some(error.into())),
        }
    }
}
