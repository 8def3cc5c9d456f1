//! `Instance`: the attribute storage of a user object, private to one thread (a cheap
//! uncontended lock), shared by many (lock-free reads of a published copy) or per thread
//! (`threading.local`). Other code goes through its methods, never its internals.
//!
//! - A mortal instance keeps its attributes in `attrs` under a `parking_lot::Mutex`:
//!   one thread touches it, so the lock's cache line stays in that core.
//! - When an instance becomes immortal (`ObjRef::make_immortal`: a module global read by
//!   another thread, a class attribute), `share` publishes a copy of its map in `ext`.
//!   Readers pin a crossbeam epoch and read that copy without writing anything shared;
//!   writers still update `attrs` under the lock and then replace the copy (copy on
//!   write), retiring the old one through the epoch so no reader sees it freed.
//!   Each thread keeps one pin (its anchor, see `anchor`) so a read's own pin is
//!   nested and cheap: no epoch store, no collection touching other threads' lines.
//! - A `threading.local` (`new_thread_local`) keeps no attributes of its own: each
//!   thread's are a dict in that thread's own table (`LOCAL_DICTS`), keyed by the
//!   local's serial number (never reused). A thread's table is emptied when it ends
//!   (`end_thread`); a freed local's entries are dropped by each thread at its next
//!   local access (`DEAD_LOCALS`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use crossbeam_epoch::{self as epoch, Atomic, Guard, Owned};
use parking_lot::Mutex;

use crate::dict::DictMap;
use crate::namespace::FxBuild;
use crate::objref::ObjRef;
use crate::value::Value;

/// `ext` tag of a `threading.local` (its `Ext` is never replaced while it lives).
const TAG_LOCAL: usize = 1;

pub struct Instance {
    attrs: Mutex<DictMap>,
    /// Null while private; the published copy once shared; a local's arguments.
    ext: Atomic<Ext>,
}

enum Ext {
    Snapshot(DictMap),
    Local(LocalInit),
}

/// What a `threading.local` needs to set itself up in a new thread.
pub struct LocalInit {
    pub serial: u64,
    /// The arguments of the constructor call, passed to `__init__` in every new thread.
    pub args: Vec<Value>,
    pub kw: Vec<(ObjRef, Value)>,
}

impl Default for Instance {
    fn default() -> Self {
        Instance::new()
    }
}

impl Instance {
    pub fn new() -> Instance {
        Instance {
            attrs: Mutex::new(DictMap::new()),
            ext: Atomic::null(),
        }
    }

    /// A `threading.local`; the creating thread's dict is made at once.
    pub fn new_thread_local(args: Vec<Value>, kw: Vec<(ObjRef, Value)>) -> Instance {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        let serial = NEXT.fetch_add(1, Ordering::Relaxed);
        local_dict_create(serial);
        Instance {
            attrs: Mutex::new(DictMap::new()),
            ext: Atomic::from(
                Owned::new(Ext::Local(LocalInit { serial, args, kw })).with_tag(TAG_LOCAL),
            ),
        }
    }

    /// The local's set-up data, if this is a `threading.local`.
    #[inline]
    pub fn local(&self) -> Option<&LocalInit> {
        // SAFETY: a local's `ext` is set at construction and freed only with the
        // instance, so it lives as long as `&self`.
        let p = self
            .ext
            .load(Ordering::Acquire, unsafe { epoch::unprotected() });
        if p.tag() != TAG_LOCAL {
            return None;
        }
        match unsafe { p.as_ref() } {
            Some(Ext::Local(l)) => Some(l),
            _ => None,
        }
    }

    /// Publishes a copy for lock-free reads: the instance is now shared between threads.
    pub(crate) fn share(&self) {
        let g = self.attrs.lock();
        let guard = epoch::pin();
        if self.ext.load(Ordering::Acquire, &guard).is_null() {
            self.ext
                .store(Owned::new(Ext::Snapshot(g.clone())), Ordering::Release);
        }
    }

    /// Runs `read` on the current attributes: the published copy (no lock, no shared
    /// write) when shared, this thread's dict for a local, else the map under its lock.
    #[inline]
    fn read<R>(&self, read: impl FnOnce(&DictMap) -> R) -> R {
        // SAFETY: only compared to null and its tag read; dereferenced below under a pin.
        let p = self
            .ext
            .load(Ordering::Acquire, unsafe { epoch::unprotected() });
        if p.is_null() {
            return read(&self.attrs.lock());
        }
        if p.tag() == TAG_LOCAL {
            return match self.local() {
                Some(l) => match local_dict(l.serial) {
                    Some(d) => match crate::dict_ops::map_of(&d) {
                        Some(m) => read(&m.lock()),
                        None => read(&DictMap::new()),
                    },
                    None => read(&DictMap::new()),
                },
                None => read(&DictMap::new()),
            };
        }
        // Usually read under this thread's anchor: no pin of its own. The borrow keeps
        // the anchor in place until `read` returns (anyone else's `try_borrow_mut`
        // fails and leaves it alone).
        let mut read = Some(read);
        let fast = ANCHOR
            .try_with(|a| {
                let mut a = a.try_borrow_mut().ok()?;
                if a.guard.is_none() || a.reads >= READS_PER_ANCHOR {
                    return None;
                }
                a.reads += 1;
                let guard = a.guard.as_ref()?;
                let p = self.ext.load(Ordering::Acquire, guard);
                // SAFETY: as below; `guard` stays pinned while `a` is borrowed.
                match unsafe { p.as_ref() } {
                    Some(Ext::Snapshot(m)) => Some(read.take()?(m)),
                    _ => None,
                }
            })
            .ok()
            .flatten();
        if let Some(r) = fast {
            return r;
        }
        let Some(read) = read else {
            unreachable!("`read` is taken only by a fast path that returns")
        };
        renew_anchor();
        let guard = epoch::pin();
        let p = self.ext.load(Ordering::Acquire, &guard);
        // SAFETY: a snapshot is retired only through `defer_destroy`, after every
        // guard pinned before its replacement is dropped.
        match unsafe { p.as_ref() } {
            Some(Ext::Snapshot(m)) => read(m),
            _ => read(&self.attrs.lock()),
        }
    }

    /// Runs `write` on the attributes, then republishes the copy if shared. The
    /// caller drops anything `write` returns (old values) after the lock is released.
    fn write<R>(&self, write: impl FnOnce(&mut DictMap) -> R) -> R {
        if let Some(l) = self.local() {
            let d = local_dict(l.serial).unwrap_or_else(|| local_dict_create(l.serial));
            return match crate::dict_ops::map_of(&d) {
                Some(m) => write(&mut m.lock()),
                None => write(&mut DictMap::new()),
            };
        }
        let mut g = self.attrs.lock();
        let r = write(&mut g);
        // `ext` leaves null only under this lock (`share`), so a private instance is
        // seen as such here and pays no epoch pin (pinning touches shared state now
        // and then).
        // SAFETY: only compared to null.
        if !self
            .ext
            .load(Ordering::Acquire, unsafe { epoch::unprotected() })
            .is_null()
        {
            let guard = epoch::pin();
            let old = self.ext.swap(
                Owned::new(Ext::Snapshot(g.clone())),
                Ordering::AcqRel,
                &guard,
            );
            drop(g);
            // SAFETY: `old` is unreachable from now on; readers that loaded it are
            // pinned, so destruction waits for them.
            unsafe { guard.defer_destroy(old) };
            retired_one(&guard);
        }
        r
    }

    /// The attribute named by an interned str (pointer comparison, then text).
    #[inline]
    pub fn get(&self, hash: i64, name: &ObjRef) -> Option<Value> {
        self.read(|m| {
            if m.is_empty() {
                return None;
            }
            m.get_name(hash, name).cloned()
        })
    }

    /// The attribute named `name` (any str).
    pub fn get_str(&self, hash: i64, name: &str) -> Option<Value> {
        self.read(|m| m.get_str(hash, name).cloned())
    }

    /// Binds `key` (a str) to `v`; the previous value, to be dropped by the caller.
    pub fn set(&self, hash: i64, key: Value, v: Value) -> Option<Value> {
        self.write(|m| {
            let mut slow = Vec::new();
            match m.find(hash, &key, &mut slow) {
                Some(i) => m.set_at(i, v),
                None => {
                    m.push(hash, key, v);
                    None
                }
            }
        })
    }

    /// Removes `key`; false if it was not there.
    pub fn delete(&self, hash: i64, key: &Value) -> bool {
        let removed = self.write(|m| {
            let mut slow = Vec::new();
            let i = m.find(hash, key, &mut slow)?;
            m.remove_at(i)
        });
        removed.is_some()
    }

    pub fn len(&self) -> usize {
        self.read(|m| m.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A copy of the attributes (for `__dict__`, `vars`, `dir`, iteration).
    pub fn snapshot(&self) -> DictMap {
        self.read(|m| m.clone())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.read(|m| m.keys())
    }

    /// `(key, value)` pairs in insertion order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.read(|m| m.items())
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        // SAFETY: `&mut self`: no other thread can reach this instance any more.
        let p = self
            .ext
            .load(Ordering::Relaxed, unsafe { epoch::unprotected() });
        if p.is_null() {
            return;
        }
        let owned = unsafe { p.into_owned() };
        if let Ext::Local(l) = &*owned {
            local_freed(l.serial);
        }
        drop(owned);
    }
}

// ---- threading.local storage ----

struct LocalDicts {
    dicts: HashMap<u64, Value, FxBuild>,
    /// How much of `DEAD_LOCALS` this thread has already dropped.
    seen_dead: usize,
}

impl Drop for LocalDicts {
    fn drop(&mut self) {
        // Thread-exit destruction order is unspecified: freeing objects now could touch
        // thread-locals already gone. `end_thread` empties the table first; anything
        // left (a thread that did not call it) is leaked rather than risked.
        std::mem::forget(std::mem::take(&mut self.dicts));
    }
}

thread_local! {
    static LOCAL_DICTS: RefCell<LocalDicts> = RefCell::new(LocalDicts {
        dicts: HashMap::default(),
        seen_dead: 0,
    });
}

/// Serials of freed locals, in order; each thread drops their entries when it next
/// touches a local. Grows by one word per local ever freed.
static DEAD_LOCALS: Mutex<Vec<u64>> = Mutex::new(Vec::new());
static DEAD_COUNT: AtomicUsize = AtomicUsize::new(0);

/// This thread's dict for the local numbered `serial`, if it was made.
pub fn local_dict(serial: u64) -> Option<Value> {
    let mut garbage = Vec::new();
    let d = LOCAL_DICTS
        .try_with(|t| {
            let mut t = t.borrow_mut();
            let dead = DEAD_COUNT.load(Ordering::Acquire);
            if dead != t.seen_dead {
                let list = DEAD_LOCALS.lock();
                for s in &list[t.seen_dead..] {
                    if let Some(v) = t.dicts.remove(s) {
                        garbage.push(v);
                    }
                }
                t.seen_dead = list.len();
            }
            t.dicts.get(&serial).cloned()
        })
        .ok()
        .flatten();
    drop(garbage);
    d
}

/// Makes (or returns) this thread's dict for the local numbered `serial`.
pub fn local_dict_create(serial: u64) -> Value {
    if let Some(d) = local_dict(serial) {
        return d;
    }
    let d = crate::dict_ops::new_dict();
    let _ = LOCAL_DICTS.try_with(|t| t.borrow_mut().dicts.insert(serial, d.clone()));
    d
}

/// Forgets this thread's dict for `serial` (its `__init__` failed).
pub fn local_dict_remove(serial: u64) {
    let old = LOCAL_DICTS
        .try_with(|t| t.borrow_mut().dicts.remove(&serial))
        .ok()
        .flatten();
    drop(old);
}

fn local_freed(serial: u64) {
    local_dict_remove(serial);
    let mut list = DEAD_LOCALS.lock();
    list.push(serial);
    DEAD_COUNT.store(list.len(), Ordering::Release);
}

/// Drops every `threading.local` dict of the calling thread: called as a thread ends,
/// while freeing objects is still safe.
pub fn end_thread() {
    drop_anchor();
    let all = LOCAL_DICTS
        .try_with(|t| std::mem::take(&mut t.borrow_mut().dicts))
        .unwrap_or_default();
    drop(all);
}

// ---- the per-thread anchor pin ----
//
// A fresh crossbeam pin stores the thread's epoch (a SeqCst write) and every 128th one
// runs the global collection, which walks every thread's record: with two threads
// reading one shared object that costs up to 14% extra CPU. A pin taken while the
// thread already holds one does neither. So each thread that reads a shared instance
// keeps one pin, its anchor, and renews it every `READS_PER_ANCHOR` reads (so the
// epoch can advance). A held pin stops reclamation of what other threads retire, so
// the anchor is also dropped
// - before every blocking wait and lock hand-off (`Runtime`'s detach hook),
// - when the thread ends (`end_thread`; the thread-local's destructor otherwise),
// - at the next eval-breaker poll after a writer asked for it (`UNPIN_REQUEST`): the
//   bound for a thread that read once and then computes without reading or blocking.
// Soundness never depends on the anchor: every read still holds its own (nested) pin.

/// Reads between renewals of a thread's anchor.
const READS_PER_ANCHOR: u32 = 256;
/// Snapshots a thread retires between its flushes (collection plus unpin request).
const RETIRES_PER_FLUSH: u32 = 32;

struct Anchor {
    guard: Option<Guard>,
    /// The `REQUEST_GEN` the anchor was taken in.
    generation: u64,
    reads: u32,
    retired: u32,
}

impl Anchor {
    /// Removes the pin (the caller drops it outside the borrow) and its count.
    fn take(&mut self) -> Option<Guard> {
        let g = self.guard.take()?;
        ANCHORED[(self.generation & 1) as usize].fetch_sub(1, Ordering::SeqCst);
        Some(g)
    }
}

impl Drop for Anchor {
    fn drop(&mut self) {
        drop(self.take());
    }
}

thread_local! {
    static ANCHOR: RefCell<Anchor> = const {
        RefCell::new(Anchor { guard: None, generation: 0, reads: 0, retired: 0 })
    };
}

/// Bumped by each unpin request: anchors taken in an older generation are dropped at
/// their thread's next poll.
static REQUEST_GEN: AtomicU64 = AtomicU64::new(0);
/// Live anchors by generation parity. A request is made only once every anchor older
/// than the current generation is gone (the breaker bit is clear), so two parities
/// tell "older than the request" from "newer".
static ANCHORED: [AtomicUsize; 2] = [AtomicUsize::new(0), AtomicUsize::new(0)];

/// Takes a fresh anchor for this thread (dropping its old one first).
#[cold]
#[inline(never)]
fn renew_anchor() {
    // Unpinned first: a pin taken under the old one would keep the old epoch.
    drop_anchor();
    skein_runtime::runtime::set_detach_hook(drop_anchor);
    let guard = epoch::pin();
    let generation = loop {
        let g = REQUEST_GEN.load(Ordering::SeqCst);
        ANCHORED[(g & 1) as usize].fetch_add(1, Ordering::SeqCst);
        // Counted under the generation still current after counting, so a request's
        // check of the older parity cannot miss this anchor.
        if REQUEST_GEN.load(Ordering::SeqCst) == g {
            break g;
        }
        ANCHORED[(g & 1) as usize].fetch_sub(1, Ordering::SeqCst);
    };
    let unused = ANCHOR
        .try_with(|a| match a.try_borrow_mut() {
            Ok(mut a) if a.guard.is_none() => {
                a.guard = Some(guard);
                a.generation = generation;
                a.reads = 0;
                None
            }
            _ => Some(guard),
        })
        .unwrap_or(None);
    if unused.is_some() {
        ANCHORED[(generation & 1) as usize].fetch_sub(1, Ordering::SeqCst);
        drop(unused);
    }
}

/// Drops the calling thread's anchor, if any: before it blocks, as it ends, or asked.
pub fn drop_anchor() {
    let g = ANCHOR
        .try_with(|a| a.try_borrow_mut().ok().and_then(|mut a| a.take()))
        .ok()
        .flatten();
    drop(g);
}

/// Counts a snapshot retired under `guard`; every `RETIRES_PER_FLUSH`th pushes this
/// thread's garbage to the collector, collects, and asks anchored threads to renew
/// (a nested pin never collects, and old anchors would block the epoch).
fn retired_one(guard: &Guard) {
    let due = ANCHOR
        .try_with(|a| match a.try_borrow_mut() {
            Ok(mut a) => {
                a.retired += 1;
                a.retired % RETIRES_PER_FLUSH == 0
            }
            Err(_) => false,
        })
        .unwrap_or(false);
    if !due {
        return;
    }
    guard.flush();
    let Some(rt) = skein_runtime::Runtime::global() else {
        return;
    };
    let breaker = rt.breaker();
    // `try_lock`: never blocks (a request can wait for the next flush).
    let Some(_one_at_a_time) = REQUEST_LOCK.try_lock() else {
        return;
    };
    if breaker.has(skein_runtime::reason::UNPIN_REQUEST) {
        return;
    }
    let g = REQUEST_GEN.load(Ordering::SeqCst);
    if ANCHORED[(g & 1) as usize].load(Ordering::SeqCst) == 0 {
        return;
    }
    REQUEST_GEN.store(g + 1, Ordering::SeqCst);
    breaker.set(skein_runtime::reason::UNPIN_REQUEST);
}

/// Held to start a request and to end one, so a request starts only once every anchor
/// of the generation before it is gone (what makes two parities enough).
static REQUEST_LOCK: Mutex<()> = Mutex::new(());

/// The eval breaker's `UNPIN_REQUEST`: drops this thread's anchor if it predates the
/// request; the last such anchor gone clears the request.
pub fn unpin_requested() {
    let g = REQUEST_GEN.load(Ordering::SeqCst);
    let stale = ANCHOR
        .try_with(|a| {
            a.try_borrow_mut()
                .ok()
                .and_then(|mut a| if a.generation != g { a.take() } else { None })
        })
        .ok()
        .flatten();
    drop(stale);
    let Some(rt) = skein_runtime::Runtime::global() else {
        return;
    };
    // `try_lock`: never blocks at a poll; a later poll clears the bit instead.
    let Some(_one_at_a_time) = REQUEST_LOCK.try_lock() else {
        return;
    };
    let g = REQUEST_GEN.load(Ordering::SeqCst);
    if ANCHORED[((g + 1) & 1) as usize].load(Ordering::SeqCst) == 0 {
        rt.breaker().clear(skein_runtime::reason::UNPIN_REQUEST);
    }
}
