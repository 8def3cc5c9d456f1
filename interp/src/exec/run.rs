//! Running a program: the `__main__` module, `sys.argv`/`sys.path`, uncaught exceptions
//! and `SystemExit` turned into CPython's report and exit status.

use std::sync::Arc;

use skein_grammar::ast::Mod;
use skein_grammar::LineIndex;

use crate::code::SourceInfo;
use crate::exc::{args_of, exc_data};
use crate::module::{module_ns, new_module};
use crate::objref::ObjRef;
use crate::pystr::new_string;
use crate::value::Value;
use crate::vm::{Interp, Vm};

/// What to run.
pub struct Program<'a> {
    /// The name tracebacks show (`/abs/path/x.py` or `<string>`).
    pub filename: &'a str,
    pub source: &'a str,
    pub tree: &'a Mod,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `sys.path[0]`: the script's directory ('' for `-c`).
    pub path0: String,
    pub unbuffered: bool,
}

/// Runs a parsed program to completion; returns the process exit status.
pub fn run_program(p: Program) -> i32 {
    let interp = Interp::new();
    run_in(interp, p)
}

pub fn run_in(interp: Arc<Interp>, p: Program) -> i32 {
    let mut vm = start_vm(interp, p.unbuffered, p.argv, p.path0);
    let main = main_module(&mut vm, Some(p.filename));
    let result = exec_main(&mut vm, main, p.filename, p.source, p.tree);
    finish(vm, result)
}

/// `skein -m NAME`: finds module NAME on `sys.path` (the current directory first),
/// imports its parent packages, and runs it as `__main__` (a package runs its
/// `__main__` submodule), as `python3 -m` does.
pub fn run_module_in(interp: Arc<Interp>, name: &str, args: Vec<String>, unbuffered: bool) -> i32 {
    let cwd = std::env::current_dir()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut argv = vec![String::new()];
    argv.extend(args);
    let mut vm = start_vm(interp, unbuffered, argv, cwd);
    let found = match find_main_module(&mut vm, name) {
        Ok(found) => found,
        Err(e) => return finish(vm, Err(e)),
    };
    let (path, package) = match found {
        Ok(found) => found,
        Err(msg) => {
            vm.flush_out();
            eprintln!("{}: {msg}", program_name());
            crate::threadstate::at_exit(&mut vm);
            return 1;
        }
    };
    let filename = path.to_string_lossy().into_owned();
    let sys = module_ns(vm.interp.sys);
    if let Some(argv) = sys.get("argv") {
        let _ = vm.set_item(&argv, Value::Int(0), new_string(filename.clone()));
    }
    let source = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{}: {e}", program_name());
            return 1;
        }
    };
    let main = main_module(&mut vm, Some(&filename));
    module_ns(main).set("__package__", new_string(package));
    let result = match skein_grammar::parser::parse_module(&source) {
        Ok(tree) => exec_main(&mut vm, main, &filename, &source, &tree),
        Err(e) => Err(crate::import::syntax_error_span(
            &filename,
            &source,
            &e.message,
            e.span.start,
            e.span.end,
            e.kind.class_name(),
        )),
    };
    finish(vm, result)
}

/// The file `-m NAME` runs and the package it belongs to, or CPython's message for a
/// module that cannot run.
fn find_main_module(
    vm: &mut Vm,
    name: &str,
) -> Result<Result<(std::path::PathBuf, String), String>, ObjRef> {
    use crate::import::Found;
    let none = Value::None;
    let parent = name.rsplit_once('.').map(|(p, _)| p.to_string());
    if let Some(parent) = &parent {
        if let Err(e) = vm.import_name(parent, &Value::Int(0), &none, vm.interp.sys) {
            if !crate::exc::is_instance_of(&e, crate::types::types().module_not_found_error) {
                return Err(e);
            }
            return Ok(Err(format!(
                "Error while finding module specification for '{name}' \
                 (ModuleNotFoundError: No module named '{parent}')"
            )));
        }
    }
    Ok(match vm.find_source(name)? {
        Some(Found::Module(file)) => Ok((file, parent.unwrap_or_default())),
        Some(Found::Package(_, dir)) => {
            let main = std::path::Path::new(&dir).join("__main__.py");
            if !main.is_file() {
                return Ok(Err(format!(
                    "No module named {name}.__main__; '{name}' is a package and cannot be directly executed"
                )));
            }
            vm.import_name(name, &Value::Int(0), &none, vm.interp.sys)?;
            Ok((main, name.to_string()))
        }
        None => Err(format!("No module named {name}")),
    })
}

/// How CPython names itself in `-m` errors (`sys.executable`).
fn program_name() -> String {
    std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "skein".into())
}

/// A VM for the main thread, with `sys.argv` and `sys.path` (`path0`, then `PYTHONPATH`).
pub(crate) fn start_vm(
    interp: Arc<Interp>,
    unbuffered: bool,
    argv: Vec<String>,
    path0: String,
) -> Vm {
    if unbuffered {
        interp.out.set_unbuffered(true);
    }
    let vm = Vm::new(interp.clone());
    let sys = module_ns(interp.sys);
    sys.set(
        "argv",
        crate::list::new_list(argv.into_iter().map(new_string).collect()),
    );
    let mut path = vec![new_string(path0)];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(
            pp.split(':')
                .filter(|s| !s.is_empty())
                .map(|s| new_string(s.to_string())),
        );
    }
    sys.set("path", crate::list::new_list(path));
    vm
}

/// A fresh `__main__` module registered in `sys.modules`.
pub(crate) fn main_module(vm: &mut Vm, filename: Option<&str>) -> &'static crate::object::ObjBox {
    let main = new_module("__main__");
    let ns = module_ns(main);
    if let Some(f) = filename {
        ns.set("__file__", new_string(f.to_string()));
    }
    ns.set(
        "__builtins__",
        Value::Obj(ObjRef::from_static(vm.interp.builtins)),
    );
    let modules = vm.interp.modules.clone();
    let _ = vm.dict_set(
        &modules,
        new_string("__main__".into()),
        Value::Obj(ObjRef::from_static(main)),
    );
    main
}

/// Compiles a tree (module or interactive) and runs it in `main`.
pub(crate) fn exec_main(
    vm: &mut Vm,
    main: &'static crate::object::ObjBox,
    filename: &str,
    text: &str,
    tree: &Mod,
) -> Result<(), ObjRef> {
    let source = Arc::new(SourceInfo {
        filename: filename.to_string(),
        text: text.into(),
        lines: LineIndex::new(text),
    });
    match crate::compiler::compile_module(tree, source) {
        Ok(code) => {
            let frame = vm.new_frame(code, main);
            vm.run_frame(frame).map(|_| ())
        }
        Err(e) => Err(crate::import::syntax_error_span(
            filename,
            text,
            &e.msg,
            e.span.start,
            e.span.end,
            "SyntaxError",
        )),
    }
}

/// Reports the program's outcome, joins the threads, and returns the exit status.
fn finish(mut vm: Vm, result: Result<(), ObjRef>) -> i32 {
    let interrupted = matches!(&result, Err(e)
        if crate::exc::is_instance_of(e, crate::types::types().keyboard_interrupt));
    let status = match result {
        Ok(()) => 0,
        Err(e) => report(&mut vm, &e),
    };
    crate::threadstate::at_exit(&mut vm);
    if interrupted {
        // CPython ends by SIGINT after an uncaught KeyboardInterrupt: the parent sees -2.
        skein_runtime::signals::exit_by_signal(2);
    }
    status
}

/// Prints an uncaught exception (or handles SystemExit); the exit status.
pub fn report(vm: &mut Vm, e: &ObjRef) -> i32 {
    if vm.is_system_exit(e) {
        let args = args_of(e);
        return match args.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => *i as i32,
            Some(Value::Bool(b)) => *b as i32,
            Some(v) => {
                vm.flush_out();
                let s = vm.str_of(v).unwrap_or_default();
                eprintln!("{s}");
                1
            }
        };
    }
    if crate::exc::is_instance_of(e, crate::types::types().syntax_error)
        && exc_data(e).is_some_and(|x| x.state.lock().traceback.is_empty())
    {
        vm.flush_out();
        eprint!("{}", vm.format_exception_only(e));
        return 1;
    }
    vm.print_exception(e);
    1
}

/// `skein --dis`: compiles and lists the bytecode.
pub fn dis_source(filename: &str, source: &str, tree: &Mod) -> Result<String, String> {
    let _ = Interp::new();
    let info = Arc::new(SourceInfo {
        filename: filename.to_string(),
        text: source.into(),
        lines: LineIndex::new(source),
    });
    match crate::compiler::compile_module(tree, info) {
        Ok(code) => Ok(crate::dis::disassemble(code)),
        Err(e) => Err(format!("SyntaxError: {}", e.msg)),
    }
}
