//! The ways to start a program besides a script file: the REPL (`-i`, fed through a pipe
//! as `python3 -i` reads one), `-m MODULE`, and a program on stdin (`skein -`, `skein < f`).
//!
//! `tests/repl/session.py` is typed into `skein -i`; its stdout must equal
//! `tests/repl/session.stdout`, recorded from `python3 -i < session.py` (checked against
//! python3 when it is present; `SKEIN_BLESS=1` re-records it).

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn dir() -> PathBuf {
    common::repo_root().join("tests/repl")
}

fn run(program: &str, args: &[&str], cwd: PathBuf, stdin: &[u8]) -> Output {
    let mut child = Command::new(program)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("interpreter starts");
    if let Some(mut input) = child.stdin.take() {
        input.write_all(stdin).expect("stdin written");
    }
    child.wait_with_output().expect("interpreter ends")
}

fn skein(args: &[&str], cwd: PathBuf, stdin: &[u8]) -> Output {
    run(&common::skein_bin().to_string_lossy(), args, cwd, stdin)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn interactive_session_echoes_values_and_survives_errors() {
    let input = std::fs::read(dir().join("session.py")).expect("session.py");
    let golden_path = dir().join("session.stdout");
    if common::python311("repl") {
        let py = run("python3", &["-i"], dir(), &input);
        if common::blessing() {
            std::fs::write(&golden_path, &py.stdout).expect("golden written");
        }
        let golden = std::fs::read(&golden_path).expect("session.stdout");
        assert_eq!(
            text(&py.stdout),
            text(&golden),
            "golden differs from python3"
        );
    }
    let golden = std::fs::read_to_string(&golden_path).expect("session.stdout");
    let out = skein(&["-i"], dir(), &input);
    assert_eq!(text(&out.stdout), golden);
    let err = text(&out.stderr);
    assert!(err.contains(">>> ... ... >>> "), "prompts on stderr: {err}");
    assert!(
        err.contains(
            "  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero"
        ),
        "{err}"
    );
    assert!(
        err.contains("IndentationError: expected an indented block after 'if' statement on line 1")
    );
    assert!(
        err.contains("% ... ... % "),
        "sys.ps1 is read at each prompt: {err}"
    );
    assert_eq!(out.status.code(), Some(3), "exit(3) ends the session");
}

#[test]
fn inspect_after_a_script_shares_its_globals() {
    let out = skein(
        &["-i", "mods/plain.py", "a"],
        dir(),
        b"print(__name__, sys.argv[1:])\n",
    );
    assert_eq!(
        text(&out.stdout),
        "plain __main__ True ['a']\n__main__ ['a']\n"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn dash_m_runs_modules_and_packages_as_main() {
    let mods = dir().join("mods");
    let out = skein(&["-m", "plain", "x"], mods.clone(), b"");
    assert_eq!(text(&out.stdout), "plain __main__ True ['x']\n");
    let out = skein(&["-m", "pkg", "y"], mods.clone(), b"");
    assert_eq!(text(&out.stdout), "pkg main __main__ pkg 5 ['y']\n");
    let out = skein(&["-m", "pkg.sub"], mods.clone(), b"");
    assert_eq!(text(&out.stdout), "sub __main__ pkg 5\n");
    assert_eq!(out.status.code(), Some(4));
    for (name, message) in [
        ("nosuch", "No module named nosuch"),
        (
            "nomain",
            "No module named nomain.__main__; 'nomain' is a package and cannot be directly executed",
        ),
        (
            "nopkg.x",
            "Error while finding module specification for 'nopkg.x' (ModuleNotFoundError: No module named 'nopkg')",
        ),
    ] {
        let out = skein(&["-m", name], mods.clone(), b"");
        assert!(text(&out.stderr).trim_end().ends_with(message), "{name}: {}", text(&out.stderr));
        assert_eq!(out.status.code(), Some(1));
    }
}

#[test]
fn programs_on_stdin() {
    let program = b"import sys\nprint(sys.argv)\n1/0\n";
    let out = skein(&[], dir(), program);
    assert_eq!(text(&out.stdout), "['']\n");
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(out.status.code(), Some(1));
    let out = skein(&["-", "x"], dir(), b"import sys; print(sys.argv)\n");
    assert_eq!(text(&out.stdout), "['-', 'x']\n");
    let out = skein(&["-c", "1/0"], dir(), b"");
    assert!(
        !text(&out.stderr).contains("1/0"),
        "-c tracebacks show no source line, as CPython's"
    );
}

#[test]
fn terminal_editing_completes_names_and_survives_ctrl_c() {
    if !common::python311("repl") {
        return;
    }
    let tool = common::repo_root().join("tests/tools/repl_pty.py");
    let out = Command::new("python3")
        .arg(tool)
        .arg(common::skein_bin())
        .args([
            "import threading\\r",
            "threading.current_t\\t",
            "\\x03",
            "for i in range(2):\\r",
            "\\tprint(i * 10)\\r",
            "\\r",
            "exit(5)\\r",
        ])
        .output()
        .expect("python3 runs");
    let shown = text(&out.stdout);
    assert!(shown.contains("threading.current_thread"), "{shown}");
    assert!(shown.contains("KeyboardInterrupt"), "{shown}");
    assert!(shown.contains("0\r\n10\r\n"), "{shown}");
    assert!(shown.trim_end().ends_with("exit 5"), "{shown}");
}
