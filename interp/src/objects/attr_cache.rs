//! A per-thread cache of class attribute slots by (class, interned name), checked
//! against `TYPE_EPOCH`: `LoadAttr`/`LoadMethod` on instances skip the MRO map lookup.

use std::sync::atomic::Ordering;

use crate::namespace::{Slot, TYPE_EPOCH};
use crate::objref::ObjRef;
use crate::types::{tobj, TypeRef};

const ENTRIES: usize = 512;

#[derive(Clone, Copy)]
struct Entry {
    ty: usize,
    name: usize,
    epoch: u64,
    slot: Option<&'static Slot>,
}

pub struct AttrCache {
    entries: Box<[Entry]>,
}

impl Default for AttrCache {
    fn default() -> Self {
        let empty = Entry {
            ty: 0,
            name: 0,
            epoch: u64::MAX,
            slot: None,
        };
        AttrCache {
            entries: vec![empty; ENTRIES].into_boxed_slice(),
        }
    }
}

impl AttrCache {
    /// The slot holding `name` somewhere along `cls`'s MRO, or None when no class
    /// there defines it. `name` must be interned (bytecode names are).
    #[inline]
    pub fn class_slot(&mut self, cls: TypeRef, name: &ObjRef) -> Option<&'static Slot> {
        let ty = cls as *const _ as usize;
        let nm = name.id();
        let i = ((ty >> 4) ^ (nm >> 3)) % ENTRIES;
        let epoch = TYPE_EPOCH.load(Ordering::Acquire);
        let e = &mut self.entries[i];
        if e.ty == ty && e.name == nm && e.epoch == epoch {
            return e.slot;
        }
        let (slot, at) = tobj(cls).slot_interned(name);
        *e = Entry {
            ty,
            name: nm,
            epoch: at,
            slot,
        };
        slot
    }
}
