//! Helpers shared by the integration tests: paths, python3 detection, golden files.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (where Cargo.toml of the `skein` package is).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `skein` binary built for this test run.
pub fn skein_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_skein"))
}

/// Whether `SKEIN_BLESS=1`: rewrite golden files instead of comparing.
pub fn blessing() -> bool {
    std::env::var("SKEIN_BLESS").is_ok_and(|v| v == "1")
}

/// True when a `python3` that is CPython 3.11 runs; otherwise prints why the caller skips.
pub fn python311(test: &str) -> bool {
    match Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
    {
        Ok(o) if o.status.success() && String::from_utf8_lossy(&o.stdout).trim() == "True" => true,
        Ok(_) => {
            eprintln!("{test}: skipped: python3 is not CPython 3.11");
            false
        }
        Err(_) => {
            eprintln!("{test}: skipped: python3 is not installed");
            false
        }
    }
}

/// Files under `dir` (recursively) whose name ends in `ext`, sorted.
pub fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// A short line-by-line difference of two texts, for failure messages.
pub fn diff(expected: &str, actual: &str) -> String {
    let mut out = String::new();
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i).copied(), a.get(i).copied());
        if x != y {
            out.push_str(&format!(
                "  line {}:\n    expected: {:?}\n    actual:   {:?}\n",
                i + 1,
                x,
                y
            ));
        }
    }
    out
}

/// Whether the parser is built yet: the placeholder `parse_module` rejects everything.
pub fn parser_available(test: &str) -> bool {
    if skein_grammar::parser::parse_module("pass\n").is_ok() {
        return true;
    }
    eprintln!("{test}: skipped: the parser is not built yet (parse_module rejects `pass`)");
    false
}

/// Whether the front end is complete enough for differential tests: it parses and
/// decodes a string literal. Otherwise prints why the caller skips.
pub fn front_end_available(test: &str) -> bool {
    if !parser_available(test) {
        return false;
    }
    let decoded = skein_grammar::parser::parse_module("x = 'ab'\n")
        .map(|m| skein_grammar::dump::dump(&m))
        .unwrap_or_default();
    if decoded
        == "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"
    {
        return true;
    }
    eprintln!("{test}: skipped: string literals are not decoded yet");
    false
}

/// The names listed in a known-failures file: one a line, `#` starts a comment.
pub fn known_failures(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// One record of tests/tools/cpython_dumps.py.
pub enum CpythonDump {
    Ok { path: String, dump: String },
    Err { path: String, error: String },
    Match { path: String },
}

/// Parses one line of tests/tools/cpython_dumps.py's output.
pub fn parse_dump_line(line: &str) -> Option<CpythonDump> {
    let mut parts = line.splitn(3, '\t');
    let tag = parts.next()?;
    let path = parts.next()?.to_string();
    let rest = parts.next().unwrap_or("").to_string();
    Some(match tag {
        "OK" => CpythonDump::Ok { path, dump: rest },
        "ERR" => CpythonDump::Err { path, error: rest },
        "MATCH" => CpythonDump::Match { path },
        _ => return None,
    })
}

/// Where two dumps first differ, named by the innermost node and field around that point
/// of `expected`, e.g. `Constant.value` or `JoinedStr.values`.
pub fn first_difference(expected: &str, actual: &str) -> String {
    let at = expected
        .bytes()
        .zip(actual.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(expected.len().min(actual.len()));
    // (node, last field) for each open parenthesis.
    let mut stack: Vec<(String, String)> = Vec::new();
    let bytes = expected.as_bytes();
    let mut i = 0;
    let mut word_start = None;
    while i < at {
        let c = bytes[i];
        if c == b'\'' || c == b'"' {
            // A repr'd str or bytes: skip to its closing quote.
            let quote = c;
            i += 1;
            while i < at && bytes[i] != quote {
                if bytes[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            word_start = None;
        } else if c.is_ascii_alphanumeric() || c == b'_' {
            word_start.get_or_insert(i);
        } else {
            let word = word_start.map(|s| &expected[s..i]).unwrap_or("");
            match c {
                b'(' => stack.push((word.to_string(), String::new())),
                b')' => {
                    stack.pop();
                }
                b'=' => {
                    if let Some(top) = stack.last_mut() {
                        top.1 = word.to_string();
                    }
                }
                _ => {}
            }
            word_start = None;
        }
        i += 1;
    }
    match stack.last() {
        Some((node, field)) if !field.is_empty() => format!("{node}.{field}"),
        Some((node, _)) => node.clone(),
        None => "top level".to_string(),
    }
}

/// A syntax error message with its numbers replaced by N, to group failures by kind.
pub fn error_kind(message: &str) -> String {
    let mut out = String::new();
    let mut in_number = false;
    for c in message.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                out.push('N');
            }
            in_number = true;
        } else {
            in_number = false;
            out.push(c);
        }
    }
    out
}

/// Up to 60 characters of each text around where they first differ.
pub fn difference_context(expected: &str, actual: &str) -> String {
    let at = expected
        .bytes()
        .zip(actual.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(expected.len().min(actual.len()));
    let around = |s: &str| -> String {
        let start = s.floor_char_boundary(at.saturating_sub(30));
        let end = s.ceil_char_boundary((at + 30).min(s.len()));
        s[start..end].to_string()
    };
    format!(
        "expected …{}…\n    actual …{}…",
        around(expected),
        around(actual)
    )
}
