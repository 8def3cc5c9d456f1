//! Text codecs for `str.encode`, `bytes.decode`, `str(b, enc)` and files: UTF-8, ASCII and
//! Latin-1 with CPython's error handlers and its Unicode{En,De}codeError messages.

use crate::exc::new_exc_msg;
use crate::func::Exc;
use crate::types::types;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x110000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// Looks a codec up by any of the names Python accepts for it (case, `-`/`_`/space
/// insensitive); `LookupError: unknown encoding: X` otherwise.
pub fn lookup(name: &str) -> Result<Codec, Exc> {
    let norm: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf_8_sig" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Codec::Latin1,
        _ => {
            return Err(new_exc_msg(
                types().lookup_error,
                format!("unknown encoding: {name}"),
            ))
        }
    })
}

fn check_handler(errors: &str) -> Result<(), Exc> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace"
        | "surrogateescape" | "namereplace" | "surrogatepass" => Ok(()),
        _ => Err(new_exc_msg(
            types().lookup_error,
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

fn char_escape(c: char) -> String {
    let cp = c as u32;
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

fn position(start: usize, end: usize, what: &str) -> String {
    if end - start == 1 {
        format!("{what} in position {start}")
    } else {
        format!("{what}s in position {}-{}", start, end - 1)
    }
}

/// `text.encode(codec, errors)`.
pub fn encode(text: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, Exc> {
    if codec == Codec::Utf8 {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = codec.limit();
    if text.chars().all(|c| (c as u32) < limit) {
        return Ok(text.chars().map(|c| c as u8).collect());
    }
    check_handler(errors)?;
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend_from_slice(char_escape(c).as_bytes()),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            _ => {
                let mut end = i + 1;
                while end < chars.len() && (chars[end] as u32) >= limit {
                    end += 1;
                }
                let what = if end - i == 1 {
                    format!("character '{}' in position {i}", char_escape(c))
                } else {
                    position(i, end, "character")
                };
                return Err(new_exc_msg(
                    types().unicode_encode_error,
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        codec.name()
                    ),
                ));
            }
        }
        i += 1;
    }
    Ok(out)
}

fn decode_error(codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> Exc {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", b[start])
    } else {
        position(start, end, "byte")
    };
    new_exc_msg(
        types().unicode_decode_error,
        format!("'{}' codec can't decode {what}: {reason}", codec.name()),
    )
}

/// `data.decode(codec, errors)`. With `final` false (incremental reading) an incomplete
/// UTF-8 sequence at the end is left undecoded; the second result is how many bytes
/// were consumed.
pub fn decode_partial(
    data: &[u8],
    codec: Codec,
    errors: &str,
    final_: bool,
) -> Result<(String, usize), Exc> {
    match codec {
        Codec::Latin1 => Ok((data.iter().map(|&b| b as char).collect(), data.len())),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok((String::from_utf8_lossy(data).into_owned(), data.len()));
            }
            check_handler(errors)?;
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => out.push_str(&format!("\\x{b:02x}")),
                    _ => {
                        return Err(decode_error(
                            codec,
                            data,
                            i,
                            i + 1,
                            "ordinal not in range(128)",
                        ))
                    }
                }
            }
            Ok((out, data.len()))
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut pos = 0;
            loop {
                match std::str::from_utf8(&data[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok((out, data.len()));
                    }
                    Err(e) => {
                        let good = pos + e.valid_up_to();
                        out.push_str(&String::from_utf8_lossy(&data[pos..good]));
                        let (bad_len, reason) = match e.error_len() {
                            Some(n) => {
                                let reason = if (0xc2..=0xf4).contains(&data[good]) {
                                    "invalid continuation byte"
                                } else {
                                    "invalid start byte"
                                };
                                (n, reason)
                            }
                            None => {
                                if !final_ {
                                    return Ok((out, good));
                                }
                                (data.len() - good, "unexpected end of data")
                            }
                        };
                        check_handler(errors)?;
                        match errors {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" | "surrogateescape" => {
                                for b in &data[good..good + bad_len] {
                                    out.push_str(&format!("\\x{b:02x}"));
                                }
                            }
                            _ => {
                                return Err(decode_error(codec, data, good, good + bad_len, reason))
                            }
                        }
                        pos = good + bad_len;
                    }
                }
            }
        }
    }
}

/// `data.decode(codec, errors)` of a complete text.
pub fn decode(data: &[u8], codec: Codec, errors: &str) -> Result<String, Exc> {
    decode_partial(data, codec, errors, true).map(|(s, _)| s)
}
