//! Per-module import locks: one thread runs a module's body while other threads importing it wait (CPython's `_ModuleLock`).
//!
//! A module is in `sys.modules` from the moment its body starts. Without these locks a
//! second thread importing it then gets the half-run module (`module 'io' has no
//! attribute 'open'` when two threads call `open` first at once), or runs the body a
//! second time if it looked before the first thread stored it. The locks are owned and
//! reentrant, so a module that imports itself (directly or in a cycle on one thread) gets
//! its half-run self, as in CPython; a cycle across threads is a deadlock, detected
//! before waiting, and the importer then also gets the half-run module.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;
use skein_runtime::thread::current_ident;
use skein_runtime::wait::Wake;
use skein_runtime::RLock;

use crate::func::PyResult;
use crate::vm::{Interp, Vm};

#[derive(Default)]
pub struct ImportLocks {
    /// Module name → its lock, while some thread imports it or waits to.
    table: Mutex<HashMap<String, Arc<RLock>>>,
    /// Thread ident → the lock it waits for: the edges deadlock detection follows.
    waiting: Mutex<HashMap<u64, Arc<RLock>>>,
    /// Locks held. While none is, a module found in `sys.modules` is complete.
    held: AtomicUsize,
}

/// The calling thread's hold on one module's import lock; released on drop.
pub struct ImportGuard {
    interp: Arc<Interp>,
    name: String,
    lock: Arc<RLock>,
}

impl ImportLocks {
    /// Whether some thread is importing a module right now.
    pub fn busy(&self) -> bool {
        self.held.load(Ordering::SeqCst) > 0
    }

    fn entry(&self, name: &str) -> Arc<RLock> {
        self.table
            .lock()
            .entry(name.to_string())
            .or_insert_with(|| Arc::new(RLock::new()))
            .clone()
    }

    /// Whether thread `me` waiting for `lock` closes a cycle of waits; if not, records
    /// the wait (in the same critical section, so two threads cannot both miss it).
    fn start_waiting(&self, me: u64, lock: &Arc<RLock>) -> bool {
        let mut waiting = self.waiting.lock();
        let mut cur = lock.clone();
        for _ in 0..=waiting.len() {
            let (owner, _) = cur.owner_and_count();
            if owner == me {
                return false;
            }
            match waiting.get(&owner) {
                Some(next) if owner != 0 => cur = next.clone(),
                _ => break,
            }
        }
        waiting.insert(me, lock.clone());
        true
    }

    fn stop_waiting(&self, me: u64) {
        self.waiting.lock().remove(&me);
    }
}

impl Vm {
    /// Takes module `name`'s import lock, waiting (without the global lock, and
    /// interruptibly) while another thread holds it. `None` when waiting would deadlock.
    pub fn lock_import(&mut self, name: &str) -> PyResult<Option<ImportGuard>> {
        let interp = self.interp.clone();
        let locks = &interp.import_locks;
        let lock = locks.entry(name);
        let got = match lock.try_acquire() {
            Ok(true) => true,
            _ => {
                let me = current_ident();
                if !locks.start_waiting(me, &lock) {
                    false
                } else {
                    let waited = self.wait_loop(None, |rt, d| {
                        lock.acquire_until(rt, d).unwrap_or(Wake::TimedOut)
                    });
                    locks.stop_waiting(me);
                    match waited {
                        Ok(got) => got,
                        Err(e) => {
                            // Interrupted (a signal handler raised): not held.
                            drop_entry(locks, name, &lock);
                            return Err(e);
                        }
                    }
                }
            }
        };
        if !got {
            drop_entry(locks, name, &lock);
            return Ok(None);
        }
        locks.held.fetch_add(1, Ordering::SeqCst);
        Ok(Some(ImportGuard {
            interp: interp.clone(),
            name: name.to_string(),
            lock,
        }))
    }
}

/// Removes `name`'s lock from the table when the caller's handle (about to be dropped)
/// and the table's are the only ones: nobody else holds it or waits for it.
fn drop_entry(locks: &ImportLocks, name: &str, lock: &Arc<RLock>) {
    let mut table = locks.table.lock();
    if Arc::strong_count(lock) == 2 {
        table.remove(name);
    }
}

impl Drop for ImportGuard {
    fn drop(&mut self) {
        let locks = &self.interp.import_locks;
        let _ = self.lock.release();
        locks.held.fetch_sub(1, Ordering::SeqCst);
        drop_entry(locks, &self.name, &self.lock);
    }
}
