//! RFC 9293's connection state diagram (Figure 5), with both endpoints'
//! states marked (a circled C and a squared S: shape, not only colour) and
//! the transition each took last highlighted. Clicking a state or an edge
//! explains it.

use crate::i18n::{use_i18n, I18n};
use tcp_engine::diagram::EDGES;
use tcp_engine::sim::{BySide, Side};
use tcp_engine::State;
use yew::prelude::*;

/// Props of [`StateDiagram`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Each side's state.
    pub states: BySide<State>,
    /// The last transition of each side, if any.
    pub last: BySide<Option<(State, State)>>,
}

const W: i32 = 130;
const H: i32 = 40;

/// Where each state's box is centred (CLOSED also appears bottom right,
/// as in the RFC's figure).
fn position(state: State) -> (i32, i32) {
    match state {
        State::Closed => (360, 40),
        State::Listen => (360, 140),
        State::SynReceived => (110, 250),
        State::SynSent => (610, 250),
        State::Established => (360, 350),
        State::FinWait1 => (110, 450),
        State::CloseWait => (610, 450),
        State::FinWait2 => (110, 570),
        State::Closing => (360, 570),
        State::LastAck => (610, 570),
        State::TimeWait => (360, 680),
    }
}

const CLOSED_AGAIN: (i32, i32) = (610, 680);

/// The catalog key of a state's meaning.
fn state_key(state: State) -> String {
    format!("state-{}", state.name().to_ascii_lowercase())
}

/// An edge drawn: its path, the point its label is centred on, its tip
/// and the direction it arrives in.
struct Drawn {
    path: String,
    label_at: (i32, i32),
    tip: (f64, f64),
    dir: (f64, f64),
}

/// Where edge `i` goes: it leaves and enters at the boxes' edges, not
/// their centres.
fn draw_edge(i: usize) -> Drawn {
    let edge = EDGES[i];
    let (from, to) = (edge.from, edge.to);
    let (x1, y1) = position(from);
    let (x2, y2) = if to == State::Closed && matches!(from, State::TimeWait | State::LastAck) {
        CLOSED_AGAIN
    } else {
        position(to)
    };
    let (dx, dy) = ((x2 - x1) as f64, (y2 - y1) as f64);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / len, dy / len);
    let inset = |ux: f64, uy: f64| {
        let tx = if ux.abs() > 1e-6 {
            (W as f64 / 2.0) / ux.abs()
        } else {
            f64::MAX
        };
        let ty = if uy.abs() > 1e-6 {
            (H as f64 / 2.0) / uy.abs()
        } else {
            f64::MAX
        };
        tx.min(ty) + 3.0
    };
    let d = inset(ux, uy);
    let (sx, sy) = (x1 as f64 + ux * d, y1 as f64 + uy * d);
    let (ex, ey) = (x2 as f64 - ux * d, y2 as f64 - uy * d);
    // Opposite edges (LISTEN ⇄ SYN-RCVD) are bent apart.
    let bend = if matches!(
        (from, to),
        (State::SynReceived, State::Listen)
            | (State::SynSent, State::Closed)
            | (State::Listen, State::Closed)
    ) {
        28.0
    } else {
        0.0
    };
    let (cx, cy) = ((sx + ex) / 2.0 - uy * bend, (sy + ey) / 2.0 + ux * bend);
    // Whole pixels, written as integers (float formatting costs 11 KB).
    let px = |v: f64| v.round() as i32;
    Drawn {
        path: format!(
            "M {} {} Q {} {} {} {}",
            px(sx),
            px(sy),
            px(cx),
            px(cy),
            px(ex),
            px(ey)
        ),
        label_at: (px(cx), px(cy - 4.0)),
        tip: (ex, ey),
        // The curve arrives from its control point.
        dir: {
            let (tx, ty) = (ex - cx, ey - cy);
            let l = (tx * tx + ty * ty).sqrt().max(1.0);
            (tx / l, ty / l)
        },
    }
}

/// Where a label of `chars` characters (12 px text, about 7 px each) goes
/// near `(x, y)`: inside the drawing, off every state's box and every label
/// placed before it, moved up or down a line at a time until it is.
fn place_label((x, y): (i32, i32), chars: usize, placed: &mut Vec<(i32, i32, i32)>) -> (i32, i32) {
    let half = (chars as i32 * 7) / 2 + 4;
    let x = x.clamp(half, SIZE - half);
    let boxes = State::ALL
        .iter()
        .map(|s| position(*s))
        .chain([CLOSED_AGAIN]);
    let free = |y: i32, placed: &[(i32, i32, i32)]| {
        let (top, bottom) = (y - 12, y + 4);
        top >= 0
            && bottom <= SIZE
            && boxes.clone().all(|(bx, by)| {
                x + half < bx - W / 2
                    || x - half > bx + W / 2
                    || bottom < by - H / 2
                    || top > by + H / 2
            })
            && placed.iter().all(|&(px, py, ph)| {
                x + half < px - ph || x - half > px + ph || bottom < py - 12 || top > py + 4
            })
    };
    let y = [0, 18, -18, 36, -36, 54, -54]
        .into_iter()
        .map(|dy| y + dy)
        .find(|&y| free(y, placed))
        .unwrap_or(y);
    placed.push((x, y, half));
    (x, y)
}

/// The drawing's width and height.
const SIZE: i32 = 720;

#[derive(Clone, Copy, PartialEq)]
enum Picked {
    State(State),
    Edge(usize),
}

/// Each side's marker: on its own last arrow, just before the tip (or on
/// its box's corner when it has not moved yet).
fn markers(props: &Props) -> [Html; 2] {
    let marker_at = |side: Side| -> Option<(i32, i32)> {
        let state = props.states[side];
        let last = props.last[side].filter(|(_, to)| *to == state)?;
        let i = EDGES.iter().position(|e| (e.from, e.to) == last)?;
        let drawn = draw_edge(i);
        let back = 16.0;
        Some((
            (drawn.tip.0 - drawn.dir.0 * back).round() as i32,
            (drawn.tip.1 - drawn.dir.1 * back).round() as i32,
        ))
    };
    let corner = |side: Side| {
        let (x, y) = position(props.states[side]);
        match side {
            Side::Client => (x - W / 2, y - H / 2),
            Side::Server => (x + W / 2, y - H / 2),
        }
    };
    Side::BOTH.map(|side| {
        let (x, y) = marker_at(side).unwrap_or_else(|| corner(side));
        match side {
            Side::Client => html! {
                <g class="marker client">
                    <circle cx={x.to_string()} cy={y.to_string()} r="11" />
                    <text x={x.to_string()} y={(y + 4).to_string()} text-anchor="middle">{"C"}</text>
                </g>
            },
            Side::Server => html! {
                <g class="marker server">
                    <rect x={(x - 11).to_string()} y={(y - 11).to_string()} width="22" height="22" />
                    <text x={x.to_string()} y={(y + 4).to_string()} text-anchor="middle">{"S"}</text>
                </g>
            },
        }
    })
}

/// What the picked state or arrow means (or how to pick one).
fn explanation(i18n: &I18n, picked: Option<Picked>) -> Html {
    match picked {
        Some(Picked::State(s)) => {
            html! { <p><strong>{s.name()}</strong>{": "}{i18n.t(&state_key(s))}</p> }
        }
        Some(Picked::Edge(i)) => {
            let e = EDGES[i];
            let text = i18n.t(&format!("edge-{}", e.id()));
            html! { <p><strong>{format!("{} → {}", e.from.name(), e.to.name())}</strong>{format!(": {text}. ")}<span class="rule">{e.section}</span></p> }
        }
        None => {
            html! { <p class="hint">{i18n.t("diagram-help")}</p> }
        }
    }
}

crate::lazy_part!(
    /// The state diagram, in a chunk of its own: it shows only when asked for.
    pub DIAGRAM, diagram, super::lazy::View<Props>,
    |p| html! { <StateDiagram states={p.states} last={p.last} /> }
);

/// The state diagram.
#[function_component]
pub fn StateDiagram(props: &Props) -> Html {
    let i18n = use_i18n();
    let picked = use_state(|| None::<Picked>);
    let pick = |p: Picked| {
        let picked = picked.clone();
        Callback::from(move |_: MouseEvent| picked.set(Some(p)))
    };
    let key_pick = |p: Picked| {
        let picked = picked.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                picked.set(Some(p));
            }
        })
    };
    let taken = |i: usize| -> Vec<Side> {
        let e = EDGES[i];
        Side::BOTH
            .into_iter()
            .filter(|s| props.last[*s] == Some((e.from, e.to)))
            .collect()
    };

    let mut labels = Vec::new();
    let mut placed = Vec::new();
    let edges = EDGES
        .iter()
        .enumerate()
        .map(|(i, edge)| {
            let (from, to) = (&edge.from, &edge.to);
            let text = i18n.t(&format!("edge-{}", edge.id()));
            let drawn = draw_edge(i);
            let sides = taken(i);
            let hot = !sides.is_empty();
            let who: Vec<&str> = sides
                .iter()
                .map(|s| if *s == Side::Client { "C" } else { "S" })
                .collect();
            let taken_by = sides
                .iter()
                .map(|s| crate::i18n::render::side(&i18n, *s))
                .collect::<Vec<_>>()
                .join(" + ");
            let selected = *picked == Some(Picked::Edge(i));
            // The name begins with what the arrow shows, as a speech-input
            // user reads it (WCAG 2.5.3).
            let visible = if hot {
                format!("{}: {text}", who.join("+"))
            } else {
                text.to_string()
            };
            // Labels are drawn over the boxes, inside the drawing.
            if hot || selected {
                let (x, y) = place_label(drawn.label_at, visible.chars().count(), &mut placed);
                labels.push(html! {
                    <text x={x.to_string()} y={y.to_string()} text-anchor="middle"
                        class="edge-label" aria-hidden="true">{visible.clone()}</text>
                });
            }
            html! {
                <g class={classes!("edge", hot.then_some("taken"), selected.then_some("picked"))}
                   onclick={pick(Picked::Edge(i))} onkeydown={key_pick(Picked::Edge(i))} tabindex="0" role="button"
                   aria-label={i18n.f("diagram-edge-label", &[("from", from.name().into()), ("to", to.name().into()), ("text", visible.clone().into()), ("who", taken_by.clone().into()), ("taken", sides.len().into())])}>
                    <path class="hit" d={drawn.path.clone()} />
                    <path class="line" d={drawn.path} marker-end="url(#diagram-arrow)" />
                </g>
            }
        })
        .collect::<Vec<Html>>();

    let markers = markers(props);

    let boxes = State::ALL.iter().flat_map(|state| {
        let mut places = vec![position(*state)];
        if *state == State::Closed {
            places.push(CLOSED_AGAIN);
        }
        let client_here = props.states[Side::Client] == *state;
        let server_here = props.states[Side::Server] == *state;
        let selected = *picked == Some(Picked::State(*state));
        let label = i18n.f(
            "diagram-state-label",
            &[
                ("state", state.name().into()),
                ("client", u64::from(client_here).into()),
                ("server", u64::from(server_here).into()),
            ],
        );
        // Each place is a button named by what it shows; the C and S
        // markers are drawn apart (the names already say who is here).
        places.into_iter().map(move |(x, y)| {
            html! {
                <>
                <g class={classes!("state-box", (client_here || server_here).then_some("current"), selected.then_some("picked"))}
                   onclick={pick(Picked::State(*state))} onkeydown={key_pick(Picked::State(*state))} tabindex="0" role="button"
                   aria-label={label.clone()}>
                    <rect x={(x - W / 2).to_string()} y={(y - H / 2).to_string()} width={W.to_string()} height={H.to_string()} rx="6" />
                    <text x={x.to_string()} y={(y + 5).to_string()} text-anchor="middle">{state.name()}</text>
                </g>
                </>
            }
        })
    });

    let explanation = explanation(&i18n, *picked);

    html! {
        <div class="diagram">
            <svg viewBox={format!("0 0 {SIZE} {SIZE}")} role="group" aria-label={i18n.t("diagram-label")}>
                <defs>
                    <marker id="diagram-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z" />
                    </marker>
                </defs>
                { for edges }
                { for boxes }
                <g class="labels" aria-hidden="true">{ for labels }</g>
                <g class="markers" aria-hidden="true">{ for markers }</g>
            </svg>
            <div class="diagram-explain" aria-live="polite">{explanation}</div>
            // The arrows' labels are read by this key, whatever is picked
            // (a bold label shows without a click).
            <p class="hint diagram-key" data-testid="diagram-key">{i18n.t("diagram-key")}</p>
        </div>
    }
}
