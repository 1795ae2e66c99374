//! RFC 9293's connection state diagram (Figure 5), with both endpoints'
//! states marked (a circled C and a squared S: shape, not only colour) and
//! the transition each took last highlighted. Clicking a state or an edge
//! explains it.

use tcp_engine::sim::Side;
use tcp_engine::State;
use yew::prelude::*;

/// Props of [`StateDiagram`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Client, server.
    pub states: [State; 2],
    /// The last transition of each side, if any.
    pub last: [Option<(State, State)>; 2],
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

/// The diagram's edges: from, to, event / action (as the RFC labels them),
/// and where the rule is.
pub const EDGES: [(State, State, &str, &str); 21] = [
    (
        State::Closed,
        State::Listen,
        "passive OPEN / create TCB",
        "§3.10.1",
    ),
    (
        State::Closed,
        State::SynSent,
        "active OPEN / create TCB, snd SYN",
        "§3.10.1",
    ),
    (
        State::Listen,
        State::SynReceived,
        "rcv SYN / snd SYN,ACK",
        "§3.10.7.2",
    ),
    (State::Listen, State::SynSent, "SEND / snd SYN", "§3.10.2"),
    (
        State::Listen,
        State::Closed,
        "CLOSE / delete TCB",
        "§3.10.4",
    ),
    (
        State::SynReceived,
        State::Listen,
        "rcv RST (after a passive OPEN)",
        "§3.10.7.4",
    ),
    (
        State::SynSent,
        State::SynReceived,
        "rcv SYN / snd SYN,ACK",
        "§3.10.7.3",
    ),
    (
        State::SynSent,
        State::Closed,
        "CLOSE / delete TCB",
        "§3.10.4",
    ),
    (
        State::SynReceived,
        State::Established,
        "rcv ACK of SYN / x",
        "§3.10.7.4",
    ),
    (
        State::SynSent,
        State::Established,
        "rcv SYN,ACK / snd ACK",
        "§3.10.7.3",
    ),
    (
        State::SynReceived,
        State::FinWait1,
        "CLOSE / snd FIN",
        "§3.10.4",
    ),
    (
        State::Established,
        State::FinWait1,
        "CLOSE / snd FIN",
        "§3.10.4",
    ),
    (
        State::Established,
        State::CloseWait,
        "rcv FIN / snd ACK",
        "§3.10.7.4",
    ),
    (
        State::FinWait1,
        State::FinWait2,
        "rcv ACK of FIN / x",
        "§3.10.7.4",
    ),
    (
        State::FinWait1,
        State::Closing,
        "rcv FIN / snd ACK",
        "§3.10.7.4",
    ),
    (
        State::FinWait1,
        State::TimeWait,
        "rcv FIN + ACK of FIN / snd ACK",
        "§3.10.7.4",
    ),
    (
        State::FinWait2,
        State::TimeWait,
        "rcv FIN / snd ACK",
        "§3.10.7.4",
    ),
    (
        State::CloseWait,
        State::LastAck,
        "CLOSE / snd FIN",
        "§3.10.4",
    ),
    (
        State::Closing,
        State::TimeWait,
        "rcv ACK of FIN / x",
        "§3.10.7.4",
    ),
    (
        State::LastAck,
        State::Closed,
        "rcv ACK of FIN / x",
        "§3.10.7.4",
    ),
    (
        State::TimeWait,
        State::Closed,
        "timeout = 2 MSL / delete TCB",
        "§3.10.8",
    ),
];

/// What a state means (§3.3.2), for the explanation panel.
pub fn explain_state(state: State) -> &'static str {
    match state {
        State::Closed => "No connection at all: there is no TCB. Anything that arrives (except a RST) is answered with a RST.",
        State::Listen => "Waiting for a connection request from any remote TCP (after a passive OPEN).",
        State::SynSent => "Our SYN is sent; waiting for a matching SYN (and the ACK of ours).",
        State::SynReceived => "A SYN was received and ours sent; waiting for the ACK of our SYN.",
        State::Established => "An open connection: data received can be delivered to the user. The normal state for the data transfer phase.",
        State::FinWait1 => "Our FIN is sent; waiting for its ACK, or for the peer's FIN.",
        State::FinWait2 => "Our FIN is acknowledged; waiting for the peer's FIN. We can still receive data.",
        State::CloseWait => "The peer sent FIN; waiting for our own application to CLOSE. We can still send data.",
        State::Closing => "Both sides sent FIN at about the same time; waiting for the ACK of ours.",
        State::LastAck => "The peer closed first and we sent our FIN; waiting for its ACK.",
        State::TimeWait => "Waiting 2 × MSL so that our last ACK can be sent again if lost, and old duplicates die out before the same connection can exist again.",
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Picked {
    State(State),
    Edge(usize),
}

fn label(state: State) -> &'static str {
    match state {
        State::SynReceived => "SYN-RCVD",
        State::Established => "ESTAB",
        other => other.name(),
    }
}

/// The state diagram.
#[function_component]
pub fn StateDiagram(props: &Props) -> Html {
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
        let (from, to, ..) = EDGES[i];
        Side::BOTH
            .into_iter()
            .filter(|s| props.last[if *s == Side::Client { 0 } else { 1 }] == Some((from, to)))
            .collect()
    };

    let edges = EDGES.iter().enumerate().map(|(i, (from, to, text, _))| {
        let (x1, y1) = position(*from);
        let (x2, y2) = if *to == State::Closed && matches!(from, State::TimeWait | State::LastAck) {
            CLOSED_AGAIN
        } else {
            position(*to)
        };
        // Leave and enter at the box edges, not the centres.
        let (dx, dy) = ((x2 - x1) as f64, (y2 - y1) as f64);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        let (ux, uy) = (dx / len, dy / len);
        let inset = |ux: f64, uy: f64| {
            let tx = if ux.abs() > 1e-6 { (W as f64 / 2.0) / ux.abs() } else { f64::MAX };
            let ty = if uy.abs() > 1e-6 { (H as f64 / 2.0) / uy.abs() } else { f64::MAX };
            tx.min(ty) + 3.0
        };
        let d = inset(ux, uy);
        let (sx, sy) = (x1 as f64 + ux * d, y1 as f64 + uy * d);
        let (ex, ey) = (x2 as f64 - ux * d, y2 as f64 - uy * d);
        // Opposite edges (LISTEN ⇄ SYN-RCVD) are bent apart.
        let bend = if matches!((from, to), (State::SynReceived, State::Listen) | (State::SynSent, State::Closed) | (State::Listen, State::Closed)) { 28.0 } else { 0.0 };
        let (cx, cy) = ((sx + ex) / 2.0 - uy * bend, (sy + ey) / 2.0 + ux * bend);
        let path = format!("M {sx:.0} {sy:.0} Q {cx:.0} {cy:.0} {ex:.0} {ey:.0}");
        let sides = taken(i);
        let hot = !sides.is_empty();
        let who: Vec<&str> = sides.iter().map(|s| if *s == Side::Client { "C" } else { "S" }).collect();
        let selected = *picked == Some(Picked::Edge(i));
        html! {
            <g class={classes!("edge", hot.then_some("taken"), selected.then_some("picked"))}
               onclick={pick(Picked::Edge(i))} onkeydown={key_pick(Picked::Edge(i))} tabindex="0" role="button"
               aria-label={format!("{} to {}: {}{}", from.name(), to.name(), text, if hot { format!(" (just taken by {})", who.join(" and ")) } else { String::new() })}>
                <path class="hit" d={path.clone()} />
                <path class="line" d={path} marker-end="url(#diagram-arrow)" />
                if hot || selected {
                    <text x={format!("{cx:.0}")} y={format!("{:.0}", cy - 4.0)} text-anchor="middle" class="edge-label">
                        { if hot { format!("{}: {text}", who.join("+")) } else { text.to_string() } }
                    </text>
                }
            </g>
        }
    });

    let boxes = State::ALL.iter().map(|state| {
        let mut places = vec![position(*state)];
        if *state == State::Closed {
            places.push(CLOSED_AGAIN);
        }
        let client_here = props.states[0] == *state;
        let server_here = props.states[1] == *state;
        let selected = *picked == Some(Picked::State(*state));
        html! {
            <g class={classes!("state-box", (client_here || server_here).then_some("current"), selected.then_some("picked"))}
               onclick={pick(Picked::State(*state))} onkeydown={key_pick(Picked::State(*state))} tabindex="0" role="button"
               aria-label={format!("{}{}{}", state.name(), if client_here { ", client is here" } else { "" }, if server_here { ", server is here" } else { "" })}>
                { for places.into_iter().map(|(x, y)| html! {
                    <g>
                        <rect x={(x - W / 2).to_string()} y={(y - H / 2).to_string()} width={W.to_string()} height={H.to_string()} rx="6" />
                        <text x={x.to_string()} y={(y + 5).to_string()} text-anchor="middle">{label(*state)}</text>
                        if client_here {
                            <g class="marker client">
                                <circle cx={(x - W / 2).to_string()} cy={(y - H / 2).to_string()} r="11" />
                                <text x={(x - W / 2).to_string()} y={(y - H / 2 + 4).to_string()} text-anchor="middle">{"C"}</text>
                            </g>
                        }
                        if server_here {
                            <g class="marker server">
                                <rect x={(x + W / 2 - 11).to_string()} y={(y - H / 2 - 11).to_string()} width="22" height="22" />
                                <text x={(x + W / 2).to_string()} y={(y - H / 2 + 4).to_string()} text-anchor="middle">{"S"}</text>
                            </g>
                        }
                    </g>
                }) }
            </g>
        }
    });

    let explanation = match *picked {
        Some(Picked::State(s)) => {
            html! { <p><strong>{s.name()}</strong>{": "}{explain_state(s)}</p> }
        }
        Some(Picked::Edge(i)) => {
            let (from, to, text, rule) = EDGES[i];
            html! { <p><strong>{format!("{} → {}", from.name(), to.name())}</strong>{format!(": {text}. ")}<span class="rule">{rule}</span>
            {" Above the line is the event, below it (after /) what TCP does; x means nothing is sent."}</p> }
        }
        None => {
            html! { <p class="hint">{"C marks the client's state, S the server's; the transitions each just took are drawn bold with their cause. Any state can also go to CLOSED on a reset, an ABORT or a timeout. Click a state or an arrow to have it explained."}</p> }
        }
    };

    html! {
        <div class="diagram">
            <svg viewBox="0 0 720 720" role="group" aria-label="TCP connection state diagram (RFC 9293 Figure 5)">
                <defs>
                    <marker id="diagram-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z" />
                    </marker>
                </defs>
                { for edges }
                { for boxes }
            </svg>
            <div class="diagram-explain" aria-live="polite">{explanation}</div>
        </div>
    }
}
