//! Serves the dashboard over synthetic in-memory data (no database needed):
//! `cargo run --release -p vigil-serve --example sample -- 127.0.0.1:8099 2000`
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let addr = args.next().unwrap_or_else(|| "127.0.0.1:8099".into());
    let n: u64 = args.next().map(|s| s.parse()).transpose()?.unwrap_or(2000);
    let backend = Arc::new(vigil_serve::synth::mem_backend(n, 7));
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("http://{}/", listener.local_addr()?);
    let app = vigil_serve::router(backend, vigil_serve::Config::default());
    vigil_serve::serve(listener, app, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
