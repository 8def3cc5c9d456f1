//! Reading a script as CPython does: bytes, a UTF-8 BOM, a PEP 263 coding cookie, universal newlines.

/// Why a script's bytes are not source text, worded as CPython's `SyntaxError` (which
/// CPython prints without a `File` line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub message: String,
}

/// Decodes a script's bytes to source text. UTF-8 unless a coding cookie on line 1 or 2
/// names Latin-1, KOI8-R or Windows-1252; a cookie naming another codec is accepted for pure-ASCII text (and
/// refused otherwise: Skein has no other codecs); a UTF-8 BOM is dropped; `\r\n` and lone `\r` become `\n`, as
/// CPython's tokenizer reads them. `filename` is only used in the error message.
pub fn decode(bytes: &[u8], filename: &str) -> Result<String, DecodeError> {
    let bom = bytes.starts_with(b"\xef\xbb\xbf");
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let cookie = coding_cookie(bytes);
    if let (true, Some(name)) = (bom, &cookie) {
        // CPython's get_normal_name: only `utf-8` and `utf-8-*` may follow a BOM.
        let normal = name.to_ascii_lowercase().replace('_', "-");
        if normal != "utf-8" && !normal.starts_with("utf-8-") {
            return Err(DecodeError {
                message: format!("encoding problem: {name} with BOM"),
            });
        }
    }
    let text = match cookie {
        Some(name) => match normalize_encoding(&name) {
            Encoding::Utf8 => utf8(bytes, filename)?,
            Encoding::Latin1 => bytes.iter().map(|&b| b as char).collect(),
            Encoding::SingleByte(upper) => match single_byte(bytes, upper) {
                Some(text) => text,
                None => {
                    return Err(DecodeError {
                        message: format!("encoding problem: {name}"),
                    })
                }
            },
            // The other ASCII-compatible codecs read ASCII as ASCII; Skein decodes only
            // that part of them.
            Encoding::OtherAscii if bytes.is_ascii() => utf8(bytes, filename)?,
            Encoding::OtherAscii | Encoding::Unknown => {
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
    /// An 8-bit codec: ASCII below 0x80, the table's characters from 0x80 (NUL: undefined).
    SingleByte(&'static str),
    /// A Python codec that reads ASCII as ASCII, which Skein does not decode further.
    OtherAscii,
    /// Not a Python codec: CPython says `encoding problem: NAME`.
    Unknown,
}

/// Python codec names (normalized: lower case, `-` for `_`) of ASCII-compatible codecs.
fn is_other_ascii_codec(name: &str) -> bool {
    let families = [
        "cp",
        "windows-",
        "iso-8859-",
        "iso8859-",
        "latin-",
        "latin",
        "koi8-",
        "mac-",
        "euc-",
    ];
    let named = [
        "us-ascii",
        "646",
        "shift-jis",
        "sjis",
        "cp932",
        "gb2312",
        "gbk",
        "gb18030",
        "big5",
        "big5hkscs",
        "hz",
        "johab",
        "ptcp154",
        "tis-620",
        "utf-8-sig",
    ];
    named.contains(&name)
        || families.iter().any(|f| {
            name.strip_prefix(f).is_some_and(|rest| {
                !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric())
            })
        })
}

/// Bytes 0x80..=0xFF of KOI8-R and of Windows-1252 (generated from python3's codecs).
const KOI8_R: &str =
    "\u{2500}\u{2502}\u{250c}\u{2510}\u{2514}\u{2518}\u{251c}\u{2524}\u{252c}\u{2534}\
     \u{253c}\u{2580}\u{2584}\u{2588}\u{258c}\u{2590}\u{2591}\u{2592}\u{2593}\u{2320}\
     \u{25a0}\u{2219}\u{221a}\u{2248}\u{2264}\u{2265}\u{a0}\u{2321}\u{b0}\u{b2}\u{b7}\u{f7}\
     \u{2550}\u{2551}\u{2552}\u{451}\u{2553}\u{2554}\u{2555}\u{2556}\u{2557}\u{2558}\u{2559}\
     \u{255a}\u{255b}\u{255c}\u{255d}\u{255e}\u{255f}\u{2560}\u{2561}\u{401}\u{2562}\u{2563}\
     \u{2564}\u{2565}\u{2566}\u{2567}\u{2568}\u{2569}\u{256a}\u{256b}\u{256c}\u{a9}\u{44e}\
     \u{430}\u{431}\u{446}\u{434}\u{435}\u{444}\u{433}\u{445}\u{438}\u{439}\u{43a}\u{43b}\
     \u{43c}\u{43d}\u{43e}\u{43f}\u{44f}\u{440}\u{441}\u{442}\u{443}\u{436}\u{432}\u{44c}\
     \u{44b}\u{437}\u{448}\u{44d}\u{449}\u{447}\u{44a}\u{42e}\u{410}\u{411}\u{426}\u{414}\
     \u{415}\u{424}\u{413}\u{425}\u{418}\u{419}\u{41a}\u{41b}\u{41c}\u{41d}\u{41e}\u{41f}\
     \u{42f}\u{420}\u{421}\u{422}\u{423}\u{416}\u{412}\u{42c}\u{42b}\u{417}\u{428}\u{42d}\
     \u{429}\u{427}\u{42a}";
const CP1252: &str =
    "\u{20ac}\u{0}\u{201a}\u{192}\u{201e}\u{2026}\u{2020}\u{2021}\u{2c6}\u{2030}\u{160}\
     \u{2039}\u{152}\u{0}\u{17d}\u{0}\u{0}\u{2018}\u{2019}\u{201c}\u{201d}\u{2022}\u{2013}\
     \u{2014}\u{2dc}\u{2122}\u{161}\u{203a}\u{153}\u{0}\u{17e}\u{178}\u{a0}\u{a1}\u{a2}\
     \u{a3}\u{a4}\u{a5}\u{a6}\u{a7}\u{a8}\u{a9}\u{aa}\u{ab}\u{ac}\u{ad}\u{ae}\u{af}\u{b0}\
     \u{b1}\u{b2}\u{b3}\u{b4}\u{b5}\u{b6}\u{b7}\u{b8}\u{b9}\u{ba}\u{bb}\u{bc}\u{bd}\u{be}\
     \u{bf}\u{c0}\u{c1}\u{c2}\u{c3}\u{c4}\u{c5}\u{c6}\u{c7}\u{c8}\u{c9}\u{ca}\u{cb}\u{cc}\
     \u{cd}\u{ce}\u{cf}\u{d0}\u{d1}\u{d2}\u{d3}\u{d4}\u{d5}\u{d6}\u{d7}\u{d8}\u{d9}\u{da}\
     \u{db}\u{dc}\u{dd}\u{de}\u{df}\u{e0}\u{e1}\u{e2}\u{e3}\u{e4}\u{e5}\u{e6}\u{e7}\u{e8}\
     \u{e9}\u{ea}\u{eb}\u{ec}\u{ed}\u{ee}\u{ef}\u{f0}\u{f1}\u{f2}\u{f3}\u{f4}\u{f5}\u{f6}\
     \u{f7}\u{f8}\u{f9}\u{fa}\u{fb}\u{fc}\u{fd}\u{fe}\u{ff}";

fn single_byte(bytes: &[u8], upper: &str) -> Option<String> {
    let upper: Vec<char> = upper.chars().collect();
    bytes
        .iter()
        .map(|&b| match b {
            0..=0x7f => Some(b as char),
            _ => upper
                .get(usize::from(b - 0x80))
                .copied()
                .filter(|&c| c != '\0'),
        })
        .collect()
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
    } else if name == "koi8-r" || name == "koi8r" {
        Encoding::SingleByte(KOI8_R)
    } else if matches!(name.as_str(), "cp1252" | "windows-1252") {
        Encoding::SingleByte(CP1252)
    } else if is_other_ascii_codec(&name) {
        Encoding::OtherAscii
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
    fn koi8_r_and_cp1252() {
        let src = b"# -*- coding: koi8-r -*-\ns = '\xf0\xd2\xc9'\n";
        assert!(decode(src, "t.py")
            .unwrap()
            .contains("s = '\u{41f}\u{440}\u{438}'"));
        let src = b"# coding: cp1252\ns = '\x80\xe9'\n";
        assert!(decode(src, "t.py")
            .unwrap()
            .contains("s = '\u{20ac}\u{e9}'"));
        assert!(decode(b"# coding: cp1252\ns = '\x81'\n", "t.py").is_err());
    }

    #[test]
    fn bom_needs_a_utf8_cookie() {
        let err = decode(b"\xef\xbb\xbf# coding: utf8\nx = 1\n", "t.py").unwrap_err();
        assert_eq!(err.message, "encoding problem: utf8 with BOM");
        assert!(decode(b"\xef\xbb\xbf# coding: utf-8\nx = 1\n", "t.py").is_ok());
    }

    #[test]
    fn bogus_cookie_is_an_encoding_problem() {
        let err = decode(b"# -*- coding: uft-8 -*-\nx = 1\n", "t.py").unwrap_err();
        assert_eq!(err.message, "encoding problem: uft-8");
        assert!(decode(b"# coding: iso-8859-15\nx = 1\n", "t.py").is_ok());
    }

    #[test]
    fn other_cookies_accept_only_ascii() {
        assert!(decode(b"# -*- coding: cp1252 -*-\nx = 1\n", "t.py").is_ok());
        let err = decode(b"# -*- coding: koi8-u -*-\nx = '\xff'\n", "t.py").unwrap_err();
        assert_eq!(err.message, "encoding problem: koi8-u");
    }
}
