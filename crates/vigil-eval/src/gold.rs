//! Scoring against the hand-annotated fixtures (tests/fixtures).
