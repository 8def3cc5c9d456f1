//! Tests for the tokenizer and layout pass.

use super::*;
use num_bigint::BigInt;

fn toks(src: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    for t in tokenize(src) {
        match t {
            Ok((_, tok, _)) => out.push(tok),
            Err(e) => panic!("{src:?}: {e:?}"),
        }
    }
    out
}

fn name(s: &str) -> Tok {
    Tok::Name(s.to_string())
}

fn int(n: i64) -> Tok {
    Tok::Int(BigInt::from(n))
}

#[test]
fn simple_statement() {
    assert_eq!(
        toks("x = 1\n"),
        vec![name("x"), Tok::Equal, int(1), Tok::Newline, Tok::EndOfFile]
    );
}

fn spanned(src: &str) -> Vec<(usize, Tok, usize)> {
    tokenize(src)
        .map(|t| t.unwrap_or_else(|e| panic!("{src:?}: {e:?}")))
        .collect()
}

/// The error a source produces: message and the span's start and end.
fn err(src: &str) -> (String, u32, u32) {
    for t in tokenize(src) {
        if let Err(e) = t {
            return (e.message, e.span.start, e.span.end);
        }
    }
    panic!("{src:?} tokenized without error")
}

fn err_kind(src: &str) -> crate::error::SyntaxErrorKind {
    for t in tokenize(src) {
        if let Err(e) = t {
            return e.kind;
        }
    }
    panic!("{src:?} tokenized without error")
}

fn s(body: &str, body_start: u32) -> Tok {
    Tok::Str(Box::new(StrToken {
        prefix: StrPrefix::default(),
        triple: false,
        body: body.to_string(),
        body_start,
    }))
}

#[test]
fn names_and_keywords() {
    assert_eq!(
        toks("if match case _ else_ é naïve ifé"),
        vec![
            Tok::If,
            name("match"),
            name("case"),
            name("_"),
            name("else_"),
            name("é"),
            name("naïve"),
            name("ifé"),
            Tok::Newline,
            Tok::EndOfFile
        ]
    );
    let all = "False None True and as assert async await break class continue def del \
               elif else except finally for from global if import in is lambda nonlocal \
               not or pass raise return try while with yield";
    let t = toks(all);
    assert_eq!(t.len(), 35 + 2);
    assert!(t.iter().all(|t| !matches!(t, Tok::Name(_))));
}

#[test]
fn identifiers_are_nfkc_normalized() {
    assert_eq!(
        toks("ｗｉｄｔｈ µ ﬁ")[..3],
        [name("width"), name("μ"), name("fi")]
    );
}

#[test]
fn operators() {
    let src = "+ - * ** / // % @ << >> & | ^ ~ := < > <= >= == != ( ) [ ] { } , : . ; = -> \
               += -= *= /= //= %= @= &= |= ^= >>= <<= **= ... !";
    let expected = vec![
        Tok::Plus,
        Tok::Minus,
        Tok::Star,
        Tok::DoubleStar,
        Tok::Slash,
        Tok::DoubleSlash,
        Tok::Percent,
        Tok::At,
        Tok::LeftShift,
        Tok::RightShift,
        Tok::Amper,
        Tok::VBar,
        Tok::Circumflex,
        Tok::Tilde,
        Tok::ColonEqual,
        Tok::Less,
        Tok::Greater,
        Tok::LessEqual,
        Tok::GreaterEqual,
        Tok::EqEqual,
        Tok::NotEqual,
        Tok::Lpar,
        Tok::Rpar,
        Tok::Lsqb,
        Tok::Rsqb,
        Tok::Lbrace,
        Tok::Rbrace,
        Tok::Comma,
        Tok::Colon,
        Tok::Dot,
        Tok::Semi,
        Tok::Equal,
        Tok::Rarrow,
        Tok::PlusEqual,
        Tok::MinusEqual,
        Tok::StarEqual,
        Tok::SlashEqual,
        Tok::DoubleSlashEqual,
        Tok::PercentEqual,
        Tok::AtEqual,
        Tok::AmperEqual,
        Tok::VBarEqual,
        Tok::CircumflexEqual,
        Tok::RightShiftEqual,
        Tok::LeftShiftEqual,
        Tok::DoubleStarEqual,
        Tok::Ellipsis,
        Tok::Exclamation,
        Tok::Newline,
        Tok::EndOfFile,
    ];
    assert_eq!(toks(src), expected);
    assert_eq!(
        toks("a.b..c"),
        vec![
            name("a"),
            Tok::Dot,
            name("b"),
            Tok::Dot,
            Tok::Dot,
            name("c"),
            Tok::Newline,
            Tok::EndOfFile
        ]
    );
}

#[test]
fn numbers() {
    assert_eq!(
        toks("0 0x1F 0o17 0b101 1_000 1.5 .5 1e3 2j 1.5J 1if"),
        vec![
            int(0),
            int(31),
            int(15),
            int(5),
            int(1000),
            Tok::Float(1.5),
            Tok::Float(0.5),
            Tok::Float(1000.0),
            Tok::Imag(2.0),
            Tok::Imag(1.5),
            int(1),
            Tok::If,
            Tok::Newline,
            Tok::EndOfFile
        ]
    );
    assert_eq!(
        spanned("x = 12.5e1 "),
        vec![
            (0, name("x"), 1),
            (2, Tok::Equal, 3),
            (4, Tok::Float(125.0), 10),
            (11, Tok::Newline, 11),
            (11, Tok::EndOfFile, 11)
        ]
    );
}

#[test]
fn strings_stay_undecoded() {
    assert_eq!(
        spanned("'a\\'b' \"\""),
        vec![
            (0, s("a\\'b", 1), 6),
            (7, s("", 8), 9),
            (9, Tok::Newline, 9),
            (9, Tok::EndOfFile, 9)
        ]
    );
    let t = spanned("rB'''x\n''y'''");
    let Some((0, Tok::Str(st), 13)) = t.first() else {
        panic!("{t:?}")
    };
    assert!(st.triple && st.prefix.raw && st.prefix.bytes && !st.prefix.format);
    assert_eq!((st.body.as_str(), st.body_start), ("x\n''y", 5));
    let t = toks("f'{x}' u'' Rf\"\" ur''");
    let prefixes: Vec<StrPrefix> = t
        .iter()
        .filter_map(|t| match t {
            Tok::Str(s) => Some(s.prefix),
            _ => None,
        })
        .collect();
    assert!(prefixes[0].format && prefixes[1].unicode && prefixes[2].raw && prefixes[2].format);
    // `ur` is no prefix in Python 3: a name, then a string.
    assert_eq!(t[3], name("ur"));
    // A backslash-newline continues a single-quoted string.
    assert_eq!(toks("'a\\\nb'")[0], s("a\\\nb", 1));
}

#[test]
fn comments_and_blank_lines() {
    assert_eq!(
        toks("# c\n\nx = 1  # c\n   \n  # c\n\ny\n"),
        vec![
            name("x"),
            Tok::Equal,
            int(1),
            Tok::Newline,
            name("y"),
            Tok::Newline,
            Tok::EndOfFile
        ]
    );
    assert_eq!(toks(""), vec![Tok::EndOfFile]);
    assert_eq!(toks("\n\n# only\n"), vec![Tok::EndOfFile]);
    assert_eq!(toks("x"), vec![name("x"), Tok::Newline, Tok::EndOfFile]);
}

#[test]
fn indent_and_dedent() {
    let src = "if x:\n    y\n    if z:\n        w\n\n# c\nv\n";
    assert_eq!(
        toks(src),
        vec![
            Tok::If,
            name("x"),
            Tok::Colon,
            Tok::Newline,
            Tok::Indent,
            name("y"),
            Tok::Newline,
            Tok::If,
            name("z"),
            Tok::Colon,
            Tok::Newline,
            Tok::Indent,
            name("w"),
            Tok::Newline,
            Tok::Dedent,
            Tok::Dedent,
            name("v"),
            Tok::Newline,
            Tok::EndOfFile
        ]
    );
    // DEDENTs at end of input follow the implicit NEWLINE.
    assert_eq!(
        toks("if x:\n  y"),
        vec![
            Tok::If,
            name("x"),
            Tok::Colon,
            Tok::Newline,
            Tok::Indent,
            name("y"),
            Tok::Newline,
            Tok::Dedent,
            Tok::EndOfFile
        ]
    );
    let t = spanned("x = 1\n  \\\ny\n");
    assert_eq!(t[4], (10, Tok::Indent, 10));
    let t = spanned("if x:\n  y\nz\n");
    assert_eq!(t[4], (6, Tok::Indent, 8));
    assert_eq!(t[7], (10, Tok::Dedent, 10));
}

#[test]
fn brackets_join_lines() {
    assert_eq!(
        toks("x = (1,\n  2\n\n)\n[\n]\n"),
        vec![
            name("x"),
            Tok::Equal,
            Tok::Lpar,
            int(1),
            Tok::Comma,
            int(2),
            Tok::Rpar,
            Tok::Newline,
            Tok::Lsqb,
            Tok::Rsqb,
            Tok::Newline,
            Tok::EndOfFile
        ]
    );
    assert_eq!(
        toks("x = 1 + \\\n    2\n"),
        vec![
            name("x"),
            Tok::Equal,
            int(1),
            Tok::Plus,
            int(2),
            Tok::Newline,
            Tok::EndOfFile
        ]
    );
}

#[test]
fn form_feed_and_crlf() {
    assert_eq!(
        toks("if 1:\n  x\n\x0c  y\r\nz\r\n"),
        vec![
            Tok::If,
            int(1),
            Tok::Colon,
            Tok::Newline,
            Tok::Indent,
            name("x"),
            Tok::Newline,
            name("y"),
            Tok::Newline,
            Tok::Dedent,
            name("z"),
            Tok::Newline,
            Tok::EndOfFile
        ]
    );
}

#[test]
fn fragments_shift_offsets_and_ignore_newlines() {
    let t: Vec<_> = tokenize_fragment(" a +\n b", 10)
        .map(|t| t.unwrap_or_else(|e| panic!("{e:?}")))
        .collect();
    assert_eq!(
        t,
        vec![
            (11, name("a"), 12),
            (13, Tok::Plus, 14),
            (16, name("b"), 17),
            (17, Tok::EndOfFile, 17)
        ]
    );
}

#[test]
fn bracket_errors() {
    assert_eq!(err("x = (1,\n"), ("'(' was never closed".into(), 4, 4));
    assert_eq!(err("({["), ("'[' was never closed".into(), 2, 2));
    assert_eq!(
        err("x = [1)"),
        (
            "closing parenthesis ')' does not match opening parenthesis '['".into(),
            6,
            6
        )
    );
    assert_eq!(
        err("x = [1,\n2)"),
        (
            "closing parenthesis ')' does not match opening parenthesis '[' on line 1".into(),
            9,
            9
        )
    );
    assert_eq!(err("x = 1)"), ("unmatched ')'".into(), 5, 5));
    assert_eq!(err("}"), ("unmatched '}'".into(), 0, 0));
}

#[test]
fn string_errors() {
    assert_eq!(
        err("x = 'abc"),
        (
            "unterminated string literal (detected at line 1)".into(),
            4,
            4
        )
    );
    assert_eq!(
        err("x = rb'abc\ny"),
        (
            "unterminated string literal (detected at line 1)".into(),
            4,
            4
        )
    );
    assert_eq!(
        err("x = 'abc\\"),
        (
            "unterminated string literal (detected at line 1)".into(),
            4,
            4
        )
    );
    assert_eq!(
        err("x = '''abc\n\ndef"),
        (
            "unterminated triple-quoted string literal (detected at line 3)".into(),
            4,
            4
        )
    );
    assert_eq!(
        err("x = '''abc\n"),
        (
            "unterminated triple-quoted string literal (detected at line 1)".into(),
            4,
            4
        )
    );
}

#[test]
fn layout_errors() {
    use crate::error::SyntaxErrorKind::*;
    assert_eq!(
        err("if x:\n    a\n  b\n"),
        (
            "unindent does not match any outer indentation level".into(),
            15,
            15
        )
    );
    assert_eq!(err_kind("if x:\n    a\n  b\n"), IndentationError);
    let tab = "inconsistent use of tabs and spaces in indentation".to_string();
    assert_eq!(err("if x:\n\ta\n        b\n"), (tab.clone(), 9, 9));
    assert_eq!(err("if x:\n        a\n\tb\n"), (tab.clone(), 16, 16));
    assert_eq!(err("if x:\n  \ta\n\t  b\n"), (tab, 11, 11));
    assert_eq!(err_kind("if x:\n\ta\n        b\n"), TabError);
    let mut deep = String::from("if 1:\n");
    for i in 1..=100 {
        deep.push_str(&" ".repeat(i));
        deep.push_str("if 1:\n");
    }
    let (msg, _, _) = err(&deep);
    assert_eq!(msg, "too many levels of indentation");
    assert_eq!(
        err("x = 1 \\ 2"),
        (
            "unexpected character after line continuation character".into(),
            7,
            7
        )
    );
    assert_eq!(
        err("x = 1 \\"),
        ("unexpected EOF while parsing".into(), 7, 7)
    );
    assert_eq!(
        err("x = 1 \\\n"),
        ("unexpected EOF while parsing".into(), 7, 7)
    );
}

#[test]
fn character_errors() {
    assert_eq!(
        err("a = '€'\nb = €"),
        ("invalid character '€' (U+20AC)".into(), 14, 14)
    );
    assert_eq!(err("a€b"), ("invalid character '€' (U+20AC)".into(), 1, 1));
    assert_eq!(
        err("x = 1\u{a0}+ 2"),
        ("invalid non-printable character U+00A0".into(), 5, 5)
    );
    assert_eq!(
        err("x = \u{1}"),
        ("invalid non-printable character U+0001".into(), 4, 4)
    );
    assert_eq!(err("²a"), ("invalid character '²' (U+00B2)".into(), 0, 0));
    assert_eq!(
        err("x\0"),
        ("source code cannot contain null bytes".into(), 1, 1)
    );
    assert_eq!(
        err("x = 1 # \0 comment"),
        ("source code cannot contain null bytes".into(), 8, 8)
    );
    assert_eq!(
        err("x = ')\0'"),
        ("source code cannot contain null bytes".into(), 6, 6)
    );
    assert_eq!(err("x = $"), ("invalid syntax".into(), 4, 5));
    assert_eq!(
        err("x = 012"),
        (
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
            4,
            5
        )
    );
    assert_eq!(err("x = 1abc"), ("invalid decimal literal".into(), 4, 4));
    // Non-ASCII after a number ends it: the next character is judged on its own.
    assert_eq!(
        err("x = 1€"),
        ("invalid character '€' (U+20AC)".into(), 5, 5)
    );
    assert_eq!(toks("1é")[..2], [int(1), name("é")]);
}

#[test]
fn byte_order_mark_is_skipped() {
    assert_eq!(
        spanned("\u{feff}x"),
        vec![
            (3, name("x"), 4),
            (4, Tok::Newline, 4),
            (4, Tok::EndOfFile, 4)
        ]
    );
}

/// Tokenizes every `.py` file under the directories in `SKEIN_LEX_DIRS` (colon-separated;
/// default: the shared lessons) and fails listing those that give an error. Run by hand:
/// `SKEIN_LEX_DIRS=/usr/lib/python3.11 cargo test -p skein-grammar -- --ignored corpus`.
/// Files CPython itself rejects (e.g. test fixtures with bad syntax) are expected there.
#[test]
#[ignore]
fn corpus_tokenizes() {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "py") {
                out.push(path);
            }
        }
    }
    let dirs = std::env::var("SKEIN_LEX_DIRS").unwrap_or_else(|_| "/work/shared/lessons".into());
    let mut files = Vec::new();
    for dir in dirs.split(':') {
        walk(std::path::Path::new(dir), &mut files);
    }
    let mut failures = Vec::new();
    let mut tokens = 0usize;
    let mut checked = 0usize;
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        checked += 1;
        for t in tokenize(&text) {
            match t {
                Ok(_) => tokens += 1,
                Err(e) => {
                    failures.push(format!("{}: {e} at {:?}", file.display(), e.span));
                    break;
                }
            }
        }
    }
    eprintln!(
        "{checked} files, {tokens} tokens, {} failures",
        failures.len()
    );
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(failures.is_empty());
}

/// A tiny deterministic generator, so the robustness test needs no crate.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Every mutation of real code, and random text, tokenizes to an end without panicking,
/// and string tokens survive decoding.
#[test]
fn never_panics_on_mutated_input() {
    let seed = "if x:\n\tdef f(a, *b, **c) -> 'r':\n        return f'{a!r:>{w}} {b=}' b'\\x00' \\\n  + 0x1_f + 1.5e-3j\n    # c\n  [1,\n 2]\n'''t\n''' r\"\\N{BULLET}\" é = 'ü€'\n";
    let alphabet: Vec<char> =
        "abcxyz019_.eEjJxXoObB'\"\\{}[]()!:=#\n\r\t\x0c €é\u{a0}\u{feff}\0fFrRuU+-*/%@<>&|^~,;"
            .chars()
            .collect();
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for round in 0..5_000 {
        let mut text: Vec<char> = if round % 4 == 0 {
            (0..rng.below(40))
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect()
        } else {
            seed.chars().collect()
        };
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(text.len() + 1);
            match rng.below(3) {
                0 if at < text.len() => {
                    text.remove(at);
                }
                1 if at < text.len() => text[at] = alphabet[rng.below(alphabet.len())],
                _ => text.insert(at, alphabet[rng.below(alphabet.len())]),
            }
        }
        let text: String = text.into_iter().collect();
        let mut count = 0;
        for t in tokenize(&text) {
            count += 1;
            assert!(count <= text.len() * 2 + 10, "runaway on {text:?}");
            if let Ok((s, Tok::Str(st), e)) = t {
                let _ = crate::strings::concat_strings(vec![(crate::span::Span::new(s, e), *st)]);
            }
        }
        for t in tokenize_fragment(&text, 7) {
            count += 1;
            assert!(count <= text.len() * 4 + 20, "runaway on {text:?}");
            let _ = t;
        }
    }
}

#[test]
fn continuation_errors_come_before_indentation() {
    assert_eq!(
        err("if 1:\n  x\n \\\n"),
        ("unexpected EOF while parsing".into(), 12, 12)
    );
    assert_eq!(
        err("if 1:\n  x\n \\ y"),
        (
            "unexpected character after line continuation character".into(),
            12,
            12
        )
    );
    assert_eq!(err("\\\n"), ("unexpected EOF while parsing".into(), 1, 1));
}

#[test]
fn lexing_goes_on_after_a_stray_operator_character() {
    let mut t = tokenize("x = $ (1 + 0o8)");
    let mut errors = Vec::new();
    for r in t.by_ref() {
        if let Err(e) = r {
            errors.push((e.message.clone(), replaces_parser_error(&e)));
        }
    }
    assert_eq!(
        errors,
        vec![
            ("invalid syntax".to_string(), false),
            ("invalid digit '8' in octal literal".to_string(), true)
        ]
    );
    assert_eq!(t.open_bracket(), Some(('(', 6)));
    let mut t = tokenize("f(\\ x)");
    assert!(t.any(|r| r.is_err()));
    assert_eq!(t.open_bracket(), Some(('(', 1)));
    for src in [
        "if x:\n  a\n b\n",
        "x = (\n",
        "x = 1 \\ 2",
        "if x:\n\ta\n        b\n",
    ] {
        let e = tokenize(src).find_map(|r| r.err());
        assert!(e.is_some_and(|e| !replaces_parser_error(&e)), "{src:?}");
    }
    for src in ["x = 'a", "1abc", "a€", "(]", ")"] {
        let e = tokenize(src).find_map(|r| r.err());
        assert!(e.is_some_and(|e| replaces_parser_error(&e)), "{src:?}");
    }
}

#[test]
fn bracket_nesting_limit_is_cpythons() {
    let ok = format!("x = {}{}", "(".repeat(200), ")".repeat(200));
    assert!(tokenize(&ok).all(|t| t.is_ok()));
    let deep = format!("x = {}", "(".repeat(201));
    assert_eq!(err(&deep), ("too many nested parentheses".into(), 204, 204));
}
