//! The command line's arguments: a small hand-written parser in CPython's style (options, then the script and its arguments).

use std::ffi::OsString;
use std::fmt;

pub const VERSION: &str = "Skein 0.1.0 (Python 3.11 compatible)";

pub const USAGE: &str = "\
usage: skein [option] ... [-c cmd | -m mod | file | -] [arg] ...

With no file and stdin a terminal, skein starts the interactive prompt (Tab completes,
history in ~/.skein_history); with stdin not a terminal, or `-`, it runs the program
read from stdin.

Options:
  --dump-ast     print the file's syntax tree as CPython's ast.dump() does, then exit
  --dis          print the file's bytecode, then exit
  -c CODE        run CODE as the program (sys.argv[0] is '-c')
  -m MODULE      run module MODULE (found on sys.path) as __main__
  -i             start the interactive prompt after the script (in its __main__), or
                 with no script even when stdin is not a terminal
  -u             unbuffered stdout (also PYTHONUNBUFFERED)
  --gil=on|off   global interpreter lock on (default: one thread runs Python at a time) or off (threads run in parallel)
  -X gil=1|0     the same, as free-threaded CPython spells it
  -h, --help     print this help and exit
  -V, --version  print the version and exit

Environment:
  SKEIN_GIL=1|0  default for --gil (PYTHON_GIL=1|0 too, as free-threaded CPython reads it)
";

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Help,
    Version,
    /// `--dump-ast FILE`.
    DumpAst(OsString),
    /// `FILE [ARG]...`: run a script.
    Run(OsString),
    /// `--dis FILE`: print the bytecode.
    Dis(OsString),
    /// `-c CODE [ARG]...`: run a program given on the command line.
    Command(String),
    /// `-m MODULE [ARG]...`: run a module found on `sys.path` as `__main__`.
    Module(String),
    /// `- [ARG]...`: run the program read from stdin (`dash`: named `-` in `sys.argv`).
    Stdin {
        dash: bool,
    },
    /// No program named: the REPL on a terminal (or with `-i`), else the program on stdin.
    Interactive,
}

/// A parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub mode: Mode,
    /// `--gil=on|off` or `-X gil=1|0`; `None` leaves the choice to `SKEIN_GIL` and the default.
    pub gil: Option<bool>,
    /// The arguments after the script (its `sys.argv[1:]`).
    pub script_args: Vec<OsString>,
    /// `-u`: write stdout unbuffered.
    pub unbuffered: bool,
    /// `-i`: the interactive prompt after the script (or instead of reading stdin).
    pub inspect: bool,
}

/// A command line that cannot be understood; printed on one line, exit status 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "skein: {} (see skein --help)", self.0)
    }
}

/// Parses the arguments after the program name. Options come first; the first argument
/// that is not an option is the script, and everything after it belongs to the script.
pub fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Options, UsageError> {
    let mut args = args.into_iter();
    let mut flags = Flags::default();
    let mut mode = None;
    while let Some(arg) = args.next() {
        let Some(text) = arg.to_str() else {
            mode = Some(flags.script_mode(arg));
            break;
        };
        match text {
            "-h" | "--help" | "-?" => return Ok(flags.finish(Mode::Help, Vec::new())),
            "-V" | "--version" => return Ok(flags.finish(Mode::Version, Vec::new())),
            "--dump-ast" => flags.dump_ast = true,
            "--dis" => flags.dis = true,
            "-u" => flags.unbuffered = true,
            "-i" => flags.inspect = true,
            "-c" => {
                let code = args
                    .next()
                    .ok_or_else(|| UsageError("Argument expected for the -c option".into()))?;
                mode = Some(Mode::Command(code.to_string_lossy().into_owned()));
                break;
            }
            "-m" => {
                let name = args
                    .next()
                    .ok_or_else(|| UsageError("Argument expected for the -m option".into()))?;
                mode = Some(Mode::Module(name.to_string_lossy().into_owned()));
                break;
            }
            "-" if !flags.dump_ast && !flags.dis => {
                mode = Some(Mode::Stdin { dash: true });
                break;
            }
            "-X" => {
                let value = args
                    .next()
                    .ok_or_else(|| UsageError("argument expected for the -X option".into()))?;
                flags.gil = Some(x_option(&value.to_string_lossy())?);
            }
            "--" => {
                let path = args
                    .next()
                    .ok_or_else(|| UsageError("expected a script after --".into()))?;
                mode = Some(flags.script_mode(path));
                break;
            }
            _ => {
                if let Some(value) = text.strip_prefix("--gil=") {
                    flags.gil = Some(on_off(value)?);
                } else if let Some(value) = text.strip_prefix("-X") {
                    flags.gil = Some(x_option(value)?);
                } else if text.starts_with('-') && text != "-" {
                    return Err(UsageError(format!("unknown option {text}")));
                } else {
                    mode = Some(flags.script_mode(arg));
                    break;
                }
            }
        }
    }
    let mode = match mode {
        Some(mode) => mode,
        None if flags.dump_ast => return Err(UsageError("--dump-ast needs a file".into())),
        None if flags.dis => return Err(UsageError("--dis needs a file".into())),
        None => Mode::Interactive,
    };
    Ok(flags.finish(mode, args.collect()))
}

/// The options seen before the program.
#[derive(Default)]
struct Flags {
    gil: Option<bool>,
    dump_ast: bool,
    dis: bool,
    unbuffered: bool,
    inspect: bool,
}

impl Flags {
    fn script_mode(&self, path: OsString) -> Mode {
        if self.dump_ast {
            Mode::DumpAst(path)
        } else if self.dis {
            Mode::Dis(path)
        } else {
            Mode::Run(path)
        }
    }

    fn finish(self, mode: Mode, script_args: Vec<OsString>) -> Options {
        Options {
            mode,
            gil: self.gil,
            script_args,
            unbuffered: self.unbuffered,
            inspect: self.inspect,
        }
    }
}

fn on_off(value: &str) -> Result<bool, UsageError> {
    match value {
        "on" | "1" => Ok(true),
        "off" | "0" => Ok(false),
        _ => Err(UsageError(format!(
            "--gil expects on or off, not {value:?}"
        ))),
    }
}

fn x_option(value: &str) -> Result<bool, UsageError> {
    match value {
        "gil=1" => Ok(true),
        "gil=0" => Ok(false),
        _ => Err(UsageError(format!(
            "unsupported -X option {value:?} (-X gil=0|1)"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Options, UsageError> {
        parse_args(args.iter().map(OsString::from))
    }

    #[test]
    fn script_and_its_arguments() {
        let o = parse(&["--gil=off", "a.py", "--dump-ast", "x"]).unwrap();
        assert_eq!(o.mode, Mode::Run("a.py".into()));
        assert_eq!(o.gil, Some(false));
        assert_eq!(
            o.script_args,
            vec![OsString::from("--dump-ast"), "x".into()]
        );
    }

    #[test]
    fn dump_ast_and_x_option() {
        let o = parse(&["-X", "gil=1", "--dump-ast", "a.py"]).unwrap();
        assert_eq!(o.mode, Mode::DumpAst("a.py".into()));
        assert_eq!(o.gil, Some(true));
        assert_eq!(parse(&["-Xgil=0", "a.py"]).unwrap().gil, Some(false));
    }

    #[test]
    fn help_version_and_errors() {
        assert_eq!(parse(&["--help"]).unwrap().mode, Mode::Help);
        assert_eq!(parse(&["-V"]).unwrap().mode, Mode::Version);
        assert_eq!(
            parse(&["--frobnicate", "a.py"]).unwrap_err().to_string(),
            "skein: unknown option --frobnicate (see skein --help)"
        );
        assert!(parse(&["--gil=maybe", "a.py"]).is_err());
        assert!(parse(&["--dump-ast"]).is_err());
        assert_eq!(parse(&[]).unwrap().mode, Mode::Interactive);
    }

    #[test]
    fn module_stdin_and_inspect() {
        let o = parse(&["-u", "-m", "pkg.tool", "a"]).unwrap();
        assert_eq!(o.mode, Mode::Module("pkg.tool".into()));
        assert_eq!(o.script_args, vec![OsString::from("a")]);
        assert!(o.unbuffered);
        let o = parse(&["-", "x"]).unwrap();
        assert_eq!(o.mode, Mode::Stdin { dash: true });
        assert_eq!(o.script_args, vec![OsString::from("x")]);
        assert!(parse(&["-m"]).is_err());
        let o = parse(&["-i", "a.py"]).unwrap();
        assert!(o.inspect);
        assert_eq!(o.mode, Mode::Run("a.py".into()));
        assert_eq!(
            parse(&["--dis", "a.py"]).unwrap().mode,
            Mode::Dis("a.py".into())
        );
    }
}
