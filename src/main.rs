//! The `skein` executable: hands the command line to the library and exits with its status.

fn main() {
    let status = skein::main_with_args(std::env::args_os().skip(1));
    std::process::exit(status);
}
