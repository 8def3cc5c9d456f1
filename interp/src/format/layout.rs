//! Laying out a formatted number in its field: sign, prefix, padding, thousands grouping (CPython's `calc_number_widths` and `fill_number`).

use super::error::{check_output_len, PyResult};

/// The parts of a number's text before layout.
pub(crate) struct NumberParts<'a> {
    pub negative: bool,
    /// `0x`, `0b`, `0o` (already in the wanted case), or empty.
    pub prefix: &'a str,
    /// The integer digits (grouped), possibly empty (`inf`, `nan`, `c`).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the point: fraction, exponent, `%`, or `inf`/`nan`/the character.
    pub remainder: &'a str,
}

/// The field settings after the value's type resolved the defaults.
pub(crate) struct Field {
    pub fill: char,
    pub align: char,
    pub width: Option<usize>,
    /// `+`, `-`, `' '` or `None`.
    pub sign: Option<char>,
    /// Separator and group size.
    pub grouping: Option<(char, usize)>,
}

/// CPython's `_PyUnicode_InsertThousandsGrouping` for a repeating group size: the grouped
/// digits, zero-extended on the left until they are at least `min_width` long.
fn group_digits(digits: &str, sep: Option<(char, usize)>, min_width: i64) -> String {
    let Some((sep, size)) = sep else {
        let pad = (min_width - digits.len() as i64).max(0) as usize;
        let mut out = "0".repeat(pad);
        out.push_str(digits);
        return out;
    };
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as i64;
    let mut min_width = min_width;
    let mut pieces: Vec<String> = Vec::new();
    let size = size as i64;
    loop {
        let l = size.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let mut piece = "0".repeat(n_zeros as usize);
        let start = (remaining - n_chars) as usize;
        piece.push_str(&digits[start..remaining as usize]);
        pieces.push(piece);
        remaining -= n_chars;
        min_width -= size;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    pieces.reverse();
    pieces.join(&sep.to_string())
}

/// Lays the number out in its field.
pub(crate) fn layout(parts: &NumberParts<'_>, field: &Field) -> PyResult<String> {
    let sign = match (field.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_sign = usize::from(sign.is_some());
    let n_prefix = parts.prefix.chars().count();
    let n_decimal = usize::from(parts.has_decimal);
    let n_remainder = parts.remainder.chars().count();
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let width = field.width.unwrap_or(0);
    check_output_len(width)?;
    let min_width = if field.fill == '0' && field.align == '=' {
        width as i64 - non_digit as i64
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, field.grouping, min_width)
    };
    let used = non_digit + grouped.len();
    let padding = width.saturating_sub(used);
    let (left, inner, right) = match field.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(used + padding);
    let fill = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(field.fill, n));
    fill(&mut out, left);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    fill(&mut out, inner);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    fill(&mut out, right);
    Ok(out)
}

/// Pads `text` (already cut to its precision) to `width` characters: `<`, `>` or `^`.
pub(crate) fn pad(text: &str, fill: char, align: char, width: Option<usize>) -> PyResult<String> {
    let len = text.chars().count();
    let width = width.unwrap_or(0);
    if width <= len {
        return Ok(text.to_string());
    }
    check_output_len(width)?;
    let padding = width - len;
    let (left, right) = match align {
        '>' => (padding, 0),
        '^' => (padding / 2, padding - padding / 2),
        _ => (0, padding),
    };
    let mut out = String::with_capacity(text.len() + padding);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_padding_extends_groups() {
        assert_eq!(group_digits("1234", Some((',', 3)), 10), "00,001,234");
        assert_eq!(group_digits("1234", Some((',', 3)), 9), "0,001,234");
        assert_eq!(group_digits("1234567", Some((',', 3)), 0), "1,234,567");
        assert_eq!(group_digits("3039", Some(('_', 4)), 9), "0000_3039");
        assert_eq!(group_digits("12", None, 5), "00012");
    }
}
