//! `str % args`: CPython 3.11's `PyUnicode_Format` — the `%[(key)][flags][width][.precision]type` tokenizer, argument consumption, and each conversion's text.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::dtoa::{double_to_string, DtoaFlags};
use super::error::{check_output_len, PyError, PyResult};
use super::intstr::check_str_digits;
use super::number::IntRef;

/// What the formatter needs from one argument object; the VM converts and answers with a
/// [`PercentArg`] (`SmallInt` or `Int` wherever an int is expected).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// A `*` width or precision: `Int` for an int (bool included), else `Wrong`.
    Star,
    /// `%d %i %u`: `Int` for an int; for other numbers `int(x)` (a float truncates; the
    /// VM raises what `int(x)` raises, e.g. for `inf`); `Wrong` for non-numbers.
    Integer(char),
    /// `%o %x %X`: `Int` for an int or an object with `__index__`, else `Wrong`.
    Index(char),
    /// `%e %E %f %F %g %G`: `Float` for a float, an int converted with `float(x)` (the VM
    /// raises its OverflowError), or `__float__`; else `Wrong`.
    Float(char),
    /// `%c`: `Int` for an int (or `__index__`), `Str` for a str (any length), else `Wrong`.
    Char,
    /// `%s %r %a`: `Str` with `str(x)`, `repr(x)` or `ascii(x)`.
    Text(char),
}

/// One converted argument.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentArg {
    Int(BigInt),
    /// An int that fits in an `i64`: the same as `Int`, without allocating.
    SmallInt(i64),
    Float(f64),
    Str(String),
    /// The argument had the wrong type; carries its type name for the message.
    Wrong(String),
}

/// The arguments right of `%`.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentArgs<O> {
    /// A tuple: its items are the positional arguments.
    Tuple(Vec<O>),
    /// Any other object: one positional argument; `is_mapping` when it is a mapping
    /// (has `__getitem__` and is not a tuple or str), which enables `%(key)s`.
    Single { value: O, is_mapping: bool },
}

/// The VM's side of `%`-formatting.
pub trait PercentHost {
    /// The VM's object type.
    type Obj: Clone;
    /// The VM's exception type; formatting errors convert into it.
    type Error: From<PyError>;
    /// Converts one argument for a conversion.
    fn convert(&mut self, obj: &Self::Obj, want: Want) -> Result<PercentArg, Self::Error>;
    /// `mapping[key]` for `%(key)s` (raising the VM's KeyError etc.).
    fn lookup(&mut self, mapping: &Self::Obj, key: &str) -> Result<Self::Obj, Self::Error>;
}

/// A conversion spec as the tokenizer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConversionSpec {
    pub key: Option<String>,
    /// `-`
    pub left: bool,
    /// `+`
    pub plus: bool,
    /// `' '`
    pub blank: bool,
    /// `#`
    pub alt: bool,
    /// `0`
    pub zero: bool,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The conversion character (not yet validated).
    pub conv: char,
    /// Index (in characters) of the conversion character, for error messages.
    pub index: usize,
}

/// A width or precision: written digits or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Fixed(usize),
    Star,
}

/// A piece of a `%` format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Literal(String),
    /// `%%`
    Percent,
    Spec(ConversionSpec),
}

/// State over the arguments, as CPython's `unicode_formatter_t` (`arglen`/`argidx`/`dict`).
struct Args<O> {
    items: Vec<O>,
    /// False: the arguments are one object (CPython's `arglen == -1`).
    tuple: bool,
    /// For a single object: consumed yet?
    single_used: bool,
    next: usize,
    dict: Option<O>,
}

impl<O: Clone> Args<O> {
    fn next(&mut self) -> PyResult<O> {
        let err = || PyError::type_error("not enough arguments for format string");
        if self.tuple {
            let item = self.items.get(self.next).cloned().ok_or_else(err)?;
            self.next += 1;
            Ok(item)
        } else if self.single_used {
            Err(err())
        } else {
            self.single_used = true;
            self.items.first().cloned().ok_or_else(err)
        }
    }

    /// After `%(key)`: the looked-up value becomes the single argument.
    fn replace_with(&mut self, value: O) {
        self.items = vec![value];
        self.tuple = false;
        self.single_used = false;
    }

    fn all_used(&self) -> bool {
        if self.tuple {
            self.next >= self.items.len()
        } else {
            self.single_used
        }
    }
}

/// Reads a conversion spec after a `%` at `chars[*pos]`, calling `on_key` for a key
/// (CPython looks the key up before reading the rest) and `on_star` for each `*`.
fn parse_spec<E: From<PyError>>(
    fmt: &str,
    pos: &mut usize,
    mut on_key: impl FnMut(&str) -> Result<(), E>,
    mut on_star: impl FnMut(bool) -> Result<Count, E>,
) -> Result<ConversionSpec, E> {
    let mut spec = ConversionSpec::default();
    let mut ch: Option<char>;
    let bytes = fmt.as_bytes();
    if bytes.get(*pos) == Some(&b'(') {
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 {
            match bytes.get(*pos) {
                None => return Err(PyError::value("incomplete format key").into()),
                Some(b')') => depth -= 1,
                Some(b'(') => depth += 1,
                Some(_) => {}
            }
            *pos += 1;
        }
        let key = fmt[start..*pos - 1].to_string();
        on_key(&key)?;
        spec.key = Some(key);
    }
    let next = |pos: &mut usize| {
        let c = fmt.get(*pos..).and_then(|rest| rest.chars().next());
        if let Some(c) = c {
            *pos += c.len_utf8();
        }
        c
    };
    loop {
        ch = next(pos);
        match ch {
            Some('-') => spec.left = true,
            Some('+') => spec.plus = true,
            Some(' ') => spec.blank = true,
            Some('#') => spec.alt = true,
            Some('0') => spec.zero = true,
            _ => break,
        }
    }
    if ch == Some('*') {
        spec.width = Some(on_star(true)?);
        ch = next(pos);
    } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
        let mut width = d as usize;
        loop {
            ch = next(pos);
            let Some(d) = ch.and_then(|c| c.to_digit(10)) else {
                break;
            };
            if width > (isize::MAX as usize - d as usize) / 10 {
                return Err(PyError::value("width too big").into());
            }
            width = width * 10 + d as usize;
        }
        spec.width = Some(Count::Fixed(width));
    }
    if ch == Some('.') {
        spec.precision = Some(Count::Fixed(0));
        ch = next(pos);
        if ch == Some('*') {
            spec.precision = Some(on_star(false)?);
            ch = next(pos);
        } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
            let mut prec = d as usize;
            loop {
                ch = next(pos);
                let Some(d) = ch.and_then(|c| c.to_digit(10)) else {
                    break;
                };
                if prec > (i32::MAX as usize - d as usize) / 10 {
                    return Err(PyError::value("precision too big").into());
                }
                prec = prec * 10 + d as usize;
            }
            spec.precision = Some(Count::Fixed(prec));
        }
    }
    if matches!(ch, Some('h' | 'l' | 'L')) {
        ch = next(pos);
    }
    match ch {
        Some(c) => {
            spec.conv = c;
            // A byte offset here; callers turn it into a character index.
            spec.index = *pos - c.len_utf8();
            Ok(spec)
        }
        None => Err(PyError::value("incomplete format").into()),
    }
}

/// Splits a format string into pieces, reporting `*` as [`Count::Star`]; errors are the
/// ones CPython finds while reading the string (not those about arguments).
pub fn tokenize(fmt: &str) -> PyResult<Vec<Piece>> {
    let bytes = fmt.as_bytes();
    let mut pieces = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        if bytes[pos] != b'%' {
            let start = pos;
            while pos < bytes.len() && bytes[pos] != b'%' {
                pos += 1;
            }
            pieces.push(Piece::Literal(fmt[start..pos].to_string()));
            continue;
        }
        pos += 1;
        if bytes.get(pos) == Some(&b'%') {
            pos += 1;
            pieces.push(Piece::Percent);
            continue;
        }
        let mut spec = parse_spec::<PyError>(fmt, &mut pos, |_| Ok(()), |_| Ok(Count::Star))?;
        spec.index = char_index(fmt, spec.index);
        pieces.push(Piece::Spec(spec));
    }
    Ok(pieces)
}

/// The character index of byte offset `byte` in `text`.
fn char_index(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |head| head.chars().count())
}

fn wrong_type(want: Want, type_name: &str) -> PyError {
    match want {
        Want::Star => PyError::type_error("* wants int"),
        Want::Integer(c) => PyError::type_error(format!(
            "%{c} format: a real number is required, not {type_name}"
        )),
        Want::Index(c) => PyError::type_error(format!(
            "%{c} format: an integer is required, not {type_name}"
        )),
        Want::Float(_) => PyError::type_error(format!("must be real number, not {type_name}")),
        Want::Char => PyError::type_error("%c requires int or char"),
        Want::Text(_) => PyError::type_error(format!("unexpected {type_name}")),
    }
}

fn unexpected(want: Want, got: &PercentArg) -> PyError {
    let name = match got {
        PercentArg::Int(_) | PercentArg::SmallInt(_) => "int",
        PercentArg::Float(_) => "float",
        PercentArg::Str(_) => "str",
        PercentArg::Wrong(name) => name.as_str(),
    };
    wrong_type(want, name)
}

/// `%d`/`%x`... text before padding: sign, `0x` prefix when `#`, precision zeros.
fn int_text(
    value: IntRef<'_>,
    conv: char,
    alt: bool,
    precision: Option<usize>,
) -> PyResult<String> {
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let (negative, mut digits) = match value {
        IntRef::Small(v) => {
            let m = v.unsigned_abs();
            let digits = match base {
                8 => format!("{m:o}"),
                16 => format!("{m:x}"),
                _ => m.to_string(),
            };
            (v < 0, digits)
        }
        IntRef::Big(v) => {
            if base == 10 {
                check_str_digits(v)?;
            }
            (v.is_negative(), v.magnitude().to_str_radix(base))
        }
    };
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let zeros = precision.unwrap_or(0).saturating_sub(digits.len());
    check_output_len(zeros)?;
    let mut out = String::with_capacity(digits.len() + zeros + 3);
    if negative {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(&digits);
    Ok(out)
}

/// Pads a converted value as CPython's `unicode_format_arg_output`. `numeric` is true for
/// `d i u o x X e E f F g G` (sign flags and zero fill apply).
fn output(
    out: &mut String,
    spec: &ConversionSpec,
    width: Option<usize>,
    text: &str,
    numeric: bool,
) -> PyResult<()> {
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let mut body: &str = text;
    let mut sign = None;
    if numeric {
        if let Some(rest) = text.strip_prefix(['-', '+']) {
            sign = text.chars().next();
            body = rest;
        } else if spec.plus {
            sign = Some('+');
        } else if spec.blank {
            sign = Some(' ');
        }
    }
    let alt_prefix = spec.alt && matches!(spec.conv, 'x' | 'X' | 'o') && numeric;
    let (prefix, digits) = if alt_prefix && body.len() >= 2 {
        body.split_at(2)
    } else {
        ("", body)
    };
    let len = sign.map_or(0, |_| 1) + prefix.len() + digits.chars().count();
    let width = width.unwrap_or(0).max(len);
    check_output_len(width)?;
    let padding = width - len;
    if fill == '0' && !spec.left {
        out.extend(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', padding));
        out.push_str(digits);
        return Ok(());
    }
    if !spec.left {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    out.extend(sign);
    out.push_str(prefix);
    out.push_str(digits);
    if spec.left {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    Ok(())
}

/// `fmt % args`, exactly as CPython 3.11: consumes arguments left to right through
/// `host`, and raises CPython's errors in CPython's order.
pub fn percent_format<H: PercentHost>(
    fmt: &str,
    args: PercentArgs<H::Obj>,
    host: &mut H,
) -> Result<String, H::Error> {
    let mut args = match args {
        PercentArgs::Tuple(items) => Args {
            items,
            tuple: true,
            single_used: false,
            next: 0,
            dict: None,
        },
        PercentArgs::Single { value, is_mapping } => Args {
            dict: is_mapping.then(|| value.clone()),
            items: vec![value],
            tuple: false,
            single_used: false,
            next: 0,
        },
    };
    let bytes = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < bytes.len() {
        if bytes[pos] != b'%' {
            let start = pos;
            while pos < bytes.len() && bytes[pos] != b'%' {
                pos += 1;
            }
            out.push_str(&fmt[start..pos]);
            continue;
        }
        pos += 1;
        if bytes.get(pos) == Some(&b'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        let mut star_values: Vec<i64> = Vec::new();
        let spec = {
            let args_cell = std::cell::RefCell::new(&mut args);
            let host_cell = std::cell::RefCell::new(&mut *host);
            parse_spec::<H::Error>(
                fmt,
                &mut pos,
                |key| {
                    let mut args = args_cell.borrow_mut();
                    let Some(mapping) = args.dict.clone() else {
                        return Err(PyError::type_error("format requires a mapping").into());
                    };
                    let value = host_cell.borrow_mut().lookup(&mapping, key)?;
                    args.replace_with(value);
                    Ok(())
                },
                |is_width| {
                    let obj = args_cell.borrow_mut().next()?;
                    let got = host_cell.borrow_mut().convert(&obj, Want::Star)?;
                    let v = match &got {
                        PercentArg::SmallInt(v) => Some(*v),
                        PercentArg::Int(v) => v.to_i64(),
                        _ => return Err(unexpected(Want::Star, &got).into()),
                    };
                    let v = if is_width {
                        v.ok_or_else(|| {
                            PyError::overflow("Python int too large to convert to C ssize_t")
                        })?
                    } else {
                        v.and_then(|v| i32::try_from(v).ok()).ok_or_else(|| {
                            PyError::overflow("Python int too large to convert to C int")
                        })? as i64
                    };
                    star_values.push(v);
                    Ok(Count::Star)
                },
            )?
        };
        let mut spec = spec;
        let mut stars = star_values.into_iter();
        let width = match spec.width {
            Some(Count::Fixed(w)) => Some(w),
            Some(Count::Star) => {
                let w = stars.next().unwrap_or(0);
                if w < 0 {
                    spec.left = true;
                }
                Some(w.unsigned_abs() as usize)
            }
            None => None,
        };
        let precision = match spec.precision {
            Some(Count::Fixed(p)) => Some(p),
            Some(Count::Star) => Some(stars.next().unwrap_or(0).max(0) as usize),
            None => None,
        };
        let obj = args.next()?;
        let conv = spec.conv;
        let want = match conv {
            's' | 'r' | 'a' => Want::Text(conv),
            'd' | 'i' | 'u' => Want::Integer(conv),
            'o' | 'x' | 'X' => Want::Index(conv),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => Want::Float(conv),
            'c' => Want::Char,
            _ => {
                let shown = if (31..=126).contains(&(conv as u32)) {
                    conv
                } else {
                    '?'
                };
                return Err(PyError::value(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {}",
                    conv as u32,
                    char_index(fmt, spec.index)
                ))
                .into());
            }
        };
        let got = host.convert(&obj, want)?;
        match (want, got) {
            (Want::Text(_), PercentArg::Str(s)) => {
                let cut = match precision {
                    Some(p) => s.char_indices().nth(p).map_or(s.as_str(), |(i, _)| &s[..i]),
                    None => s.as_str(),
                };
                output(&mut out, &spec, width, cut, false)?;
            }
            (Want::Integer(_) | Want::Index(_), PercentArg::Int(v)) => {
                let text = int_text(IntRef::Big(&v), conv, spec.alt, precision)?;
                output(&mut out, &spec, width, &text, true)?;
            }
            (Want::Integer(_) | Want::Index(_), PercentArg::SmallInt(v)) => {
                let text = int_text(IntRef::Small(v), conv, spec.alt, precision)?;
                output(&mut out, &spec, width, &text, true)?;
            }
            (Want::Float(_), PercentArg::Float(v)) => {
                let flags = DtoaFlags {
                    alt: spec.alt,
                    ..DtoaFlags::default()
                };
                let text = double_to_string(v, conv, precision.unwrap_or(6), flags)?;
                output(&mut out, &spec, width, &text, true)?;
            }
            (Want::Char, got @ (PercentArg::Int(_) | PercentArg::SmallInt(_))) => {
                let code = match got {
                    PercentArg::SmallInt(v) => u32::try_from(v).ok(),
                    PercentArg::Int(v) => v.to_u32(),
                    _ => None,
                };
                let c = code
                    .filter(|c| *c < 0x110000)
                    .ok_or_else(|| PyError::overflow("%c arg not in range(0x110000)"))?;
                let c = char::from_u32(c).unwrap_or('\u{FFFD}');
                output(&mut out, &spec, width, c.encode_utf8(&mut [0; 4]), false)?;
            }
            (Want::Char, PercentArg::Str(s)) if s.chars().count() == 1 => {
                output(&mut out, &spec, width, &s, false)?;
            }
            (want, got) => return Err(unexpected(want, &got).into()),
        }
        check_output_len(out.len())?;
    }
    if !args.all_used() && args.dict.is_none() {
        return Err(
            PyError::type_error("not all arguments converted during string formatting").into(),
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenize_splits_pieces() {
        let pieces = tokenize("a%(k)-5.*fb%%%c").unwrap();
        assert_eq!(pieces.len(), 5);
        assert_eq!(pieces[0], Piece::Literal("a".to_string()));
        let Piece::Spec(spec) = &pieces[1] else {
            panic!()
        };
        assert_eq!(spec.key.as_deref(), Some("k"));
        assert!(spec.left);
        assert_eq!(spec.width, Some(Count::Fixed(5)));
        assert_eq!(spec.precision, Some(Count::Star));
        assert_eq!((spec.conv, spec.index), ('f', 9));
        assert_eq!(pieces[3], Piece::Percent);
        assert_eq!(
            tokenize("%(a").unwrap_err().message,
            "incomplete format key"
        );
        assert_eq!(tokenize("abc%").unwrap_err().message, "incomplete format");
    }
}
