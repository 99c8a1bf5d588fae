//! vigil-eval: (stub, being built)
