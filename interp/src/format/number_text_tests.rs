//! Differential tests: `int(s, base)`, `float(s)`, `float.fromhex(s)` against CPython 3.11 (testdata/number_cases.txt).

use super::tests::unescape;

use super::float_ops::{float_fromhex, float_hex};
use super::floatstr::parse_float;
use super::intstr::parse_int;

fn hex_or_nan(v: f64) -> String {
    if v.is_nan() {
        "nan".to_string()
    } else {
        float_hex(v)
    }
}

#[test]
fn number_text_matches_cpython_table() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("testdata/number_cases.txt").lines() {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let [op, base, text, outcome, want] = &fields[..] else {
            panic!("bad line {line:?}");
        };
        count += 1;
        let got = match op.as_str() {
            "int" => parse_int(text, base.parse().unwrap()).map(|v| v.to_string()),
            "float" => parse_float(text).map(hex_or_nan),
            _ => float_fromhex(text).map(hex_or_nan),
        };
        let got = match got {
            Ok(s) => ("ok".to_string(), s),
            Err(e) => (e.kind.name().to_string(), e.message),
        };
        if (&got.0, &got.1) != (outcome, want) {
            failures.push(format!(
                "{op}({text:?}, {base}): want {outcome} {want:?}, got {} {:?}",
                got.0, got.1
            ));
        }
    }
    assert!(count > 9000);
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
