//! CPython's Mersenne Twister (`Modules/_randommodule.c`): MT19937 state, seeding from an int or a key, 32-bit words, `random()`, `getrandbits(k)`, internal state.

use num_bigint::{BigInt, BigUint};
use skein_interp::format::{PyError, PyResult};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// `getrandbits(k)` refuses `k` above this many bits with `MemoryError` (CPython would try
/// to allocate it); 2**31 bits is 256 MiB.
pub const MAX_RANDBITS: u64 = 1 << 31;

/// The generator: 624 words and the index of the next one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Default for Mt19937 {
    fn default() -> Self {
        let mut mt = Mt19937 {
            state: [0; N],
            index: N + 1,
        };
        mt.init_genrand(5489);
        mt
    }
}

impl Mt19937 {
    /// `init_genrand(s)`.
    pub fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array(key)`; an empty key is treated as `[0]`.
    pub fn init_by_array(&mut self, key: &[u32]) {
        let zero = [0u32];
        let key = if key.is_empty() { &zero[..] } else { key };
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// `random.seed(n)` for an int: the absolute value's 32-bit words, least significant first.
    pub fn seed_int(&mut self, n: &BigInt) {
        let key = n.magnitude().to_u32_digits();
        self.init_by_array(&key);
    }

    /// `genrand_uint32`: the next 32-bit word.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`, consuming words exactly as CPython does.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        debug_assert!(k <= 64);
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return u64::from(self.next_u32() >> (32 - k));
        }
        let low = u64::from(self.next_u32());
        let high = u64::from(self.next_u32() >> (64 - k));
        low | (high << 32)
    }

    /// `getrandbits(k)`: `ValueError` for negative `k`.
    pub fn getrandbits(&mut self, k: i64) -> PyResult<BigInt> {
        if k < 0 {
            return Err(PyError::value("number of bits must be non-negative"));
        }
        if k <= 64 {
            return Ok(BigInt::from(self.getrandbits_u64(k as u32)));
        }
        if k as u64 > MAX_RANDBITS {
            return Err(PyError::memory());
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut digits = Vec::with_capacity(words);
        let mut remaining = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if remaining < 32 {
                r >>= 32 - remaining;
            }
            digits.push(r);
            remaining -= 32;
        }
        Ok(BigInt::from(BigUint::new(digits)))
    }

    /// `_random.Random.getstate()`: the 624 words and the index (CPython's 625-tuple).
    pub fn state(&self) -> (Vec<u32>, usize) {
        (self.state.to_vec(), self.index)
    }

    /// `_random.Random.setstate(state)` from the 625 values the VM read out of the tuple
    /// (each word already converted to an unsigned 32-bit value, the last is the index).
    pub fn set_state(&mut self, words: &[u32], index: i64) -> PyResult<()> {
        if words.len() != N {
            return Err(PyError::value("state vector is the wrong size"));
        }
        if !(0..=N as i64).contains(&index) {
            return Err(PyError::value("invalid state"));
        }
        self.state.copy_from_slice(words);
        self.index = index as usize;
        Ok(())
    }
}
