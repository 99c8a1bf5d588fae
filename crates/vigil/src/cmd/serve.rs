#[derive(clap::Args)]
pub struct Args {}

#[derive(clap::Args)]
pub struct DemoArgs {}

pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("`serve` is not implemented yet")
}

pub fn demo(_args: DemoArgs) -> anyhow::Result<()> {
    anyhow::bail!("`demo` is not implemented yet")
}
