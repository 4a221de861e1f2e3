//! The `disclose` binary: parse the command line, run, exit with the code returned.

/// jemalloc instead of the system's allocator (see Cargo.toml for why).
#[cfg(not(windows))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() {
    disclose::install_panic_hook();
    let code = disclose::run(std::env::args_os());
    std::process::exit(code);
}
