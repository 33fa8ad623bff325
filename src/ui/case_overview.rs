//! What a case manager reads first on an opened plan: what the client asks
//! of them, the life areas to connect, what is new since the last share,
//! the check-ins, and a picture of the steps done over time.

use leptos::prelude::*;

use super::changes_since::ChangesSince;
use super::I18n;
use crate::model::{Day, Goal, Plan};
use crate::share::words::{check_in_said, goal_title};

#[component]
pub fn CaseOverview(plan: Signal<Plan>) -> impl IntoView {
    let i18n = I18n::get();
    let lang = move || plan.with(|p| p.lang.clone());
    let asks = move || {
        plan.with(|p| {
            let asks: Vec<_> = p
                .goals
                .iter()
                .filter_map(|g| g.help_wanted.as_ref().map(|help| (g, help)))
                .map(|(goal, help)| {
                    let title = i18n.with(|l| goal_title(l, goal));
                    view! {
                        <li>
                            <span class="summary-label"><bdi lang=lang() class="own">{title}</bdi>": "</span>
                            <bdi lang=lang() class="own">{help.clone()}</bdi>
                        </li>
                    }
                })
                .collect();
            if asks.is_empty() {
                view! { <p class="empty">{i18n.t("cm-asks-none")}</p> }.into_any()
            } else {
                view! { <ul>{asks}</ul> }.into_any()
            }
        })
    };
    let areas = move || {
        plan.with(|p| {
            p.life_areas()
                .into_iter()
                .map(|area| {
                    view! {
                        <li class="area-chip">
                            <span aria-hidden="true">{area.icon()}" "</span>{i18n.t(area.message_id())}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let first_share = move || plan.with(|p| p.shared.is_none());
    view! {
        <section class="overview-asks" aria-labelledby="asks-title">
            <h2 id="asks-title">{i18n.tr("cm-asks-title")}</h2>
            {asks}
        </section>
        <Show when=move || plan.with(|p| !p.life_areas().is_empty())>
            <section class="overview-areas" aria-labelledby="areas-title">
                <h2 id="areas-title">{i18n.tr("cm-areas-title")}</h2>
                <ul class="area-list">{areas}</ul>
            </section>
        </Show>
        <Show
            when=first_share
            fallback=move || view! { <ChangesSince plan title="cm-new-since" /> }
        >
            <p class="changes-since first-share">{i18n.tr("cm-first-share")}</p>
        </Show>
        <Timeline plan />
    }
}

/// The check-ins, newest first, each with what the client said of each
/// goal; then, per goal with steps, the picture of steps done over time.
#[component]
fn Timeline(plan: Signal<Plan>) -> impl IntoView {
    let i18n = I18n::get();
    move || {
        plan.with(|p| {
            let check_ins: Vec<_> = p
                .check_ins
                .iter()
                .rev()
                .map(|check_in| {
                    let entries = check_in
                        .goals
                        .iter()
                        .filter_map(|entry| {
                            let goal = p.goal(entry.goal)?;
                            let title = i18n.with(|l| goal_title(l, goal));
                            let said = i18n.with(|l| check_in_said(l, entry)).join(" · ");
                            Some(view! {
                                <li>
                                    <span class="summary-label"><bdi lang=p.lang.clone() class="own">{title}</bdi>": "</span>
                                    <bdi>{said}</bdi>
                                </li>
                            })
                        })
                        .collect_view();
                    view! {
                        <li class="timeline-entry">
                            <span class="history-day">{i18n.date(check_in.on)}</span>
                            <ul>{entries}</ul>
                        </li>
                    }
                })
                .collect();
            let charts = p
                .goals
                .iter()
                .filter(|g| !g.steps.is_empty())
                .map(|goal| steps_chart(i18n, p, goal))
                .collect_view();
            let list = if check_ins.is_empty() {
                view! { <p class="empty">{i18n.t("cm-timeline-none")}</p> }.into_any()
            } else {
                view! { <ol class="timeline">{check_ins}</ol> }.into_any()
            };
            view! {
                <section class="overview-timeline" aria-labelledby="timeline-title">
                    <h2 id="timeline-title">{i18n.t("cm-timeline-title")}</h2>
                    {list}
                </section>
                <section class="overview-charts" aria-labelledby="charts-title">
                    <h2 id="charts-title">{i18n.t("cm-chart-title")}</h2>
                    <div class="charts">{charts}</div>
                </section>
            }
        })
    }
}

/// The chart's drawing area, in SVG units.
const WIDTH: f64 = 300.0;
const HEIGHT: f64 = 100.0;
const PAD: f64 = 12.0;

/// One goal's steps done over time: a line over the days, its height the
/// share of steps done, time running in the reader's direction. The same
/// figures are written out beside it for screen readers.
fn steps_chart(i18n: I18n, plan: &Plan, goal: &Goal) -> impl IntoView {
    let points = plan.steps_done_over_time(goal.id);
    let total = goal.steps.len();
    let rtl = i18n.lang().direction() == crate::i18n::Direction::Rtl;
    let xy = chart_xy(&points, total, rtl);
    let line: String = xy.iter().map(|(x, y)| format!("{x:.1},{y:.1} ")).collect();
    let title = i18n.with(|l| goal_title(l, goal));
    let described = points
        .iter()
        .map(|(on, done)| {
            let point = i18n.format(
                "cm-chart-point",
                &[
                    ("date", i18n.date(*on).into()),
                    ("done", (*done).into()),
                    ("total", total.into()),
                ],
            );
            view! { <li>{point}</li> }
        })
        .collect_view();
    let dots = xy
        .iter()
        .map(|(x, y)| view! { <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="4" /> })
        .collect_view();
    view! {
        <figure class="steps-chart" data-goal=goal.id>
            <figcaption><bdi lang=plan.lang.clone() class="own">{title}</bdi></figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") aria-hidden="true" focusable="false">
                <line class="axis" x1=PAD y1=HEIGHT - PAD x2=WIDTH - PAD y2=HEIGHT - PAD />
                <line class="axis full" x1=PAD y1=PAD x2=WIDTH - PAD y2=PAD />
                <polyline points=line />
                {dots}
            </svg>
            <ul class="chart-figures">{described}</ul>
        </figure>
    }
}

/// Where each point goes: days spread over the width (first day at the
/// start of the reader's line), steps done over the height (all done at
/// the top).
fn chart_xy(points: &[(Day, usize)], total: usize, rtl: bool) -> Vec<(f64, f64)> {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return Vec::new();
    };
    let span = (last.0 - first.0).num_days().max(1) as f64;
    let single = points.len() == 1;
    points
        .iter()
        .map(|(on, done)| {
            let along = if single {
                0.5
            } else {
                (*on - first.0).num_days() as f64 / span
            };
            let along = if rtl { 1.0 - along } else { along };
            let x = PAD + along * (WIDTH - 2.0 * PAD);
            let share = *done as f64 / total.max(1) as f64;
            let y = HEIGHT - PAD - share * (HEIGHT - 2.0 * PAD);
            (x, y)
        })
        .collect()
}
