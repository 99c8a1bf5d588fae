//! Same report as `vigil eval-geo FILE [--errors]`, without building the CLI.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: eval_geo FILE [--errors]")?;
    let errors = args.next().as_deref() == Some("--errors");
    let xml = std::fs::read_to_string(path)?;
    let articles = vigil_geo::eval::parse_geowebnews(&xml)?;
    let g = vigil_geo::Gazetteer::global();
    println!("{}", vigil_geo::eval::evaluate(g, &articles));
    if errors {
        for l in vigil_geo::eval::error_lines(g, &articles) {
            println!("{l}");
        }
    }
    Ok(())
}
