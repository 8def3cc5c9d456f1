//! Imports: `sys.modules`, native modules registered by `stdlib`, and `.py` modules and
//! packages found on `sys.path` (compiled and run in a fresh immortal module).

use skein_grammar::LineIndex;

use crate::exc::{is_instance_of, new_exc_msg};
use crate::func::{KwArgs, PyResult};
use crate::module::{module_name, module_ns, new_module};
use crate::object::{ObjBox, ObjData};
use crate::objref::ObjRef;
use crate::pystr::new_string;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;

/// A module's source found on the search path.
pub enum Found {
    /// `name.py`.
    Module(std::path::PathBuf),
    /// `name/__init__.py`, and the package's directory (its `__path__`).
    Package(std::path::PathBuf, String),
}

impl Vm {
    pub fn import_name(
        &mut self,
        name: &str,
        level: &Value,
        fromlist: &Value,
        from: &'static ObjBox,
    ) -> PyResult {
        let level = crate::int::as_i64(level).unwrap_or(0);
        let full = if level > 0 {
            resolve_relative(name, level as usize, from)?
        } else {
            name.to_string()
        };
        let has_from = matches!(fromlist.data(), Some(ObjData::Tuple(t)) if !t.is_empty());
        let mut top = None;
        let mut prefix = String::new();
        let mut last = Value::None;
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            last = self.import_one(&prefix)?;
            if top.is_none() {
                top = Some(last.clone());
            }
        }
        if has_from || level > 0 && name.is_empty() {
            return Ok(last);
        }
        Ok(top.unwrap_or(last))
    }

    fn import_one(&mut self, name: &str) -> PyResult {
        let modules = self.interp.modules.clone();
        let key = new_string(name.to_string());
        // Found while no import runs anywhere: complete (an import takes its lock
        // before it stores the module, so checking after the lookup is enough).
        if let Some(m) = self.dict_get(&modules, &key)? {
            if !self.interp.import_locks.busy() {
                return Ok(m);
            }
        }
        let _guard = self.lock_import(name)?;
        if let Some(m) = self.dict_get(&modules, &key)? {
            return Ok(m);
        }
        let init = self.interp.native_modules.lock().get(name).copied();
        if let Some(init) = init {
            let m = init(self)?;
            let v = Value::Obj(ObjRef::from_static(m));
            self.dict_set(&modules, new_string(name.to_string()), v.clone())?;
            return Ok(v);
        }
        let source = self.interp.source_modules.lock().get(name).copied();
        if let Some(source) = source {
            return self.load_module_text(name, &format!("<frozen {name}>"), source, None);
        }
        match self.find_source(name)? {
            Some(Found::Package(init, dir)) => {
                self.load_source_module(name, &init.to_string_lossy(), Some(dir))
            }
            Some(Found::Module(file)) => {
                self.load_source_module(name, &file.to_string_lossy(), None)
            }
            None => Err(new_exc_msg(
                types().module_not_found_error,
                format!("No module named '{name}'"),
            )),
        }
    }

    /// Where the source of module `name` lies: searched in its parent package's
    /// `__path__` (the parent must be imported already) or on `sys.path`.
    pub fn find_source(&mut self, name: &str) -> PyResult<Option<Found>> {
        let modules = self.interp.modules.clone();
        let (parent, leaf) = match name.rfind('.') {
            Some(p) => (Some(&name[..p]), &name[p + 1..]),
            None => (None, name),
        };
        let dirs: Vec<String> = match parent {
            Some(p) => {
                let pm = self
                    .dict_get(&modules, &new_string(p.to_string()))?
                    .unwrap_or(Value::None);
                match self.get_attr(&pm, "__path__") {
                    Ok(path) => self
                        .collect(&path)?
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                    Err(_) => Vec::new(),
                }
            }
            None => {
                let path = module_ns(self.interp.sys)
                    .get("path")
                    .unwrap_or(Value::None);
                self.collect(&path)?
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            }
        };
        for d in dirs {
            // '' is the current directory; CPython records modules found there by their
            // absolute path (`__file__`, tracebacks).
            let base = match d.is_empty() {
                true => std::env::current_dir().unwrap_or_else(|_| ".".into()),
                false => std::path::PathBuf::from(&d),
            };
            let pkg = base.join(leaf).join("__init__.py");
            if pkg.is_file() {
                let dir = base.join(leaf).to_string_lossy().into_owned();
                return Ok(Some(Found::Package(pkg, dir)));
            }
            let file = base.join(format!("{leaf}.py"));
            if file.is_file() {
                return Ok(Some(Found::Module(file)));
            }
        }
        Ok(None)
    }

    fn load_source_module(&mut self, name: &str, path: &str, pkg_dir: Option<String>) -> PyResult {
        let text = std::fs::read_to_string(path)
            .map_err(|e| new_exc_msg(types().import_error, format!("{e}")))?;
        self.load_module_text(name, path, &text, pkg_dir)
    }

    /// Runs `text` as the body of a new module `name` registered in `sys.modules`.
    fn load_module_text(
        &mut self,
        name: &str,
        path: &str,
        text: &str,
        pkg_dir: Option<String>,
    ) -> PyResult {
        let m = new_module(name);
        let ns = module_ns(m);
        ns.set("__file__", new_string(path.to_string()));
        let package = match &pkg_dir {
            Some(d) => {
                ns.set(
                    "__path__",
                    crate::list::new_list(vec![new_string(d.clone())]),
                );
                name.to_string()
            }
            None => name
                .rsplit_once('.')
                .map_or(String::new(), |(p, _)| p.to_string()),
        };
        ns.set("__package__", new_string(package));
        let v = Value::Obj(ObjRef::from_static(m));
        let modules = self.interp.modules.clone();
        self.dict_set(&modules, new_string(name.to_string()), v.clone())?;
        if let Err(e) = self.exec_source(m, path, text) {
            let _ = self.dict_remove(&modules, &new_string(name.to_string()));
            return Err(e);
        }
        if let Some(parent) = name.rsplit_once('.').map(|(p, _)| p) {
            if let Some(pm) = self.dict_get(&modules, &new_string(parent.to_string()))? {
                let leaf = name.rsplit('.').next().unwrap_or(name);
                self.set_attr(&pm, &crate::pystr::intern(leaf), v.clone())?;
            }
        }
        Ok(v)
    }

    /// Parses, compiles and runs source text as the body of module `m`.
    pub fn exec_source(&mut self, m: &'static ObjBox, filename: &str, text: &str) -> PyResult<()> {
        let code =
            crate::eval_exec::compile_text(text, filename, crate::eval_exec::Mode::Exec, false)?;
        let frame = self.new_frame(code, m);
        let mut frame = frame;
        frame.base = 0;
        self.run_frame(frame)?;
        Ok(())
    }

    pub fn import_from(&mut self, m: &Value, name: &str) -> PyResult {
        match self.get_attr(m, name) {
            Ok(v) => Ok(v),
            Err(e) if is_instance_of(&e, types().attribute_error) => {
                let mname = match m.data() {
                    Some(ObjData::Module(md)) => md.name.clone(),
                    _ => String::new(),
                };
                if let Ok(v) = self.import_one(&format!("{mname}.{name}")) {
                    return Ok(v);
                }
                let file = match m.data() {
                    Some(ObjData::Module(md)) => md
                        .ns
                        .get("__file__")
                        .and_then(|f| f.as_str().map(str::to_string)),
                    _ => None,
                };
                let loc = match file {
                    Some(f) => format!(" ({f})"),
                    None => " (unknown location)".to_string(),
                };
                Err(new_exc_msg(
                    types().import_error,
                    format!("cannot import name '{name}' from '{mname}'{loc}"),
                ))
            }
            Err(e) => Err(e),
        }
    }

    pub fn import_star(&mut self, m: &Value, into: &'static ObjBox) -> PyResult<()> {
        let Some(ObjData::Module(md)) = m.data() else {
            return Ok(());
        };
        let dst = module_ns(into);
        if let Some(all) = md.ns.get("__all__") {
            for n in self.collect(&all)? {
                if let Some(s) = n.as_str() {
                    let v = self.get_attr(m, s)?;
                    dst.set(s, v);
                }
            }
            return Ok(());
        }
        for (k, v) in md.ns.items() {
            if !k.starts_with('_') {
                dst.set(&k, v);
            }
        }
        Ok(())
    }
}

fn resolve_relative(name: &str, level: usize, from: &'static ObjBox) -> PyResult<String> {
    let ns = module_ns(from);
    let pkg = ns
        .get("__package__")
        .and_then(|p| p.as_str().map(str::to_string))
        .filter(|p| !p.is_empty())
        .or_else(|| ns.get("__path__").map(|_| module_name(from).to_string()));
    let Some(pkg) = pkg else {
        return Err(new_exc_msg(
            types().import_error,
            "attempted relative import with no known parent package",
        ));
    };
    let parts: Vec<&str> = pkg.split('.').collect();
    if level - 1 > parts.len() {
        return Err(new_exc_msg(
            types().import_error,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// A SyntaxError instance carrying CPython's arguments, from which its fields derive.
pub fn syntax_error_exc(filename: &str, text: &str, msg: &str, offset: u32, kind: &str) -> ObjRef {
    syntax_error_span(filename, text, msg, offset, offset, kind)
}

/// Like `syntax_error_exc`, with the end of the offending span for the caret line.
pub fn syntax_error_span(
    filename: &str,
    text: &str,
    msg: &str,
    offset: u32,
    end: u32,
    kind: &str,
) -> ObjRef {
    let t = match kind {
        "IndentationError" => types().indentation_error,
        "TabError" => types().tab_error,
        _ => types().syntax_error,
    };
    let idx = LineIndex::new(text);
    let (line, col) = idx.line_col(offset.min(text.len() as u32));
    // CPython's tokenizer hands the line over with its newline.
    let line_text = format!("{}\n", text.lines().nth(line as usize - 1).unwrap_or(""));
    let end_offset = col as i64 + 1 + end.saturating_sub(offset) as i64;
    // `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`, as CPython's
    // parser raises it; the fields are read from the args (`exc_attrs.rs`).
    let info = crate::tuple::new_tuple(vec![
        new_string(filename.to_string()),
        Value::Int(line as i64),
        Value::Int(col as i64 + 1),
        new_string(line_text),
        Value::Int(line as i64),
        Value::Int(end_offset),
    ]);
    crate::exc::new_exception(t, vec![new_string(msg.to_string()), info])
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the top package,
/// or the named module itself when `fromlist` is not empty (CPython's rule).
pub fn builtin_import(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    use crate::argparse::{check_kw, kwarg, nargs};
    check_kw(
        "__import__",
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    nargs("__import__", args, 0, 5)?;
    let get = |i: usize, n: &str| args.get(i).cloned().or_else(|| kwarg(kw, n));
    let Some(name) = get(0, "name") else {
        return Err(crate::exc::type_error(
            "__import__() missing required argument 'name' (pos 1)",
        ));
    };
    let Some(name) = name.as_str().map(str::to_string) else {
        return Err(crate::exc::type_error("module name must be a string"));
    };
    let fromlist = match get(3, "fromlist") {
        None | Some(Value::None) => crate::tuple::empty_tuple(),
        Some(v) => crate::tuple::new_tuple(vm.collect(&v)?),
    };
    let level = get(4, "level").unwrap_or(Value::Int(0));
    if crate::int::as_i64(&level).is_some_and(|l| l < 0) {
        return Err(crate::exc::value_error("level must be >= 0"));
    }
    if name.is_empty() && crate::int::as_i64(&level) == Some(0) {
        return Err(crate::exc::value_error("Empty module name"));
    }
    let from = vm.caller_frame().map_or(vm.cur_module, |f| f.module);
    vm.import_name(&name, &level, &fromlist, from)
}
