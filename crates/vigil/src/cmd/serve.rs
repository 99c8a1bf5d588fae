//! `vigil serve` (HTTP API + dashboard over a database) and `vigil demo`
//! (ingest the bundled sample corpus into a fresh database, then serve it).

use anyhow::Context;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use vigil_serve::{Config, StoreBackend};
use vigil_store::Store;

#[derive(clap::Args)]
#[command(after_help = "Examples:
  vigil serve                                    # http://127.0.0.1:8080/
  vigil serve --db iraq.db --addr 127.0.0.1:9000
  curl 'http://127.0.0.1:8080/api/events?country=Iraq&since=2019-01-01&limit=20'
  curl http://127.0.0.1:8080/api/openapi.json    # every endpoint and parameter")]
pub struct Args {
    /// Address to listen on. Loopback by default: the API has no
    /// authentication, so exposing it is an explicit choice.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// SQLite database to serve (opened read-only).
    #[arg(long, env = "VIGIL_DB", default_value = "vigil.db")]
    pub db: PathBuf,
    /// Read-only database connections (concurrent queries).
    #[arg(long, default_value_t = 4)]
    pub connections: usize,
}

#[derive(clap::Args)]
pub struct DemoArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Database to (re)create for the demo; deleted first if it exists.
    #[arg(long, default_value = "vigil-demo.db")]
    pub db: PathBuf,
    /// Ingest and print a summary, then exit without serving.
    #[arg(long)]
    pub no_serve: bool,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    serve(&args.addr, &args.db, args.connections)
}

/// Binds, prints the URL (the port may have been chosen by the OS) and serves
/// until Ctrl-C.
fn serve(addr: &SocketAddr, db: &Path, connections: usize) -> anyhow::Result<()> {
    if db.exists() {
        super::events::upgrade_db(db)?;
    }
    let backend =
        StoreBackend::open(db, connections).with_context(|| format!("opening {}", db.display()))?;
    let merged = backend.merged();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("binding {addr}"))?;
        let local = listener.local_addr()?;
        println!("vigil: serving {} on http://{local}/", db.display());
        if !merged {
            println!("vigil: no merged events in this database; showing raw reports");
        }
        println!("vigil: API description at http://{local}/api/openapi.json; Ctrl-C stops");
        let app = vigil_serve::router(Arc::new(backend), Config::default());
        vigil_serve::serve(listener, app, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
        Ok(())
    })
}

pub fn demo(args: DemoArgs) -> anyhow::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = args.db.clone().into_os_string();
        p.push(suffix);
        let p = PathBuf::from(p);
        if p.exists() {
            std::fs::remove_file(&p).with_context(|| format!("removing {}", p.display()))?;
        }
    }
    let mut store =
        Store::open(&args.db).with_context(|| format!("creating {}", args.db.display()))?;
    let extractor = vigil_extract::Extractor::new();
    let opts = vigil_ingest::Options::default();
    let (mut articles, mut events, mut claims) = (0u64, 0u64, 0u64);
    for (name, bytes) in vigil_serve::demo::articles() {
        let parsed = match vigil_ingest::parse(bytes, name, &opts) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("vigil demo: skipping {name}: {e}");
                continue;
            }
        };
        for a in parsed {
            let records = extractor.extract(&a);
            if store.insert_article(&a, &records)? {
                articles += 1;
                for r in &records {
                    match r.kind {
                        vigil_core::Kind::Event => events += 1,
                        vigil_core::Kind::Claim => claims += 1,
                    }
                }
            }
        }
    }
    let stats = store.rebuild_events()?;
    drop(store);
    println!(
        "vigil demo: {articles} articles, {events} event reports ({} merged events), {claims} claims -> {}",
        stats.events,
        args.db.display()
    );
    if args.no_serve {
        return Ok(());
    }
    serve(&args.addr, &args.db, 4)
}
