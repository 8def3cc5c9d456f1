//! Standard input and shared files end to end: `input()`, `sys.stdin` (read, readline,
//! readlines, iteration, `.buffer`) fed through a pipe, compared with python3 3.11 when
//! present and with the expected text always; and one file object written by several
//! threads with the lock on and off (CPython's own TextIOWrapper can corrupt this, so
//! it is checked against the exact expected content instead).

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

fn run(interp: &mut Command, args: &[&str], input: &[u8]) -> (String, String, Option<i32>) {
    let mut child = interp
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn interpreter");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input);
    }
    // A deadlock must fail the test, not hang it.
    let pid = child.id();
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if done_rx.recv_timeout(Duration::from_secs(120)).is_err() {
            // The child is not reaped yet (we are still waiting), so the pid is its own.
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
        }
    });
    let out = child.wait_with_output().expect("wait for interpreter");
    let _ = done_tx.send(());
    let _ = watchdog.join();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

/// (program, stdin, expected stdout)
const CASES: &[(&str, &str, &str)] = &[
    (
        "a = input('name? ')\nprint(repr(a))\nprint(repr(input()))",
        "Ada\nsecond line\n",
        "name? 'Ada'\n'second line'\n",
    ),
    (
        "try:\n    input('> ')\nexcept EOFError as e:\n    print('EOFError', e)",
        "",
        "> EOFError EOF when reading a line\n",
    ),
    (
        "import sys\nfor line in sys.stdin:\n    print(repr(line))",
        "a\nb\n\nc",
        "'a\\n'\n'b\\n'\n'\\n'\n'c'\n",
    ),
    (
        "import sys\nprint(repr(sys.stdin.readline()))\nprint(sys.stdin.readlines())",
        "x\ny\nz\n",
        "'x\\n'\n['y\\n', 'z\\n']\n",
    ),
    (
        "import sys\nprint(repr(sys.stdin.read(3)))\nprint(repr(sys.stdin.read()))",
        "héllo\nworld",
        "'hél'\n'lo\\nworld'\n",
    ),
    (
        "import sys\nprint(sys.stdin.buffer.read())",
        "raw\n",
        "b'raw\\n'\n",
    ),
    (
        "n = int(input())\nprint(sum(int(input()) for _ in range(n)))",
        "3\n10\n20\n30\n",
        "60\n",
    ),
];

#[test]
fn standard_input() {
    let with_python = common::python311("standard_input");
    for (prog, input, expected) in CASES {
        let (out, err, code) = run(
            &mut Command::new(common::skein_bin()),
            &["-c", prog],
            input.as_bytes(),
        );
        assert_eq!(code, Some(0), "{prog}\n{err}");
        assert_eq!(&out, expected, "skein on {prog:?}");
        if with_python {
            let (py, _, _) = run(
                &mut Command::new("python3"),
                &["-c", prog],
                input.as_bytes(),
            );
            assert_eq!(&py, expected, "python3 on {prog:?}");
        }
    }
}

const THREADED_WRITES: &str = r#"
import os, threading
path = "/tmp/skein_threaded_writes_%d.txt" % os.getpid()
f = open(path, "w")
def worker(n):
    for i in range(500):
        f.write("thread %d line %d\n" % (n, i))
        if i % 50 == 0:
            f.flush()
ts = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
f.close()
lines = open(path).read().splitlines()
os.remove(path)
expected = sorted("thread %d line %d" % (n, i) for n in range(4) for i in range(500))
print(len(lines), sorted(lines) == expected)
"#;

#[test]
fn one_file_written_by_several_threads() {
    for gil in ["--gil=on", "--gil=off"] {
        let (out, err, code) = run(
            &mut Command::new(common::skein_bin()),
            &[gil, "-c", THREADED_WRITES],
            b"",
        );
        assert_eq!(code, Some(0), "{gil}: {err}");
        assert_eq!(out, "2000 True\n", "{gil}: {err}");
    }
}

#[test]
fn files_flush_at_exit() {
    let path = std::env::temp_dir().join(format!("skein_exit_flush_{}.txt", std::process::id()));
    let p = path.to_string_lossy().into_owned();
    let prog = format!(
        "f = open({p:?}, 'w')\nf.write('kept open')\ng = open({p:?} + '.b', 'wb')\ng.write(b'bin')\nraise SystemExit(3)"
    );
    let (_, err, code) = run(&mut Command::new(common::skein_bin()), &["-c", &prog], b"");
    assert_eq!(code, Some(3), "{err}");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let bin = std::fs::read(format!("{p}.b")).unwrap_or_default();
    let _ = std::fs::remove_file(&path);
    let _ = std::fs::remove_file(format!("{p}.b"));
    assert_eq!(text, "kept open");
    assert_eq!(bin, b"bin");
}
