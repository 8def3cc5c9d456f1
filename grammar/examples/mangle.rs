// Development aid: parses many mutations of the given files (deleted, duplicated, swapped slices) to find panics or slow parses.
fn main() {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |n: usize| -> usize {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % (n.max(1) as u64)) as usize
    };
    let mut runs = 0usize;
    let mut errors = 0usize;
    let mut slowest = 0f64;
    for path in std::env::args().skip(1) {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let bytes = src.as_bytes();
        for _ in 0..20 {
            let mut m: Vec<u8> = bytes.to_vec();
            for _ in 0..1 + next(4) {
                let len = m.len();
                if len == 0 {
                    break;
                }
                let a = next(len);
                let b = (a + 1 + next(12)).min(len);
                match next(4) {
                    0 => {
                        m.drain(a..b);
                    }
                    1 => {
                        let piece: Vec<u8> = m[a..b].to_vec();
                        let at = next(len);
                        m.splice(at..at, piece);
                    }
                    2 => {
                        let set = b"()[]{}:,=*\\'\"\n\t #@.;";
                        let c = set[next(set.len())];
                        m.insert(a, c);
                    }
                    _ => m.truncate(a),
                }
            }
            let text = String::from_utf8_lossy(&m).into_owned();
            let t = std::time::Instant::now();
            let r =
                std::panic::catch_unwind(|| skein_grammar::parser::parse_module(&text).is_err());
            let secs = t.elapsed().as_secs_f64();
            slowest = slowest.max(secs);
            runs += 1;
            match r {
                Ok(true) => errors += 1,
                Ok(false) => {}
                Err(_) => {
                    eprintln!("PANIC on mutation of {path}");
                    let _ = std::fs::write("/tmp/panic_case.py", &text);
                    std::process::exit(1);
                }
            }
        }
    }
    println!("{runs} mutations, {errors} syntax errors, slowest {slowest:.3}s");
}
