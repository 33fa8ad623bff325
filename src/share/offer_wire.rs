//! Suggestions as codes carry them: inside a plan of format 3 (with the
//! client's choice) and inside the case manager's answer. Positional
//! (postcard), so every field and variant order here is frozen.

use chrono::{NaiveTime, Timelike, Weekday};
use serde::{Deserialize, Serialize};

use super::wire::{area_from_wire, area_to_wire, day_from_wire, day_to_wire, BadValue};
use crate::model::{Hours, Meeting, Offer, Service};

#[derive(Serialize, Deserialize)]
pub enum OfferWire {
    Service(ServiceWire),
    Step(String),
    Meeting(MeetingWire),
    Message(String),
}

#[derive(Serialize, Deserialize)]
pub struct ServiceWire {
    name: String,
    offers: Option<String>,
    organization: Option<String>,
    place: Option<String>,
    hours: Vec<HoursWire>,
    phone: Option<String>,
    web: Option<String>,
    lang: Option<String>,
    /// As a plan's areas travel: 0 for none, else the index plus one.
    area: u8,
    directory_id: Option<String>,
}

#[derive(Serialize, Deserialize)]
pub struct HoursWire {
    /// Bit 0 for Monday to bit 6 for Sunday.
    days: u8,
    /// Minutes after midnight.
    opens: Option<u16>,
    closes: Option<u16>,
}

#[derive(Serialize, Deserialize)]
pub struct MeetingWire {
    /// Days after the base day (the plan's, or the answer's).
    on: i32,
    at: Option<u16>,
    place: Option<String>,
}

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// Times travel as whole minutes: a model time with seconds is not valid
/// (`Plan::validate`), so none is lost.
fn minutes(time: NaiveTime) -> u16 {
    (time.hour() * 60 + time.minute()) as u16
}

fn time_from_wire(minutes: u16) -> Result<NaiveTime, BadValue> {
    let minutes = u32::from(minutes);
    NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).ok_or(BadValue)
}

impl OfferWire {
    pub fn from_offer(offer: &Offer, base: i32) -> OfferWire {
        match offer {
            Offer::Step(text) => OfferWire::Step(text.clone()),
            Offer::Message(text) => OfferWire::Message(text.clone()),
            Offer::Meeting(meeting) => OfferWire::Meeting(MeetingWire {
                on: day_to_wire(meeting.on, base),
                at: meeting.at.map(minutes),
                place: meeting.place.clone(),
            }),
            Offer::Service(service) => OfferWire::Service(ServiceWire {
                name: service.name.clone(),
                offers: service.offers.clone(),
                organization: service.organization.clone(),
                place: service.place.clone(),
                hours: service
                    .hours
                    .iter()
                    .map(|hours| HoursWire {
                        days: hours
                            .days
                            .iter()
                            .fold(0, |bits, day| bits | 1 << day.num_days_from_monday()),
                        opens: hours.opens.map(minutes),
                        closes: hours.closes.map(minutes),
                    })
                    .collect(),
                phone: service.phone.clone(),
                web: service.web.clone(),
                lang: service.lang.clone(),
                area: area_to_wire(service.area),
                directory_id: service.directory_id.clone(),
            }),
        }
    }

    pub fn into_offer(self, base: i32) -> Result<Offer, BadValue> {
        let time = |t: Option<u16>| t.map(time_from_wire).transpose();
        Ok(match self {
            OfferWire::Step(text) => Offer::Step(text),
            OfferWire::Message(text) => Offer::Message(text),
            OfferWire::Meeting(meeting) => Offer::Meeting(Meeting {
                on: day_from_wire(meeting.on, base)?,
                at: time(meeting.at)?,
                place: meeting.place,
            }),
            OfferWire::Service(service) => Offer::Service(Service {
                name: service.name,
                offers: service.offers,
                organization: service.organization,
                place: service.place,
                hours: service
                    .hours
                    .into_iter()
                    .map(|hours| {
                        // Bit 7 would be an eighth day: a second spelling.
                        if hours.days & 0x80 != 0 {
                            return Err(BadValue);
                        }
                        Ok(Hours {
                            days: WEEK
                                .into_iter()
                                .filter(|d| hours.days & 1 << d.num_days_from_monday() != 0)
                                .collect(),
                            opens: time(hours.opens)?,
                            closes: time(hours.closes)?,
                        })
                    })
                    .collect::<Result<_, _>>()?,
                phone: service.phone,
                web: service.web,
                lang: service.lang,
                area: area_from_wire(service.area)?,
                directory_id: service.directory_id,
            }),
        })
    }
}
