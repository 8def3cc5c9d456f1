//! Threads end to end: a stress run with the lock off (no crash, panic or deadlock; atomic
//! container operations exact), and `tests/threads/NNN_*.py` programs whose output must
//! equal their `.out` golden (recorded from CPython 3.11) with the lock on and off.

mod common;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs skein with `args`; kills it after `limit` (a deadlock) and says so.
fn run_with_limit(args: &[&str], limit: Duration) -> (String, String, Option<i32>) {
    let mut child = match Command::new(common::skein_bin())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => return (String::new(), format!("could not run skein: {e}"), None),
    };
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s.code(),
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return (String::new(), "killed: deadlock or hang".into(), None);
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return (String::new(), format!("wait failed: {e}"), None),
        }
    };
    let mut out = String::new();
    let mut err = String::new();
    if let Some(mut o) = child.stdout.take() {
        let _ = o.read_to_string(&mut out);
    }
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    (out, err, status)
}

#[test]
fn stress_shared_containers_with_the_lock_off() {
    let script = common::repo_root().join("tests/threads/stress.py");
    let script = script.to_string_lossy().into_owned();
    for (gil, secs) in [("--gil=off", "3"), ("--gil=on", "0.5")] {
        let (out, err, status) = run_with_limit(&[gil, &script, secs], Duration::from_secs(120));
        assert_eq!(status, Some(0), "{gil}: exit {status:?}\n{out}\n{err}");
        assert!(!err.contains("panicked"), "{gil}: {err}");
        for line in out.lines().skip(1) {
            assert!(
                line == "errors []" || line.ends_with("True") || line.ends_with("True True"),
                "{gil}: {line}\n{out}"
            );
        }
        assert_eq!(out.lines().count(), 11, "{gil}: {out}\n{err}");
    }
}

#[test]
fn thread_programs_in_both_modes() {
    let root = common::repo_root().join("tests/threads");
    let scripts: Vec<_> = common::files_with_ext(&root, "py")
        .into_iter()
        .filter(|p| p.with_extension("out").exists())
        .collect();
    let mut failures = Vec::new();
    for script in &scripts {
        let expected = std::fs::read_to_string(script.with_extension("out")).unwrap_or_default();
        let path = script.to_string_lossy().into_owned();
        for gil in ["--gil=on", "--gil=off"] {
            let (out, err, status) = run_with_limit(&[gil, &path], Duration::from_secs(60));
            let mut got = out;
            if status != Some(0) {
                let last = err.lines().last().unwrap_or("");
                got.push_str(&format!("<exit {status:?}> {last}\n"));
            }
            if got != expected {
                failures.push(format!(
                    "{} {gil}:\n{}",
                    script.display(),
                    common::diff(&expected, &got)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let _ = Path::new("");
}

#[test]
fn shared_instance_snapshots_stay_consistent_and_reclaimed() {
    let script = common::repo_root().join("tests/threads/epoch_bound.py");
    let script = script.to_string_lossy().into_owned();
    for gil in ["--gil=off", "--gil=on"] {
        let (out, err, status) = run_with_limit(&[gil, &script], Duration::from_secs(120));
        assert_eq!(status, Some(0), "{gil}: exit {status:?}\n{out}\n{err}");
        assert_eq!(
            out, "ok consistent\nok readers ran\nok bounded\n",
            "{gil}: {err}"
        );
    }
}
