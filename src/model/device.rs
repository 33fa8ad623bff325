use serde::{Deserialize, Serialize};

/// How this device is used. Set once by staff; the default is a personal phone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeviceMode {
    /// The client's own device: the draft is kept until they delete it.
    #[default]
    Personal,
    /// A shared tablet: the draft lives only for this visit and is erased
    /// after inactivity or when the client is finished.
    Kiosk,
}

/// The only things a kiosk keeps between clients.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceConfig {
    pub mode: DeviceMode,
    /// Seconds without a touch or key before the "are you still there?" warning.
    pub idle_seconds: u32,
    /// The language each new client starts in (a BCP 47 tag); `None` follows
    /// the browser.
    pub default_lang: Option<String>,
}

impl DeviceConfig {
    /// Three minutes, long enough to think, short enough that the next person
    /// in the queue never sees the last one's answers.
    pub const DEFAULT_IDLE_SECONDS: u32 = 180;
    /// The shortest idle time staff can set (tests use it too).
    pub const MIN_IDLE_SECONDS: u32 = 5;
    /// The longest.
    pub const MAX_IDLE_SECONDS: u32 = 3600;

    /// The configuration a setup link asks for, such as
    /// `?setup=kiosk&idle=120&lang=pl`; `None` when the query is not a setup.
    pub fn from_setup_query(query: &str) -> Option<DeviceConfig> {
        let pairs: Vec<(&str, &str)> = query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
            .collect();
        let value = |key: &str| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
        let mode = match value("setup")? {
            "kiosk" => DeviceMode::Kiosk,
            "personal" => DeviceMode::Personal,
            _ => return None,
        };
        let idle_seconds = value("idle")
            .and_then(|v| v.parse::<u32>().ok())
            .map_or(Self::DEFAULT_IDLE_SECONDS, Self::clamp_idle);
        let default_lang = value("lang")
            .filter(|l| !l.is_empty() && l.len() <= 35)
            .map(str::to_owned);
        Some(DeviceConfig {
            mode,
            idle_seconds,
            default_lang,
        })
    }

    /// The agency's key a setup link gives (`agency=WK1-…`), as text: it is
    /// read, and checked, where plans are sealed.
    pub fn agency_in_setup_query(query: &str) -> Option<&str> {
        query
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix("agency="))
            .filter(|code| !code.is_empty())
    }

    /// An idle time staff asked for, kept between the shortest and the
    /// longest.
    pub fn clamp_idle(seconds: u32) -> u32 {
        seconds.clamp(Self::MIN_IDLE_SECONDS, Self::MAX_IDLE_SECONDS)
    }

    /// The idle time typed on the settings screen, in minutes: kept within
    /// bounds, and the default when it is not a number.
    pub fn idle_seconds_from_minutes(minutes: &str) -> u32 {
        minutes
            .trim()
            .parse::<u32>()
            .map_or(Self::DEFAULT_IDLE_SECONDS, |m| {
                Self::clamp_idle(m.saturating_mul(60))
            })
    }

    /// The idle time in whole minutes for the settings screen, at least one.
    pub fn idle_minutes(&self) -> u32 {
        (self.idle_seconds / 60).max(1)
    }

    /// How long the "are you still there?" countdown runs before erasing: a
    /// third of the idle time, between 10 and 60 seconds.
    pub fn warning_seconds(&self) -> u32 {
        (self.idle_seconds / 3).clamp(10, 60)
    }
}

impl Default for DeviceConfig {
    fn default() -> DeviceConfig {
        DeviceConfig {
            mode: DeviceMode::Personal,
            idle_seconds: Self::DEFAULT_IDLE_SECONDS,
            default_lang: None,
        }
    }
}
