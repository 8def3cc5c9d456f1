//! Differential test over CPython's standard library: Skein's `ast.dump` of every stdlib file CPython parses (no `match`) must equal CPython's for at least 97% of files.
//!
//! CPython's dumps come from ONE python3 process (tests/tools/cpython_dumps.py), streamed
//! line by line; Skein's side runs in-process through `skein_grammar` on two worker
//! threads. Prints the share and the failure kinds (first differing node and field, or
//! the syntax error message). Skipped until the front end decodes strings.

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::{Command, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Instant;

use common::CpythonDump;

const REQUIRED_SHARE: f64 = 0.97;
const WORKERS: usize = 2;

/// What Skein made of one file.
enum Outcome {
    Same,
    Differs(String),
    Fails(String),
}

fn check(path: &str, expected: &str) -> Outcome {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return Outcome::Fails(format!("unreadable: {e}")),
    };
    let source = match skein::source::decode(&bytes, path) {
        Ok(s) => s,
        Err(e) => return Outcome::Fails(format!("decode: {}", common::error_kind(&e.message))),
    };
    let result = catch_unwind(AssertUnwindSafe(|| {
        skein_grammar::parser::parse_module(&source).map(|m| skein_grammar::dump::try_dump(&m))
    }));
    match result {
        Err(_) => Outcome::Fails("panic in the parser or dump".into()),
        Ok(Err(e)) => Outcome::Fails(format!(
            "{}: {}",
            e.kind.class_name(),
            common::error_kind(&e.message)
        )),
        Ok(Ok(Err(e))) => Outcome::Fails(format!("ValueError: {e}")),
        Ok(Ok(Ok(actual))) if actual == expected => Outcome::Same,
        Ok(Ok(Ok(actual))) => {
            let at = expected
                .bytes()
                .zip(actual.bytes())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            if expected.get(at..).is_some_and(|e| e.starts_with("\\ud"))
                && actual.get(at..).is_some_and(|a| a.starts_with('\u{fffd}'))
            {
                // ast::Constant::Str is a Rust String: a lone surrogate became U+FFFD.
                return Outcome::Differs(
                    "Constant.value (lone surrogate, stored as U+FFFD)".into(),
                );
            }
            Outcome::Differs(common::first_difference(expected, &actual))
        }
    }
}

#[test]
fn stdlib_dumps_match_cpython() {
    if !common::python311("ast_stdlib") || !common::front_end_available("ast_stdlib") {
        return;
    }
    let started = Instant::now();
    let script = common::repo_root().join("tests/tools/cpython_dumps.py");
    let mut python = Command::new("python3")
        .arg(&script)
        .arg("stdlib")
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 starts");
    let stdout = python.stdout.take().expect("python3's stdout");

    let (job_tx, job_rx) = mpsc::sync_channel::<(String, String)>(32);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (result_tx, result_rx) = mpsc::channel::<(String, Outcome)>();
    let mut workers = Vec::new();
    for _ in 0..WORKERS {
        let jobs = Arc::clone(&job_rx);
        let results = result_tx.clone();
        // Deeply nested stdlib tests need more than the default 2 MiB of stack.
        let worker = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || loop {
                let job = jobs.lock().map(|rx| rx.recv());
                let Ok(Ok((path, expected))) = job else {
                    break;
                };
                let outcome = check(&path, &expected);
                if results.send((path, outcome)).is_err() {
                    break;
                }
            })
            .expect("worker thread starts");
        workers.push(worker);
    }
    drop(result_tx);

    let mut cpython_rejects = 0;
    let mut skein_accepts = Vec::new();
    let mut with_match = 0;
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("python3's output is UTF-8");
        match common::parse_dump_line(&line) {
            Some(CpythonDump::Ok { path, dump }) => {
                if job_tx.send((path, dump)).is_err() {
                    break;
                }
            }
            Some(CpythonDump::Err { path, .. }) => {
                cpython_rejects += 1;
                if matches!(check(&path, ""), Outcome::Same | Outcome::Differs(_)) {
                    skein_accepts.push(path);
                }
            }
            Some(CpythonDump::Match { .. }) => with_match += 1,
            None => panic!("unexpected line from cpython_dumps.py: {line:.200}"),
        }
    }
    drop(job_tx);
    assert!(python.wait().expect("python3 ends").success());

    let mut total = 0usize;
    let mut same = 0usize;
    let mut kinds: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for (path, outcome) in result_rx {
        total += 1;
        let kind = match outcome {
            Outcome::Same => {
                same += 1;
                continue;
            }
            Outcome::Differs(node) => format!("dump differs at {node}"),
            Outcome::Fails(error) => error,
        };
        let entry = kinds.entry(kind).or_insert((0, path));
        entry.0 += 1;
    }
    for worker in workers {
        let _ = worker.join();
    }
    let share = same as f64 / total.max(1) as f64;
    println!(
        "ast_stdlib: {same} of {total} stdlib files dump as CPython does ({:.2}%), in {:.1}s \
         ({with_match} with match and {cpython_rejects} that CPython rejects were left out)",
        share * 100.0,
        started.elapsed().as_secs_f64()
    );
    let mut sorted: Vec<_> = kinds.into_iter().collect();
    sorted.sort_by_key(|entry| std::cmp::Reverse(entry.1 .0));
    for (kind, (count, example)) in sorted.iter().take(25) {
        println!("  {count:5}  {kind:.120}  (e.g. {example})");
    }
    println!(
        "  skein rejects {} of the {cpython_rejects} files CPython rejects{}",
        cpython_rejects - skein_accepts.len(),
        if skein_accepts.is_empty() {
            String::new()
        } else {
            format!("; it accepts {skein_accepts:?}")
        }
    );
    assert!(total > 1000, "too few stdlib files were checked: {total}");
    assert!(
        share >= REQUIRED_SHARE,
        "only {:.2}% of stdlib files dump as CPython does (need {:.0}%)",
        share * 100.0,
        REQUIRED_SHARE * 100.0
    );
}
