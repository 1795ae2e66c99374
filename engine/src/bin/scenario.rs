//! `tcp-scenario check FILE...` (in this repository: `cargo scenario check
//! FILE...`): runs scenario files on the engine.
//! `tcp-scenario rules`: lists the rule ids `expect SIDE rule` accepts.
//!
//! `cargo install --path engine` installs it, for checking lessons in any
//! folder.
//!
//! `check` prints `PASS path`, or `FAIL path:LINE: expected …, found …` for
//! every failing check of a file (not only the first), then
//! `N passed, M failed` counting files. Exit status: 0 all passed, 1 an expectation
//! failed, 2 a file could not be read or parsed.

use std::process::ExitCode;
use tcp_engine::note::Rule;
use tcp_engine::scenario::{check_script, parse};

const USAGE: &str = "usage: tcp-scenario check FILE...   (in the repository: cargo scenario check FILE...)\n       tcp-scenario rules";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, files)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if command == "rules" && files.is_empty() {
        for rule in Rule::ALL {
            println!(
                "{:<28} {:<18} {}",
                rule.id(),
                rule.section(),
                rule.rfc_quote()
            );
        }
        return ExitCode::SUCCESS;
    }
    if command != "check" || files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let (mut passed, mut failed, mut unreadable) = (0, 0, false);
    for path in files {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                println!("FAIL {path}: cannot read the file: {e}");
                failed += 1;
                unreadable = true;
                continue;
            }
        };
        let script = match parse(&text) {
            Ok(script) => script,
            Err(e) => {
                println!("FAIL {path}:{e}");
                failed += 1;
                unreadable = true;
                continue;
            }
        };
        let failures = check_script(&script);
        if failures.is_empty() {
            println!("PASS {path}");
            passed += 1;
        } else {
            for f in &failures {
                println!("FAIL {path}:{f}");
            }
            failed += 1;
        }
    }
    println!("{passed} passed, {failed} failed");
    if unreadable {
        ExitCode::from(2)
    } else if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
