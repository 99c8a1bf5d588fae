//! Helpers shared by several subcommands.
