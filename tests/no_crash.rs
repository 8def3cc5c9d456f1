//! Scripts that try to crash the interpreter get a Python exception or CPython's
//! behaviour, never a Rust panic, abort or stack overflow (the conformance programs
//! 025-027 cover recursion, huge ints, cycles and failing dunders with exact output).

use std::io::Read;
use std::process::{Command, Stdio};

fn skein() -> Command {
    Command::new(env!("CARGO_BIN_EXE_skein"))
}

fn run(code: &str) -> (i32, String, String) {
    let out = skein().arg("-c").arg(code).output().expect("skein runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn hostile_programs_end_with_python_errors() {
    let cases: &[(&str, &str)] = &[
        (
            "def f(): return f()\nf()",
            "RecursionError: maximum recursion depth exceeded",
        ),
        (
            "class A:\n    def __eq__(s, o): return s == o\nA() == A()",
            "RecursionError",
        ),
        (
            "x = []\nfor i in range(200000): x = [x]\nprint(repr(x))",
            "RecursionError",
        ),
        (
            "print(str(10 ** 100000))",
            "ValueError: Exceeds the limit (4300 digits)",
        ),
        ("1 << (1 << 40)", "MemoryError"),
        ("'a' * (1 << 62)", "MemoryError"),
        ("b'a' * (1 << 62)", "MemoryError"),
        ("[0, 1] * (1 << 62)", "MemoryError"),
        ("(1).to_bytes(1 << 62, 'big')", "MemoryError"),
        (
            "import sys\nsys.setrecursionlimit(10**9)\ndef f(n): return f(n+1)\nf(0)",
            "RecursionError",
        ),
        ("def g():\n    yield from g()\nlist(g())", "RecursionError"),
        ("raise SystemExit('bye')", "bye"),
    ];
    for (code, expect) in cases {
        let (status, _, err) = run(code);
        assert!(!err.contains("panicked"), "panic for {code:?}: {err}");
        assert!(status == 1, "status {status} for {code:?}: {err}");
        assert!(
            err.contains(expect),
            "{code:?}: expected {expect:?} in {err}"
        );
    }
}

#[test]
fn freeing_deep_structures_does_not_overflow() {
    let (status, out, err) = run("x = None\nfor i in range(1000000): x = (x,)\ndel x\nprint('ok')");
    assert_eq!((status, out.as_str()), (0, "ok\n"), "{err}");
}

#[test]
fn closed_stdout_ends_quietly() {
    let mut child = skein()
        .arg("-c")
        .arg("for i in range(200000): print(i)")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("skein runs");
    let mut first = [0u8; 16];
    let mut out = child.stdout.take().expect("stdout");
    let _ = out.read(&mut first);
    drop(out);
    let status = child.wait().expect("wait");
    let mut err = String::new();
    let _ = child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err);
    assert!(!err.contains("panicked"), "{err}");
    assert!(status.code().is_some(), "killed by a signal: {status:?}");
}
