//! The `random` module's algorithms (CPython 3.11's `Lib/random.py` over its Mersenne Twister), expressed over ints, floats and indexes for the VM to wrap.

pub mod mt;

#[cfg(test)]
mod tests;

use std::io::Read;

use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};
use sha2::{Digest, Sha512};
use skein_interp::format::{ErrorKind, PyError, PyResult};

pub use mt::Mt19937;

/// What `random.seed(a)` was given, as the VM classifies it.
#[derive(Debug, Clone, PartialEq)]
pub enum Seed<'a> {
    /// `None`: seed from OS randomness (time and pid if that fails).
    Os,
    /// An int (bool included): its absolute value.
    Int(&'a BigInt),
    /// A str (its UTF-8 bytes), bytes or bytearray: version-2 seeding through SHA-512.
    Bytes(&'a [u8]),
    /// Any other hashable object (a float...): its `hash()`.
    Hash(i64),
}

/// `random.getstate()` as plain data: `(3, (*words, index), gauss_next)`.
#[derive(Debug, Clone, PartialEq)]
pub struct RandomState {
    pub version: i64,
    pub words: Vec<u32>,
    pub index: usize,
    pub gauss_next: Option<f64>,
}

/// One `random.Random` instance.
#[derive(Debug, Clone, Default)]
pub struct Random {
    mt: Mt19937,
    gauss_next: Option<f64>,
}

/// Result lists longer than this raise `MemoryError` instead of being allocated.
pub const MAX_RESULT_LEN: usize = 1 << 28;

fn index_error(msg: &str) -> PyError {
    PyError::new(ErrorKind::IndexError, msg)
}

impl Random {
    /// `random.Random(seed)`.
    pub fn new(seed: Seed<'_>) -> Self {
        let mut r = Random::default();
        r.seed(seed);
        r
    }

    /// `random.seed(a)` (version 2).
    pub fn seed(&mut self, seed: Seed<'_>) {
        match seed {
            Seed::Os => self.seed_from_os(),
            Seed::Int(n) => self.mt.seed_int(n),
            Seed::Bytes(bytes) => {
                let mut all = bytes.to_vec();
                all.extend_from_slice(&Sha512::digest(bytes));
                self.mt.seed_int(&BigInt::from_bytes_be(Sign::Plus, &all));
            }
            Seed::Hash(h) => {
                // CPython casts the hash to size_t.
                self.mt.seed_int(&BigInt::from(h as u64));
            }
        }
        self.gauss_next = None;
    }

    fn seed_from_os(&mut self) {
        let mut bytes = [0u8; 624 * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut bytes))
            .is_ok();
        if ok {
            let key: Vec<u32> = bytes
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            self.mt.init_by_array(&key);
        } else {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            let key = [
                now.as_secs() as u32,
                (now.as_secs() >> 32) as u32,
                now.subsec_nanos(),
                std::process::id(),
            ];
            self.mt.init_by_array(&key);
        }
    }

    /// The underlying generator.
    pub fn mt(&mut self) -> &mut Mt19937 {
        &mut self.mt
    }

    /// `random()`.
    pub fn random(&mut self) -> f64 {
        self.mt.random()
    }

    /// `getrandbits(k)`.
    pub fn getrandbits(&mut self, k: i64) -> PyResult<BigInt> {
        self.mt.getrandbits(k)
    }

    /// `_randbelow(n)` for `n > 0` that fits in 64 bits.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.mt.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for any `n > 0`.
    pub fn randbelow(&mut self, n: &BigInt) -> PyResult<BigInt> {
        if let Some(small) = n.to_u64() {
            return Ok(BigInt::from(self.randbelow_u64(small)));
        }
        let k = i64::try_from(n.bits()).unwrap_or(i64::MAX);
        loop {
            let r = self.mt.getrandbits(k)?;
            if &r < n {
                return Ok(r);
            }
        }
    }

    /// `randrange(stop)` (`stop` given as `start`, `stop = None`) or
    /// `randrange(start, stop[, step])`. `step_given` is false when the caller passed no
    /// step (CPython tells `randrange(10, None, 1)` from `randrange(10)`).
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: &BigInt,
        step_given: bool,
    ) -> PyResult<BigInt> {
        let Some(stop) = stop else {
            if step_given {
                return Err(PyError::type_error("Missing a non-None stop argument"));
            }
            if start.is_positive() {
                return self.randbelow(start);
            }
            return Err(PyError::value("empty range for randrange()"));
        };
        let width = stop - start;
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width)?);
            }
            return Err(PyError::value(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        }
        let n = if step.is_positive() {
            floor_div(&(&width + step - 1), step)
        } else if step.is_negative() {
            floor_div(&(&width + step + 1), step)
        } else {
            return Err(PyError::value("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(PyError::value("empty range for randrange()"));
        }
        Ok(start + step * self.randbelow(&n)?)
    }

    /// `randrange` over machine ints (same draws as the BigInt form).
    pub fn randrange_i64(&mut self, start: i64, stop: i64) -> PyResult<i64> {
        let width = i128::from(stop) - i128::from(start);
        if width > 0 {
            let r = self.randbelow_u64(width as u64);
            return Ok((i128::from(start) + i128::from(r)) as i64);
        }
        Err(PyError::value(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )))
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
        let stop = b + 1;
        self.randrange(a, Some(&stop), &BigInt::one(), false)
    }

    /// `choice(seq)`: the index to take from a sequence of `len` items.
    pub fn choice_index(&mut self, len: usize) -> PyResult<usize> {
        if len == 0 {
            return Err(index_error("Cannot choose from an empty sequence"));
        }
        Ok(self.randbelow_u64(len as u64) as usize)
    }

    /// `shuffle(x)` in place, swapping in CPython's order.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }

    /// `sample(population, k)`: the indexes into a population of `n` items, in the
    /// order CPython picks them (pool or set method, by CPython's size rule).
    pub fn sample_indexes(&mut self, n: usize, k: i64) -> PyResult<Vec<usize>> {
        let k = match usize::try_from(k) {
            Ok(k) if k <= n => k,
            _ => {
                return Err(PyError::value(
                    "Sample larger than population or is negative",
                ))
            }
        };
        if k > MAX_RESULT_LEN {
            return Err(PyError::memory());
        }
        // CPython: setsize = 21, plus 4 ** ceil(log(k * 3, 4)) when k > 5.
        let mut setsize: u128 = 21;
        if k > 5 {
            let exponent = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil() as u32;
            setsize = 4u128
                .checked_pow(exponent)
                .map_or(u128::MAX, |p| p.saturating_add(21));
        }
        let mut result = Vec::with_capacity(k);
        if n as u128 <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_u64((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow_u64(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow_u64(n as u64) as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `choices(population, k=k)` without weights: indexes `floor(random() * n)`.
    pub fn choices_indexes(&mut self, n: usize, k: usize) -> PyResult<Vec<usize>> {
        if k > MAX_RESULT_LEN {
            return Err(PyError::memory());
        }
        let nf = n as f64;
        Ok((0..k)
            .map(|_| (self.random() * nf).floor() as usize)
            .collect())
    }

    /// `choices(population, cum_weights=cum, k=k)`; with `weights` the VM passes their
    /// running sums. CPython's errors for a bad total.
    pub fn choices_weighted_indexes(
        &mut self,
        cum_weights: &[f64],
        k: usize,
    ) -> PyResult<Vec<usize>> {
        let Some(&total) = cum_weights.last() else {
            return Err(index_error("list index out of range"));
        };
        if total <= 0.0 {
            return Err(PyError::value("Total of weights must be greater than zero"));
        }
        if !total.is_finite() {
            return Err(PyError::value("Total of weights must be finite"));
        }
        if k > MAX_RESULT_LEN {
            return Err(PyError::memory());
        }
        let hi = cum_weights.len() - 1;
        Ok((0..k)
            .map(|_| {
                let x = self.random() * total;
                // bisect_right(cum_weights, x, 0, hi)
                cum_weights[..hi].partition_point(|w| *w <= x)
            })
            .collect())
    }

    /// `uniform(a, b)`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `gauss(mu, sigma)`.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
    pub fn randbytes(&mut self, n: i64) -> PyResult<Vec<u8>> {
        if n < 0 {
            return Err(PyError::value("negative argument not allowed"));
        }
        let bits = self.getrandbits(n.saturating_mul(8))?;
        let mut bytes = bits.to_bytes_le().1;
        bytes.resize(n as usize, 0);
        Ok(bytes)
    }

    /// `getstate()`.
    pub fn getstate(&self) -> RandomState {
        let (words, index) = self.mt.state();
        RandomState {
            version: 3,
            words,
            index,
            gauss_next: self.gauss_next,
        }
    }

    /// `setstate(state)` for version 3 (version 2 words the VM reduces mod 2**32 first).
    pub fn setstate(&mut self, state: &RandomState, index: i64) -> PyResult<()> {
        if state.version != 3 && state.version != 2 {
            return Err(PyError::value(format!(
                "state with version {} passed to Random.setstate() of version 3",
                state.version
            )));
        }
        self.mt.set_state(&state.words, index)?;
        self.gauss_next = state.gauss_next;
        Ok(())
    }
}

/// Python's `//` on ints (floor division); `b` is non-zero.
fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    let q = a / b;
    let r = a - &q * b;
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        q - 1
    } else {
        q
    }
}
