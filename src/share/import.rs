//! Opening what someone brought: a plan on the case manager's page or the
//! client's own, an answer on the client's. What was pasted, scanned or
//! opened (a file, a link or a code), and the PIN tries of a protected code.

use super::{
    answer_code_from_text, code_from_text, decode, decode_answer, file_code, open_sealed,
    read_file, Keyring, SealedTo, ShareError,
};
use crate::model::{Answer, Plan};

/// Wrong PINs allowed before the code must be made again. This stops a
/// casual guesser at the screen, not an attacker with the code (see README).
pub const PIN_TRIES: u32 = 5;

/// What can be opened from a code: a plan or an answer.
pub trait Openable: Sized {
    /// The code in what was pasted, scanned or opened; or, for a file that
    /// holds the value readable, the value itself.
    fn read(text: &str) -> Result<Read<Self>, ShareError>;
    /// Opens a code; `ShareError::PinNeeded` when it has a PIN and none
    /// was given.
    fn decode(code: &str, pin: Option<&str>) -> Result<Self, ShareError>;
    /// Opens a code sealed to an agency with its keys. Only plans are
    /// sealed.
    fn open_sealed(code: &str, keys: &Keyring) -> Result<Self, ShareError>;
}

/// What [`Openable::read`] found.
pub enum Read<T> {
    Code(String),
    Value(T),
}

impl Openable for Plan {
    fn read(text: &str) -> Result<Read<Plan>, ShareError> {
        Ok(if let Some(code) = file_code(text) {
            Read::Code(code)
        } else if text.trim_start().starts_with('{') {
            Read::Value(read_file(text, None)?)
        } else {
            Read::Code(code_from_text(text))
        })
    }

    fn decode(code: &str, pin: Option<&str>) -> Result<Plan, ShareError> {
        decode(code, pin)
    }

    fn open_sealed(code: &str, keys: &Keyring) -> Result<Plan, ShareError> {
        open_sealed(code, keys)
    }
}

impl Openable for Answer {
    fn read(text: &str) -> Result<Read<Answer>, ShareError> {
        Ok(Read::Code(answer_code_from_text(text)))
    }

    fn decode(code: &str, pin: Option<&str>) -> Result<Answer, ShareError> {
        decode_answer(code, pin)
    }

    fn open_sealed(_: &str, _: &Keyring) -> Result<Answer, ShareError> {
        Err(ShareError::IsAPlan)
    }
}

/// What came of an attempt to open a code.
#[derive(Debug, PartialEq)]
pub enum Opening<T = Plan> {
    /// It is open.
    Opened(Box<T>),
    /// The code is protected: ask for its PIN.
    PinNeeded,
    /// The code is sealed to an agency's key that is not at hand: ask for
    /// it (its file, or the passphrase of the one kept here).
    Sealed(SealedTo),
    /// It could not be opened; a wrong PIN with tries left is one.
    Failed(ShareError),
    /// The last try was a wrong PIN: the code is dropped.
    Locked,
}

/// One person's attempts to open a plan or an answer: holds a protected
/// code while its PIN is asked for, and the tries left.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSession<T = Plan> {
    locked_code: Option<String>,
    /// A sealed code waiting for its agency's key.
    sealed_code: Option<String>,
    tries_left: u32,
    /// The PIN that opened the last code, for an answer to be sealed with.
    opened_with: Option<String>,
    opens: std::marker::PhantomData<fn() -> T>,
}

impl<T> Default for ImportSession<T> {
    fn default() -> Self {
        ImportSession {
            locked_code: None,
            sealed_code: None,
            tries_left: 0,
            opened_with: None,
            opens: std::marker::PhantomData,
        }
    }
}

impl<T: Openable> ImportSession<T> {
    /// Opens what was pasted or scanned, or a file's contents (whitespace
    /// and all, as SMS and e-mail wrap it).
    pub fn open(&mut self, text: &str) -> Opening<T> {
        match T::read(text) {
            Ok(Read::Code(code)) => self.open_code(code),
            Ok(Read::Value(value)) => self.opened(Ok(value), None),
            Err(error) => Opening::Failed(error),
        }
    }

    /// Opens a code, or keeps it to ask for its PIN, with every try ahead,
    /// or for its agency's key (see [`ImportSession::try_keys`]).
    pub fn open_code(&mut self, code: String) -> Opening<T> {
        self.sealed_code = None;
        match T::decode(&code, None) {
            Err(ShareError::PinNeeded) => {
                self.locked_code = Some(code);
                self.tries_left = PIN_TRIES;
                Opening::PinNeeded
            }
            Err(ShareError::Sealed(to)) => {
                self.sealed_code = Some(code);
                Opening::Sealed(to)
            }
            result => self.opened(result, None),
        }
    }

    /// Tries the agency's keys on the sealed code waiting for one; `None`
    /// when none waits. The code waits on while its key is not at hand.
    pub fn try_keys(&mut self, keys: &Keyring) -> Option<Opening<T>> {
        let code = self.sealed_code.as_deref()?;
        Some(match T::open_sealed(code, keys) {
            Err(ShareError::Sealed(to)) => Opening::Sealed(to),
            result => {
                self.sealed_code = None;
                self.opened(result, None)
            }
        })
    }

    /// To whom the waiting sealed code is sealed, if one waits.
    pub fn waiting_for_key(&self) -> Option<SealedTo> {
        let code = self.sealed_code.as_deref()?;
        super::sealed_to(code).ok()
    }

    /// Tries a PIN on the code waiting for one; `None` when none waits.
    pub fn try_pin(&mut self, pin: &str) -> Option<Opening<T>> {
        let code = self.locked_code.as_deref()?;
        Some(match T::decode(code, Some(pin)) {
            Err(ShareError::WrongPin) => {
                self.tries_left = self.tries_left.saturating_sub(1);
                if self.tries_left == 0 {
                    self.locked_code = None;
                    Opening::Locked
                } else {
                    Opening::Failed(ShareError::WrongPin)
                }
            }
            result => self.opened(result, Some(pin.trim().to_owned())),
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

    /// The PIN that opened the last code, if it had one: the case manager's
    /// answer to a protected plan is protected with the same PIN.
    pub fn opened_with(&self) -> Option<&str> {
        self.opened_with.as_deref()
    }

    fn opened(&mut self, result: Result<T, ShareError>, pin: Option<String>) -> Opening<T> {
        match result {
            Ok(value) => {
                self.locked_code = None;
                self.opened_with = pin;
                Opening::Opened(Box::new(value))
            }
            Err(error) => Opening::Failed(error),
        }
    }
}
