//! vigil-trends: (stub, being built)
