//! Type objects: the `TypeObj` payload, the registry of built-in types and exception
//! classes (CPython's hierarchy), C3 linearisation, and attribute lookup along the MRO.

use std::sync::OnceLock;

use crate::namespace::Namespace;
use crate::object::{ObjBox, ObjData};
use crate::objref::ObjRef;
use crate::value::Value;

/// Types are immortal, so a plain `'static` reference names one.
pub type TypeRef = &'static ObjBox;

/// Which payload instances of a class carry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// A user-style instance with an attribute dictionary.
    Object,
    /// An exception instance (args, traceback, chaining).
    Exception,
    /// A built-in type whose instances only native code makes.
    Native,
}

pub struct TypeObj {
    pub name: String,
    pub qualname: String,
    pub bases: Vec<TypeRef>,
    pub mro: Vec<TypeRef>,
    pub dict: Namespace,
    pub layout: Layout,
    /// Built-in types refuse attribute assignment, as CPython's static types do.
    pub builtin: bool,
    /// The attribute names instances may hold when the class and all its bases define
    /// `__slots__` (no `__dict__`); `None` for classes whose instances take any name.
    pub slots: Option<Vec<String>>,
    /// `attr::HAS_*` bits: which attribute hooks the class overrides.
    pub special: std::sync::atomic::AtomicU8,
    /// Every name along the MRO mapped to the defining class's slot, valid for one
    /// `TYPE_EPOCH`; rebuilt (and the old map leaked) when a class gains a name.
    flat: std::sync::atomic::AtomicPtr<FlatMap>,
}

struct FlatMap {
    epoch: u64,
    map: crate::namespace::SlotMap,
    /// The same entries keyed by the interned name's address: bytecode lookups hash
    /// a pointer instead of the text.
    by_ptr: std::collections::HashMap<
        usize,
        &'static crate::namespace::Slot,
        crate::namespace::FxBuild,
    >,
}

impl TypeObj {
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let flat = self.flat_map();
        match flat.map.get(name) {
            None => None,
            Some(slot) => match slot.get() {
                Value::Unbound => self.lookup_slow(name),
                v => Some(v),
            },
        }
    }

    /// Lookup by an interned name (from bytecode).
    #[inline]
    pub fn lookup_interned(&self, name: &crate::objref::ObjRef) -> Option<Value> {
        let flat = self.flat_map();
        match flat.by_ptr.get(&name.id()) {
            Some(slot) => match slot.get() {
                Value::Unbound => self.lookup_slow(name.as_str_opt().unwrap_or("")),
                v => Some(v),
            },
            None => {
                let n = name.as_str_opt().unwrap_or("");
                if flat.map.contains_key(n) {
                    self.lookup(n)
                } else {
                    None
                }
            }
        }
    }

    /// For an interned name: `Some(slot)` along the flattened MRO (read it; unbound
    /// means deleted), `None` when no class in the MRO has the name. Valid while
    /// `TYPE_EPOCH` equals the returned epoch, so callers may cache it.
    pub fn slot_interned(
        &self,
        name: &crate::objref::ObjRef,
    ) -> (Option<&'static crate::namespace::Slot>, u64) {
        let flat = self.flat_map();
        (flat.by_ptr.get(&name.id()).copied(), flat.epoch)
    }

    fn lookup_slow(&self, name: &str) -> Option<Value> {
        for t in &self.mro {
            if let Some(v) = tobj(t).dict.get(name) {
                return Some(v);
            }
        }
        None
    }

    fn flat_map(&self) -> &'static FlatMap {
        use std::sync::atomic::Ordering;
        let epoch = crate::namespace::TYPE_EPOCH.load(Ordering::Acquire);
        let p = self.flat.load(Ordering::Acquire);
        if !p.is_null() {
            // SAFETY: flat maps are leaked, never freed.
            let f = unsafe { &*p };
            if f.epoch == epoch {
                return f;
            }
        }
        let mut map = crate::namespace::SlotMap::default();
        for t in self.mro.iter().rev() {
            for (k, s) in tobj(t).dict.slots() {
                map.insert(k, s);
            }
        }
        let by_ptr = map
            .iter()
            .map(|(k, s)| (crate::pystr::intern(k).id(), *s))
            .collect();
        let f: &'static FlatMap = Box::leak(Box::new(FlatMap { epoch, map, by_ptr }));
        self.flat
            .store(f as *const FlatMap as *mut FlatMap, Ordering::Release);
        f
    }

    pub fn special(&self) -> u8 {
        self.special.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub fn module_name(&self) -> String {
        match self
            .dict
            .get("__module__")
            .as_ref()
            .and_then(|v| v.as_str())
        {
            Some(s) => s.to_string(),
            None => "builtins".to_string(),
        }
    }
}

/// The `TypeObj` of a type reference.
#[inline]
pub fn tobj(t: TypeRef) -> &'static TypeObj {
    match &t.data {
        ObjData::Type(ty) => ty,
        _ => unreachable!("class pointer to a non-type"),
    }
}

pub fn is_subtype(t: TypeRef, base: TypeRef) -> bool {
    std::ptr::eq(t, base) || tobj(t).mro.iter().any(|m| std::ptr::eq(*m, base))
}

pub fn type_name(t: TypeRef) -> &'static str {
    &tobj(t).name
}

pub fn lookup(t: TypeRef, name: &str) -> Option<Value> {
    tobj(t).lookup(name)
}

/// C3 linearisation; `None` when the bases admit no consistent order.
pub fn c3_mro(this: TypeRef, bases: &[TypeRef]) -> Option<Vec<TypeRef>> {
    let mut seqs: Vec<Vec<TypeRef>> = bases.iter().map(|b| tobj(b).mro.clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![this];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs.iter().map(|s| s[0]).find(|h| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|x| std::ptr::eq(*x, *h)))
        })?;
        out.push(head);
        for s in seqs.iter_mut() {
            if std::ptr::eq(s[0], head) {
                s.remove(0);
            }
        }
    }
}

pub fn new_type_obj(name: &str, bases: Vec<TypeRef>, layout: Layout, builtin: bool) -> TypeObj {
    TypeObj {
        name: name.to_string(),
        qualname: name.to_string(),
        bases,
        mro: Vec::new(),
        dict: Namespace::new(),
        layout,
        builtin,
        slots: None,
        special: std::sync::atomic::AtomicU8::new(0),
        flat: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
    }
}

/// Allocates an immortal type object and fills in its MRO.
pub fn make_type(meta: TypeRef, mut t: TypeObj) -> Result<TypeRef, String> {
    let bases = t.bases.clone();
    t.mro = Vec::new();
    let r = ObjRef::immortal(meta, ObjData::Type(Box::new(t)));
    let tr: TypeRef = r.as_static().unwrap_or_else(|| unreachable!());
    let mro = c3_mro(tr, &bases).ok_or_else(|| {
        let names: Vec<&str> = bases.iter().map(|b| type_name(b)).collect();
        format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        )
    })?;
    set_mro(tr, mro);
    Ok(tr)
}

fn set_mro(t: TypeRef, mro: Vec<TypeRef>) {
    // SAFETY: called once, before the type is shared with any other code.
    unsafe {
        let p = t as *const ObjBox as *mut ObjBox;
        if let ObjData::Type(ty) = &mut (*p).data {
            ty.mro = mro;
        }
    }
}

macro_rules! declare_types {
    (($obj:ident, $ty:ident); $($field:ident = $name:literal : $base:ident $layout:ident),* $(,)?) => {
        pub struct Types {
            pub $obj: TypeRef,
            pub $ty: TypeRef,
            $(pub $field: TypeRef,)*
        }

        fn build_types() -> Types {
            let ($obj, $ty) = bootstrap();
            $(let $field = builtin_type($ty, $name, $base, Layout::$layout);)*
            let t = Types { $obj, $ty, $($field,)* };
            add_second_bases(&t);
            t
        }

        impl Types {
            pub fn for_each(&self, mut f: impl FnMut(TypeRef)) {
                f(self.$obj);
                f(self.$ty);
                $(f(self.$field);)*
            }
        }
    };
}

declare_types! {
    (object, type_);
    int = "int": object Native,
    bool_ = "bool": int Native,
    float = "float": object Native,
    str = "str": object Native,
    bytes = "bytes": object Native,
    none_type = "NoneType": object Native,
    tuple = "tuple": object Native,
    list = "list": object Native,
    dict = "dict": object Native,
    set = "set": object Native,
    frozenset = "frozenset": object Native,
    function = "function": object Native,
    builtin_function = "builtin_function_or_method": object Native,
    method = "method": object Native,
    code = "code": object Native,
    module = "module": object Native,
    cell = "cell": object Native,
    range = "range": object Native,
    slice = "slice": object Native,
    iterator = "iterator": object Native,
    range_iterator = "range_iterator": object Native,
    generator = "generator": object Native,
    coroutine = "coroutine": object Native,
    async_generator = "async_generator": object Native,
    property = "property": object Native,
    classmethod = "classmethod": object Native,
    staticmethod = "staticmethod": object Native,
    super_ = "super": object Native,
    not_implemented_type = "NotImplementedType": object Native,
    ellipsis_type = "ellipsis": object Native,
    text_io = "TextIOWrapper": object Native,
    async_gen_value = "async_generator_wrapped_value": object Native,
    async_gen_step = "async_generator_asend": object Native,
    base_exception = "BaseException": object Exception,
    generator_exit = "GeneratorExit": base_exception Exception,
    keyboard_interrupt = "KeyboardInterrupt": base_exception Exception,
    system_exit = "SystemExit": base_exception Exception,
    exception = "Exception": base_exception Exception,
    base_exception_group = "BaseExceptionGroup": base_exception Exception,
    exception_group = "ExceptionGroup": base_exception_group Exception,
    arithmetic_error = "ArithmeticError": exception Exception,
    floating_point_error = "FloatingPointError": arithmetic_error Exception,
    overflow_error = "OverflowError": arithmetic_error Exception,
    zero_division_error = "ZeroDivisionError": arithmetic_error Exception,
    assertion_error = "AssertionError": exception Exception,
    attribute_error = "AttributeError": exception Exception,
    buffer_error = "BufferError": exception Exception,
    eof_error = "EOFError": exception Exception,
    import_error = "ImportError": exception Exception,
    module_not_found_error = "ModuleNotFoundError": import_error Exception,
    lookup_error = "LookupError": exception Exception,
    index_error = "IndexError": lookup_error Exception,
    key_error = "KeyError": lookup_error Exception,
    memory_error = "MemoryError": exception Exception,
    name_error = "NameError": exception Exception,
    unbound_local_error = "UnboundLocalError": name_error Exception,
    os_error = "OSError": exception Exception,
    blocking_io_error = "BlockingIOError": os_error Exception,
    child_process_error = "ChildProcessError": os_error Exception,
    connection_error = "ConnectionError": os_error Exception,
    broken_pipe_error = "BrokenPipeError": connection_error Exception,
    connection_aborted_error = "ConnectionAbortedError": connection_error Exception,
    connection_refused_error = "ConnectionRefusedError": connection_error Exception,
    connection_reset_error = "ConnectionResetError": connection_error Exception,
    file_exists_error = "FileExistsError": os_error Exception,
    file_not_found_error = "FileNotFoundError": os_error Exception,
    interrupted_error = "InterruptedError": os_error Exception,
    is_a_directory_error = "IsADirectoryError": os_error Exception,
    not_a_directory_error = "NotADirectoryError": os_error Exception,
    permission_error = "PermissionError": os_error Exception,
    process_lookup_error = "ProcessLookupError": os_error Exception,
    timeout_error = "TimeoutError": os_error Exception,
    reference_error = "ReferenceError": exception Exception,
    runtime_error = "RuntimeError": exception Exception,
    not_implemented_error = "NotImplementedError": runtime_error Exception,
    recursion_error = "RecursionError": runtime_error Exception,
    stop_async_iteration = "StopAsyncIteration": exception Exception,
    stop_iteration = "StopIteration": exception Exception,
    syntax_error = "SyntaxError": exception Exception,
    indentation_error = "IndentationError": syntax_error Exception,
    tab_error = "TabError": indentation_error Exception,
    system_error = "SystemError": exception Exception,
    type_error = "TypeError": exception Exception,
    value_error = "ValueError": exception Exception,
    unicode_error = "UnicodeError": value_error Exception,
    unicode_decode_error = "UnicodeDecodeError": unicode_error Exception,
    unicode_encode_error = "UnicodeEncodeError": unicode_error Exception,
    warning = "Warning": exception Exception,
    bytes_warning = "BytesWarning": warning Exception,
    deprecation_warning = "DeprecationWarning": warning Exception,
    future_warning = "FutureWarning": warning Exception,
    import_warning = "ImportWarning": warning Exception,
    pending_deprecation_warning = "PendingDeprecationWarning": warning Exception,
    resource_warning = "ResourceWarning": warning Exception,
    runtime_warning = "RuntimeWarning": warning Exception,
    syntax_warning = "SyntaxWarning": warning Exception,
    unicode_warning = "UnicodeWarning": warning Exception,
    user_warning = "UserWarning": warning Exception,
}

fn bootstrap() -> (TypeRef, TypeRef) {
    let raw_type = Box::into_raw(Box::new(ObjBox::new_raw(
        usize::MAX >> 1,
        std::ptr::null(),
        ObjData::Type(Box::new(new_type_obj("type", vec![], Layout::Native, true))),
    )));
    // SAFETY: bootstrap, single-threaded, not yet shared; `type` is its own class.
    unsafe { ObjBox::set_cls_raw(raw_type, raw_type) };
    // SAFETY: leaked above, never freed.
    let type_: TypeRef = unsafe { &*raw_type };
    let object = make_type(type_, new_type_obj("object", vec![], Layout::Object, true))
        .unwrap_or_else(|_| unreachable!());
    set_mro(type_, vec![type_, object]);
    // SAFETY: as above; `type`'s base is object.
    unsafe {
        if let ObjData::Type(t) = &mut (*raw_type).data {
            t.bases = vec![object];
        }
    }
    (object, type_)
}

fn builtin_type(meta: TypeRef, name: &str, base: TypeRef, layout: Layout) -> TypeRef {
    make_type(meta, new_type_obj(name, vec![base], layout, true)).unwrap_or_else(|_| unreachable!())
}

/// Built-in classes with two bases: `ExceptionGroup(BaseExceptionGroup, Exception)`.
fn add_second_bases(t: &Types) {
    let eg = t.exception_group;
    // SAFETY: called once while building the types, before any is shared.
    unsafe {
        let p = eg as *const ObjBox as *mut ObjBox;
        if let ObjData::Type(ty) = &mut (*p).data {
            ty.bases = vec![t.base_exception_group, t.exception];
        }
    }
    if let Some(mro) = c3_mro(eg, &[t.base_exception_group, t.exception]) {
        set_mro(eg, mro);
    }
}

static TYPES: OnceLock<Types> = OnceLock::new();

#[inline]
pub fn types() -> &'static Types {
    TYPES.get_or_init(build_types)
}

impl Types {
    /// Every built-in exception class, for the builtins module.
    pub fn exception_types(&self) -> Vec<TypeRef> {
        let mut out = Vec::new();
        let mut stack = vec![self.base_exception];
        let all = self.all();
        while let Some(t) = stack.pop() {
            out.push(t);
            for c in all.iter() {
                if tobj(c).bases.first().is_some_and(|b| std::ptr::eq(*b, t)) {
                    stack.push(c);
                }
            }
        }
        out
    }

    fn all(&self) -> Vec<TypeRef> {
        let mut v = Vec::new();
        self.for_each(|t| v.push(t));
        v
    }
}
