//! Int helpers for builtins: `round(n, ndigits)` (half to even), `int.to_bytes` and `int.from_bytes` with CPython's errors.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use super::error::{PyError, PyResult};

/// `round(n, ndigits)` for an int: unchanged for `ndigits >= 0`, else rounded half to
/// even at `10**-ndigits` (`round(25, -1) == 20`).
pub fn round_int(value: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || value.is_zero() {
        return value.clone();
    }
    let k = ndigits.unsigned_abs();
    // |value| < 10**digits <= 10**(k-1) / 2 * ... : a value with fewer digits than k
    // rounds to zero; this also keeps 10**k from being built for absurd k.
    let digits = (value.bits() as f64 * std::f64::consts::LOG10_2).ceil() as u64 + 1;
    if k > digits {
        return BigInt::zero();
    }
    let pow = BigInt::from(10).pow(k as u32);
    let q = value.abs() / &pow;
    let r = value.abs() - &q * &pow;
    let twice = &r * 2;
    let q = if twice > pow || (twice == pow && q.bit(0)) {
        q + 1
    } else {
        q
    };
    let result = q * pow;
    if value.is_negative() {
        -result
    } else {
        result
    }
}

/// `n.to_bytes(length, byteorder, signed=signed)`.
pub fn int_to_bytes(value: &BigInt, length: i64, little: bool, signed: bool) -> PyResult<Vec<u8>> {
    let Ok(length) = usize::try_from(length) else {
        return Err(PyError::value("length argument must be non-negative"));
    };
    if !signed && value.is_negative() {
        return Err(PyError::overflow("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        value.to_signed_bytes_le()
    } else {
        value.to_bytes_le().1
    };
    if value.is_zero() {
        bytes.clear();
    }
    // to_signed_bytes_le is minimal; a non-negative value may need no sign byte room.
    if bytes.len() > length {
        return Err(PyError::overflow("int too big to convert"));
    }
    let fill = if signed && value.is_negative() {
        0xff
    } else {
        0
    };
    // The length is the script's: an absurd one is a MemoryError, not an abort.
    if bytes.try_reserve_exact(length - bytes.len()).is_err() {
        return Err(PyError::memory());
    }
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(bytes)
}

/// `int.from_bytes(bytes, byteorder, signed=signed)`.
pub fn int_from_bytes(bytes: &[u8], little: bool, signed: bool) -> BigInt {
    let mut le = bytes.to_vec();
    if !little {
        le.reverse();
    }
    if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &le)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_int_matches_cpython() {
        let cases = [
            (15, -1, 20),
            (25, -1, 20),
            (-15, -1, -20),
            (-25, -1, -20),
            (1234, -2, 1200),
            (1250, -2, 1200),
            (5, -1, 0),
            (12345, 2, 12345),
            (-5, -1, 0),
            (0, -3, 0),
            (95, -1, 100),
            (5, -1_000_000, 0),
        ];
        for (v, n, want) in cases {
            assert_eq!(
                round_int(&BigInt::from(v), n),
                BigInt::from(want),
                "round({v}, {n})"
            );
        }
        assert_eq!(round_int(&BigInt::from(5), i64::MIN), BigInt::from(0));
    }

    #[test]
    fn bytes_match_cpython() {
        let hex = |b: Vec<u8>| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        let b = |v: i64| BigInt::from(v);
        assert_eq!(
            hex(int_to_bytes(&b(1024), 2, false, false).unwrap()),
            "0400"
        );
        assert_eq!(hex(int_to_bytes(&b(-1), 2, true, true).unwrap()), "ffff");
        assert_eq!(hex(int_to_bytes(&b(-128), 1, true, true).unwrap()), "80");
        assert_eq!(hex(int_to_bytes(&b(0), 0, false, false).unwrap()), "");
        assert_eq!(
            hex(int_to_bytes(&(BigInt::from(1) << 64usize), 9, true, false).unwrap()),
            "000000000000000001"
        );
        let err = |v: i64, l: i64, s: bool| int_to_bytes(&b(v), l, false, s).unwrap_err().message;
        assert_eq!(err(255, 1, true), "int too big to convert");
        assert_eq!(err(-1, 1, false), "can't convert negative int to unsigned");
        assert_eq!(err(1, 0, false), "int too big to convert");
        assert_eq!(err(-129, 1, true), "int too big to convert");
        assert_eq!(err(1, -1, false), "length argument must be non-negative");
        assert_eq!(int_from_bytes(&[0xff, 0xfe], false, true), b(-2));
        assert_eq!(int_from_bytes(&[0xff, 0xfe], true, false), b(0xfeff));
        assert_eq!(int_from_bytes(&[], false, true), b(0));
    }
}
