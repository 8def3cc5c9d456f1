//! Conformance suite: every `tests/conformance/*.py` runs under skein and its transcript
//! (stdout, stderr, exit status) must equal the golden `.out` recorded from CPython 3.11.
//! When `python3` is on PATH the goldens are checked against it too, so they stay honest;
//! `SKEIN_REGEN=1 cargo test --test conformance` re-records them with python3;
//! `SKEIN_ONLY=5` (a substring of the file name) narrows a run to matching programs.

use std::path::{Path, PathBuf};
use std::process::Command;

const TIMEOUT_SECS: &str = "120";

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance")
}

/// stdout, then stderr and the exit status when present, with the test directory
/// replaced by `$DIR` so paths in tracebacks compare equal. A program that runs past
/// `TIMEOUT_SECS` is killed (coreutils `timeout`, exit status 124), so a hang fails the
/// suite instead of stalling CI.
fn transcript(cmd: &mut Command, name: &str) -> Option<String> {
    let mut timed = Command::new("timeout");
    timed
        .arg(TIMEOUT_SECS)
        .arg(cmd.get_program())
        .args(cmd.get_args());
    let out = timed
        .arg(name)
        .current_dir(dir())
        .env("PYTHONHASHSEED", "0")
        .env_remove("SKEIN_ONLY")
        .env_remove("SKEIN_REGEN")
        .output()
        .ok()?;
    let d = dir().to_string_lossy().into_owned();
    let mut t = String::from_utf8_lossy(&out.stdout).into_owned();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    if !err.is_empty() {
        t.push_str("--- stderr\n");
        t.push_str(&err);
    }
    let code = out.status.code().unwrap_or(-1);
    if code != 0 {
        t.push_str(&format!("--- exit {code}\n"));
    }
    Some(t.replace(&d, "$DIR"))
}

fn python3() -> Option<Command> {
    let ok = Command::new("python3")
        .arg("-c")
        .arg("import sys; assert sys.version_info[:2] == (3, 11)")
        .status()
        .ok()?;
    ok.success().then(|| Command::new("python3"))
}

#[test]
fn conformance() {
    // `SKEIN_ONLY=substring` runs (and with `SKEIN_REGEN`, re-records) only matching programs.
    let only = std::env::var("SKEIN_ONLY").ok();
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .expect("tests/conformance exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py") && n.as_bytes()[0].is_ascii_digit())
        .filter(|n| only.as_deref().is_none_or(|o| n.contains(o)))
        .collect();
    names.sort();
    let regen = std::env::var_os("SKEIN_REGEN").is_some();
    let mut failures = Vec::new();
    for name in &names {
        let golden_path = dir().join(name.replace(".py", ".out"));
        if regen {
            if let Some(t) = python3().and_then(|mut p| transcript(&mut p, name)) {
                std::fs::write(&golden_path, t).expect("write golden");
            }
        }
        let Ok(golden) = std::fs::read_to_string(&golden_path) else {
            failures.push(format!("{name}: no golden file"));
            continue;
        };
        if let Some(py) = python3().and_then(|mut p| transcript(&mut p, name)) {
            if py != golden {
                failures.push(format!(
                    "{name}: golden differs from python3 (regenerate with SKEIN_REGEN=1)"
                ));
            }
        }
        let got =
            transcript(&mut Command::new(env!("CARGO_BIN_EXE_skein")), name).unwrap_or_default();
        if got != golden {
            failures.push(format!("{name}:\n--- expected\n{golden}\n--- got\n{got}"));
        }
    }
    println!(
        "conformance: {} of {} programs match",
        names.len() - failures.len(),
        names.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
