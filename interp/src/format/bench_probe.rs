//! Timing probe for the hot formatting paths (ignored; `cargo test --release -p skein-interp --lib format::bench_probe -- --ignored --nocapture`).

#[test]
#[ignore]
fn probe() {
    // One million calls each; compare with `python3 -m timeit "format(x, '.2f')"`.
    use super::*;
    let spec2f = FormatSpec::parse(".2f", "float").unwrap();
    let spec10d = FormatSpec::parse(">10", "int").unwrap();
    let specg = FormatSpec::parse("", "float").unwrap();
    let t = std::time::Instant::now();
    let mut n = 0;
    for i in 0..1_000_000 {
        n += format_float(i as f64 * 1.37, &spec2f, "float")
            .unwrap()
            .len();
    }
    eprintln!(".2f: {:?}/call", t.elapsed() / 1_000_000);
    let t = std::time::Instant::now();
    for i in 0..1_000_000 {
        n += format_int(IntRef::Small(i), &spec10d, "int").unwrap().len();
    }
    eprintln!(">10 int: {:?}/call", t.elapsed() / 1_000_000);
    let t = std::time::Instant::now();
    for i in 0..1_000_000 {
        n += format_float(i as f64 * 1.37, &specg, "float")
            .unwrap()
            .len();
    }
    eprintln!("'' float: {:?}/call", t.elapsed() / 1_000_000);
    let t = std::time::Instant::now();
    for i in 0..1_000_000 {
        n += FormatSpec::parse(".2f", "float")
            .unwrap()
            .precision
            .unwrap_or(0)
            + i % 2;
    }
    eprintln!("parse: {:?}/call {n}", t.elapsed() / 1_000_000);

    struct Host;
    impl percent::PercentHost for Host {
        type Obj = f64;
        type Error = PyError;
        fn convert(
            &mut self,
            obj: &f64,
            want: percent::Want,
        ) -> Result<percent::PercentArg, PyError> {
            Ok(match want {
                percent::Want::Float(_) => percent::PercentArg::Float(*obj),
                _ => percent::PercentArg::SmallInt(*obj as i64),
            })
        }
        fn lookup(&mut self, m: &f64, _key: &str) -> Result<f64, PyError> {
            Ok(*m)
        }
    }
    let t = std::time::Instant::now();
    for i in 0..1_000_000 {
        let args = percent::PercentArgs::Tuple(vec![i as f64, i as f64 * 0.37]);
        n += percent::percent_format("item %d costs %.2f dollars", args, &mut Host)
            .unwrap()
            .len();
    }
    eprintln!("percent: {:?}/call {n}", t.elapsed() / 1_000_000);
}
