// Build script: generates the LR(1) parser from src/python.lalrpop into OUT_DIR.
fn main() {
    println!("cargo:rerun-if-changed=src/python.lalrpop");
    // Only the grammar file triggers regeneration; lalrpop's own directives would also
    // re-run this script for every edited file under src/.
    if let Err(err) = lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .emit_rerun_directives(false)
        .process()
    {
        eprintln!("lalrpop failed: {err}");
        std::process::exit(1);
    }
}
