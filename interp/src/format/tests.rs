//! Differential tests: `format(value, spec)` against the table CPython 3.11 generated (testdata/format_cases.txt).

use num_bigint::BigInt;

use super::{format_bigint, format_float, format_str, FormatSpec, PyResult};

/// Decodes the `\t`/`\n`/`\\` escapes of the python3-generated case tables (shared by every table test).
pub(super) fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn run(kind: &str, value: &str, spec: &str) -> PyResult<String> {
    match kind {
        "i" => {
            let v: BigInt = value.parse().unwrap();
            format_bigint(&v, &FormatSpec::parse(spec, "int")?, "int")
        }
        "f" => {
            let v: f64 = value.parse().unwrap();
            format_float(v, &FormatSpec::parse(spec, "float")?, "float")
        }
        _ => format_str(value, &FormatSpec::parse(spec, "str")?, "str"),
    }
}

#[test]
fn format_matches_cpython_table() {
    let table = include_str!("testdata/format_cases.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in table.lines() {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let [kind, value, spec, outcome, text] = &fields[..] else {
            panic!("bad line {line:?}");
        };
        count += 1;
        let got = match run(kind, value, spec) {
            Ok(s) => ("ok".to_string(), s),
            Err(e) => (e.kind.name().to_string(), e.message),
        };
        if (&got.0, &got.1) != (outcome, text) {
            failures.push(format!(
                "format({kind}:{value}, {spec:?}): want {outcome} {text:?}, got {} {:?}",
                got.0, got.1
            ));
        }
    }
    assert!(count > 4000);
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
