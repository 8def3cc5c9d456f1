//! Syntax-error goldens: `skein NN_name.py` in tests/syntax_errors/ must print CPython 3.11's stderr and exit 1.
//!
//! Each `NN_name.stderr` is python3 3.11's own stderr for `python3 NN_name.py` run inside
//! that folder, except that the folder's absolute path (CPython, like skein, prints the
//! script's absolute name) is stored as `$DIR` so the goldens do not depend on where the
//! repository is cloned. `SKEIN_BLESS=1 cargo test --test syntax_errors` re-records them
//! with python3 (never with skein).
//!
//! `known_failures.txt` lists goldens that Skein does not match yet (one file name a
//! line): they are reported but do not fail the test; any other mismatch does. A listed
//! golden that now passes is printed: remove it from the list (the list only shrinks).

mod common;

use std::path::Path;
use std::process::Command;

#[test]
fn syntax_errors_match_cpython() {
    let dir = common::repo_root().join("tests/syntax_errors");
    let programs = common::files_with_ext(&dir, "py");
    assert!(programs.len() >= 40, "expected at least 40 broken programs");
    if common::blessing() {
        assert!(
            common::python311("syntax_errors"),
            "blessing needs python3 3.11"
        );
        for program in &programs {
            record(&dir, program);
        }
        return;
    }
    let known = common::known_failures(&dir.join("known_failures.txt"));
    let mut failures = Vec::new();
    let mut known_failing = Vec::new();
    let mut fixed = Vec::new();
    for program in &programs {
        let name = program.file_name().unwrap_or_default().to_string_lossy();
        let golden = program.with_extension("stderr");
        let Ok(expected) = std::fs::read_to_string(&golden) else {
            failures.push(format!("{name}: no golden (run with SKEIN_BLESS=1)"));
            continue;
        };
        let expected = expected.replace("$DIR", &dir.to_string_lossy());
        let out = Command::new(common::skein_bin())
            .arg(name.as_ref())
            .current_dir(&dir)
            .output()
            .expect("skein runs");
        let actual = String::from_utf8_lossy(&out.stderr);
        let is_known = known.iter().any(|k| k == name.as_ref());
        if out.status.code() != Some(1) || actual != expected {
            let report = format!(
                "{name}: exit {:?}\n{}",
                out.status.code(),
                common::diff(&expected, &actual)
            );
            if is_known {
                known_failing.push(report);
            } else {
                failures.push(report);
            }
        } else if is_known {
            fixed.push(name.to_string());
        }
    }
    println!(
        "syntax errors: {} of {} match CPython; {} listed in known_failures.txt still differ",
        programs.len() - failures.len() - known_failing.len(),
        programs.len(),
        known_failing.len()
    );
    if !fixed.is_empty() {
        println!(
            "now matching CPython, remove from tests/syntax_errors/known_failures.txt: {fixed:?}"
        );
    }
    if std::env::var("SKEIN_VERBOSE").is_ok() {
        println!("{}", known_failing.join("\n"));
    }
    assert!(
        failures.is_empty(),
        "{} of {} syntax-error goldens differ:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}

fn record(dir: &Path, program: &Path) {
    let name = program.file_name().unwrap_or_default();
    let out = Command::new("python3")
        .arg(name)
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONSTARTUP")
        .output()
        .expect("python3 runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{name:?} must be a syntax error for python3"
    );
    let stderr = String::from_utf8_lossy(&out.stderr).replace(&*dir.to_string_lossy(), "$DIR");
    std::fs::write(program.with_extension("stderr"), stderr).expect("golden written");
}
