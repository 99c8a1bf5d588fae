//! Resolving date expressions against a publication date.
