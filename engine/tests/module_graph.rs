//! The engine's modules import one another without cycles: each can be
//! read (and changed) knowing only the modules below it. Read from the
//! sources' `crate::` paths, the way a reviewer would check it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Top-level module → the top-level modules its non-test code names.
type Graph = BTreeMap<String, BTreeSet<String>>;

/// The `crate::NAME` paths in `text`, before its inline test module and
/// outside comments (doc links name modules without depending on them).
fn imports(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let line = line.trim_start();
        if line.starts_with("#[cfg(test)]")
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod ") && next.ends_with('{'))
        {
            break;
        }
        if line.starts_with("//") {
            continue;
        }
        for (at, _) in line.match_indices("crate::") {
            let rest = &line[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_' || c.is_ascii_digit())
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

/// Adds every `.rs` file under `dir` to `module`'s imports, leaving out
/// test files (`tests.rs`, `tests/`).
fn add_dir(graph: &mut Graph, module: &str, dir: &Path) {
    for entry in fs::read_dir(dir).expect("engine sources") {
        let path = entry.expect("engine source").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == "tests" || name == "tests.rs" {
            continue;
        }
        if path.is_dir() {
            add_dir(graph, module, &path);
        } else if name.ends_with(".rs") {
            let text = fs::read_to_string(&path).expect("engine source");
            graph
                .entry(module.to_owned())
                .or_default()
                .extend(imports(&text));
        }
    }
}

fn engine_graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph = Graph::new();
    for entry in fs::read_dir(&src).expect("engine/src") {
        let path = entry.expect("engine/src entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // lib.rs declares the modules; bin/ is a crate of its own.
        if name == "lib.rs" || name == "bin" {
            continue;
        }
        let module = name.trim_end_matches(".rs").to_owned();
        if path.is_dir() {
            add_dir(&mut graph, &module, &path);
        } else {
            let text = fs::read_to_string(&path).expect("engine source");
            graph
                .entry(module.clone())
                .or_default()
                .extend(imports(&text));
        }
    }
    for (module, deps) in graph.iter_mut() {
        deps.remove(module);
    }
    graph
}

/// A cycle in `graph`, as the modules along it, if there is one.
fn cycle(graph: &Graph) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit(
        graph: &Graph,
        module: &str,
        marks: &mut BTreeMap<String, Mark>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match marks.get(module) {
            Some(Mark::Done) => return None,
            Some(Mark::Open) => {
                let from = path.iter().position(|m| m == module).unwrap();
                let mut found = path[from..].to_vec();
                found.push(module.to_owned());
                return Some(found);
            }
            None => {}
        }
        marks.insert(module.to_owned(), Mark::Open);
        path.push(module.to_owned());
        for dep in graph.get(module).into_iter().flatten() {
            if let Some(found) = visit(graph, dep, marks, path) {
                return Some(found);
            }
        }
        path.pop();
        marks.insert(module.to_owned(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    graph
        .keys()
        .find_map(|module| visit(graph, module, &mut marks, &mut Vec::new()))
}

#[test]
fn engine_modules_import_one_another_without_cycles() {
    let graph = engine_graph();
    assert!(graph.contains_key("sim") && graph["sim"].contains("wire"));
    if let Some(found) = cycle(&graph) {
        panic!("import cycle: {}", found.join(" → "));
    }
}

#[test]
fn a_cycle_is_found() {
    let mut graph = Graph::new();
    for (from, to) in [("sim", "wire"), ("wire", "side"), ("side", "sim")] {
        graph
            .entry(from.to_owned())
            .or_default()
            .insert(to.to_owned());
    }
    let found = cycle(&graph).expect("the cycle");
    // Closed, and through all three, from wherever the search entered it.
    assert_eq!(found.first(), found.last());
    let along: BTreeSet<_> = found.iter().map(String::as_str).collect();
    assert_eq!(along, BTreeSet::from(["side", "sim", "wire"]));
}

#[test]
fn test_modules_and_comments_are_not_imports() {
    let text = "use crate::a::X;\n/// [`Y`](crate::b::Y)\nfn f() { crate::c::g() }\n\
                #[cfg(test)]\nmod tests {\n    use crate::d::Z;\n}\n";
    let names: Vec<_> = imports(text).into_iter().collect();
    assert_eq!(names, ["a", "c"]);
}
