//! vigil-ingest: (stub, being built)
