//! Reading a script as CPython does: bytes, a UTF-8 BOM, a PEP 263 coding cookie, universal newlines.

/// Why a script's bytes are not source text, worded as CPython's `SyntaxError` (which
/// CPython prints without a `File` line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub message: String,
}

/// Decodes a script's bytes to source text. UTF-8 unless a coding cookie on line 1 or 2
/// names Latin-1; a cookie naming another codec is accepted for pure-ASCII text (and
/// refused otherwise: Skein has no other codecs); a UTF-8 BOM is dropped; `\r\n` and lone `\r` become `\n`, as
/// CPython's tokenizer reads them. `filename` is only used in the error message.
pub fn decode(bytes: &[u8], filename: &str) -> Result<String, DecodeError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let text = match coding_cookie(bytes) {
        Some(name) => match normalize_encoding(&name) {
            Encoding::Utf8 => utf8(bytes, filename)?,
            Encoding::Latin1 => bytes.iter().map(|&b| b as char).collect(),
            // Every codec a cookie names in practice (cp1252, koi8-r, iso-8859-N, ...)
            // reads ASCII as ASCII; Skein decodes only that part of them.
            Encoding::Unknown if bytes.is_ascii() => utf8(bytes, filename)?,
            Encoding::Unknown => {
                return Err(DecodeError {
                    message: format!("encoding problem: {name}"),
                })
            }
        },
        None => utf8(bytes, filename)?,
    };
    Ok(universal_newlines(text))
}

fn utf8(bytes: &[u8], filename: &str) -> Result<String, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            Err(DecodeError {
                message: format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, \
                     but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[at]
                ),
            })
        }
    }
}

fn universal_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

enum Encoding {
    Utf8,
    Latin1,
    Unknown,
}

fn normalize_encoding(name: &str) -> Encoding {
    let name = name.to_ascii_lowercase().replace('_', "-");
    if name == "utf-8" || name == "utf8" || name.starts_with("utf-8-") || name == "ascii" {
        Encoding::Utf8
    } else if matches!(
        name.as_str(),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "iso-latin-1" | "l1"
    ) || name.starts_with("latin-1-")
        || name.starts_with("iso-8859-1-")
        || name.starts_with("iso-latin-1-")
    {
        Encoding::Latin1
    } else {
        Encoding::Unknown
    }
}

/// PEP 263: `coding[:=]\s*([-\w.]+)` in a comment on line 1, or on line 2 when line 1
/// is a comment or blank.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie_in_line(first) {
        return Some(name);
    }
    let first_trimmed: Vec<u8> = first
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c' | b'\r'))
        .collect();
    if first_trimmed.is_empty() || first_trimmed[0] == b'#' {
        return cookie_in_line(lines.next()?);
    }
    None
}

fn cookie_in_line(line: &[u8]) -> Option<String> {
    let rest = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .map(|i| &line[i..])?;
    if rest.first() != Some(&b'#') {
        return None;
    }
    let mut i = 0;
    while let Some(pos) = find(&rest[i..], b"coding") {
        let after = i + pos + b"coding".len();
        if matches!(rest.get(after), Some(b':') | Some(b'=')) {
            let name: Vec<u8> = rest[after + 1..]
                .iter()
                .copied()
                .skip_while(|b| matches!(b, b' ' | b'\t'))
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                .collect();
            if !name.is_empty() {
                return Some(String::from_utf8_lossy(&name).into_owned());
            }
        }
        i = after;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_and_crlf() {
        assert_eq!(
            decode(b"\xef\xbb\xbfx = 1\r\ny\rz\n", "t.py").unwrap(),
            "x = 1\ny\nz\n"
        );
    }

    #[test]
    fn invalid_utf8_is_cpythons_message() {
        let err = decode(b"x = 1\ns = \"\xff\"\n", "t.py").unwrap_err();
        assert_eq!(
            err.message,
            "Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details"
        );
    }

    #[test]
    fn latin1_cookie_on_line_two() {
        let src = b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\ns = '\xff'\n";
        assert!(decode(src, "t.py").unwrap().contains("s = '\u{ff}'"));
        let src = b"x = 1\n# coding: latin-1\ns = '\xff'\n";
        assert!(decode(src, "t.py").is_err());
    }

    #[test]
    fn other_cookies_accept_only_ascii() {
        assert!(decode(b"# -*- coding: cp1252 -*-\nx = 1\n", "t.py").is_ok());
        let err = decode(b"# -*- coding: koi8-r -*-\nx = '\xff'\n", "t.py").unwrap_err();
        assert_eq!(err.message, "encoding problem: koi8-r");
    }
}
