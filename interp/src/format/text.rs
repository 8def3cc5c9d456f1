//! `format(str, spec)`: CPython's `format_string_internal` (types `s` and none; precision cuts, width counts characters).

use super::error::{PyError, PyResult};
use super::layout::pad;
use super::spec::{grouping_type_error, unknown_code_error, FormatSpec};

/// `format(value, spec)` for a `str` (`type_name` is `str` or a subclass's name).
pub fn format_str(value: &str, spec: &FormatSpec, type_name: &str) -> PyResult<String> {
    match spec.ty {
        None | Some('s') => {}
        Some(other) => return Err(unknown_code_error(other, type_name)),
    }
    // CPython parses a str's spec with default type 's', which refuses grouping.
    if let (Some(g), None) = (spec.grouping, spec.ty) {
        return Err(grouping_type_error(g.char(), 's'));
    }
    match spec.sign {
        Some(' ') => {
            return Err(PyError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(PyError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(PyError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(PyError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(PyError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let text = match spec.precision {
        Some(p) => match value.char_indices().nth(p) {
            Some((cut, _)) => &value[..cut],
            None => value,
        },
        None => value,
    };
    let fill = if spec.zero_pad { '0' } else { spec.fill };
    pad(text, fill, spec.align.unwrap_or('<'), spec.width)
}
