//! Fuzz test of the front end: random and mutated programs must give `Ok` or `Err` from `parse_module`, never a panic or a hang.
//!
//! Inputs: random byte strings (lossy UTF-8), random token soup, mutations of real
//! programs (the shared lessons, the syntax-error goldens, scripts/syntax/tour.py:
//! deleted, duplicated, swapped and inserted characters, tokens and lines), and a few
//! pathological shapes (deep nesting, long lines). Each case runs on a worker thread
//! and must finish within `CASE_LIMIT`. The PRNG is a seeded xorshift: the seed is
//! printed, `SKEIN_FUZZ_SEED=N` reproduces a run and `SKEIN_FUZZ_CASES=N` sets its size.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::time::Duration;

const DEFAULT_SEED: u64 = 0x5EED_5CE1_2026;
const DEFAULT_CASES: usize = 3000;
const CASE_LIMIT: Duration = Duration::from_secs(5);

/// xorshift64*: small, seeded, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const TOKENS: &[&str] = &[
    "def", "class", "if", "elif", "else", "for", "while", "try", "except", "except*", "finally",
    "with", "async", "await", "lambda", "yield", "from", "import", "as", "return", "pass", "break",
    "continue", "global", "nonlocal", "del", "assert", "raise", "in", "is", "not", "and", "or",
    "None", "True", "False", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", ":=", "==",
    "+", "-", "*", "**", "/", "//", "%", "@", "->", "+=", "<<", ">>", "&", "|", "^", "~", "<",
    ">=", "!=", "...", "\\", "#", "'", "\"", "'''", "\"\"\"", "f'", "f\"{", "}", "b'", "r'", "rb'",
    "u'", "x", "y", "_a1", "é", "0", "1", "0x1F", "0o7", "0b1", "1_000", "1.5e-3", "2j", ".5",
    "1e", "0x", "09", "\n", "\n    ", "\n\t", "    ", "\t", " ", "\r\n", "\x0c", "\0", "\u{feff}",
    "\u{2028}",
];

fn random_bytes(rng: &mut Rng) -> String {
    let len = rng.below(300);
    let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn token_soup(rng: &mut Rng) -> String {
    let n = rng.below(80);
    let mut out = String::new();
    for _ in 0..n {
        let token: &&str = rng.pick(TOKENS);
        out.push_str(token);
        if rng.below(3) == 0 {
            out.push(' ');
        }
    }
    out
}

/// A char-boundary-safe random range of `s`.
fn range(rng: &mut Rng, s: &str) -> (usize, usize) {
    let boundaries: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
    let a = *rng.pick(&boundaries);
    let long = rng.below(4) == 0;
    let span = 1 + rng.below(if long { 200 } else { 12 });
    let b = boundaries
        .iter()
        .copied()
        .find(|&i| i >= a + span)
        .unwrap_or(s.len());
    (a, b)
}

fn mutate(rng: &mut Rng, original: &str) -> String {
    let mut s = original.to_string();
    for _ in 0..1 + rng.below(4) {
        match rng.below(8) {
            0 => {
                let (a, b) = range(rng, &s);
                s.replace_range(a..b, "");
            }
            1 => {
                let (a, b) = range(rng, &s);
                let piece = s[a..b].to_string();
                s.insert_str(b, &piece);
            }
            2 => {
                let (a, b) = range(rng, &s);
                let (c, d) = range(rng, &s);
                if b <= c {
                    let (x, y) = (s[a..b].to_string(), s[c..d].to_string());
                    s.replace_range(c..d, &x);
                    s.replace_range(a..b, &y);
                }
            }
            3 => {
                let (a, _) = range(rng, &s);
                let token = *rng.pick(TOKENS);
                s.insert_str(a, token);
            }
            4 => {
                // Swap two lines.
                let mut lines: Vec<&str> = s.split('\n').collect();
                let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
                lines.swap(i, j);
                s = lines.join("\n");
            }
            5 => {
                // Re-indent a line.
                let mut lines: Vec<String> = s.split('\n').map(String::from).collect();
                let i = rng.below(lines.len());
                let indent = *rng.pick(&["", " ", "  ", "    ", "\t", "        ", " \t"]);
                lines[i] = format!("{indent}{}", lines[i].trim_start());
                s = lines.join("\n");
            }
            6 => {
                let (a, _) = range(rng, &s);
                s.truncate(a);
            }
            _ => {
                let (a, _) = range(rng, &s);
                let c = char::from_u32(rng.below(0x3000) as u32).unwrap_or('?');
                s.insert(a, c);
            }
        }
    }
    s
}

fn pathological() -> Vec<String> {
    let mut cases = vec![
        format!("x = {}1{}\n", "(".repeat(1000), ")".repeat(1000)),
        format!("x = {}\n", "(".repeat(5000)),
        format!("x = {}1\n", "-".repeat(2000)),
        format!("x = {}1{}\n", "[".repeat(300), "]".repeat(300)),
        format!("x = 1{}\n", " + 1".repeat(5000)),
        format!("x = {}\n", "not ".repeat(1000) + "y"),
        format!("s = '{}'\n", "a".repeat(100_000)),
        format!("s = f'{}'\n", "{x}".repeat(2000)),
        "x = \"\"\"".to_string() + &"\n".repeat(1000),
        "if x:\n    pass\n".repeat(2000),
    ];
    let mut nested = String::new();
    for depth in 0..100 {
        nested.push_str(&" ".repeat(depth));
        nested.push_str("if x:\n");
    }
    nested.push_str(&" ".repeat(100));
    nested.push_str("pass\n");
    cases.push(nested);
    cases
}

fn corpus() -> Vec<String> {
    let root = common::repo_root();
    let mut files = common::files_with_ext(&root.join("../shared/lessons"), "py");
    files.extend(common::files_with_ext(
        &root.join("tests/syntax_errors"),
        "py",
    ));
    files.extend(common::files_with_ext(&root.join("scripts"), "py"));
    files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect()
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.parse().ok()
}

#[test]
fn parser_never_panics_or_hangs() {
    let seed = env_number("SKEIN_FUZZ_SEED").unwrap_or(DEFAULT_SEED);
    let cases = env_number("SKEIN_FUZZ_CASES").map_or(DEFAULT_CASES, |n| n as usize);
    println!("parser_fuzz: seed {seed} ({cases} cases); reproduce with SKEIN_FUZZ_SEED={seed}");
    let corpus = corpus();
    let mut rng = Rng(seed.max(1));
    let mut inputs = pathological();
    for _ in 0..cases {
        let input = match rng.below(10) {
            0 | 1 => random_bytes(&mut rng),
            2 | 3 => token_soup(&mut rng),
            _ if corpus.is_empty() => token_soup(&mut rng),
            _ => {
                let original = rng.pick(&corpus).clone();
                mutate(&mut rng, &original)
            }
        };
        inputs.push(input);
    }

    let (job_tx, job_rx) = mpsc::channel::<String>();
    let (done_tx, done_rx) = mpsc::channel::<Result<(), String>>();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            for input in job_rx {
                let result = catch_unwind(AssertUnwindSafe(|| {
                    if let Ok(tree) = skein_grammar::parser::parse_module(&input) {
                        let _ = skein_grammar::dump::dump(&tree);
                    }
                }));
                let report = result.map_err(|panic| {
                    panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "non-string panic".into())
                });
                if done_tx.send(report).is_err() {
                    break;
                }
            }
        })
        .expect("worker thread starts");

    let mut failures = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        job_tx.send(input.clone()).expect("worker alive");
        match done_rx.recv_timeout(CASE_LIMIT) {
            Ok(Ok(())) => {}
            Ok(Err(message)) => failures.push(format!(
                "case {i} (seed {seed}) panicked: {message}\n  input: {:?}",
                truncate(input)
            )),
            Err(_) => panic!(
                "case {i} (seed {seed}) took more than {CASE_LIMIT:?}\n  input: {:?}",
                truncate(input)
            ),
        }
    }
    println!(
        "parser_fuzz: {} cases, {} panics",
        inputs.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn truncate(s: &str) -> String {
    s.chars().take(400).collect()
}
