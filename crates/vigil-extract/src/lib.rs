//! vigil-extract: sentences in, events and claims out.
//!
//! `dates` and `numbers` are pure lexical parsers; the rest turns a segmented,
//! geocoded article into [`vigil_core::Record`]s.
pub mod dates;
pub mod numbers;
