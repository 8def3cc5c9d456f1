//! Differential test over the shared lessons: `skein --dump-ast FILE` must print exactly CPython's `ast.dump(ast.parse(source))` for every lesson.
//!
//! The lessons live in `../shared/lessons` beside the repository. CPython's dumps come
//! from one python3 process (tests/tools/cpython_dumps.py). `tests/ast_known_failures.txt`
//! lists lessons (paths under ../shared/lessons) that do not match yet: reported, not
//! failed; the goal is an empty list. Skipped until the front end decodes strings.

mod common;

use std::process::Command;

use common::CpythonDump;

#[test]
fn lesson_dumps_match_cpython() {
    let lessons_dir = common::repo_root().join("../shared/lessons");
    if !lessons_dir.is_dir() {
        eprintln!("ast_lessons: skipped: {} is missing", lessons_dir.display());
        return;
    }
    if !common::python311("ast_lessons") || !common::front_end_available("ast_lessons") {
        return;
    }
    let lessons = common::files_with_ext(&lessons_dir, "py");
    assert!(!lessons.is_empty(), "no lessons found");
    let output = Command::new("python3")
        .arg(common::repo_root().join("tests/tools/cpython_dumps.py"))
        .args(&lessons)
        .output()
        .expect("python3 runs");
    assert!(output.status.success(), "cpython_dumps.py failed");
    let stdout = String::from_utf8_lossy(&output.stdout);

    let known = common::known_failures(&common::repo_root().join("tests/ast_known_failures.txt"));
    let is_known = |path: &str| {
        let relative = path.split("shared/lessons/").last().unwrap_or(path);
        known.iter().any(|k| k == relative)
    };
    let mut failures = Vec::new();
    let mut known_failing = Vec::new();
    let mut fixed = Vec::new();
    let mut checked = 0;
    for line in stdout.lines() {
        let (path, expected) = match common::parse_dump_line(line) {
            Some(CpythonDump::Ok { path, dump }) => (path, Some(dump)),
            Some(CpythonDump::Err { path, .. }) => (path, None),
            Some(CpythonDump::Match { path }) => {
                eprintln!("ast_lessons: {path} has a match statement; left out");
                continue;
            }
            None => panic!("unexpected line from cpython_dumps.py: {line:.200}"),
        };
        checked += 1;
        let out = Command::new(common::skein_bin())
            .arg("--dump-ast")
            .arg(&path)
            .output()
            .expect("skein runs");
        let actual = String::from_utf8_lossy(&out.stdout);
        let before = failures.len();
        match expected {
            Some(expected) => {
                if !out.status.success() {
                    failures.push(format!(
                        "{path}: skein failed:\n{}",
                        String::from_utf8_lossy(&out.stderr)
                    ));
                } else if actual.trim_end_matches('\n') != expected {
                    failures.push(format!(
                        "{path}: dump differs at {}",
                        common::first_difference(&expected, actual.trim_end_matches('\n'))
                    ));
                }
            }
            None if out.status.code() != Some(1) => {
                failures.push(format!("{path}: CPython rejects it, skein does not"));
            }
            None => {}
        }
        if is_known(&path) {
            if failures.len() > before {
                known_failing.extend(failures.drain(before..));
            } else {
                fixed.push(path.clone());
            }
        }
    }
    println!(
        "ast_lessons: {} of {checked} lessons dump as CPython does ({} listed in \
         tests/ast_known_failures.txt still differ)",
        checked - failures.len() - known_failing.len(),
        known_failing.len()
    );
    for failure in &known_failing {
        println!("  known: {failure}");
    }
    if !fixed.is_empty() {
        println!("now matching CPython, remove from tests/ast_known_failures.txt: {fixed:?}");
    }
    assert_eq!(checked, lessons.len(), "cpython_dumps.py skipped files");
    assert!(
        failures.is_empty(),
        "{} lessons differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
