//! Replays recorded `find_shared` calls, for profiling the search on the
//! sentences extraction really gives it (dump_actors searches whole lines,
//! which are longer than sentences).
//!
//! `cargo run --release -p vigil-actors --example replay -- CALLS.tsv [--print]`
//!
//! CALLS.tsv has one call a line: the country hint ("-" for none), a TAB,
//! and the text with its newlines written as U+0001. `--print` prints every
//! mention found, so that two builds can be compared with `cmp`; profile the
//! search alone with `--toggle-collect='*replay_all*'`.

use vigil_actors::{ActorRegistry, SharedMention};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let print = args.iter().any(|a| a == "--print");
    args.retain(|a| a != "--print");
    let Some(path) = args.first() else {
        eprintln!("usage: replay CALLS.tsv [--print]");
        std::process::exit(2);
    };
    let raw = match std::fs::read_to_string(path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let calls: Vec<(Option<&str>, String)> = raw
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(h, t)| ((h != "-").then_some(h), t.replace('\u{1}', "\n")))
        .collect();
    let reg = ActorRegistry::global();
    // Build the lazily loaded tables before the measured pass.
    reg.find_shared("Iraqi troops and Malians met US soldiers", Some("IQ"));
    let found = replay_all(reg, &calls);
    if print {
        for ((hint, text), ms) in calls.iter().zip(&found) {
            println!("# {hint:?} {text:?}");
            for m in ms {
                println!("{}..{} generic={} {:?}", m.start, m.end, m.generic, m.actor);
            }
        }
    }
}

#[inline(never)]
fn replay_all(reg: &ActorRegistry, calls: &[(Option<&str>, String)]) -> Vec<Vec<SharedMention>> {
    calls
        .iter()
        .map(|(hint, text)| reg.find_shared(text, *hint))
        .collect()
}
