//! Differential tests: the `random` algorithms against CPython 3.11's outputs (testdata/random_cases.txt).

use num_bigint::BigInt;

use super::{Random, Seed};

fn seeded(tag: &str) -> Random {
    let (kind, value) = tag.split_at(2);
    match kind {
        "i:" => Random::new(Seed::Int(&value.parse::<BigInt>().unwrap())),
        "s:" => Random::new(Seed::Bytes(value.as_bytes())),
        _ => Random::new(Seed::Hash(value.parse().unwrap())),
    }
}

fn join<T: ToString>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Floats compare by value: the table holds CPython's repr.
fn float(x: f64, want: &str) -> String {
    let w: f64 = want.parse().unwrap();
    if w.to_bits() == x.to_bits() {
        want.to_string()
    } else {
        format!("{x:?}")
    }
}

fn run(r: &mut Random, op: &str, want: &str) -> String {
    let mut parts = op.split(' ');
    let name = parts.next().unwrap();
    let a: Vec<BigInt> = parts.map(|p| p.parse().unwrap()).collect();
    let small = |i: usize| -> usize { a[i].to_string().parse().unwrap() };
    match name {
        "random" => float(r.random(), want),
        "randint" => r.randint(&a[0], &a[1]).unwrap().to_string(),
        "shuffle" => {
            let mut x: Vec<usize> = (0..small(0)).collect();
            r.shuffle(&mut x);
            join(x)
        }
        "sample" => join(r.sample_indexes(small(0), small(1) as i64).unwrap()),
        "choice" => r.choice_index(small(0)).unwrap().to_string(),
        "getrandbits" => r.getrandbits(small(0) as i64).unwrap().to_string(),
        "randrange" => r
            .randrange(&a[0], Some(&a[1]), &a[2], true)
            .unwrap()
            .to_string(),
        "randrange1" => r
            .randrange(&a[0], None, &BigInt::from(1), false)
            .unwrap()
            .to_string(),
        "uniform" => float(
            r.uniform(
                a[0].to_string().parse().unwrap(),
                a[1].to_string().parse().unwrap(),
            ),
            want,
        ),
        "gauss" => float(r.gauss(small(0) as f64, small(1) as f64), want),
        "choices" => join(r.choices_indexes(small(0), small(1)).unwrap()),
        "wchoices" => {
            let cum: Vec<f64> = (1..=small(0))
                .scan(0.0, |acc, w| {
                    *acc += w as f64;
                    Some(*acc)
                })
                .collect();
            join(r.choices_weighted_indexes(&cum, small(1)).unwrap())
        }
        "randbytes" => r
            .randbytes(small(0) as i64)
            .unwrap()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
        other => panic!("unknown op {other}"),
    }
}

#[test]
fn random_matches_cpython_table() {
    let mut current: Option<(String, Random)> = None;
    let mut count = 0;
    for line in include_str!("testdata/random_cases.txt").lines() {
        let mut fields = line.split('\t');
        let (Some(tag), Some(op), Some(want)) = (fields.next(), fields.next(), fields.next())
        else {
            panic!("bad line {line:?}");
        };
        if current.as_ref().is_none_or(|(t, _)| t != tag) {
            current = Some((tag.to_string(), seeded(tag)));
        }
        let Some((_, r)) = current.as_mut() else {
            unreachable!()
        };
        assert_eq!(run(r, op, want), want, "seed {tag}, {op}");
        count += 1;
    }
    assert!(count > 500);
}

#[test]
fn errors_match_cpython() {
    let mut r = Random::new(Seed::Int(&BigInt::from(1)));
    let b = BigInt::from;
    let msg = |e: skein_interp::format::PyError| format!("{}: {}", e.kind.name(), e.message);
    assert_eq!(
        msg(r.randrange(&b(0), Some(&b(0)), &b(1), false).unwrap_err()),
        "ValueError: empty range for randrange() (0, 0, 0)"
    );
    assert_eq!(
        msg(r.randrange(&b(0), None, &b(1), false).unwrap_err()),
        "ValueError: empty range for randrange()"
    );
    assert_eq!(
        msg(r.randrange(&b(5), None, &b(2), true).unwrap_err()),
        "TypeError: Missing a non-None stop argument"
    );
    assert_eq!(
        msg(r.randrange(&b(0), Some(&b(10)), &b(0), true).unwrap_err()),
        "ValueError: zero step for randrange()"
    );
    assert_eq!(
        msg(r.randrange(&b(0), Some(&b(10)), &b(-1), true).unwrap_err()),
        "ValueError: empty range for randrange()"
    );
    assert_eq!(
        msg(r.randint(&b(5), &b(3)).unwrap_err()),
        "ValueError: empty range for randrange() (5, 4, -1)"
    );
    assert_eq!(
        msg(r.choice_index(0).unwrap_err()),
        "IndexError: Cannot choose from an empty sequence"
    );
    assert_eq!(
        msg(r.sample_indexes(3, 4).unwrap_err()),
        "ValueError: Sample larger than population or is negative"
    );
    assert_eq!(
        msg(r.sample_indexes(3, -1).unwrap_err()),
        "ValueError: Sample larger than population or is negative"
    );
    assert_eq!(
        msg(r.getrandbits(-1).unwrap_err()),
        "ValueError: number of bits must be non-negative"
    );
    assert_eq!(
        msg(r.choices_weighted_indexes(&[0.0, 0.0], 1).unwrap_err()),
        "ValueError: Total of weights must be greater than zero"
    );
    assert_eq!(
        msg(r.randrange_i64(3, 3).unwrap_err()),
        "ValueError: empty range for randrange() (3, 3, 0)"
    );
    assert_eq!(
        msg(r.sample_indexes(usize::MAX, 1 << 40).unwrap_err()),
        "MemoryError: "
    );
    assert_eq!(msg(r.getrandbits(1 << 40).unwrap_err()), "MemoryError: ");
    assert_eq!(msg(r.randbytes(1 << 40).unwrap_err()), "MemoryError: ");
    assert_eq!(
        msg(r.choices_indexes(3, 1 << 40).unwrap_err()),
        "MemoryError: "
    );
    assert_eq!(r.sample_indexes(usize::MAX, 3).unwrap().len(), 3);
    let huge = BigInt::from(10).pow(40);
    assert!(
        r.randrange(&BigInt::from(0), Some(&huge), &BigInt::from(1), false)
            .unwrap()
            < huge
    );
}

#[test]
fn state_round_trips() {
    let mut r = Random::new(Seed::Int(&BigInt::from(42)));
    r.random();
    let state = r.getstate();
    let index = state.index as i64;
    let first: Vec<f64> = (0..3).map(|_| r.random()).collect();
    let mut other = Random::new(Seed::Os);
    other.setstate(&state, index).unwrap();
    let again: Vec<f64> = (0..3).map(|_| other.random()).collect();
    assert_eq!(first, again);
    assert_eq!(
        other.setstate(&state, 625).unwrap_err().message,
        "invalid state"
    );
    let mut short = state.clone();
    short.words.pop();
    assert_eq!(
        other.setstate(&short, 0).unwrap_err().message,
        "state vector is the wrong size"
    );
    // randrange_i64 draws exactly what the BigInt form draws.
    let mut a = Random::new(Seed::Int(&BigInt::from(9)));
    let mut b = Random::new(Seed::Int(&BigInt::from(9)));
    for _ in 0..50 {
        let x = a.randrange_i64(-5, 1 << 40).unwrap();
        let y = b
            .randrange(
                &BigInt::from(-5),
                Some(&BigInt::from(1i64 << 40)),
                &BigInt::from(1),
                false,
            )
            .unwrap();
        assert_eq!(BigInt::from(x), y);
    }
}
