//! vigil-eval: scoring vigil's output against gold annotations.
//! `gold`: the repo's own hand-annotated fixtures; `plover`: the PLOVER gold sentences.
pub mod gold;
pub mod plover;
