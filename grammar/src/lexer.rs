//! The tokenizer: source text to Python tokens with NEWLINE/INDENT/DEDENT layout, as lalrpop triples.

use crate::error::SyntaxError;
use crate::token::Tok;

/// What the grammar consumes: `(start, token, end)` with byte offsets into the whole source.
pub type Spanned = Result<(usize, Tok, usize), SyntaxError>;

/// Tokenizes a whole module. Placeholder until the lexer lands: yields only end of file.
pub fn tokenize(source: &str) -> std::vec::IntoIter<Spanned> {
    vec![Ok((source.len(), Tok::EndOfFile, source.len()))].into_iter()
}
