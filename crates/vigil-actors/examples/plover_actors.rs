//! Diagnostic: how well the registry alone finds PLOVER's coded actors.
//!
//! `cargo run --release -p vigil-actors --example plover_actors -- ../shared/dev-data/PLOVER_GSR_CAMEO.json [-v]`
//!
//! For each gold actor (source or target) with an ISO3 country code, checks
//! whether some mention found in the sentence resolves to that country.
use serde_json::Value;
use vigil_actors::{countries, ActorRegistry};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).ok_or("usage: plover_actors FILE [-v]")?;
    let verbose = args.iter().any(|a| a == "-v");
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let reg = ActorRegistry::global();
    let (mut gold, mut found, mut mentions, mut mentions_in_gold) = (0, 0, 0, 0);
    for rec in v.as_array().ok_or("not an array")? {
        let Some(text) = rec.get("text").and_then(Value::as_str) else {
            continue;
        };
        let ms = reg.find(text, None);
        let codes: Vec<String> = ms
            .iter()
            .filter_map(|m| m.actor.country.as_deref().and_then(countries::iso3))
            .map(str::to_string)
            .collect();
        let mut gold_codes = Vec::new();
        for role in ["source", "target"] {
            for a in rec
                .get(role)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let code = a.get("code").and_then(Value::as_str).unwrap_or("");
                if countries::iso2_from_iso3(code).is_none() {
                    continue;
                }
                gold += 1;
                gold_codes.push(code.to_string());
                let hit = codes.iter().any(|c| c == code);
                found += usize::from(hit);
                if verbose && !hit {
                    let at = a.get("actorText").and_then(Value::as_str).unwrap_or("");
                    println!("MISS {role} {code} {at:?}");
                }
            }
        }
        for (m, c) in ms.iter().zip(
            ms.iter()
                .map(|m| m.actor.country.as_deref().and_then(countries::iso3)),
        ) {
            mentions += 1;
            let ok = c.is_some_and(|c| gold_codes.iter().any(|g| g == c));
            mentions_in_gold += usize::from(ok);
            if verbose && !ok {
                println!("EXTRA {:?} -> {} ({:?})", m.surface, m.actor.name, c);
            }
        }
    }
    println!(
        "gold country actors {gold}, found by a mention {found} ({:.1}%)",
        100.0 * found as f64 / gold.max(1) as f64
    );
    println!(
        "mentions {mentions}, with a gold country {mentions_in_gold} ({:.1}%)",
        100.0 * mentions_in_gold as f64 / mentions.max(1) as f64
    );
    Ok(())
}
