//! The interactive prompt: reads lines (rustyline: editing, history, Tab completion),
//! groups them into whole inputs as CPython's REPL does, and runs each in a `Session`.

use std::cell::RefCell;
use std::io::BufRead;
use std::path::PathBuf;
use std::rc::Rc;

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, Helper};
use skein_grammar::parser::{input_status, parse_interactive, InputStatus};
use skein_interp::interactive::{Session, STDIN};

use crate::diagnostic;

/// One line from the user, or why there is none.
enum Line {
    Text(String),
    /// Ctrl-C at the prompt: drop the pending input.
    Interrupted,
    /// Ctrl-D or end of input: leave.
    End,
}

/// Where lines come from: the line editor on a terminal, plain stdin otherwise.
trait LineSource {
    fn read(&mut self, session: &Rc<RefCell<Session>>, prompt: &str) -> Line;
}

/// Runs the REPL until `exit()` or end of input; the exit status.
pub fn run(session: Session, banner: &str) -> i32 {
    let session = Rc::new(RefCell::new(session));
    eprintln!("{banner}");
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stdin());
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .build();
    let editor = Editor::<Completion, DefaultHistory>::with_config(config)
        .ok()
        .filter(|_| terminal);
    let status = match editor {
        Some(mut editor) => {
            editor.set_helper(Some(Completion(session.clone())));
            let history = history_file();
            if let Some(h) = &history {
                let _ = editor.load_history(h);
            }
            let status = repl(&session, &mut editor);
            if let Some(h) = &history {
                let _ = editor.save_history(h);
            }
            status
        }
        None => repl(&session, &mut PlainStdin),
    };
    match Rc::try_unwrap(session) {
        Ok(s) => {
            let end = s.into_inner().finish();
            status.unwrap_or(end)
        }
        Err(_) => status.unwrap_or(0),
    }
}

/// `~/.skein_history`, as CPython keeps `~/.python_history`.
fn history_file() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".skein_history"))
}

/// The read-run loop; `Some(status)` when the program asked to exit.
fn repl(session: &Rc<RefCell<Session>>, source: &mut dyn LineSource) -> Option<i32> {
    loop {
        let Some(input) = read_input(session, source) else {
            eprintln!();
            return None;
        };
        match parse_interactive(&input) {
            Ok(tree) => {
                if let Some(status) = session.borrow_mut().run(&tree, &input) {
                    return Some(status);
                }
            }
            Err(err) => eprint!("{}", diagnostic::format_syntax_error(STDIN, &input, &err)),
        }
    }
}

/// Reads lines until they form a whole input (CPython's rules: a simple statement runs
/// when its line is complete; a compound one, or an unfinished one, ends at a blank
/// line; inside brackets blank lines do not count). `None` at end of input.
fn read_input(session: &Rc<RefCell<Session>>, source: &mut dyn LineSource) -> Option<String> {
    let mut input = String::new();
    loop {
        let prompt = session.borrow_mut().prompt(!input.is_empty());
        let line = match source.read(session, &prompt) {
            Line::Text(line) => line,
            Line::Interrupted => {
                eprintln!("\nKeyboardInterrupt");
                input.clear();
                continue;
            }
            Line::End => return None,
        };
        let blank = line.trim().is_empty();
        if input.is_empty() && blank {
            continue;
        }
        input.push_str(&line);
        input.push('\n');
        if input_ends(&input, blank) {
            return Some(input);
        }
    }
}

/// Whether the input read so far runs now (the last line read was `blank` or not).
fn input_ends(input: &str, blank: bool) -> bool {
    match input_status(input) {
        InputStatus::Complete { compound: false } | InputStatus::Invalid => true,
        InputStatus::Complete { compound: true } | InputStatus::Incomplete => blank,
        InputStatus::OpenBracket => false,
    }
}

impl LineSource for Editor<Completion, DefaultHistory> {
    fn read(&mut self, session: &Rc<RefCell<Session>>, prompt: &str) -> Line {
        // The session is not borrowed while reading: completion borrows it.
        let rt = session.borrow().runtime();
        let result = rt.allow_threads(|| self.readline(prompt));
        match result {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = self.add_history_entry(line.as_str());
                }
                Line::Text(line)
            }
            Err(ReadlineError::Interrupted) => Line::Interrupted,
            Err(_) => Line::End,
        }
    }
}

/// Plain lines from stdin, when stdin is not a terminal (`skein -i < file`).
struct PlainStdin;

impl LineSource for PlainStdin {
    fn read(&mut self, session: &Rc<RefCell<Session>>, prompt: &str) -> Line {
        eprint!("{prompt}");
        let mut line = String::new();
        let rt = session.borrow().runtime();
        let read = rt.allow_threads(|| std::io::stdin().lock().read_line(&mut line));
        match read {
            Ok(0) | Err(_) => Line::End,
            Ok(_) => Line::Text(line.trim_end_matches(['\n', '\r']).to_string()),
        }
    }
}

/// Tab completion from the session's names (see `Session::complete`).
struct Completion(Rc<RefCell<Session>>);

impl Completer for Completion {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
            .last()
            .map_or(pos, |(i, _)| i);
        let word = &before[start..];
        if word.is_empty() {
            // Tab with nothing to complete indents, as in CPython's REPL.
            let indent = Pair {
                display: String::new(),
                replacement: "    ".into(),
            };
            return Ok((pos, vec![indent]));
        }
        let Ok(mut session) = self.0.try_borrow_mut() else {
            return Ok((start, Vec::new()));
        };
        let names = session
            .complete(word)
            .into_iter()
            .map(|n| Pair {
                display: n.rsplit('.').next().unwrap_or(&n).to_string(),
                replacement: n,
            })
            .collect();
        Ok((start, names))
    }
}

impl Hinter for Completion {
    type Hint = String;
}

impl Highlighter for Completion {}

impl Validator for Completion {}

impl Helper for Completion {}

#[cfg(test)]
mod tests {
    use super::input_ends;

    #[test]
    fn inputs_end_as_in_cpython() {
        assert!(input_ends("x = 1\n", false));
        assert!(!input_ends("if x:\n", false));
        assert!(!input_ends("if x:\n    y\n", false));
        assert!(input_ends("if x:\n    y\n\n", true));
        assert!(!input_ends("f(1,\n", false));
        assert!(!input_ends("f(1,\n\n", true));
        assert!(input_ends("f(1,\n2)\n", false));
        assert!(
            input_ends("if x:\n\n", true),
            "a missing block ends at a blank line"
        );
        assert!(input_ends("1 +* 2\n", false), "an error runs at once");
    }
}
