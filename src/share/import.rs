//! Opening a plan on the case manager's page: what was pasted, scanned or
//! opened (a file, a link or a code), and the PIN tries of a protected code.

use super::{code_from_text, decode, file_code, is_protected, read_file, ShareError};
use crate::model::Plan;

/// Wrong PINs allowed before the code must be made again. This stops a
/// casual guesser at the screen, not an attacker with the code (see README).
pub const PIN_TRIES: u32 = 5;

/// What came of an attempt to open a plan.
#[derive(Debug, PartialEq)]
pub enum Opening {
    /// The plan is open.
    Opened(Box<Plan>),
    /// The code is protected: ask for its PIN.
    PinNeeded,
    /// It could not be opened; a wrong PIN with tries left is one.
    Failed(ShareError),
    /// The last try was a wrong PIN: the code is dropped.
    Locked,
}

/// One case manager's attempts to open a plan: holds a protected code while
/// its PIN is asked for, and the tries left.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportSession {
    locked_code: Option<String>,
    tries_left: u32,
}

impl ImportSession {
    /// Opens what was pasted or scanned, or a file's contents: a protected
    /// plan's file, a readable plan's file, or a link or code (whitespace
    /// and all, as SMS and e-mail wrap it).
    pub fn open(&mut self, text: &str) -> Opening {
        if let Some(code) = file_code(text) {
            self.open_code(code)
        } else if text.trim_start().starts_with('{') {
            self.opened(read_file(text, None))
        } else {
            self.open_code(code_from_text(text))
        }
    }

    /// Opens a share code, or keeps it to ask for its PIN, with every try
    /// ahead.
    pub fn open_code(&mut self, code: String) -> Opening {
        match is_protected(&code) {
            Err(error) => Opening::Failed(error),
            Ok(true) => {
                self.locked_code = Some(code);
                self.tries_left = PIN_TRIES;
                Opening::PinNeeded
            }
            Ok(false) => self.opened(decode(&code, None)),
        }
    }

    /// Tries a PIN on the code waiting for one; `None` when none waits.
    pub fn try_pin(&mut self, pin: &str) -> Option<Opening> {
        let code = self.locked_code.as_deref()?;
        Some(match decode(code, Some(pin)) {
            Err(ShareError::WrongPin) => {
                self.tries_left = self.tries_left.saturating_sub(1);
                if self.tries_left == 0 {
                    self.locked_code = None;
                    Opening::Locked
                } else {
                    Opening::Failed(ShareError::WrongPin)
                }
            }
            result => self.opened(result),
        })
    }

    /// Whether a protected code waits for its PIN.
    pub fn waiting_for_pin(&self) -> bool {
        self.locked_code.is_some()
    }

    /// How many PINs may still be tried on the waiting code.
    pub fn tries_left(&self) -> u32 {
        self.tries_left
    }

    fn opened(&mut self, result: Result<Plan, ShareError>) -> Opening {
        match result {
            Ok(plan) => {
                self.locked_code = None;
                Opening::Opened(Box::new(plan))
            }
            Err(error) => Opening::Failed(error),
        }
    }
}
