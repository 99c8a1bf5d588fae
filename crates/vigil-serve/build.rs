// include_dir! embeds the files that exist at compile time; watching the
// directory makes adding or removing a sample article trigger a rebuild.
fn main() {
    for dir in ["articles", "holdout", "dedup"] {
        println!("cargo:rerun-if-changed=../../tests/fixtures/{dir}");
    }
}
