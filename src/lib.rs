//! The `skein` command line's library: arguments, reading scripts, printing syntax errors, and the top-level commands.

pub mod cli;
pub mod diagnostic;
pub mod repl;
pub mod source;

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;

use skein_grammar::ast::Mod;

use crate::cli::{Mode, Options};

/// Runs the command line (arguments after the program name) and returns the exit status.
pub fn main_with_args(args: impl IntoIterator<Item = OsString>) -> i32 {
    let options = match cli::parse_args(args) {
        Ok(options) => options,
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    match &options.mode {
        Mode::Help => {
            print!("{}", cli::USAGE);
            0
        }
        Mode::Version => {
            println!("{}", cli::VERSION);
            0
        }
        Mode::DumpAst(path) => dump_ast(path),
        Mode::Run(path) => match load(path) {
            Ok((source, tree)) if options.inspect => {
                run_repl(&options, Some((path.clone(), source, tree)))
            }
            Ok((source, tree)) => run_script(&options, path, &source, tree),
            Err(status) => status,
        },
        Mode::Dis(path) => match load(path) {
            Ok((source, tree)) => dis(path, &source, &tree),
            Err(status) => status,
        },
        Mode::Command(code) => run_command(&options, code),
        Mode::Module(name) => {
            let name = name.clone();
            let args = string_args(&options);
            let unbuffered = options.unbuffered;
            on_main_thread(&options, move |interp| {
                skein_interp::run_module_in(interp, &name, args, unbuffered)
            })
        }
        Mode::Stdin { dash } => run_stdin(&options, *dash),
        Mode::Interactive => {
            if options.inspect || std::io::IsTerminal::is_terminal(&std::io::stdin()) {
                run_repl(&options, None)
            } else {
                run_stdin(&options, false)
            }
        }
    }
}

fn string_args(options: &Options) -> Vec<String> {
    options
        .script_args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

/// `skein` on a terminal, or `skein -i [script]`: the interactive prompt (after the
/// script, in its `__main__`).
fn run_repl(options: &Options, script: Option<(OsString, String, Mod)>) -> i32 {
    let unbuffered = options.unbuffered;
    let (argv, path0) = match &script {
        Some((path, _, _)) => script_argv(options, path),
        None => (vec![String::new()], String::new()),
    };
    let banner = format!(
        "{} on {}, global lock {}\nType exit() or Ctrl-D to leave; Tab completes names.",
        cli::VERSION,
        std::env::consts::OS,
        if gil_mode(options.gil) == skein_runtime::gil::GilMode::On {
            "on"
        } else {
            "off (--gil=off)"
        }
    );
    on_main_thread(options, move |interp| {
        let mut session = skein_interp::interactive::Session::new(interp, unbuffered, argv, path0);
        if let Some((path, source, tree)) = &script {
            let shown = script_name(Path::new(path));
            // As `python3 -i`: the prompt follows even when the script called sys.exit().
            let _ = session.run_script(tree, source, &shown);
        }
        repl::run(session, &banner)
    })
}

/// `skein - [ARG]...` or `skein < script.py`: the program is what stdin holds, named
/// `<stdin>`; `sys.argv[0]` is `-` or `''` as in CPython.
fn run_stdin(options: &Options, dash: bool) -> i32 {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
        eprintln!("skein: can't read the program from stdin: {e}");
        return 2;
    }
    let name = "<stdin>";
    let source = match source::decode(&bytes, name) {
        Ok(source) => source,
        Err(e) => {
            eprintln!("SyntaxError: {}", e.message);
            return 1;
        }
    };
    let tree = match skein_grammar::parser::parse_module(&source) {
        Ok(tree) => tree,
        Err(err) => {
            eprint!("{}", diagnostic::format_syntax_error(name, &source, &err));
            return 1;
        }
    };
    let mut argv = vec![if dash { "-".to_string() } else { String::new() }];
    argv.extend(string_args(options));
    run_on_big_stack(options, name.into(), source, tree, argv, String::new())
}

/// `skein --dump-ast FILE`: the tree as CPython's `ast.dump(ast.parse(source))` prints it.
fn dump_ast(path: &OsString) -> i32 {
    let tree = match load(path) {
        Ok((_, tree)) => tree,
        Err(status) => return status,
    };
    match skein_grammar::dump::try_dump(&tree) {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            // A closed stdout (`skein --dump-ast f.py | head`) is not an error worth a panic.
            let _ = writeln!(out, "{text}");
            let _ = out.flush();
            0
        }
        Err(e) => {
            eprintln!("Traceback (most recent call last):\nValueError: {e}");
            1
        }
    }
}

/// Runs a parsed script on the VM.
fn run_script(options: &Options, path: &OsString, source: &str, tree: Mod) -> i32 {
    let shown = script_name(Path::new(path));
    let (argv, dir) = script_argv(options, path);
    run_on_big_stack(options, shown, source.to_string(), tree, argv, dir)
}

/// A script's `sys.argv` and `sys.path[0]` (its directory).
fn script_argv(options: &Options, path: &OsString) -> (Vec<String>, String) {
    let shown = script_name(Path::new(path));
    let mut argv = vec![path.to_string_lossy().into_owned()];
    argv.extend(string_args(options));
    let dir = Path::new(&shown)
        .parent()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    (argv, dir)
}

/// `skein -c CODE`.
fn run_command(options: &Options, code: &str) -> i32 {
    let tree = match skein_grammar::parser::parse_module(code) {
        Ok(tree) => tree,
        Err(err) => {
            eprint!(
                "{}",
                diagnostic::format_syntax_error("<string>", code, &err)
            );
            return 1;
        }
    };
    let mut argv = vec!["-c".to_string()];
    argv.extend(string_args(options));
    run_on_big_stack(
        options,
        "<string>".into(),
        code.to_string(),
        tree,
        argv,
        String::new(),
    )
}

fn run_on_big_stack(
    options: &Options,
    filename: String,
    source: String,
    tree: Mod,
    argv: Vec<String>,
    path0: String,
) -> i32 {
    let unbuffered = options.unbuffered;
    on_main_thread(options, move |interp| {
        skein_interp::run_in(
            interp,
            skein_interp::Program {
                filename: &filename,
                source: &source,
                tree: &tree,
                argv,
                path0,
                unbuffered,
            },
        )
    })
}

/// Runs `body` on the interpreter's main thread: a thread with a large stack, so native
/// re-entry (e.g. `__repr__` calling `repr`) stays within the recursion limit without
/// overflow, holding the global lock from the start as CPython's main thread does.
fn on_main_thread(
    options: &Options,
    body: impl FnOnce(std::sync::Arc<skein_interp::Interp>) -> i32 + Send + 'static,
) -> i32 {
    let gil = gil_mode(options.gil);
    let run = move || {
        let rt = skein_runtime::Runtime::new(skein_runtime::Config {
            gil,
            ..Default::default()
        });
        rt.install_global();
        let _ = skein_runtime::signals::install_startup_handlers();
        let interp = skein_interp::Interp::with_runtime(rt);
        skein_stdlib::register_all(&interp);
        body(interp)
    };
    match std::thread::Builder::new()
        .name("main".into())
        .stack_size(512 << 20)
        .spawn(run)
    {
        Ok(h) => h.join().unwrap_or(70),
        Err(_) => 70,
    }
}

/// The lock's mode: the command line first, then `SKEIN_GIL`, then `PYTHON_GIL`
/// (free-threaded CPython's spelling), then on.
fn gil_mode(flag: Option<bool>) -> skein_runtime::gil::GilMode {
    let env = |name: &str| match std::env::var(name).ok().as_deref().map(str::trim) {
        Some("1") | Some("on") => Some(true),
        Some("0") | Some("off") => Some(false),
        _ => None,
    };
    let on = flag
        .or_else(|| env("SKEIN_GIL"))
        .or_else(|| env("PYTHON_GIL"))
        .unwrap_or(true);
    if on {
        skein_runtime::gil::GilMode::On
    } else {
        skein_runtime::gil::GilMode::Off
    }
}

/// `skein --dis FILE`.
fn dis(path: &OsString, source: &str, tree: &Mod) -> i32 {
    let shown = script_name(Path::new(path));
    match skein_interp::dis_source(&shown, source, tree) {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(text.as_bytes());
            let _ = out.flush();
            0
        }
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

/// Reads and parses a script. On failure prints what CPython prints (unreadable file:
/// exit status 2; undecodable source or syntax error: 1) and returns the status.
pub fn load(path: &OsString) -> Result<(String, Mod), i32> {
    let shown = script_name(Path::new(path));
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("skein: {}", open_error(Path::new(path), &e));
            return Err(2);
        }
    };
    let source = match source::decode(&bytes, &shown) {
        Ok(source) => source,
        Err(e) => {
            eprintln!("SyntaxError: {}", e.message);
            return Err(1);
        }
    };
    match skein_grammar::parser::parse_module(&source) {
        Ok(tree) => Ok((source, tree)),
        Err(err) => {
            eprint!("{}", diagnostic::format_syntax_error(&shown, &source, &err));
            Err(1)
        }
    }
}

/// The name CPython gives a script run as `python3 PATH`: PATH joined to the current
/// directory unless already absolute, without normalizing (`./x.py` → `/cwd/./x.py`).
pub fn script_name(path: &Path) -> String {
    let full = if path.is_absolute() {
        path.to_path_buf()
    } else {
        match std::env::current_dir() {
            Ok(cwd) => cwd.join(path),
            Err(_) => path.to_path_buf(),
        }
    };
    full.to_string_lossy().into_owned()
}

/// `can't open file '/abs/x.py': [Errno 2] No such file or directory`, as CPython words
/// it (with the script's absolute name).
pub fn open_error(path: &Path, e: &std::io::Error) -> String {
    let shown = script_name(path);
    let reason = match e.raw_os_error() {
        Some(code) => {
            let text = std::io::Error::from_raw_os_error(code).to_string();
            let text = match text.rfind(" (os error ") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            format!("[Errno {code}] {text}")
        }
        None => e.to_string(),
    };
    format!("can't open file '{shown}': {reason}")
}
