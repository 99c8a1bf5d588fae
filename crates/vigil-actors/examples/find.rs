//! Prints the actor mentions the registry finds in a text.
//!
//! `cargo run --release -p vigil-actors --example find -- "Iraqi troops killed two IS fighters" [ISO2-hint]`
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(text) = args.get(1) else {
        eprintln!("usage: find TEXT [COUNTRY-HINT]");
        std::process::exit(2);
    };
    let hint = args.get(2).map(String::as_str);
    for m in vigil_actors::ActorRegistry::global().find(text, hint) {
        println!(
            "{:>4}..{:<4} {:?} -> {} [{}; {}]{}",
            m.start,
            m.end,
            m.surface,
            m.actor.name,
            m.actor.category.as_str(),
            m.actor.country.as_deref().unwrap_or("-"),
            if m.generic { " generic" } else { "" }
        );
    }
}
