//! The command line's arguments: a small hand-written parser in CPython's style (options, then the script and its arguments).

use std::ffi::OsString;
use std::fmt;

pub const VERSION: &str = "Skein 0.1.0 (Python 3.11 compatible)";

pub const USAGE: &str = "\
usage: skein [option] ... file [arg] ...

Options:
  --dump-ast     print the file's syntax tree as CPython's ast.dump() does, then exit
  --dis          print the file's bytecode, then exit
  -c CODE        run CODE as the program (sys.argv[0] is '-c')
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
    let mut gil = None;
    let mut dump_ast = false;
    let mut dis = false;
    let mut unbuffered = false;
    while let Some(arg) = args.next() {
        let Some(text) = arg.to_str() else {
            return script(arg, args, dump_ast, gil).map(|o| o.with(dis, unbuffered));
        };
        match text {
            "-h" | "--help" | "-?" => return options(Mode::Help, gil),
            "-V" | "--version" => return options(Mode::Version, gil),
            "--dump-ast" => dump_ast = true,
            "--dis" => dis = true,
            "-u" => unbuffered = true,
            "-c" => {
                let code = args
                    .next()
                    .ok_or_else(|| UsageError("Argument expected for the -c option".into()))?;
                return Ok(Options {
                    mode: Mode::Command(code.to_string_lossy().into_owned()),
                    gil,
                    script_args: args.collect(),
                    unbuffered,
                });
            }
            "-X" => {
                let value = args
                    .next()
                    .ok_or_else(|| UsageError("argument expected for the -X option".into()))?;
                gil = Some(x_option(&value.to_string_lossy())?);
            }
            "--" => {
                let path = args
                    .next()
                    .ok_or_else(|| UsageError("expected a script after --".into()))?;
                return script(path, args, dump_ast, gil).map(|o| o.with(dis, unbuffered));
            }
            _ => {
                if let Some(value) = text.strip_prefix("--gil=") {
                    gil = Some(on_off(value)?);
                } else if let Some(value) = text.strip_prefix("-X") {
                    gil = Some(x_option(value)?);
                } else if text.starts_with('-') && text != "-" {
                    return Err(UsageError(format!("unknown option {text}")));
                } else {
                    return script(arg, args, dump_ast, gil).map(|o| o.with(dis, unbuffered));
                }
            }
        }
    }
    Err(UsageError(if dump_ast {
        "--dump-ast needs a file".into()
    } else {
        "no script given; the REPL is not built yet".into()
    }))
}

fn options(mode: Mode, gil: Option<bool>) -> Result<Options, UsageError> {
    Ok(Options {
        mode,
        gil,
        script_args: Vec::new(),
        unbuffered: false,
    })
}

impl Options {
    fn with(mut self, dis: bool, unbuffered: bool) -> Options {
        if dis {
            if let Mode::Run(p) = self.mode {
                self.mode = Mode::Dis(p);
            }
        }
        self.unbuffered = unbuffered;
        self
    }
}

fn script(
    path: OsString,
    rest: impl Iterator<Item = OsString>,
    dump_ast: bool,
    gil: Option<bool>,
) -> Result<Options, UsageError> {
    Ok(Options {
        mode: if dump_ast {
            Mode::DumpAst(path)
        } else {
            Mode::Run(path)
        },
        gil,
        script_args: rest.collect(),
        unbuffered: false,
    })
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
        assert!(parse(&[]).is_err());
    }
}
