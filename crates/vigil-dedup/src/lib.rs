//! vigil-dedup: (stub, being built)
