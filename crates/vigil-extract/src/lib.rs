//! vigil-extract: (stub, being built)
