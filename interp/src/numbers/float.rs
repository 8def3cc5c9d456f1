//! `float`: repr (through `format::dtoa`) and float arithmetic with Python's errors.

use crate::bytecode::BinOp;
use crate::exc::{overflow_error, zero_division};
use crate::format::dtoa::{double_to_string, DtoaFlags};
use crate::format::float_ops;
use crate::func::PyResult;
use crate::value::Value;

/// `repr(x)` exactly as CPython prints it: `PyOS_double_to_string(x, 'r', 0, ADD_DOT_0)`
/// from `format::dtoa` (measured faster than the grammar's `pyrepr::float_repr`, which
/// stays only for the grammar crate's AST dumps: see `repr_probe`).
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    // Mode 'r' fails only on absurd precisions (MemoryError), never here.
    double_to_string(x, 'r', 0, flags).unwrap_or_default()
}

pub fn float_binop(op: BinOp, a: f64, b: f64) -> Option<PyResult> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Some(Err(zero_division("float division by zero")));
            }
            a / b
        }
        BinOp::FloorDiv => match float_ops::float_floordiv(a, b) {
            Ok(r) => r,
            Err(e) => return Some(Err(e.into())),
        },
        BinOp::Mod => match float_ops::float_mod(a, b) {
            Ok(r) => r,
            Err(e) => return Some(Err(e.into())),
        },
        BinOp::Pow => {
            if a == 0.0 && b < 0.0 {
                return Some(Err(zero_division(
                    "0.0 cannot be raised to a negative power",
                )));
            }
            if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                return Some(crate::complex::real_pow(a, b));
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return Some(Err(overflow_error("(34, 'Numerical result out of range')")));
            }
            r
        }
        _ => return None,
    };
    Some(Ok(Value::Float(r)))
}

#[cfg(test)]
mod repr_probe {
    /// `cargo test --release -p skein-interp --lib float_repr_probe -- --ignored --nocapture`
    /// (2 cores, 2026-11-23: dtoa 150-230 ns vs pyrepr 256-439 ns; equal at 1e20 scale).
    #[test]
    #[ignore]
    #[allow(clippy::type_complexity)]
    fn float_repr_probe() {
        use crate::format::dtoa::{double_to_string, DtoaFlags};
        let flags = DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        };
        let sets: [(&str, fn(u32) -> f64); 4] = [
            ("i*1.37", |i| i as f64 * 1.37),
            ("i/10", |i| i as f64 / 10.0),
            ("i*1e-7", |i| i as f64 * 1.234e-7),
            ("i*1e20", |i| i as f64 * 1.234e20),
        ];
        for (name, f) in sets {
            let mut n = 0;
            let t = std::time::Instant::now();
            for i in 0..1_000_000 {
                n += skein_grammar::pyrepr::float_repr(f(i)).len();
            }
            let b = t.elapsed();
            let t = std::time::Instant::now();
            for i in 0..1_000_000 {
                n += double_to_string(f(i), 'r', 0, flags).map_or(0, |s| s.len());
            }
            let c = t.elapsed();
            for i in 0..100_000 {
                let x = f(i);
                assert_eq!(
                    skein_grammar::pyrepr::float_repr(x),
                    double_to_string(x, 'r', 0, flags).unwrap()
                );
            }
            eprintln!(
                "{name}: pyrepr {:?} dtoa {:?} per call ({n})",
                b / 1_000_000,
                c / 1_000_000
            );
        }
    }
}
