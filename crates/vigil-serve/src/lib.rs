//! vigil-serve: (stub, being built)
