//! `ObjRef`: the counted pointer to a heap object, with an immortal flag that skips counting.
//!
//! Objects every thread touches (types, functions, code, modules, interned strings,
//! constants) are made immortal: their count is never written again, so sharing them
//! across cores costs no cache-line ping-pong. Immortal objects are never freed.

use std::ptr::NonNull;
use std::sync::atomic::{fence, Ordering};

use crate::object::{ObjBox, ObjData};
use crate::types::TypeRef;

/// Set in the count word of an immortal object; counting is skipped entirely.
const IMMORTAL: usize = 1 << (usize::BITS - 2);

pub struct ObjRef(NonNull<ObjBox>);

// SAFETY: every payload reachable from an ObjBox is Send + Sync (containers use their
// own locks), and the count is atomic.
unsafe impl Send for ObjRef {}
unsafe impl Sync for ObjRef {}

impl ObjRef {
    pub fn new(cls: TypeRef, data: ObjData) -> ObjRef {
        let b = Box::new(ObjBox::new(1, cls, data));
        ObjRef(NonNull::from(Box::leak(b)))
    }

    /// An object that is never freed and never counted.
    pub fn immortal(cls: TypeRef, data: ObjData) -> ObjRef {
        let b = Box::new(ObjBox::new(IMMORTAL, cls, data));
        ObjRef(NonNull::from(Box::leak(b)))
    }

    /// Marks an object immortal from now on: it will never be freed. Used when a value
    /// becomes shared (a class attribute, a module constant).
    pub fn make_immortal(&self) {
        let was = self.boxed().rc.fetch_or(IMMORTAL, Ordering::Relaxed);
        if was & IMMORTAL == 0 {
            // A shared instance is read by many threads: publish its attributes for
            // lock-free reads (see `instance.rs`).
            if let ObjData::Instance(i) = &self.boxed().data {
                i.share();
            }
            if let Some(i) = self.boxed().ext() {
                i.share();
            }
        }
    }

    pub fn is_immortal(&self) -> bool {
        self.boxed().rc.load(Ordering::Relaxed) & IMMORTAL != 0
    }

    /// A `'static` view, valid because the object is immortal.
    pub fn as_static(&self) -> Option<&'static ObjBox> {
        if self.is_immortal() {
            // SAFETY: immortal objects are never freed.
            Some(unsafe { &*self.0.as_ptr() })
        } else {
            None
        }
    }

    /// Re-wraps a pointer to an immortal object without counting.
    pub fn from_static(b: &'static ObjBox) -> ObjRef {
        ObjRef(NonNull::from(b))
    }

    pub fn as_ptr(&self) -> *const ObjBox {
        self.0.as_ptr()
    }

    /// Rebuilds an `ObjRef` from `as_ptr` of an immortal object.
    ///
    /// # Safety
    /// `p` must point to an immortal `ObjBox`.
    pub unsafe fn from_immortal_ptr(p: *const ObjBox) -> ObjRef {
        ObjRef(NonNull::new_unchecked(p as *mut ObjBox))
    }

    #[inline]
    pub fn boxed(&self) -> &ObjBox {
        // SAFETY: a live ObjRef keeps its box alive (count >= 1 or immortal).
        unsafe { self.0.as_ref() }
    }

    pub fn is(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    /// The text, if this is a str.
    pub fn as_str_opt(&self) -> Option<&str> {
        match &self.boxed().data {
            ObjData::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    pub fn id(&self) -> usize {
        self.0.as_ptr() as usize
    }
}

impl std::ops::Deref for ObjRef {
    type Target = ObjBox;
    #[inline]
    fn deref(&self) -> &ObjBox {
        self.boxed()
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        let rc = &self.boxed().rc;
        if rc.load(Ordering::Relaxed) & IMMORTAL == 0 {
            rc.fetch_add(1, Ordering::Relaxed);
        }
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let rc = &self.boxed().rc;
        if rc.load(Ordering::Relaxed) & IMMORTAL != 0 {
            return;
        }
        if rc.fetch_sub(1, Ordering::Release) == 1 {
            fence(Ordering::Acquire);
            // SAFETY: this was the last reference.
            unsafe { crate::object::release(self.0) };
        }
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<obj {:p}>", self.0.as_ptr())
    }
}
