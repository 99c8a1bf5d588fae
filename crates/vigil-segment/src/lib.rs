//! vigil-segment: (stub, being built)
