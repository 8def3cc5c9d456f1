//! Shared read-mostly namespaces (module globals, class dictionaries): lock-free reads of
//! immortal objects and small ints, a per-slot lock otherwise.
//!
//! A `Slot` holds one binding. Its `fast` word mirrors the value when the value can be
//! read without counting (an immortal object, a small int, None, a bool, unbound), so the
//! hot path — calling a global function, reading a class's method — is one atomic load
//! and takes no lock at all. The name→slot map is replaced wholesale (copy on write)
//! when a new name is added; old maps are leaked, which bounds the leak by the number of
//! distinct names ever bound. Slots are leaked too: namespaces belong to immortal
//! modules and classes.
//!
//! Immortalize-on-share: a slot remembers which thread stored its value. When another
//! thread reads a mortal object from it, the object is made immortal and published in
//! the fast word, so `shared_point = Point(7)` or `lock = threading.Lock()` read from
//! many threads costs one atomic load instead of the slot's lock and a contended count.
//! Values only ever read by the thread that stored them stay mortal and are freed as
//! usual; the leak is bounded by the values a slot held while another thread read it.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, Ordering};

use parking_lot::Mutex;

use crate::objref::ObjRef;
use crate::value::Value;

const TAG_PTR: u64 = 1;
const TAG_INT: u64 = 2;
const TAG_SPECIAL: u64 = 3;
const SPECIAL_UNBOUND: u64 = 0;
const SPECIAL_NONE: u64 = 1;
const SPECIAL_FALSE: u64 = 2;
const SPECIAL_TRUE: u64 = 3;

pub struct Slot {
    fast: AtomicU64,
    /// `thread_serial()` of the thread that stored the current value (under `value`'s lock).
    owner: AtomicU64,
    value: Mutex<Value>,
}

/// A number for the calling OS thread, never reused: the cheapest reliable identity (a
/// thread-local read after the first call). Also `_thread._local_key()`.
pub fn thread_serial() -> u64 {
    use std::cell::Cell;
    static NEXT: AtomicU64 = AtomicU64::new(1);
    thread_local! {
        static SERIAL: Cell<u64> = const { Cell::new(0) };
    }
    SERIAL.with(|s| {
        let v = s.get();
        if v != 0 {
            return v;
        }
        let v = NEXT.fetch_add(1, Ordering::Relaxed);
        s.set(v);
        v
    })
}

fn encode(v: &Value) -> u64 {
    match v {
        Value::Unbound => (SPECIAL_UNBOUND << 2) | TAG_SPECIAL,
        Value::None => (SPECIAL_NONE << 2) | TAG_SPECIAL,
        Value::Bool(false) => (SPECIAL_FALSE << 2) | TAG_SPECIAL,
        Value::Bool(true) => (SPECIAL_TRUE << 2) | TAG_SPECIAL,
        Value::Int(i) if (*i << 2) >> 2 == *i => ((*i as u64) << 2) | TAG_INT,
        Value::Obj(o) if o.is_immortal() => o.as_ptr() as u64 | TAG_PTR,
        _ => 0,
    }
}

fn decode(w: u64) -> Value {
    match w & 3 {
        TAG_INT => Value::Int((w as i64) >> 2),
        TAG_SPECIAL => match w >> 2 {
            SPECIAL_NONE => Value::None,
            SPECIAL_FALSE => Value::Bool(false),
            SPECIAL_TRUE => Value::Bool(true),
            _ => Value::Unbound,
        },
        // SAFETY: only immortal objects are published with TAG_PTR.
        _ => Value::Obj(unsafe { ObjRef::from_immortal_ptr((w & !3) as *const _) }),
    }
}

impl Slot {
    fn new(v: Value) -> &'static Slot {
        let fast = AtomicU64::new(encode(&v));
        Box::leak(Box::new(Slot {
            fast,
            owner: AtomicU64::new(thread_serial()),
            value: Mutex::new(v),
        }))
    }

    #[inline]
    pub fn get(&self) -> Value {
        let w = self.fast.load(Ordering::Acquire);
        if w != 0 {
            return decode(w);
        }
        self.get_locked()
    }

    /// A value the fast word cannot hold: a mortal object (made immortal and published
    /// when a thread other than the one that stored it reads it), a float, an int
    /// beyond 62 bits.
    fn get_locked(&self) -> Value {
        let g = self.value.lock();
        let v = g.clone();
        if let Value::Obj(o) = &v {
            if self.owner.load(Ordering::Relaxed) != thread_serial() {
                o.make_immortal();
                self.fast.store(encode(&v), Ordering::Release);
            }
        }
        drop(g);
        v
    }

    pub fn set(&self, v: Value) {
        let mut g = self.value.lock();
        self.owner.store(thread_serial(), Ordering::Relaxed);
        self.fast.store(encode(&v), Ordering::Release);
        let old = std::mem::replace(&mut *g, v);
        drop(g);
        drop(old);
    }
}

/// A fast non-cryptographic hasher (FxHash's rotate-multiply) for identifier keys:
/// names are short and not attacker-controlled in a way that matters here.
#[derive(Default, Clone, Copy)]
pub struct FxBuild;

pub struct FxHasher(u64);

impl BuildHasher for FxBuild {
    type Hasher = FxHasher;
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(w));
        }
    }
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(b as u64);
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// Names are leaked once, when first added to a namespace, so a copy of the map (made
/// for every new name: readers hold the old one) copies plain words and allocates nothing.
pub type SlotMap = HashMap<&'static str, &'static Slot, FxBuild>;

/// Bumped whenever a class gains a name after creation, so per-class lookup caches
/// (which flatten the MRO) know to rebuild.
pub static TYPE_EPOCH: AtomicU64 = AtomicU64::new(0);

pub struct Namespace {
    map: AtomicPtr<SlotMap>,
    /// A class namespace whose new names invalidate MRO caches.
    tracks_epoch: AtomicBool,
    /// Insertion order of names, for `dir()`, `__dict__` and `from m import *`.
    order: Mutex<Vec<&'static str>>,
}

impl Default for Namespace {
    fn default() -> Self {
        Namespace::new()
    }
}

impl Namespace {
    pub fn new() -> Namespace {
        Namespace {
            map: AtomicPtr::new(Box::leak(Box::default())),
            tracks_epoch: AtomicBool::new(false),
            order: Mutex::new(Vec::new()),
        }
    }

    fn current(&self) -> &'static SlotMap {
        // SAFETY: maps are leaked, never freed.
        unsafe { &*self.map.load(Ordering::Acquire) }
    }

    pub fn slot(&self, name: &str) -> Option<&'static Slot> {
        self.current().get(name).copied()
    }

    /// The slot for `name`, created unbound if missing (so code can cache it).
    pub fn slot_or_create(&self, name: &str) -> &'static Slot {
        if let Some(s) = self.slot(name) {
            return s;
        }
        let mut order = self.order.lock();
        if let Some(s) = self.slot(name) {
            return s;
        }
        let mut m = self.current().clone();
        let s = Slot::new(Value::Unbound);
        let key: &'static str = Box::leak(name.into());
        m.insert(key, s);
        order.push(key);
        self.map.store(Box::leak(Box::new(m)), Ordering::Release);
        if self.tracks_epoch.load(Ordering::Relaxed) {
            TYPE_EPOCH.fetch_add(1, Ordering::AcqRel);
        }
        s
    }

    /// From now on, adding a name invalidates MRO caches (set once a class is built).
    pub fn track_epoch(&self) {
        self.tracks_epoch.store(true, Ordering::Relaxed);
        TYPE_EPOCH.fetch_add(1, Ordering::AcqRel);
    }

    /// Every (name, slot) pair, for building flattened lookup maps.
    pub fn slots(&self) -> Vec<(&'static str, &'static Slot)> {
        self.current().iter().map(|(k, v)| (*k, *v)).collect()
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        match self.slot(name)?.get() {
            Value::Unbound => None,
            v => Some(v),
        }
    }

    pub fn set(&self, name: &str, v: Value) {
        self.slot_or_create(name).set(v);
    }

    /// Unbinds; false if the name was not bound.
    pub fn delete(&self, name: &str) -> bool {
        match self.slot(name) {
            Some(s) if !matches!(s.get(), Value::Unbound) => {
                s.set(Value::Unbound);
                true
            }
            _ => false,
        }
    }

    /// Bound names with values, in insertion order.
    pub fn items(&self) -> Vec<(String, Value)> {
        let names: Vec<&'static str> = self.order.lock().clone();
        names
            .into_iter()
            .filter_map(|n| {
                let v = self.get(n)?;
                Some((n.to_string(), v))
            })
            .collect()
    }
}
