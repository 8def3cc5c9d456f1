//! `SetTable`: the open-addressing table behind `set` and `frozenset`, laid out as
//! CPython 3.11's `Objects/setobject.c` lays out its table (linear probes then perturbed
//! jumps, growth on 60% fill, dummies left by deletion, the `pop` finger), so that sets
//! iterate, print and pop in CPython's order. Dicts keep their insertion order (`dict.rs`).
//!
//! Like `DictMap`, it knows only hashes and native equality: keys whose equality needs
//! Python code are reported back as candidates for the VM to compare unlocked.

use crate::dict::native_eq;
use crate::value::Value;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    /// A deleted entry: probing continues past it.
    Dummy,
    Full(i64, Value),
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Full plus dummy slots.
    fill: usize,
    /// Full slots.
    used: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable::new()
    }
}

/// The slots CPython's probe sequence visits for `hash` in a table of `mask + 1`:
/// each stop looks at itself and up to `LINEAR_PROBES` following slots, then jumps.
struct Probe {
    i: usize,
    mask: usize,
    perturb: u64,
    j: usize,
    probes: usize,
}

fn linear(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let i = (hash as u64 as usize) & mask;
        Probe {
            i,
            mask,
            perturb: hash as u64,
            j: 0,
            probes: linear(i, mask),
        }
    }
}

impl Iterator for Probe {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.j > self.probes {
            self.perturb >>= PERTURB_SHIFT;
            self.i = (self
                .i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize))
                & self.mask;
            self.probes = linear(self.i, self.mask);
            self.j = 0;
        }
        let at = self.i + self.j;
        self.j += 1;
        Some(at)
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Slot of the entry equal to `key` natively; keys needing a Python `__eq__` are
    /// pushed to `slow` instead.
    pub fn find(&self, hash: i64, key: &Value, slow: &mut Vec<Value>) -> Option<usize> {
        self.find_by(hash, |k| match native_eq(key, k) {
            Some(r) => r,
            None => {
                slow.push(k.clone());
                false
            }
        })
    }

    /// Slot of the entry whose key is this very object.
    pub fn find_identical(&self, hash: i64, key: &Value) -> Option<usize> {
        self.find_by(hash, |k| k.is(key))
    }

    fn find_by(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        for i in Probe::new(hash, self.mask()) {
            match &self.slots[i] {
                Slot::Empty => return None,
                Slot::Full(h, k) if *h == hash && eq(k) => return Some(i),
                _ => {}
            }
        }
        None
    }

    /// Adds a key known to be absent (CPython's `set_add_entry` after a failed lookup):
    /// the last dummy on the probe path is reused, else the empty slot ending it.
    pub fn insert(&mut self, hash: i64, key: Value) {
        let mut freeslot = None;
        let mut empty = 0;
        for i in Probe::new(hash, self.mask()) {
            match &self.slots[i] {
                Slot::Empty => {
                    empty = i;
                    break;
                }
                // CPython keeps the last dummy seen on the path, not the first.
                Slot::Dummy => freeslot = Some(i),
                _ => {}
            }
        }
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Full(hash, key);
            self.used += 1;
            return;
        }
        self.slots[empty] = Slot::Full(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let n = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(n);
        }
    }

    /// CPython's `set_insert_clean`: into a table with no dummies and no equal key.
    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        for i in Probe::new(hash, mask) {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Full(hash, key);
                return;
            }
        }
    }

    /// CPython's `set_table_resize`: the smallest power of two above `minused`.
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for s in old {
            if let Slot::Full(h, k) = s {
                Self::insert_clean(&mut self.slots, h, k);
            }
        }
    }

    /// Makes room for `extra` more keys at once, as CPython does before merging a set
    /// or a dict into this one.
    pub fn presize(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// `set_merge` into an empty table: the same layout when sizes match, else clean
    /// insertions in the other table's slot order.
    pub fn copy_from(other: &SetTable) -> SetTable {
        let mut t = SetTable::new();
        if other.used == 0 {
            return t;
        }
        t.presize(other.used);
        if t.slots.len() == other.slots.len() && other.fill == other.used {
            t.slots = other.slots.clone();
        } else {
            for s in &other.slots {
                if let Slot::Full(h, k) = s {
                    Self::insert_clean(&mut t.slots, *h, k.clone());
                }
            }
        }
        t.fill = other.used;
        t.used = other.used;
        t
    }

    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
        match std::mem::replace(self.slots.get_mut(i)?, Slot::Dummy) {
            Slot::Full(_, k) => {
                self.used -= 1;
                Some(k)
            }
            other => {
                self.slots[i] = other;
                None
            }
        }
    }

    /// `set.pop()`: the first full slot from the finger on.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Full(..)) {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    pub fn clear(&mut self) {
        *self = SetTable::new();
    }

    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Full(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }

    /// The entry at slot `pos` or later, for iterators.
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Value)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Full(_, k) => Some((i, k)),
                _ => None,
            })
    }

    pub fn hash_at(&self, i: usize) -> Option<i64> {
        match self.slots.get(i)? {
            Slot::Full(h, _) => Some(*h),
            _ => None,
        }
    }
}
