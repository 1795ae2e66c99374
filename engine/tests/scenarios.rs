//! Every scenario file passes: the project's own (`scenarios/`) and the
//! shared examples (`../shared/scenarios/`, present in CI and development).
//! The checker's output and exit codes are as the format page says.

use std::path::{Path, PathBuf};
use std::process::Command;
use tcp_engine::scenario::{parse, run_script};

fn scn_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "scn"));
    files.sort();
    files
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn run_all(dir: &Path) -> usize {
    let files = scn_files(dir);
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let script = parse(&text).unwrap_or_else(|e| panic!("{}:{e}", path.display()));
        if let Err(f) = run_script(&script) {
            panic!("FAIL {}:{f}", path.display());
        }
    }
    files.len()
}

#[test]
fn project_scenarios_pass() {
    assert!(run_all(&root().join("scenarios")) >= 15);
}

#[test]
fn conformance_corpus_passes() {
    // RFC 9293 §3.10, state by event: every state with SYN, SYN,ACK, ACKs,
    // RSTs exact / in window / outside, FIN, data, user calls and timeouts.
    assert!(run_all(&root().join("scenarios/conformance")) >= 60);
}

// The shared examples live beside the project, not in it: the runner skips
// this unless asked (./scripts/test.sh asks where they are).
#[test]
#[ignore = "needs ../shared/scenarios; ./scripts/test.sh runs it where they are"]
fn shared_scenarios_pass() {
    let dir = root().join("../shared/scenarios");
    assert!(dir.exists(), "{} is not here", dir.display());
    assert_eq!(run_all(&dir), 6);
}

#[test]
fn printing_and_parsing_again_gives_the_same_statements() {
    let corpus = scn_files(&root().join("scenarios/conformance"));
    for path in scn_files(&root().join("scenarios"))
        .into_iter()
        .chain(corpus)
    {
        let script = parse(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let again = parse(&script.to_string()).unwrap();
        let kinds = |s: &tcp_engine::scenario::Script| {
            s.statements
                .iter()
                .map(|s| s.kind.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds(&script), kinds(&again), "{}", path.display());
    }
}

fn checker(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tcp-scenario"))
        .args(args)
        .output()
        .expect("run the checker");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tcp-playground-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_checker_runs_from_any_folder_on_a_teachers_own_file() {
    let path = temp_file(
        "week5.scn",
        "title \"Week 5\"\nsay \"Go\"\nserver listen\nexpect server LISTEN\n",
    );
    let dir = path.parent().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tcp-scenario"))
        .args(["check", "week5.scn"])
        .current_dir(dir)
        .output()
        .expect("run the checker");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert_eq!(stdout, "PASS week5.scn\n1 passed, 0 failed\n");
}

#[test]
fn checker_reports_pass_and_summary_with_exit_0() {
    let path = root().join("scenarios/simultaneous-open.scn");
    let (code, out) = checker(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("PASS "), "{out}");
    assert!(out.ends_with("1 passed, 0 failed\n"), "{out}");
}

#[test]
fn checker_failed_expectation_exits_1_naming_the_line() {
    let path = temp_file("fails.scn", "server listen\n\nexpect server CLOSED\n");
    let (code, out) = checker(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    let line = out.lines().next().unwrap();
    assert!(
        line.starts_with("FAIL ")
            && line.ends_with("fails.scn:3: expected server CLOSED, found LISTEN"),
        "{line}"
    );
    assert!(out.ends_with("0 passed, 1 failed\n"), "{out}");
}

#[test]
fn checker_malformed_file_exits_2_with_line_and_column() {
    let bad = temp_file("bad.scn", "server listen\nclient conect\n");
    let good = root().join("scenarios/window.scn");
    let (code, out) = checker(&["check", bad.to_str().unwrap(), good.to_str().unwrap()]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains(
            "bad.scn:2:8: expected a call: listen, connect, send, read, close or abort, found \"conect\""
        ),
        "{out}"
    );
    assert!(out.ends_with("1 passed, 1 failed\n"), "{out}");
}

#[test]
fn checker_refuses_a_rule_no_tcp_could_apply_with_exit_2() {
    // A challenge whose goal names no rule could never be completed.
    let bad = temp_file(
        "unknown-rule.scn",
        "server listen\nclient connect\nrun\nexpect client rule \"§3.10.7.3\"\ngoal server rule \"time-wait-restart\"\n",
    );
    let (code, out) = checker(&["check", bad.to_str().unwrap()]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains(
            "unknown-rule.scn:5:18: no rule has the id or section \"time-wait-restart\": did you mean \"time-wait-timer\" or \"time-wait-timeout\"?"
        ),
        "{out}"
    );
    assert!(out.ends_with("0 passed, 1 failed\n"), "{out}");
}

#[test]
fn checker_unreadable_file_exits_2() {
    let (code, out) = checker(&["check", "/nonexistent/x.scn"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("cannot read"), "{out}");
}

#[test]
fn wire_statement_selecting_nothing_fails_the_file() {
    let path = temp_file("empty-wire.scn", "deliver\n");
    let (code, out) = checker(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("empty-wire.scn:1: no segment number 1 is in flight"),
        "{out}"
    );
}

#[test]
fn checker_reports_every_failing_check_in_every_file() {
    // A teacher fixing a lesson sees all of its mistakes in one run, not one
    // per run.
    let first = temp_file(
        "two-wrong.scn",
        "server listen\nexpect server CLOSED\nclient connect\nexpect client LISTEN\n",
    );
    let second = temp_file("one-wrong.scn", "expect server LISTEN\n");
    let (code, out) = checker(&["check", first.to_str().unwrap(), second.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    let fails: Vec<&str> = out.lines().filter(|l| l.starts_with("FAIL ")).collect();
    assert_eq!(fails.len(), 3, "{out}");
    assert!(
        fails[0].ends_with("two-wrong.scn:2: expected server CLOSED, found LISTEN"),
        "{out}"
    );
    assert!(
        fails[1].ends_with("two-wrong.scn:4: expected client LISTEN, found SYN-SENT"),
        "{out}"
    );
    assert!(
        fails[2].ends_with("one-wrong.scn:1: expected server LISTEN, found CLOSED"),
        "{out}"
    );
    assert!(out.ends_with("0 passed, 2 failed\n"), "{out}");
}
