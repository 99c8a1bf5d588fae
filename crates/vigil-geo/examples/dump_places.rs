//! Every place mention `find_places` makes of the given text files, with all
//! fields, for checking that a change to the finder leaves its output as it
//! was: `cargo run --release -p vigil-geo --example dump_places FILE... > out`.
//!
//! Each file is read three ways, as vigil-extract and others use the crate:
//! line by line with an article context that observes every non-metonym
//! mention (as `vigil-extract`'s `Geo::places` does), the country lookup its
//! `Geo::countries_only` makes of capitalised words, and the whole file in
//! one call (so that the article-wide second reading is exercised over many
//! candidates).
use vigil_geo::{GeoContext, MentionRole, PlaceMention};

fn print(tag: &str, file: &str, line: usize, m: &PlaceMention) {
    let p = &m.place;
    println!(
        "{tag}\t{file}:{line}\t{}-{}\t{:?}\t{:?}\t{:?}\t{p:?}",
        m.start, m.end, m.surface, m.role, m.confidence,
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let g = vigil_geo::Gazetteer::global();
    for file in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&file)?;
        let mut ctx = GeoContext::new();
        for (n, line) in text.lines().enumerate() {
            for m in g.find_places(line, &ctx) {
                print("line", &file, n, &m);
                if m.role != MentionRole::Metonym {
                    ctx.observe(&m);
                }
            }
            for w in line.split(|c: char| !c.is_alphanumeric()) {
                if w.chars().next().is_some_and(char::is_uppercase) {
                    if let Some(p) = g.country(w) {
                        println!("country\t{file}:{n}\t{w}\t{p:?}");
                    }
                }
            }
        }
        println!(
            "ctx\t{file}\t{:?}\t{:?}\t{:?}",
            ctx.current_country(),
            ctx.countries(),
            ctx.admin1s()
        );
        for m in g.find_places(&text, &GeoContext::default()) {
            print("whole", &file, 0, &m);
        }
    }
    Ok(())
}
