//! Prints the tokens of each file given, one per line (`KIND TEXT START END`, byte offsets), for comparing the lexer with CPython's `tokenize` (see `lex_diff.py`).

use skein_grammar::lexer::tokenize;
use skein_grammar::token::Tok;

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        println!("FILE {path}");
        for t in tokenize(&src) {
            match t {
                Ok((s, tok, e)) => {
                    let kind = match tok {
                        Tok::Name(_) => "NAME",
                        Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => "NUMBER",
                        Tok::Str(_) => "STRING",
                        Tok::Newline => "NEWLINE",
                        Tok::Indent => "INDENT",
                        Tok::Dedent => "DEDENT",
                        Tok::EndOfFile => "ENDMARKER",
                        Tok::False | Tok::None | Tok::True => "NAME",
                        ref t
                            if format!("{t:?}").chars().all(|c| c.is_ascii_alphabetic())
                                && src
                                    .get(s..e)
                                    .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase())) =>
                        {
                            "NAME"
                        }
                        _ => "OP",
                    };
                    let text = match kind {
                        "NAME" | "OP" | "NUMBER" => src.get(s..e).unwrap_or(""),
                        _ => "",
                    };
                    println!("{kind} {text} {s} {e}");
                }
                Err(err) => {
                    println!("ERROR {err} {:?}", err.span);
                    break;
                }
            }
        }
    }
}
