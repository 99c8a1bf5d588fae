//! Counts in digits and words ("43", "fifteen", "around 53", "dozens").
