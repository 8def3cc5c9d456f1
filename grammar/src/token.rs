//! The tokens the layout pass hands to the grammar: Python 3.11's token set.

use num_bigint::BigInt;

/// The prefix letters of a string literal (`r`, `b`, `f`, `u` in any case and order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StrPrefix {
    pub raw: bool,
    pub bytes: bool,
    pub format: bool,
    pub unicode: bool,
}

/// One string literal as written, before escapes are decoded: `body` is the text
/// between the quotes and `body_start` its byte offset in the source, so that errors and
/// f-string fields can point into the original text.
#[derive(Debug, Clone, PartialEq)]
pub struct StrToken {
    pub prefix: StrPrefix,
    pub triple: bool,
    pub body: String,
    pub body_start: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Name(String),
    Int(BigInt),
    Float(f64),
    /// An imaginary literal's value: `2.5j` is `Imag(2.5)`.
    Imag(f64),
    Str(Box<StrToken>),

    // Layout.
    Newline,
    Indent,
    Dedent,
    EndOfFile,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators and delimiters.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LeftShift,
    RightShift,
    Amper,
    VBar,
    Circumflex,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Comma,
    Colon,
    Dot,
    Semi,
    Equal,
    Rarrow,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    RightShiftEqual,
    LeftShiftEqual,
    DoubleStarEqual,
    Ellipsis,
    /// `!`, which only appears inside f-string fields (`{x!r}`).
    Exclamation,
}
