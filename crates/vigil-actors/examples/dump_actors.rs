//! Dumps every actor mention `find_shared` and `find` give over text files,
//! with every field, so that a change meant to be output-preserving can be
//! checked with `cmp` against a dump made before it.
//!
//! `cargo run --release -p vigil-actors --example dump_actors -- FILE... > dump.txt`
//!
//! Each file is searched line by line, and each line also sentence by
//! sentence (split after ". ", "? ", "! "), under several country hints:
//! none, a few valid ISO2 codes (one in lower case, as callers may pass) and
//! an unknown one. `--repeat N` searches everything N times, printing once,
//! for profiling.

use vigil_actors::{ActorRegistry, SharedMention};

const HINTS: &[Option<&str>] = &[
    None,
    Some("IQ"),
    Some("ML"),
    Some("ng"),
    Some("SO"),
    Some("US"),
    Some("YE"),
    Some("XX"),
];

fn sentences(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = line.as_bytes();
    for i in 0..b.len().saturating_sub(1) {
        if matches!(b[i], b'.' | b'?' | b'!') && b[i + 1] == b' ' {
            if let Some(s) = line.get(start..=i) {
                out.push(s);
            }
            start = i + 2;
        }
    }
    if let Some(s) = line.get(start..) {
        if !s.trim().is_empty() {
            out.push(s);
        }
    }
    out
}

fn shared_line(m: &SharedMention, text: &str) -> String {
    let a = &m.actor;
    format!(
        "{}..{} {:?} generic={} id={} name={:?} country={:?} cat={} parent={:?} aliases={:?}",
        m.start,
        m.end,
        text.get(m.start..m.end).unwrap_or("<bad span>"),
        m.generic,
        a.id,
        a.name,
        a.country,
        a.category.as_str(),
        a.parent,
        a.aliases
    )
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut repeat = 1usize;
    if let Some(i) = args.iter().position(|a| a == "--repeat") {
        repeat = args
            .get(i + 1)
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| {
                eprintln!("--repeat needs a number");
                std::process::exit(2);
            });
        args.drain(i..=i + 1);
    }
    let reg = ActorRegistry::global();
    let mut texts: Vec<(String, String)> = Vec::new();
    for path in &args {
        match std::fs::read_to_string(path) {
            Ok(t) => texts.push((path.clone(), t)),
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
    let mut units: Vec<&str> = Vec::new();
    for (_, t) in &texts {
        for line in t.lines().filter(|l| !l.trim().is_empty()) {
            units.push(line);
            let ss = sentences(line);
            if ss.len() > 1 {
                units.extend(ss);
            }
        }
    }
    // Build the lazily loaded tables (registry, gazetteer) before the
    // measured passes, so that a profile of `search_all` is steady state.
    for hint in HINTS {
        reg.find_shared("Iraqi troops and Malians met US soldiers", *hint);
    }
    let mut found = search_all(reg, &units);
    for _ in 1..repeat {
        found = search_all(reg, &units);
    }
    let mut found = found.into_iter();
    for (k, u) in units.iter().enumerate() {
        for hint in HINTS {
            let shared = found.next().unwrap_or_default();
            if shared.is_empty() {
                continue;
            }
            println!("# {k} hint={hint:?}");
            for m in &shared {
                println!("S {}", shared_line(m, u));
            }
            // `find` is `find_shared` plus copies; check it agrees.
            let owned = reg.find(u, *hint);
            assert_eq!(owned.len(), shared.len(), "find vs find_shared: {u:?}");
            for (o, s) in owned.iter().zip(&shared) {
                assert!(
                    o.start == s.start
                        && o.end == s.end
                        && o.generic == s.generic
                        && o.actor == *s.actor
                        && Some(o.surface.as_str()) == u.get(o.start..o.end),
                    "find vs find_shared: {u:?}"
                );
            }
        }
    }
}

/// One `find_shared` per unit and hint, in order: the part worth profiling
/// (`--toggle-collect='*search_all*'`).
#[inline(never)]
fn search_all(reg: &ActorRegistry, units: &[&str]) -> Vec<Vec<SharedMention>> {
    let mut out = Vec::with_capacity(units.len() * HINTS.len());
    for u in units {
        for hint in HINTS {
            out.push(reg.find_shared(u, *hint));
        }
    }
    out
}
