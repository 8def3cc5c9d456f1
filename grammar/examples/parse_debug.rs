// Development aid: prints the parse tree (Debug) or the syntax error of a file.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    match skein_grammar::parser::parse_module(&src) {
        Ok(m) => println!("{m:#?}"),
        Err(e) => {
            let idx = skein_grammar::LineIndex::new(&src);
            let (l1, c1) = idx.line_col(e.span.start);
            let (l2, c2) = idx.line_col(e.span.end);
            println!(
                "{} {:?} {} {} {} {}",
                e.kind.class_name(),
                e.message,
                l1,
                c1 + 1,
                l2,
                c2 + 1
            );
        }
    }
}
