//! vigil-eval: scoring vigil's output against gold annotations.
//! `gold`: the repo's own hand-annotated fixtures; `plover`: the PLOVER gold sentences;
//! `dedup`: which reports should merge into one event.
pub mod dedup;
pub mod gold;
pub mod plover;
