//! vigil-store: (stub, being built)
