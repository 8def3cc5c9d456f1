// Development aid: parses the files named on the command line and prints lines per second.
fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let sources: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    let lines: usize = sources.iter().map(|s| s.lines().count()).sum();
    let start = std::time::Instant::now();
    let mut tokens = 0usize;
    for s in &sources {
        tokens += skein_grammar::lexer::tokenize(s).count();
    }
    println!(
        "lexing alone: {tokens} tokens in {:.3}s",
        start.elapsed().as_secs_f64()
    );
    let start = std::time::Instant::now();
    let mut failed = 0;
    for s in &sources {
        if skein_grammar::parser::parse_module(s).is_err() {
            failed += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} files, {lines} lines, {failed} failed, {secs:.3}s, {:.0} lines/s",
        sources.len(),
        lines as f64 / secs
    );
}
