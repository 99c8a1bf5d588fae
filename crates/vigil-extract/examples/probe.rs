//! Development probe: prints what the registry and gazetteer see in a
//! sentence, and the records extracted from it as a one-sentence article.
//! `cargo run --release -p vigil-extract --example probe -- "sentence" [YYYY-MM-DD]`
use vigil_core::Article;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(s) = args.get(1) else {
        eprintln!("usage: probe SENTENCE [PUBLISHED]");
        return;
    };
    let published = args.get(2).and_then(|d| d.parse().ok());
    let ctx = vigil_geo::GeoContext::new();
    for p in vigil_geo::Gazetteer::global().find_places(s, &ctx) {
        println!(
            "place {:?} {:?} {} {} {:?} {:.2}",
            p.surface, p.role, p.place.name, p.place.country_code, p.place.precision, p.confidence
        );
    }
    for a in vigil_actors::ActorRegistry::global().find(s, None) {
        println!(
            "actor {:?} -> {} ({:?}, generic={})",
            a.surface, a.actor.name, a.actor.category, a.generic
        );
    }
    if let Some(p) = published {
        for d in vigil_extract::dates::find_dates(s, p) {
            println!("date {:?} {} {:?}", &s[d.start..d.end], d.date, d.precision);
        }
    }
    for c in vigil_extract::numbers::find_counts(s) {
        println!(
            "count {:?} {}/{}/{}",
            &s[c.start..c.end],
            c.low,
            c.best,
            c.high
        );
    }
    // A path to a fixture-style .txt file runs the whole article.
    let body = match std::fs::read_to_string(s) {
        Ok(t) => t
            .lines()
            .skip_while(|l| l.contains(": ") && !l.is_empty())
            .skip_while(|l| l.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        Err(_) => format!("Probe\n\n{s}"),
    };
    let mut a = Article::new(body);
    a.published = published;
    for r in vigil_extract::Extractor::new().extract(&a) {
        println!(
            "{} {:?}/{:?} {:?} {:?}/{:?} a1={:?} a2={:?} k={:?} w={:?} d={:?} src={:?}\n   {}",
            r.kind.as_str(),
            r.event_type,
            r.sub_event_type,
            r.date,
            r.admin1,
            r.location,
            r.actor1,
            r.actor2,
            r.fatalities,
            r.wounded,
            r.detained,
            r.source,
            r.text.chars().take(110).collect::<String>()
        );
    }
}
