//! Component tests in a real browser (wasm-bindgen-test, headless Chromium):
//! `cargo test --target wasm32-unknown-unknown --test components`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use tcp_engine::numbering::Numbering;
use tcp_engine::scenario::{CallSpec, Stmt};
use tcp_engine::sim::{Side, Sim};
use tcp_engine::{Call, Instant, Tcb};
use tcp_playground::app::App;
use tcp_playground::components::endpoint::EndpointPanel;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

async fn settle() {
    // Let Yew render and run effects.
    gloo_timers::future::sleep(Duration::from_millis(30)).await;
}

/// Waits (up to 5 s) until `done` holds: a busy machine may take longer
/// than one settle to draw a click's effect.
async fn until(done: impl Fn() -> bool) {
    for _ in 0..500 {
        if done() {
            return;
        }
        gloo_timers::future::sleep(Duration::from_millis(10)).await;
    }
}

fn button(root: &Element, scope: &str, text: &str) -> HtmlElement {
    let buttons = root.query_selector_all(&format!("{scope} button")).unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().as_deref() == Some(text))
        .unwrap_or_else(|| panic!("no button {text} in {scope}"))
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    log: std::rc::Rc<std::cell::RefCell<Vec<Stmt>>>,
}

#[function_component]
fn Harness(props: &HarnessProps) -> Html {
    let mut sim = Sim::default();
    sim.call(Side::Client, Call::Connect);
    let snap = sim.snapshot();
    let view = snap.endpoints[Side::Client].clone();
    let log = props.log.clone();
    let on_do = Callback::from(move |s: Stmt| log.borrow_mut().push(s));
    let numbering = Numbering::new(true, &snap);
    // A TCB's timers are named with the words fetched after the first screen.
    let i18n = tcp_playground::i18n::I18n::english_with_rules();
    html! {
        <ContextProvider<tcp_playground::i18n::I18n> context={i18n}>
            <EndpointPanel side={Side::Client} view={view} before={Tcb::default()} now={Instant::ZERO}
                numbering={numbering} on_do={on_do} on_notify={Callback::noop()} on_edit={Callback::noop()} />
        </ContextProvider<tcp_playground::i18n::I18n>>
    }
}

#[wasm_bindgen_test]
async fn endpoint_panel_shows_state_highlights_changes_and_emits_calls() {
    let root = mount_point();
    let log = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { log: log.clone() })
        .render();
    settle().await;
    assert_eq!(text(&root, "[data-testid=client-state]"), "SYN-SENT");
    // ISS, SND.UNA and SND.NXT changed from the all-zero TCB: highlighted.
    assert!(root.query_selector_all("tr.changed").unwrap().length() >= 3);
    assert!(text(&root, ".timers").contains("retransmission timer"));
    button(&root, ".app-calls", "Close").click();
    assert_eq!(
        log.borrow().as_slice(),
        [Stmt::Call(Side::Client, CallSpec::Close)]
    );
}

#[wasm_bindgen_test]
async fn app_runs_a_handshake_from_clicks() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    assert!(
        text(&root, ".welcome").contains("Listen"),
        "an empty session suggests where to start"
    );
    button(&root, ".endpoint.server .app-calls", "Listen").click();
    until(|| text(&root, "[data-testid=server-state]") == "LISTEN").await;
    button(&root, ".endpoint.client .app-calls", "Connect").click();
    until(|| text(&root, "[data-testid=client-state]") == "SYN-SENT").await;
    assert_eq!(text(&root, "[data-testid=client-state]"), "SYN-SENT");
    for _ in 0..3 {
        let before = root.text_content();
        button(&root, "[data-testid=in-flight]", "Deliver now").click();
        until(|| root.text_content() != before).await;
        settle().await;
    }
    until(|| text(&root, "[data-testid=server-state]") == "ESTABLISHED").await;
    assert_eq!(text(&root, "[data-testid=client-state]"), "ESTABLISHED");
    assert_eq!(text(&root, "[data-testid=server-state]"), "ESTABLISHED");
    assert!(
        text(&root, "[data-testid=announce]").contains("ESTABLISHED"),
        "announced to screen readers"
    );
    assert!(
        // The rows drawn are those in view: the newest, the ACK's rules.
        text(&root, ".log").contains("§3.10.7.4"),
        "the log names the RFC rule: {}",
        text(&root, ".log")
    );
}

#[function_component]
fn CapturePanel() -> Html {
    use tcp_playground::capture::{Difference, Opened};
    // A long capture: twenty delayed ACKs, one window scaling.
    let mut differences: Vec<Difference> = (1..=20)
        .map(|n| Difference {
            packet: n * 2,
            side: Side::Client,
            kind: "delayed-ack".into(),
        })
        .collect();
    differences.push(Difference {
        packet: 3,
        side: Side::Server,
        kind: "window-scaling".into(),
    });
    let opened = Opened {
        name: "long.pcap".into(),
        text: "title \"Capture\"\n".into(),
        label: "10.0.0.1:5000 → 10.0.0.2:80".into(),
        near: Some(Side::Client),
        latency_ms: 12,
        packets: 60,
        lost: vec![(8, Side::Server), (12, Side::Server)],
        unseen: 3,
        stopped: None,
        no_handshake: false,
        skipped: 0,
        cut_short: false,
        differences,
        not_kept: vec![(5, Side::Server)],
        not_kept_bytes: 1448,
        limited: None,
        segments: Default::default(),
    };
    // The panel's words come with the rules' catalog (after the first screen).
    let rules = include_str!("../i18n/rules.en.ftl");
    let i18n =
        tcp_playground::i18n::I18n::load(tcp_playground::i18n::Lang::En, "", rules, rules, "");
    tcp_playground::components::capture::panel(&i18n, &opened, &Callback::noop())
}

#[wasm_bindgen_test]
async fn capture_panel_names_each_kind_once_with_its_first_places() {
    let root = mount_point();
    yew::Renderer::<CapturePanel>::with_root(root.clone()).render();
    settle().await;
    let all = text(&root, ".capture");
    assert!(all.contains("2 kinds"), "{all}");
    assert!(
        all.contains("Delayed ACK (delayed-ack): segment 2 (client), 4 (client), 6 (client), 8 (client), 10 (client), 12 (client), 14 (client), 16 (client), and 12 more."),
        "{all}"
    );
    assert!(
        all.contains("Window scaling (window-scaling): segment 3 (server)."),
        "{all}"
    );
    assert!(
        all.contains("3 segments the sender must have sent are not in the capture"),
        "{all}"
    );
    assert!(
        all.contains(
            "Taken as lost on the way: segments 8 (server), 12 (server). Each was sent again"
        ),
        "{all}"
    );
    // Data the replay does not have is said to be filler, not captured.
    assert!(
        all.contains("Data not kept: segment 5 (server), 1448 bytes in all"),
        "{all}"
    );
}

#[wasm_bindgen_test]
async fn editor_marks_a_goal_naming_no_rule_and_suggests_the_nearest() {
    use tcp_playground::components::editor::Editor;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    // The editor opens the draft kept in this browser.
    storage
        .set_item(
            "tcp-playground/lesson-draft/v1",
            "server listen\nclient connect\nrun\ngoal server rule \"time-wait-restart\"\n",
        )
        .unwrap();
    let root = mount_point();
    yew::Renderer::<Editor>::with_root(root.clone()).render();
    settle().await;
    assert_eq!(
        text(&root, "[data-testid=editor-status]"),
        "Line 4, column 18: no rule has the id or section “time-wait-restart”. Did you mean “time-wait-timer” or “time-wait-timeout”?"
    );
    let check = button(&root, ".editor", "Check the whole lesson");
    assert!(
        check.has_attribute("disabled"),
        "a lesson that cannot be met is not checked"
    );
    storage.clear().unwrap();
}
