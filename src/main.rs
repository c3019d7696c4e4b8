fn main() {
    std::process::exit(halaqa::cli::run());
}
