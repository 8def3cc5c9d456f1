//! A bound on how deeply the tree of a statement nests, computed as its tokens stream past, so that over-deep input is a syntax error rather than a stack overflow.
//!
//! The parser itself is table-driven and never recurses, but everything that walks a
//! tree afterwards does (dropping it included). CPython 3.11 gives up near 3000 levels
//! (`RecursionError` while compiling); Skein refuses trees that may be deeper than
//! `MAX_DEPTH` before building them.
//!
//! The bound, for one expression between separators: a chain of `k` operators of one
//! precedence level makes at most `k` levels (left- or right-deep), and each operand of
//! that chain is built from operators of higher levels only. So the depth is at most the
//! sum over precedence levels of the longest run of that level's operators not broken
//! by a binary operator of a lower level (a prefix operator breaks nothing: it opens
//! an operand inside the chain), plus the depth of the deepest bracket group (which
//! is computed the same way, one frame per open bracket). `or`, `and` and comparison
//! chains are one node each in the AST, so their runs count once.

use crate::token::Tok;

/// The deepest tree a statement may produce.
pub(crate) const MAX_DEPTH: usize = 2500;

/// Precedence levels, lowest first. Prefix operators are levels of their own.
const LAMBDA: usize = 0; // also `yield`, `:=`
const TERNARY: usize = 1;
const OR: usize = 2;
const AND: usize = 3;
const NOT: usize = 4;
const COMPARE: usize = 5;
const STAR: usize = 6; // `*x`, `**x` unpacking
const BIT_OR: usize = 7;
const BIT_XOR: usize = 8;
const BIT_AND: usize = 9;
const SHIFT: usize = 10;
const SUM: usize = 11;
const TERM: usize = 12;
const UNARY: usize = 13;
const POWER: usize = 14;
const AWAIT: usize = 15;
const TRAILER: usize = 16;
const LEVELS: usize = 17;

/// One bracket level.
#[derive(Default, Clone, Copy)]
struct Frame {
    /// The current run of operators at each level in the current element.
    runs: [u32; LEVELS],
    /// The longest run at each level in the current element.
    longest: [u32; LEVELS],
    /// The sum over levels of `longest` (counted once for flat levels), kept up to date
    /// so that each token costs O(1).
    chains: usize,
    /// The deepest bracket group in the current element.
    inner: usize,
    /// The deepest element so far.
    best: usize,
    /// `lambda`s whose `:` has not come yet: their parameters' commas and that `:` do
    /// not end the element.
    lambdas: usize,
    /// The previous token ended an operand (so `-`, `*`, `(` are binary or trailers).
    after_operand: bool,
}

impl Frame {
    fn element_depth(&self) -> usize {
        // +2: a comprehension or call wraps its parts in one or two more nodes.
        self.chains + self.inner + 2
    }

    fn depth(&self) -> usize {
        self.best.max(self.element_depth())
    }

    fn next_element(&mut self) {
        self.best = self.depth();
        self.runs = [0; LEVELS];
        self.longest = [0; LEVELS];
        self.chains = 0;
        self.inner = 0;
        self.after_operand = false;
    }

    /// A binary operator: the chains of higher levels to its left are finished.
    fn operator(&mut self, level: usize) {
        for run in self.runs.iter_mut().skip(level + 1) {
            *run = 0;
        }
        self.count(level);
    }

    /// A prefix operator starts an operand nested inside whatever chain is open, so it
    /// finishes nothing (`a ** -b ** -c` nests two levels per `**`).
    fn prefix(&mut self, level: usize) {
        self.count(level);
    }

    fn count(&mut self, level: usize) {
        if let (Some(run), Some(longest)) = (self.runs.get_mut(level), self.longest.get_mut(level))
        {
            *run += 1;
            if *run > *longest {
                *longest = *run;
                // `or`, `and` and comparison chains are one node however long.
                if !matches!(level, OR | AND | COMPARE) || *longest == 1 {
                    self.chains += 1;
                }
            }
        }
        self.after_operand = false;
    }
}

/// Streams a statement's tokens and reports when its tree may nest too deeply.
#[derive(Default)]
pub(crate) struct DepthGuard {
    frames: Vec<Frame>,
    top: Frame,
}

impl DepthGuard {
    /// Takes the next token; true when the bound passes `MAX_DEPTH`.
    pub(crate) fn exceeded(&mut self, t: &Tok) -> bool {
        let after = self.top.after_operand;
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if after && *t != Tok::Lbrace {
                    self.top.operator(TRAILER);
                }
                self.frames.push(std::mem::take(&mut self.top));
                if self.frames.len() > MAX_DEPTH {
                    return true;
                }
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                let inner = self.top.depth() + 1;
                self.top = self.frames.pop().unwrap_or_default();
                self.top.inner = self.top.inner.max(inner);
                self.top.after_operand = true;
            }
            Tok::Comma if self.top.lambdas > 0 => self.top.after_operand = false,
            Tok::Colon if self.top.lambdas > 0 => {
                self.top.lambdas -= 1;
                self.top.after_operand = false;
            }
            Tok::Comma | Tok::Colon | Tok::Semi | Tok::Equal | Tok::For | Tok::Async => {
                self.top.next_element()
            }
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndOfFile => {
                self.frames.clear();
                self.top = Frame::default();
            }
            Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis => self.top.after_operand = true,
            Tok::Lambda => {
                self.top.lambdas += 1;
                self.top.prefix(LAMBDA);
            }
            Tok::Yield | Tok::ColonEqual => self.top.prefix(LAMBDA),
            Tok::If | Tok::Else => self.top.operator(TERNARY),
            Tok::Or => self.top.operator(OR),
            Tok::And => self.top.operator(AND),
            Tok::Not if !after => self.top.prefix(NOT),
            Tok::Not
            | Tok::In
            | Tok::Is
            | Tok::Less
            | Tok::Greater
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::EqEqual
            | Tok::NotEqual => self.top.operator(COMPARE),
            Tok::Star | Tok::DoubleStar if !after => self.top.prefix(STAR),
            Tok::VBar => self.top.operator(BIT_OR),
            Tok::Circumflex => self.top.operator(BIT_XOR),
            Tok::Amper => self.top.operator(BIT_AND),
            Tok::LeftShift | Tok::RightShift => self.top.operator(SHIFT),
            Tok::Plus | Tok::Minus if after => self.top.operator(SUM),
            Tok::Star | Tok::Slash | Tok::DoubleSlash | Tok::Percent | Tok::At => {
                self.top.operator(TERM)
            }
            Tok::Plus | Tok::Minus | Tok::Tilde => self.top.prefix(UNARY),
            Tok::DoubleStar => self.top.operator(POWER),
            Tok::Await => self.top.prefix(AWAIT),
            Tok::Dot => self.top.operator(TRAILER),
            // Anything else (keywords of statements, augmented assignment, `->`, `!`)
            // ends the element.
            _ => self.top.next_element(),
        }
        self.top.depth() > MAX_DEPTH
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::{Expr, ExprKind, Mod, StmtKind};

    /// The real depth of an expression tree (test inputs stay shallow).
    fn depth(e: &Expr) -> usize {
        let mut kids: Vec<&Expr> = Vec::new();
        match &e.kind {
            ExprKind::BoolOp { values, .. } => kids.extend(values),
            ExprKind::NamedExpr { target, value } => kids.extend([&**target, &**value]),
            ExprKind::BinOp { left, right, .. } => kids.extend([&**left, &**right]),
            ExprKind::UnaryOp { operand, .. } => kids.push(operand),
            ExprKind::Lambda { args, body } => {
                kids.push(body);
                kids.extend(&args.defaults);
                kids.extend(args.kw_defaults.iter().flatten());
            }
            ExprKind::IfExp { test, body, orelse } => kids.extend([&**test, &**body, &**orelse]),
            ExprKind::Dict { keys, values } => {
                kids.extend(keys.iter().flatten());
                kids.extend(values);
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                kids.extend(elts)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                kids.push(left);
                kids.extend(comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                kids.push(func);
                kids.extend(args);
                // A keyword node sits between the call and its value.
                return 1 + kids
                    .iter()
                    .map(|k| depth(k))
                    .chain(keywords.iter().map(|k| 1 + depth(&k.value)))
                    .max()
                    .unwrap_or(0);
            }
            ExprKind::Attribute { value, .. }
            | ExprKind::Starred { value, .. }
            | ExprKind::Await { value }
            | ExprKind::YieldFrom { value } => kids.push(value),
            ExprKind::Subscript { value, slice, .. } => kids.extend([&**value, &**slice]),
            ExprKind::Slice { lower, upper, step } => {
                kids.extend(lower.iter().chain(upper).chain(step).map(|b| &**b))
            }
            ExprKind::Yield { value } => kids.extend(value.iter().map(|b| &**b)),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                kids.push(elt);
                for g in generators {
                    kids.extend([&g.target, &g.iter]);
                    kids.extend(&g.ifs);
                }
            }
            _ => {}
        }
        1 + kids.iter().map(|k| depth(k)).max().unwrap_or(0)
    }

    fn bound(src: &str) -> usize {
        let mut guard = DepthGuard::default();
        let mut worst = 0;
        for t in crate::lexer::tokenize(src).map_while(Result::ok) {
            if matches!(t.1, Tok::Newline | Tok::EndOfFile) {
                break;
            }
            let _ = guard.exceeded(&t.1);
            worst = worst.max(guard.top.depth());
        }
        worst
    }

    /// Random expressions from a small generator: the bound is never below the depth.
    #[test]
    fn bound_is_never_below_the_real_depth() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut pick = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        fn gen(pick: &mut dyn FnMut(u64) -> u64, fuel: u32) -> String {
            if fuel == 0 {
                return ["x", "1", "'s'", "None"][pick(4) as usize].to_string();
            }
            let a = gen(pick, fuel - 1);
            let b = gen(pick, fuel / 2);
            match pick(16) {
                0 => format!("{a} + {b}"),
                1 => format!("{a} * {b}"),
                2 => format!("{a} ** -{b}"),
                3 => format!("-{a}"),
                4 => format!("not {a}"),
                5 => format!("({a})"),
                6 => format!("{a}.y"),
                7 => format!("f({a}, k={b})"),
                8 => format!("{a}[{b}:]"),
                9 => format!("{a} if {b} else {a}"),
                10 => format!("lambda q: {a}"),
                11 => format!("[{a} for z in {b} if {a}]"),
                12 => format!("{a} or {b} and {a}"),
                13 => format!("{a} < {b} <= {a}"),
                14 => format!("({a}, *{b})"),
                _ => format!("{{{a}: {b}}}"),
            }
        }
        let mut checked = 0;
        for _ in 0..1000 {
            let fuel = 1 + pick(9) as u32;
            let src = format!("v = {}\n", gen(&mut pick, fuel));
            // The generator ignores precedence, so some of its output is no Python.
            let Ok(Mod::Module { body }) = crate::parser::parse_module(&src) else {
                continue;
            };
            checked += 1;
            let Some(StmtKind::Assign { value, .. }) = body.first().map(|s| &s.kind) else {
                panic!("not an assignment: {src}");
            };
            let (real, est) = (depth(value), bound(&src));
            assert!(est >= real, "bound {est} < depth {real} for {src}");
        }
        assert!(checked > 200, "only {checked} generated sources parsed");
    }
}
