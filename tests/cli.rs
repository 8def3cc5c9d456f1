//! The command line's front-end behaviour: `--dump-ast` of scripts/syntax/tour.py against its golden, `--help`, `--version`, unreadable files, unknown options.
//!
//! `SKEIN_BLESS=1 cargo test --test cli` re-records scripts/syntax/tour.ast with python3
//! (CPython's `ast.dump` is the truth, not skein).

mod common;

use std::process::{Command, Output};

fn skein(args: &[&str]) -> Output {
    Command::new(common::skein_bin())
        .args(args)
        .current_dir(common::repo_root())
        .output()
        .expect("skein runs")
}

#[test]
fn dump_ast_of_the_tour_matches_its_golden() {
    let root = common::repo_root();
    let golden = root.join("scripts/syntax/tour.ast");
    if common::blessing() {
        assert!(common::python311("cli"), "blessing needs python3 3.11");
        let out = Command::new("python3")
            .arg(root.join("tests/tools/cpython_dumps.py"))
            .arg("scripts/syntax/tour.py")
            .current_dir(&root)
            .output()
            .expect("python3 runs");
        let text = String::from_utf8_lossy(&out.stdout);
        let dump = text
            .strip_prefix("OK\tscripts/syntax/tour.py\t")
            .expect("CPython parses the tour");
        std::fs::write(&golden, dump).expect("golden written");
        return;
    }
    if !common::front_end_available("cli") {
        return;
    }
    let expected = std::fs::read_to_string(&golden).expect("scripts/syntax/tour.ast");
    let out = skein(&["--dump-ast", "scripts/syntax/tour.py"]);
    let actual = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        actual == expected,
        "dump differs at {}",
        common::first_difference(&expected, &actual)
    );
}

#[test]
fn version_and_help() {
    let out = skein(&["--version"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Skein 0.1.0 (Python 3.11 compatible)\n"
    );
    assert_eq!(out.status.code(), Some(0));
    let out = skein(&["--help"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("--dump-ast"));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn missing_file_is_reported_as_cpython_does() {
    let out = skein(&["no_such_script.py"]);
    let expected = format!(
        "skein: can't open file '{}/no_such_script.py': [Errno 2] No such file or directory\n",
        common::repo_root().display()
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), expected);
    assert_eq!(out.status.code(), Some(2));
    let out = skein(&["--dump-ast", "no_such_script.py"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn unknown_option_is_one_line_and_status_2() {
    let out = skein(&["--frobnicate", "x.py"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("unknown option --frobnicate"));
    assert_eq!(out.status.code(), Some(2));
}
