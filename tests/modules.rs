//! Module conformance: each `tests/modules/NNN_name.py` runs under skein and must print
//! exactly its `.out` (stdout then stderr's last line, as recorded from CPython 3.11);
//! when python3 3.11 is present each program also runs under it, so goldens stay honest.
//! `SKEIN_BLESS=1` re-records the goldens from python3.

mod common;

use std::path::Path;
use std::process::Command;

/// What a program prints: stdout, then the last line of stderr if it failed.
fn run(bin: &Path, script: &Path) -> String {
    let dir = script.parent().unwrap_or(Path::new("."));
    let out = match Command::new(bin).arg(script).current_dir(dir).output() {
        Ok(o) => o,
        Err(e) => return format!("<could not run {}: {e}>", bin.display()),
    };
    let mut s = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let last = err.lines().last().unwrap_or("");
        s.push_str(&format!(
            "<exit {}> {last}\n",
            out.status.code().unwrap_or(-1)
        ));
    }
    s
}

#[test]
fn module_programs() {
    let root = common::repo_root().join("tests/modules");
    let scripts = common::files_with_ext(&root, "py");
    assert!(!scripts.is_empty(), "no programs in {}", root.display());
    let have_python = common::python311("module_programs");
    let py = Path::new("python3");
    let mut failures = Vec::new();
    for script in &scripts {
        let golden = script.with_extension("out");
        if common::blessing() && have_python {
            let _ = std::fs::write(&golden, run(py, script));
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        let expected = expected.trim_end_matches('\n');
        if have_python {
            let cpy = run(py, script);
            if cpy.trim_end_matches('\n') != expected {
                failures.push(format!("{}: golden differs from python3", script.display()));
            }
        }
        let got = run(&common::skein_bin(), script);
        if got.trim_end_matches('\n') != expected {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- got\n{got}",
                script.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n{}",
        failures.len(),
        scripts.len(),
        failures.join("\n")
    );
}
