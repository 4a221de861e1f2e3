//! The `disclose` binary: parse the command line, run, exit with the code returned.

fn main() {
    disclose::install_panic_hook();
    let code = disclose::run(std::env::args_os());
    std::process::exit(code);
}
