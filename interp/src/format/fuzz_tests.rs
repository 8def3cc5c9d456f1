//! Robustness: every entry point on pseudo-random text returns a value or an error, never panics or allocates without bound.

use num_bigint::BigInt;

use super::error::PyError;
use super::float_ops::float_fromhex;
use super::floatstr::parse_float;
use super::intstr::parse_int;
use super::percent::{percent_format, tokenize, PercentArg, PercentArgs, PercentHost, Want};
use super::template::{str_format, FormatHost, MarkupIter};
use super::{format_bigint, format_float, format_int, format_str, FormatSpec, IntRef};

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn text(&mut self, alphabet: &[char], max_len: usize) -> String {
        let len = self.below(max_len + 1);
        let mut s = String::new();
        let mut digits = 0;
        for _ in 0..len {
            let c = alphabet[self.below(alphabet.len())];
            // Keep digit runs short so widths stay small (huge ones are tested elsewhere).
            if c.is_ascii_digit() {
                digits += 1;
                if digits > 4 {
                    continue;
                }
            } else {
                digits = 0;
            }
            s.push(c);
        }
        s
    }
}

struct Host;

impl PercentHost for Host {
    type Obj = i64;
    type Error = PyError;

    fn convert(&mut self, obj: &i64, want: Want) -> Result<PercentArg, PyError> {
        Ok(match (want, obj % 4) {
            (Want::Text(_), _) => PercentArg::Str(format!("v{obj}")),
            (Want::Float(_), _) => PercentArg::Float(*obj as f64 / 3.0),
            (_, 0) => PercentArg::Wrong("str".into()),
            (Want::Char, 1) => PercentArg::Str("ab".into()),
            _ => PercentArg::Int(BigInt::from(*obj)),
        })
    }

    fn lookup(&mut self, _mapping: &i64, key: &str) -> Result<i64, PyError> {
        Ok(key.len() as i64)
    }
}

impl FormatHost for Host {
    type Obj = i64;
    type Error = PyError;

    fn positional(&mut self, index: usize) -> Result<Option<i64>, PyError> {
        Ok((index < 3).then_some(index as i64 * 7 - 5))
    }

    fn keyword(&mut self, name: &str) -> Result<i64, PyError> {
        Ok(name.len() as i64)
    }

    fn getattr(&mut self, obj: &i64, name: &str) -> Result<i64, PyError> {
        Ok(obj + name.len() as i64)
    }

    fn getitem_index(&mut self, obj: &i64, index: usize) -> Result<i64, PyError> {
        Ok(obj - index as i64)
    }

    fn getitem_str(&mut self, obj: &i64, key: &str) -> Result<i64, PyError> {
        Ok(obj * key.len() as i64)
    }

    fn convert(&mut self, obj: i64, _conversion: char) -> Result<i64, PyError> {
        Ok(obj)
    }

    fn format(&mut self, obj: &i64, spec: &str) -> Result<String, PyError> {
        format_int(IntRef::Small(*obj), &FormatSpec::parse(spec, "int")?, "int")
    }
}

#[test]
fn no_input_panics() {
    let spec_chars: Vec<char> = "<>^=+- z#0123456789,_.bcdeEfFgGnosxX%*é٣\u{3000}{}"
        .chars()
        .collect();
    let percent_chars: Vec<char> = "%()-+ #0123456789.*hlLdiuoxXeEfFgGcsra%zé{}"
        .chars()
        .collect();
    let template_chars: Vec<char> = "{}{}[]!:.0123abrsx<>^é٣ ".chars().collect();
    let number_chars: Vec<char> = "0123456789_+-.eExXoObBpPinfatyINF \u{3000}٣_abcdef"
        .chars()
        .collect();
    let big: BigInt = BigInt::from(3).pow(200) * -1;
    let floats = [
        0.0,
        -0.0,
        1.5,
        -1234.5678,
        1e300,
        5e-324,
        f64::INFINITY,
        f64::NAN,
    ];
    let mut rng = Lcg(12345);
    for i in 0..20_000 {
        let spec = rng.text(&spec_chars, 9);
        if let Ok(s) = FormatSpec::parse(&spec, "int") {
            let _ = format_int(IntRef::Small(i as i64 - 10_000), &s, "int");
            let _ = format_bigint(&big, &s, "int");
            let _ = format_float(floats[i % floats.len()], &s, "float");
            let _ = format_str("héllo", &s, "str");
        }
        let fmt = rng.text(&percent_chars, 10);
        let _ = tokenize(&fmt);
        let args = match i % 3 {
            0 => PercentArgs::Tuple((0..rng.below(4) as i64).collect()),
            1 => PercentArgs::Single {
                value: 5,
                is_mapping: true,
            },
            _ => PercentArgs::Single {
                value: 6,
                is_mapping: false,
            },
        };
        let _ = percent_format(&fmt, args, &mut Host);
        let template = rng.text(&template_chars, 12);
        let _ = MarkupIter::new(&template).count();
        let _ = str_format(&template, &mut Host);
        let number = rng.text(&number_chars, 10);
        for base in [0, 2, 10, 16, 36, 37, -1] {
            let _ = parse_int(&number, base);
        }
        let _ = parse_float(&number);
        let _ = float_fromhex(&number);
    }
}

#[test]
fn huge_widths_and_precisions_raise() {
    let kinds = |spec: &str| -> Vec<String> {
        let s = FormatSpec::parse(spec, "int").unwrap();
        vec![
            format_int(IntRef::Small(1), &s, "int").map_or_else(|e| e.to_string(), |_| "ok".into()),
            format_float(
                1.0,
                &FormatSpec {
                    ty: Some('f'),
                    ..s.clone()
                },
                "float",
            )
            .map_or_else(|e| e.to_string(), |_| "ok".into()),
        ]
    };
    assert_eq!(kinds("999999999999"), ["MemoryError", "MemoryError"]);
    assert_eq!(
        format_float(
            1.0,
            &FormatSpec::parse(".999999999f", "float").unwrap(),
            "float"
        )
        .unwrap_err()
        .to_string(),
        "MemoryError"
    );
    assert_eq!(
        format_float(
            1.0,
            &FormatSpec::parse(".2147483648f", "float").unwrap(),
            "float"
        )
        .unwrap_err()
        .message,
        "precision too big"
    );
    assert_eq!(
        format_str(
            "a",
            &FormatSpec::parse("999999999999", "str").unwrap(),
            "str"
        )
        .unwrap_err()
        .to_string(),
        "MemoryError"
    );
    let e =
        percent_format("%999999999999d", PercentArgs::Tuple(vec![1i64]), &mut Host).unwrap_err();
    assert_eq!(e.to_string(), "MemoryError");
    let e = percent_format("%.999999999d", PercentArgs::Tuple(vec![1i64]), &mut Host).unwrap_err();
    assert_eq!(e.to_string(), "MemoryError");
    let e = percent_format(
        "%*d",
        PercentArgs::Tuple(vec![-999_999_999_999i64, 1]),
        &mut Host,
    )
    .unwrap_err();
    assert_eq!(e.to_string(), "MemoryError");
}
