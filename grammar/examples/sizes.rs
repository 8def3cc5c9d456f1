// Development aid: sizes of the values the parser's symbol stack carries.
use skein_grammar::ast::*;
use skein_grammar::parser::PTok;
fn main() {
    use std::mem::size_of;
    println!("PTok {}", size_of::<PTok>());
    println!("Expr {}", size_of::<Expr>());
    println!("Stmt {}", size_of::<Stmt>());
    println!("WithItem {}", size_of::<WithItem>());
    println!("(Option<Expr>, Expr) {}", size_of::<(Option<Expr>, Expr)>());
    println!(
        "(bool, ExceptHandler) {}",
        size_of::<(bool, ExceptHandler)>()
    );
    println!("Comprehension {}", size_of::<Comprehension>());
    println!(
        "ParamItem {}",
        size_of::<skein_grammar::ast_build::ParamItem>()
    );
    println!("ArgItem {}", size_of::<skein_grammar::ast_build::ArgItem>());
    println!("Alias {}", size_of::<Alias>());
    println!("Mod {}", size_of::<Mod>());
    println!("(CmpOp, Expr) {}", size_of::<(CmpOp, Expr)>());
}
