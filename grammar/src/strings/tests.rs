//! Tests for string decoding and f-string splitting, compared with CPython 3.11's `ast.dump`.

use super::*;
use crate::ast::ExprContext;
use crate::lexer::tokenize;
use crate::token::Tok;

/// Stands in for the parser: a field's expression becomes a `Name` holding its text
/// (trimmed), so the tests see exactly what text each field received.
fn stub_expr(text: &str, base: u32) -> Result<Expr, SyntaxError> {
    let lead = text.len() - text.trim_start().len();
    let start = base as usize + lead;
    Ok(Expr::new(
        Span::new(start, start + text.trim().len()),
        ExprKind::Name {
            id: text.trim().to_string(),
            ctx: ExprContext::Load,
        },
    ))
}

fn parts(src: &str) -> Vec<(Span, StrToken)> {
    tokenize(src)
        .filter_map(|t| match t {
            Ok((s, Tok::Str(st), e)) => Some((Span::new(s, e), *st)),
            Ok(_) => None,
            Err(e) => panic!("{src:?}: {e:?}"),
        })
        .collect()
}

fn py_str(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn py_bytes(b: &[u8]) -> String {
    let mut out = String::from("b'");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push('\'');
    out
}

/// CPython's `ast.dump` for the node kinds strings.rs builds.
fn dump(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Constant { value, kind } => {
            let v = match value {
                Constant::Str(s) => py_str(s),
                Constant::Bytes(b) => py_bytes(b),
                other => format!("{other:?}"),
            };
            match kind {
                Some(k) => format!("Constant(value={v}, kind='{k}')"),
                None => format!("Constant(value={v})"),
            }
        }
        ExprKind::JoinedStr { values } => {
            let v: Vec<String> = values.iter().map(dump).collect();
            format!("JoinedStr(values=[{}])", v.join(", "))
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let mut s = format!(
                "FormattedValue(value={}, conversion={}",
                dump(value),
                conversion.code()
            );
            if let Some(spec) = format_spec {
                s.push_str(&format!(", format_spec={}", dump(spec)));
            }
            s.push(')');
            s
        }
        ExprKind::Name { id, .. } => format!("Name(id='{id}', ctx=Load())"),
        other => format!("{other:?}"),
    }
}

fn tree(src: &str) -> String {
    match concat_with(parts(src), stub_expr) {
        Ok(e) => dump(&e),
        Err(e) => panic!("{src:?}: {e:?}"),
    }
}

fn error(src: &str) -> (String, u32, u32) {
    match concat_with(parts(src), stub_expr) {
        Ok(e) => panic!("{src:?} gave {}", dump(&e)),
        Err(e) => (e.message, e.span.start, e.span.end),
    }
}

#[test]
fn plain_and_concatenated() {
    assert_eq!(tree("'a' \"b\""), "Constant(value='ab')");
    assert_eq!(tree("u'a' 'b'"), "Constant(value='ab', kind='u')");
    assert_eq!(tree("'a' u'b'"), "Constant(value='ab')");
    assert_eq!(tree("''"), "Constant(value='')");
    assert_eq!(tree("'''a\nb'''"), "Constant(value='a\\nb')");
    assert_eq!(tree("'a\\\nb'"), "Constant(value='ab')");
    assert_eq!(
        tree("r'\\n\\d' R'\\''"),
        "Constant(value='\\\\n\\\\d\\\\\\'')"
    );
}

#[test]
fn escapes() {
    assert_eq!(
        tree(r#"'\a\b\f\n\r\t\v\\\'\"'"#),
        "Constant(value='\\x07\\x08\\x0c\\n\\r\\t\\x0b\\\\\\'\"')"
    );
    assert_eq!(tree(r"'\0\01\012\777'"), "Constant(value='\\x00\\x01\\nǿ')");
    assert_eq!(tree(r"'\x41\u00e9\U0001F600'"), "Constant(value='Aé😀')");
    assert_eq!(tree(r"'\N{BULLET}\N{em dash}'"), "Constant(value='•—')");
    assert_eq!(tree(r"'\d\q\8'"), "Constant(value='\\\\d\\\\q\\\\8')");
    assert_eq!(tree(r"'\ud800'"), "Constant(value='\u{fffd}')");
    assert_eq!(tree("'''a\r\nb\rc'''"), "Constant(value='a\\nb\\nc')");
}

#[test]
fn bytes() {
    assert_eq!(tree(r"b'\xff\n\x41' B'c'"), "Constant(value=b'\\xff\\nAc')");
    assert_eq!(tree(r"rb'\x'"), "Constant(value=b'\\\\x')");
    assert_eq!(
        tree(r"b'\777\u1234\N{x}'"),
        "Constant(value=b'\\xff\\\\u1234\\\\N{x}')"
    );
}

#[test]
fn decode_errors() {
    let e = |s: &str, rest: &str| {
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {s}: {rest}")
    };
    assert_eq!(error(r"'\x4'"), (e("0-2", "truncated \\xXX escape"), 5, 5));
    assert_eq!(error(r"'\x'").0, e("0-1", "truncated \\xXX escape"));
    assert_eq!(error(r"'\x4g'").0, e("0-2", "truncated \\xXX escape"));
    assert_eq!(error(r"'\u12'").0, e("0-3", "truncated \\uXXXX escape"));
    assert_eq!(
        error(r"'\U0011000'").0,
        e("0-8", "truncated \\UXXXXXXXX escape")
    );
    assert_eq!(
        error(r"'\U00110000'").0,
        e("0-9", "illegal Unicode character")
    );
    assert_eq!(
        error(r"'\N{NOPE}'").0,
        e("0-7", "unknown Unicode character name")
    );
    assert_eq!(
        error(r"'\N{'").0,
        e("0-2", "malformed \\N character escape")
    );
    assert_eq!(error(r"'\N'").0, e("0-1", "malformed \\N character escape"));
    assert_eq!(
        error(r"'\N{abc'").0,
        e("0-5", "malformed \\N character escape")
    );
    assert_eq!(error(r"'é\x4'").0, e("10-12", "truncated \\xXX escape"));
    assert_eq!(
        error(r"b'\x4'"),
        (
            "(value error) invalid \\x escape at position 0".into(),
            6,
            6
        )
    );
    assert_eq!(
        error("b'a' 'b'"),
        ("cannot mix bytes and nonbytes literals".into(), 8, 8)
    );
    assert_eq!(
        error("'a' b'\\xff' b'é'"),
        ("cannot mix bytes and nonbytes literals".into(), 17, 17)
    );
    assert_eq!(
        error("f'{a}' b''"),
        ("cannot mix bytes and nonbytes literals".into(), 10, 10)
    );
    assert_eq!(
        error("b'é'"),
        (
            "bytes can only contain ASCII literal characters".into(),
            0,
            5
        )
    );
}

/// Trees copied from CPython 3.11's `ast.dump(ast.parse(src).body[0].value)`.
#[test]
fn fstrings_match_cpython() {
    let cases = [
        ("f''", "JoinedStr(values=[])"),
        ("'a' f'b'", "JoinedStr(values=[Constant(value='ab')])"),
        (
            "f'a' 'b' f'{x}' 'c'",
            "JoinedStr(values=[Constant(value='ab'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='c')])",
        ),
        (
            "u'a' f'{x}'",
            "JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])",
        ),
        (
            "f'{x}' u'a'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='a')])",
        ),
        (
            "f'{x!r}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])",
        ),
        (
            "f'{x!s:>10}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>10')]))])",
        ),
        (
            "f'{x=}'",
            "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])",
        ),
        (
            "f'{ x = }'",
            "JoinedStr(values=[Constant(value=' x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])",
        ),
        (
            "f'{x=!s}'",
            "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)])",
        ),
        (
            "f'{x=:>10}'",
            "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))])",
        ),
        (
            "f'{x:{w}.{p}}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1)]))])",
        ),
        ("f'{{a}}'", "JoinedStr(values=[Constant(value='{a}')])"),
        ("f'a}}b{{c'", "JoinedStr(values=[Constant(value='a}b{c')])"),
        (
            "f'{a:b:c}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='b:c')]))])",
        ),
        (
            "f'{x:}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))])",
        ),
        (
            "f'\\n{x}'",
            "JoinedStr(values=[Constant(value='\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])",
        ),
        (
            "rf'\\n{x}'",
            "JoinedStr(values=[Constant(value='\\\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])",
        ),
        (
            "f'{x!r:^{w}}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))])",
        ),
        (
            "f'{x:=3}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=3')]))])",
        ),
        (
            "f'{x:!r}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='!r')]))])",
        ),
        (
            "f'{x}{y}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)])",
        ),
        (
            "f'''{\nx\n}'''",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])",
        ),
        (
            "f'{x :>3}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>3')]))])",
        ),
        (
            "f'{x= !r:3}'",
            "JoinedStr(values=[Constant(value='x= '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='3')]))])",
        ),
        (
            "f'\\N{BULLET}{x}'",
            "JoinedStr(values=[Constant(value='•'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])",
        ),
        (
            "f'{x}' f'{y}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)])",
        ),
        (
            "f'{x=!r:>10}'",
            "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>10')]))])",
        ),
        (
            "f'{ x=}' 'a'",
            "JoinedStr(values=[Constant(value=' x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='a')])",
        ),
        (
            "'a' f'{x}' 'b' f'c'",
            "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='bc')])",
        ),
        (
            "f'{x!a}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=97)])",
        ),
        (
            "f'\\{x}'",
            "JoinedStr(values=[Constant(value='\\\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])",
        ),
        (
            "f'{x:\\n}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\\n')]))])",
        ),
        (
            "f'{x!r:{y}!s}'",
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='!s')]))])",
        ),
    ];
    for (src, want) in cases {
        assert_eq!(tree(src), want, "{src}");
    }
}

/// What text each field's expression receives, and at which offset.
#[test]
fn field_expression_text() {
    let field = |src: &str| -> Vec<(String, u32)> {
        fn collect(e: &Expr, out: &mut Vec<(String, u32)>) {
            match &e.kind {
                ExprKind::JoinedStr { values } => values.iter().for_each(|v| collect(v, out)),
                ExprKind::FormattedValue {
                    value, format_spec, ..
                } => {
                    collect(value, out);
                    if let Some(spec) = format_spec {
                        collect(spec, out);
                    }
                }
                ExprKind::Name { id, .. } => out.push((id.clone(), e.span.start)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        match concat_with(parts(src), stub_expr) {
            Ok(e) => collect(&e, &mut out),
            Err(e) => panic!("{src:?}: {e:?}"),
        }
        out
    };
    let one = |s: &str, at: u32| vec![(s.to_string(), at)];
    assert_eq!(field("f'{a!=b}'"), one("a!=b", 3));
    assert_eq!(field("f'{a==b}'"), one("a==b", 3));
    assert_eq!(field("f'{a<b>c<=d>=e}'"), one("a<b>c<=d>=e", 3));
    assert_eq!(field("f'{d[\"a:b\"]}'"), one("d[\"a:b\"]", 3));
    assert_eq!(field("f'{(lambda x: 1)(2)}'"), one("(lambda x: 1)(2)", 3));
    assert_eq!(field("f'{(x:=3)}'"), one("(x:=3)", 3));
    assert_eq!(
        field("f'{\"a\" if x else \"b\"}'"),
        one("\"a\" if x else \"b\"", 3)
    );
    assert_eq!(field("f'{x:{\"a\"}}'")[1], ("\"a\"".to_string(), 6));
    assert_eq!(field("f'{x:a{{b}}c}'")[1], ("{b}".to_string(), 7));
    assert_eq!(field("f\"{'''a'''}\""), one("'''a'''", 3));
    assert_eq!(
        field("x = (f'{a}'\n  f'{ b }')"),
        vec![("a".into(), 8), ("b".into(), 18)]
    );
}

#[test]
fn fstring_errors() {
    let cases = [
        ("f'{}'", "f-string: empty expression not allowed"),
        ("f'{ }'", "f-string: empty expression not allowed"),
        ("f'{}}'", "f-string: empty expression not allowed"),
        ("f'{=}'", "f-string: expression required before '='"),
        ("f'{!r}'", "f-string: expression required before '!'"),
        ("f'{:x}'", "f-string: expression required before ':'"),
        ("f'{x'", "f-string: expecting '}'"),
        ("f'{x!r=}'", "f-string: expecting '}'"),
        ("f'{x!r }'", "f-string: expecting '}'"),
        ("f'{x!r'", "f-string: expecting '}'"),
        ("f'{x:'", "f-string: expecting '}'"),
        ("f'{x:{'", "f-string: expecting '}'"),
        ("f'{x:{y}'", "f-string: expecting '}'"),
        ("f'{a}{'", "f-string: expecting '}'"),
        ("f'{x}' f'{'", "f-string: expecting '}'"),
        ("f'}'", "f-string: single '}' is not allowed"),
        ("f'{x}}'", "f-string: single '}' is not allowed"),
        ("f'{{}'", "f-string: single '}' is not allowed"),
        ("f'{x:{y}}}'", "f-string: single '}' is not allowed"),
        (
            "f'{x!}'",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        ),
        (
            "f'{x!z}'",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        ),
        (
            "f'{x! r}'",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        ),
        ("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply"),
        (
            "f'{x:{y!r:>{z}}}'",
            "f-string: expressions nested too deeply",
        ),
        ("f'{#}'", "f-string expression part cannot include '#'"),
        ("f'{x#}'", "f-string expression part cannot include '#'"),
        (
            "f'{a\\nb}'",
            "f-string expression part cannot include a backslash",
        ),
        ("f'{x)}'", "f-string: unmatched ')'"),
        (
            "f'{(x}'",
            "f-string: closing parenthesis '}' does not match opening parenthesis '('",
        ),
        (
            "f'{[}'",
            "f-string: closing parenthesis '}' does not match opening parenthesis '['",
        ),
        ("f'{x\"}'", "f-string: unterminated string"),
    ];
    for (src, want) in cases {
        let (msg, start, end) = error(src);
        assert_eq!(msg, want, "{src}");
        // CPython points just past the string.
        assert_eq!((start, end), (src.len() as u32, src.len() as u32), "{src}");
    }
}

/// Mutated f-string and escape bodies never panic the splitter or the decoders.
#[test]
fn never_panics_on_mutated_bodies() {
    let seeds = [
        "{x!r:>{w}.{p}} {y=} {{}} \\N{BULLET} \\x41 {d['a:b']} {a!=b}",
        "\\u00e9\\U0001F600\\777\\N{em dash}{x:{y:{z}}}",
        "{ x = !s:^10}}}{{{",
    ];
    let alphabet: Vec<char> = "{}[]()!:=<>'\"\\#xrsaN0U9u é\n".chars().collect();
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut rand = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n.max(1) as u64) as usize
    };
    for round in 0..5_000 {
        let mut body: Vec<char> = seeds[round % seeds.len()].chars().collect();
        for _ in 0..1 + rand(4) {
            let at = rand(body.len() + 1);
            let c = alphabet[rand(alphabet.len())];
            if rand(2) == 0 && at < body.len() {
                body[at] = c;
            } else {
                body.insert(at, c);
            }
        }
        let body: String = body.into_iter().collect();
        for (format, raw, bytes) in [
            (true, false, false),
            (true, true, false),
            (false, false, false),
            (false, false, true),
        ] {
            let tok = StrToken {
                prefix: crate::token::StrPrefix {
                    raw,
                    bytes,
                    format,
                    unicode: false,
                },
                triple: true,
                body: body.clone(),
                body_start: 4,
            };
            let _ = concat_with(vec![(Span::new(0, body.len() + 7), tok)], stub_expr);
        }
    }
}

#[test]
fn unicode_names() {
    assert_eq!(
        tree(r"'\N{LATIN SMALL LETTER O WITH HORN}\N{LONG RIGHTWARDS SQUIGGLE ARROW}'"),
        "Constant(value='ơ⟿')"
    );
    assert_eq!(
        tree(r"'\N{bullet}\N{CJK UNIFIED IDEOGRAPH-4E00}'"),
        "Constant(value='•一')"
    );
    assert!(error(r"'\N{LATIN_SMALL_LETTER_A}'")
        .0
        .ends_with("unknown Unicode character name"));
}

#[test]
fn field_errors_take_the_prefix_only_from_the_parser() {
    fn lexing_parser(text: &str, base: u32) -> Result<Expr, SyntaxError> {
        for t in crate::lexer::tokenize_fragment(text, base) {
            t?;
        }
        Err(SyntaxError::new(
            "invalid syntax",
            Span::new(base as usize, base as usize),
        ))
    }
    let run = |src: &str| match concat_with(parts(src), lexing_parser) {
        Ok(e) => panic!("{src:?} gave {}", dump(&e)),
        Err(e) => e.message,
    };
    assert_eq!(run("f'{x€}'"), "invalid character '€' (U+20AC)");
    assert_eq!(run("f'{0o8}'"), "invalid digit '8' in octal literal");
    assert_eq!(run("f'{a b}'"), "f-string: invalid syntax");
}

/// Through the real field parser and `ast.dump`, compared with CPython 3.11.
fn full(src: &str) -> String {
    match concat_strings(parts(src)) {
        Ok(e) => crate::dump::dump_expr(&e),
        Err(e) => format!("{e}"),
    }
}

#[test]
fn fstrings_with_real_expressions_match_cpython() {
    let cases = [
        ("f'{a!=b}'", "JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotEq()], comparators=[Name(id='b', ctx=Load())]), conversion=-1)])"),
        ("f'{(lambda x: 1)(2)}'", "JoinedStr(values=[FormattedValue(value=Call(func=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), args=[Constant(value=2)], keywords=[]), conversion=-1)])"),
        ("f'{x,y}'", "JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), conversion=-1)])"),
        ("f'{3!r}'", "JoinedStr(values=[FormattedValue(value=Constant(value=3), conversion=114)])"),
        ("f'{x:a{{b}}c}'", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Set(elts=[Name(id='b', ctx=Load())]), conversion=-1), Constant(value='c')]))])"),
        ("f'{yield}'", "JoinedStr(values=[FormattedValue(value=Yield(), conversion=-1)])"),
        ("f'''{\nx\n+ 1}'''", "JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Constant(value=1)), conversion=-1)])"),
        ("f'{a.b[1]:>{w}.{p}f}'", "JoinedStr(values=[FormattedValue(value=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Constant(value=1), ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1), Constant(value='f')]))])"),
        ("f'{ (x:=3) = }'", "JoinedStr(values=[Constant(value=' (x:=3) = '), FormattedValue(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=3)), conversion=114)])"),
        ("f'{x*2=}'", "JoinedStr(values=[Constant(value='x*2='), FormattedValue(value=BinOp(left=Name(id='x', ctx=Load()), op=Mult(), right=Constant(value=2)), conversion=114)])"),
        ("f'{[i for i in r]}'", "JoinedStr(values=[FormattedValue(value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='r', ctx=Load()), ifs=[], is_async=0)]), conversion=-1)])"),
        ("f'{ {1: 2}[1] }'", "JoinedStr(values=[FormattedValue(value=Subscript(value=Dict(keys=[Constant(value=1)], values=[Constant(value=2)]), slice=Constant(value=1), ctx=Load()), conversion=-1)])"),
    ];
    for (src, want) in cases {
        assert_eq!(full(src), want, "{src}");
    }
}

/// Fields holding string literals: the grammar calls `concat_strings` for those.
#[test]
fn fstrings_with_nested_strings_match_cpython() {
    let cases = [
        ("f'{d[\"a:b\"]}'", "JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value='a:b'), ctx=Load()), conversion=-1)])"),
        ("f'{\"a\" if x else \"b\"}'", "JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='x', ctx=Load()), body=Constant(value='a'), orelse=Constant(value='b')), conversion=-1)])"),
        ("f'{x:{\"a\"}}'", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)]))])"),
        ("f'{f\"{y}\"}'", "JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]), conversion=-1)])"),
    ];
    for (src, want) in cases {
        assert_eq!(full(src), want, "{src}");
    }
}
