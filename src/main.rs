//! The `skein` executable: installs the allocator, hands the command line to the library and exits with its status.

#[global_allocator]
static GLOBAL: skein_runtime::alloc::Allocator = skein_runtime::alloc::Allocator;

fn main() {
    skein_runtime::alloc::configure();
    let status = skein::main_with_args(std::env::args_os().skip(1));
    std::process::exit(status);
}
