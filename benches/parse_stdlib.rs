//! Parse benchmark: Skein's parser vs CPython's `ast.parse` over every stdlib .py, each in one process, in lines per second.
//!
//! Run: `cargo bench --bench parse_stdlib` (needs python3 3.11; `SKEIN_BENCH_REPEAT=N`
//! takes the best of N rounds, default 3). Both sides read every file into memory
//! first and time only the parse of all files (CPython: `ast.parse`, which includes
//! building the Python `ast` objects; Skein: `parse_module` to its Rust tree).

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Instant;

const CPYTHON_SIDE: &str = r#"
import ast, sys, time
paths = sys.stdin.read().split("\n")
sources = [open(p, "rb").read() for p in paths if p]
best = None
for _ in range(int(sys.argv[1])):
    start = time.perf_counter()
    for src in sources:
        ast.parse(src)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(best)
"#;

const FILE_LIST: &str = r#"
import ast, os, sysconfig
root = sysconfig.get_paths()["stdlib"]
for d, dirs, files in os.walk(root):
    dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "__pycache__"))
    for f in sorted(files):
        if f.endswith(".py"):
            p = os.path.join(d, f)
            try:
                ast.parse(open(p, "rb").read())
            except (SyntaxError, ValueError):
                continue
            print(p)
"#;

fn main() {
    let repeat: usize = std::env::var("SKEIN_BENCH_REPEAT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
        .max(1);
    let list = match Command::new("python3").args(["-c", FILE_LIST]).output() {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).into_owned(),
        _ => {
            eprintln!("parse_stdlib: skipped: python3 is not available");
            return;
        }
    };
    let paths: Vec<&str> = list.lines().collect();
    let mut sources = Vec::new();
    for path in &paths {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        if let Ok(text) = skein::source::decode(&bytes, path) {
            sources.push(text);
        }
    }
    let lines: usize = sources.iter().map(|s| s.lines().count()).sum();
    let bytes: usize = sources.iter().map(String::len).sum();
    println!(
        "parse_stdlib: {} files, {lines} lines, {:.1} MB; best of {repeat} rounds",
        sources.len(),
        bytes as f64 / 1e6
    );

    let mut skein_best = f64::INFINITY;
    let mut rejected = 0;
    for _ in 0..repeat {
        rejected = 0;
        let start = Instant::now();
        for source in &sources {
            if skein_grammar::parser::parse_module(source).is_err() {
                rejected += 1;
            }
        }
        skein_best = skein_best.min(start.elapsed().as_secs_f64());
    }
    let skein_rate = lines as f64 / skein_best;
    println!(
        "  skein  parse_module: {skein_best:8.3} s  {:>12.0} lines/s  ({rejected} files rejected)",
        skein_rate
    );

    let mut child = match Command::new("python3")
        .args(["-c", CPYTHON_SIDE, &repeat.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) => {
            eprintln!("parse_stdlib: python3 did not start: {e}");
            return;
        }
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(paths.join("\n").as_bytes());
    }
    let Ok(out) = child.wait_with_output() else {
        eprintln!("parse_stdlib: python3 failed");
        return;
    };
    let Ok(cpython_best) = String::from_utf8_lossy(&out.stdout).trim().parse::<f64>() else {
        eprintln!("parse_stdlib: python3 printed no time");
        return;
    };
    let cpython_rate = lines as f64 / cpython_best;
    println!(
        "  CPython ast.parse:   {cpython_best:8.3} s  {:>12.0} lines/s",
        cpython_rate
    );
    println!(
        "  skein / CPython: {:.2}x ({})",
        skein_rate / cpython_rate,
        if skein_rate > cpython_rate {
            "skein is faster"
        } else {
            "CPython is faster"
        }
    );
}
