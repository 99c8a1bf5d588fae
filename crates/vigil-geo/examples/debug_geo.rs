//! Prints what `find_places` and `lookup` make of the arguments (debugging aid).
//! Each argument is read with the context of the arguments before it, as
//! vigil-extract reads an article sentence by sentence.
fn main() {
    let g = vigil_geo::Gazetteer::global();
    let mut ctx = vigil_geo::GeoContext::default();
    for arg in std::env::args().skip(1) {
        if let Some(name) = arg.strip_prefix("lookup:") {
            for p in g.lookup(name).iter().take(8) {
                println!(
                    "{name}: {} | {:?} | {} | {:?} | {:?}",
                    p.name, p.admin1, p.country_code, p.precision, p.geonameid
                );
            }
            continue;
        }
        for m in g.find_places(&arg, &ctx) {
            println!(
                "{:?} -> {} ({:?}, {}) {:?} {:.2}",
                m.surface, m.place.name, m.place.admin1, m.place.country_code, m.role, m.confidence
            );
            ctx.observe(&m);
        }
    }
}
