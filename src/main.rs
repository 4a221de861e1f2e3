//! The `disclose` binary: parse the command line, run, exit with the code returned.

/// jemalloc instead of the system's allocator (see Cargo.toml for why). A build with
/// `RUSTFLAGS="--cfg disclose_system_allocator"` keeps the system's allocator, so that a
/// heap profiler (heaptrack, massif) sees every allocation (the README's performance notes).
#[cfg(not(any(windows, disclose_system_allocator)))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() {
    // Windows: the colours on a terminal (see `Context`) need the console's virtual terminal
    // processing, which cmd.exe leaves off. Chinese needs nothing: the standard library
    // writes to a console as UTF-16, whatever its code page (the README's Windows notes).
    #[cfg(windows)]
    let _ = anstyle_query::windows::enable_ansi_colors();
    disclose::install_panic_hook();
    let code = disclose::run(std::env::args_os());
    disclose::store::fault::report_steps();
    std::process::exit(code);
}
