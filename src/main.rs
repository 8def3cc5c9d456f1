//! The `skein` command line: runs a script, or with no file starts the REPL.

fn main() {
    eprintln!("skein: not yet able to run scripts");
    std::process::exit(2);
}
