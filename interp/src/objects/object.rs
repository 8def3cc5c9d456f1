//! The heap object: its header (count, class) and the payload enum of every built-in layout.

use std::cell::RefCell;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicI64, AtomicUsize};

use num_bigint::BigInt;
use parking_lot::Mutex;

use crate::code::Code;
use crate::dict::DictMap;
use crate::exc::ExcObj;
use crate::func::{Builtin, Function};
use crate::generator::Generator;
use crate::iter::IterState;
use crate::module::Module;
use crate::objref::ObjRef;
use crate::pystr::PyStr;
use crate::types::{TypeObj, TypeRef};
use crate::value::Value;

pub struct ObjBox {
    pub(crate) rc: AtomicUsize,
    /// The class; classes are immortal so this is a plain pointer, never counted.
    cls: *const ObjBox,
    pub data: ObjData,
    /// The attributes of an instance of a subclass of a built-in type (`class L(list)`),
    /// created on first write; null for everything else. Free: with glibc's 16-byte
    /// chunks the header word fits in the padding of the allocation.
    ext: std::sync::atomic::AtomicPtr<Instance>,
}

impl Drop for ObjBox {
    fn drop(&mut self) {
        let p = *self.ext.get_mut();
        if !p.is_null() {
            // SAFETY: created by `Box::into_raw` in `ext_attrs`, owned by this object.
            drop(unsafe { Box::from_raw(p) });
        }
    }
}

// SAFETY: `cls` points to an immortal type object that is never mutated after
// publication; every payload is Send + Sync.
unsafe impl Send for ObjBox {}
unsafe impl Sync for ObjBox {}

impl ObjBox {
    pub(crate) fn new(rc: usize, cls: TypeRef, data: ObjData) -> ObjBox {
        ObjBox {
            rc: AtomicUsize::new(rc),
            cls,
            data,
            ext: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    /// For bootstrapping `type`, whose class is itself.
    pub(crate) fn new_raw(rc: usize, cls: *const ObjBox, data: ObjData) -> ObjBox {
        ObjBox {
            rc: AtomicUsize::new(rc),
            cls,
            data,
            ext: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    /// Points a freshly leaked type at itself (`type(type) is type`).
    ///
    /// # Safety
    /// Only during bootstrap, before the object is shared.
    pub(crate) unsafe fn set_cls_raw(this: *mut ObjBox, cls: *const ObjBox) {
        std::ptr::addr_of_mut!((*this).cls).write(cls);
    }

    #[inline]
    pub fn cls(&self) -> TypeRef {
        // SAFETY: classes are immortal.
        unsafe { &*self.cls }
    }

    /// The attribute store of a built-in-subclass instance, if it has one yet.
    pub fn ext(&self) -> Option<&Instance> {
        let p = self.ext.load(std::sync::atomic::Ordering::Acquire);
        // SAFETY: once published the box lives as long as the object.
        unsafe { p.as_ref() }
    }

    /// The attribute store of a built-in-subclass instance, created on first use.
    pub fn ext_attrs(&self) -> &Instance {
        use std::sync::atomic::Ordering;
        if let Some(i) = self.ext() {
            return i;
        }
        let fresh = Box::into_raw(Box::new(Instance::new()));
        match self.ext.compare_exchange(
            std::ptr::null_mut(),
            fresh,
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            // SAFETY: just published; lives as long as the object.
            Ok(_) => unsafe { &*fresh },
            Err(winner) => {
                // SAFETY: `fresh` lost the race and was never shared; `winner` is live.
                drop(unsafe { Box::from_raw(fresh) });
                unsafe { &*winner }
            }
        }
    }

    pub fn type_obj(&self) -> Option<&TypeObj> {
        match &self.data {
            ObjData::Type(t) => Some(t),
            _ => None,
        }
    }
}

pub use crate::instance::Instance;

pub struct AsyncGenStep {
    pub gen: ObjRef,
    pub first: Mutex<Option<Result<Value, crate::func::Exc>>>,
}

pub struct RangeIter {
    pub cur: AtomicI64,
    pub stop: i64,
    pub step: i64,
}

/// An explicit tag byte: with `PyStr` the largest payload, Rust would otherwise hide the
/// tag in `PyStr`'s niche and every `match` on a payload would decode it (+1.5%
/// instructions on oo_tree/nbody).
#[repr(u8)]
pub enum ObjData {
    Str(PyStr),
    BigInt(BigInt),
    Tuple(Box<[Value]>),
    List(crate::list_lock::ListMutex),
    Dict(Mutex<DictMap>),
    /// `set` and `frozenset`, in CPython's table order.
    Set(Mutex<crate::set_table::SetTable>),
    Bytes(Box<[u8]>),
    Function(Box<Function>),
    Builtin(Box<Builtin>),
    /// A bound method: function and self.
    Method(Value, Value),
    Code(&'static Code),
    Type(Box<TypeObj>),
    Module(Box<Module>),
    Instance(Instance),
    Exception(Box<ExcObj>),
    Cell(Mutex<Value>),
    Range(i64, i64, i64),
    Slice(Box<[Value; 3]>),
    Iter(Mutex<IterState>),
    RangeIter(RangeIter),
    Generator(Box<Generator>),
    /// fget, fset, fdel, doc.
    Property(Box<[Value; 4]>),
    ClassMethod(Value),
    StaticMethod(Value),
    /// `super(type, obj)`: the class to start after, and the bound object.
    Super(TypeRef, Value),
    /// NotImplemented, Ellipsis, and other identity-only objects.
    Singleton,
    /// sys.stdout / sys.stderr: the file descriptor.
    Stream(u8),
    /// A payload owned by a stdlib module (a `_thread.lock`, a thread handle, ...);
    /// its methods downcast it.
    Native(Box<dyn std::any::Any + Send + Sync>),
    /// A value an async generator yielded (see `Instr::AsyncGenWrap`).
    AsyncGenValue(Value),
    /// The awaitable of `agen.__anext__()` / `asend(v)` / `athrow(e)`: the generator,
    /// the value or exception to deliver first, and whether it was delivered.
    AsyncGenStep(Box<AsyncGenStep>),
}

thread_local! {
    static DEFERRED: RefCell<Option<Vec<NonNull<ObjBox>>>> = const { RefCell::new(None) };
}

/// Frees an object whose count reached zero. Freeing a long chain of objects would
/// recurse once per link, so nested frees are queued and drained by the outermost one
/// and no structure a script builds can overflow the Rust stack on release.
///
/// # Safety
/// `p` must be the last reference to a mortal object.
pub(crate) unsafe fn release(p: NonNull<ObjBox>) {
    // During thread exit the queue may already be gone (crossbeam-epoch can free retired
    // instance snapshots from its own thread-local destructor): free directly then.
    let queued = DEFERRED.try_with(|d| {
        let mut d = d.borrow_mut();
        match d.as_mut() {
            Some(q) => {
                q.push(p);
                true
            }
            None => {
                *d = Some(Vec::new());
                false
            }
        }
    });
    match queued {
        Ok(true) => return,
        Ok(false) => {}
        Err(_) => {
            drop(Box::from_raw(p.as_ptr()));
            return;
        }
    }
    drop(Box::from_raw(p.as_ptr()));
    loop {
        let next = DEFERRED
            .try_with(|d| d.borrow_mut().as_mut().and_then(|q| q.pop()))
            .ok()
            .flatten();
        match next {
            Some(n) => drop(Box::from_raw(n.as_ptr())),
            None => break,
        }
    }
    let _ = DEFERRED.try_with(|d| *d.borrow_mut() = None);
}

/// A new mortal object.
pub fn alloc(cls: TypeRef, data: ObjData) -> Value {
    Value::Obj(ObjRef::new(cls, data))
}
