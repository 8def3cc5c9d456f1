//! The REPL's session: one `__main__` that successive inputs run in, expression values
//! echoed (`single` mode), errors reported without ending the session.

use std::sync::Arc;

use skein_grammar::ast::Mod;

use crate::module::module_ns;
use crate::object::{ObjBox, ObjData};
use crate::pystr::new_string;
use crate::run::{exec_main, main_module, report, start_vm};
use crate::value::Value;
use crate::vm::{Interp, Vm};

/// The file name tracebacks show for what the user typed.
pub const STDIN: &str = "<stdin>";

pub struct Session {
    vm: Vm,
    main: &'static ObjBox,
}

impl Session {
    /// A session as `python3` starts one: with no script `argv == ['']` and `path0 == ''`
    /// (the current directory); `sys.ps1`/`sys.ps2` set.
    pub fn new(interp: Arc<Interp>, unbuffered: bool, argv: Vec<String>, path0: String) -> Session {
        let mut vm = start_vm(interp, unbuffered, argv, path0);
        let sys = module_ns(vm.interp.sys);
        sys.set("ps1", new_string(">>> ".into()));
        sys.set("ps2", new_string("... ".into()));
        let main = main_module(&mut vm, None);
        Session { vm, main }
    }

    /// `sys.ps1` (first line) or `sys.ps2` (continuation) as text, as the user set them.
    pub fn prompt(&mut self, continuation: bool) -> String {
        let name = if continuation { "ps2" } else { "ps1" };
        match module_ns(self.vm.interp.sys).get(name) {
            Some(v) => self.vm.str_of(&v).unwrap_or_default(),
            None => String::new(),
        }
    }

    /// Runs one parsed input (an `Interactive` tree). An uncaught exception prints its
    /// traceback and the session goes on; `SystemExit` returns the exit status.
    pub fn run(&mut self, tree: &Mod, text: &str) -> Option<i32> {
        self.run_named(tree, text, STDIN)
    }

    /// `skein -i script.py`: runs the script in the session's `__main__` first.
    pub fn run_script(&mut self, tree: &Mod, text: &str, filename: &str) -> Option<i32> {
        module_ns(self.main).set("__file__", new_string(filename.to_string()));
        self.run_named(tree, text, filename)
    }

    fn run_named(&mut self, tree: &Mod, text: &str, filename: &str) -> Option<i32> {
        let result = exec_main(&mut self.vm, self.main, filename, text, tree);
        self.vm.flush_out();
        let e = result.err()?;
        if self.vm.is_system_exit(&e) {
            return Some(report(&mut self.vm, &e));
        }
        report(&mut self.vm, &e);
        None
    }

    /// The runtime, to wait for the user without the global lock
    /// (`runtime().allow_threads(read)`): threads the user started keep running at the
    /// prompt.
    pub fn runtime(&self) -> &'static Arc<skein_runtime::Runtime> {
        self.vm.interp.rt
    }

    /// Completions of `word` (a name or a dotted path `a.b.pre`), as CPython's
    /// rlcompleter offers them: names of `__main__`, builtins and keywords; for a dotted
    /// path, the attributes `dir()` lists (names starting with `_` only when `pre`
    /// does). Called from the line editor, which runs without the lock: takes it.
    pub fn complete(&mut self, word: &str) -> Vec<String> {
        let rt = self.vm.interp.rt;
        rt.acquire();
        let names = self.candidates(word);
        rt.release();
        names
    }

    fn candidates(&mut self, word: &str) -> Vec<String> {
        let Some((path, prefix)) = word.rsplit_once('.') else {
            let mut names: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
            names.extend(module_ns(self.main).items().into_iter().map(|(k, _)| k));
            names.extend(self.vm.builtins_ns().items().into_iter().map(|(k, _)| k));
            return matching(names, word, "");
        };
        let mut parts = path.split('.');
        let Some(first) = parts.next() else {
            return Vec::new();
        };
        let Some(mut obj) = module_ns(self.main)
            .get(first)
            .or_else(|| self.vm.builtins_ns().get(first))
            .filter(|v| !matches!(v, Value::Unbound))
        else {
            return Vec::new();
        };
        for part in parts {
            match self.vm.get_attr(&obj, part) {
                Ok(v) => obj = v,
                Err(_) => return Vec::new(),
            }
        }
        let listed = self
            .vm
            .builtins_ns()
            .get("dir")
            .filter(|d| matches!(d.data(), Some(ObjData::Builtin(_))))
            .and_then(|dir| self.vm.call(&dir, vec![obj]).ok())
            .and_then(|names| self.vm.collect(&names).ok())
            .unwrap_or_default();
        let names = listed
            .iter()
            .filter_map(|n| n.as_str().map(str::to_string))
            .collect();
        matching(names, prefix, &format!("{path}."))
    }

    /// Ends the session: joins non-daemon threads, flushes; the exit status.
    pub fn finish(mut self) -> i32 {
        crate::threadstate::at_exit(&mut self.vm);
        0
    }
}

/// The names starting with `prefix`, sorted and unique, each behind `path`; private
/// names only when asked for.
fn matching(mut names: Vec<String>, prefix: &str, path: &str) -> Vec<String> {
    names.retain(|n| n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_')));
    names.sort();
    names.dedup();
    names.into_iter().map(|n| format!("{path}{n}")).collect()
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];
