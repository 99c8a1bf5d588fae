//! Prints how long decoding the embedded gazetteer takes and its size.
fn main() {
    let t = std::time::Instant::now();
    let g = vigil_geo::Gazetteer::global();
    println!("{} rows loaded in {:?}", g.len(), t.elapsed());
    let t = std::time::Instant::now();
    let g2 = vigil_geo::Gazetteer::embedded().map(|g| g.len());
    println!("second decode {:?} in {:?}", g2, t.elapsed());
}
