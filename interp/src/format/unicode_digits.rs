//! Unicode decimal digits and white space as `int()` and `float()` accept them (Python 3.11, Unicode 14.0).

/// Code points of every Unicode digit zero (category Nd); each begins a run of ten
/// consecutive digits 0-9. Generated with `unicodedata.decimal(c) == 0` on Python 3.11.
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of a Unicode decimal digit (`unicodedata.decimal`).
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if cp < 0x80 {
        return c.to_digit(10);
    }
    let i = DIGIT_ZEROS.partition_point(|z| *z <= cp);
    let zero = *DIGIT_ZEROS.get(i.checked_sub(1)?)?;
    let d = cp - zero;
    (d < 10).then_some(d)
}

/// Python's `str.isspace` for one character (`Py_UNICODE_ISSPACE`).
pub fn is_space(c: char) -> bool {
    matches!(
        c as u32,
        0x9..=0xd
            | 0x1c..=0x20
            | 0x85
            | 0xa0
            | 0x1680
            | 0x2000..=0x200a
            | 0x2028
            | 0x2029
            | 0x202f
            | 0x205f
            | 0x3000
    )
}

/// Strips Python white space and maps Unicode decimal digits to ASCII (CPython's
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`); other non-ASCII characters become `?`
/// so that they can never parse.
pub fn to_ascii_number(text: &str) -> String {
    text.trim_matches(is_space)
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if let Some(d) = decimal_value(c) {
                char::from(b'0' + d as u8)
            } else if is_space(c) {
                ' '
            } else {
                '?'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_and_spaces() {
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('９'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{2070}'), None);
        assert_eq!(to_ascii_number("\u{3000} ١٢\n"), "12");
    }
}
