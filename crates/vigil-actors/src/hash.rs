//! A fast hasher for the registry's own tables.
//!
//! The tables are looked up several times per generic noun (country codes,
//! names, demonyms), with short keys; std's SipHash cost more than the rest
//! of such a lookup. Their contents come from the embedded data, and a
//! lookup key cannot change them, so collision-flooding resistance buys
//! nothing here.

use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hash (as in rustc): rotate, xor, multiply, a word at a time.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;
pub(crate) type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_find_what_was_inserted() {
        let mut m: FxHashMap<String, usize> = FxHashMap::default();
        let keys = [
            "",
            "a",
            "ab",
            "abcdefgh",
            "abcdefghi",
            "burkina faso",
            "u.s.",
        ];
        for (i, k) in keys.iter().enumerate() {
            m.insert(k.to_string(), i);
        }
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(m.get(*k), Some(&i), "{k:?}");
        }
        assert_eq!(m.get("abcdefgh "), None);
    }
}
