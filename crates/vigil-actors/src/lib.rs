//! vigil-actors: (stub, being built)
