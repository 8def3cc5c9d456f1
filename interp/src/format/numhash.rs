//! `hash()` of ints and floats as CPython computes it (modulus 2**61 - 1), so that `hash(1) == hash(1.0)` and seeds match.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

const BITS: u32 = 61;
/// `_PyHASH_MODULUS`: 2**61 - 1.
pub const MODULUS: u64 = (1 << BITS) - 1;
/// `_PyHASH_INF`.
pub const HASH_INF: i64 = 314_159;

/// `hash(n)` for an int.
pub fn int_hash(value: &BigInt) -> i64 {
    let modulus = BigInt::from(MODULUS);
    let r = (value.abs() % &modulus).to_i64().unwrap_or(0);
    let h = if value.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for an int that fits in an `i64`.
pub fn i64_hash(value: i64) -> i64 {
    let r = (value.unsigned_abs() % MODULUS) as i64;
    let h = if value < 0 { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(x)` for a float; `None` for a NaN, whose hash is the object's identity in
/// CPython 3.10+ (the VM hashes the object).
pub fn float_hash(value: f64) -> Option<i64> {
    if value.is_nan() {
        return None;
    }
    if value.is_infinite() {
        return Some(if value > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (mut m, mut e) = frexp(value);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    let h = (x as i64).wrapping_mul(sign);
    Some(if h == -1 { -2 } else { h })
}

/// C's `frexp`: `value == m * 2**e` with `0.5 <= |m| < 1` (or `m == 0`).
fn frexp(value: f64) -> (f64, i32) {
    if value == 0.0 {
        return (value, 0);
    }
    let bits = value.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    if exp_bits == 0 {
        // Subnormal: scale up by 2**64 first.
        let (m, e) = frexp(value * f64::from_bits((1023u64 + 64) << 52));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp_bits - 1022)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        let floats: [(f64, i64); 16] = [
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (1.5, 1152921504606846977),
            (0.1, 230584300921369408),
            (1e300, 1224995262755759164),
            (-1e-300, -482449582752280463),
            (5e-324, 16777216),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (2305843009213693952.0, 1),
            (2305843009213693440.0, 2305843009213693440),
            (3.5, 1152921504606846979),
            (-2.5, -1152921504606846978),
            (1e16, 10000000000000000),
        ];
        for (x, h) in floats {
            assert_eq!(float_hash(x), Some(h), "hash({x:?})");
        }
        assert_eq!(float_hash(f64::NAN), None);
        // Subnormals go through frexp's scaling.
        assert_eq!(float_hash(3.0 * 5e-324), Some(50331648));
        assert_eq!(float_hash(-1e-320), Some(-33957085184));
        assert_eq!(float_hash(1e-310), Some(615709907932414099));
        let ints: [(&str, i64); 11] = [
            ("0", 0),
            ("1", 1),
            ("-1", -2),
            ("-2", -2),
            ("2305843009213693951", 0),
            ("2305843009213693952", 1),
            ("2305843009213693950", 2305843009213693950),
            ("-2305843009213693951", 0),
            ("1267650600228229401496703205376", 549755813888),
            ("-1267650600228229401496703205371", -549755813883),
            ("1000000000000000000000000000000", 465258685558744706),
        ];
        for (v, h) in ints {
            let big: BigInt = v.parse().unwrap();
            assert_eq!(int_hash(&big), h, "hash({v})");
            if let Some(small) = big.to_i64() {
                assert_eq!(i64_hash(small), h, "hash({v}) small");
            }
        }
    }
}
