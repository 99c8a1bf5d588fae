//! vigil-geo: (stub, being built)
