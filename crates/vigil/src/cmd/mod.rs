//! One module per subcommand. `common` holds what several of them share.
pub mod bench;
pub mod common;
pub mod eval;
pub mod eval_dedup;
pub mod eval_geo;
pub mod eval_plover;
pub mod events;
pub mod extract;
pub mod ingest;
pub mod serve;
pub mod trends;
