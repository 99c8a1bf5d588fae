//! Decompresses the committed gazetteer at build time, so the binary embeds
//! plain text and loading it costs no inflate (the gzip keeps the repo small).
use std::io::Read;

fn main() {
    let src = "data/gazetteer.tsv.gz";
    println!("cargo:rerun-if-changed={src}");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let bytes = std::fs::read(src).expect("crates/vigil-geo/data/gazetteer.tsv.gz is committed");
    let mut text = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut text)
        .expect("gazetteer.tsv.gz is valid gzip of UTF-8 text");
    std::fs::write(out.join("gazetteer.tsv"), text).expect("OUT_DIR is writable");
}
