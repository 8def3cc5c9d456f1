//! Benchmark of the global lock's costs: uncontended poll, release/reacquire and lock use in both modes, hand-off latency, lock ping-pong, spawn+join.
//!
//! Run: `cargo bench -p skein-runtime --bench gil` (a few seconds; numbers vary with load,
//! so compare modes within one run).

use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use skein_runtime::{Config, GilMode, Lock, Runtime, SpawnOptions, Wake};

fn runtime(mode: GilMode) -> Arc<Runtime> {
    Runtime::new(Config {
        gil: mode,
        ..Config::default()
    })
}

fn name(mode: GilMode) -> &'static str {
    match mode {
        GilMode::On => "on ",
        GilMode::Off => "off",
    }
}

/// ns per iteration of `f`, run `n` times (best of 3, to dodge noise from neighbours).
fn per_op(n: u64, mut f: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        for _ in 0..n {
            f();
        }
        best = best.min(start.elapsed().as_nanos() as f64 / n as f64);
    }
    best
}

fn uncontended(mode: GilMode) {
    let rt = runtime(mode);
    let n = 50_000_000;
    let poll = per_op(n, || {
        black_box(black_box(&*rt).poll());
    });
    let baseline = per_op(n, || {
        black_box(black_box(&*rt));
    });
    let release = per_op(2_000_000, || {
        black_box(rt.allow_threads(|| black_box(1)));
    });
    let lock = Lock::new();
    let lock_cost = per_op(5_000_000, || {
        black_box(lock.acquire(&rt, None));
        black_box(lock.release().is_ok());
    });
    println!(
        "gil={}  poll {:.2} ns (empty loop {:.2} ns)   allow_threads(no-op) {:.1} ns   Lock acquire+release {:.1} ns",
        name(mode),
        poll,
        baseline,
        release,
        lock_cost
    );
    rt.release();
}

/// Two threads spinning with polls (like two CPU-bound eval loops) for `run`:
/// how often the lock changed hands and what each switch cost.
fn handoff(interval_us: u64, run: Duration) {
    let rt = Runtime::new(Config {
        gil: GilMode::On,
        switch_interval_us: interval_us,
    });
    let stop = Arc::new(AtomicBool::new(false));
    let work = Arc::new(AtomicU64::new(0));
    let mut hs = vec![];
    for _ in 0..2 {
        let (rt2, stop2, work2) = (rt.clone(), stop.clone(), work.clone());
        hs.push(
            rt.spawn(SpawnOptions::default(), move || {
                let mut local = 0u64;
                while !stop2.load(Ordering::Relaxed) {
                    local += 1;
                    rt2.poll();
                }
                work2.fetch_add(local, Ordering::Relaxed);
            })
            .expect("spawn"),
        );
    }
    let before = rt.gil().switches();
    rt.allow_threads(|| std::thread::sleep(run));
    let switches = rt.gil().switches() - before;
    stop.store(true, Ordering::SeqCst);
    for h in hs {
        h.join(&rt, None);
    }
    let per_sec = switches as f64 / run.as_secs_f64();
    println!(
        "gil=on  2 spinning threads, switch interval {:>5} us: {:>8.0} switches/s ({:.1} us between switches), {:.0} M polls/s in total",
        interval_us,
        per_sec,
        1e6 / per_sec.max(1.0),
        work.load(Ordering::Relaxed) as f64 / run.as_secs_f64() / 1e6
    );
    rt.release();
}

/// One thread spins with polls; the other comes back from a blocking call every 2 ms
/// and needs the lock: how long past the switch interval it waits (drop request, the
/// holder's next poll, the forced switch, the OS waking it). Median and 90th percentile.
fn handoff_latency(interval_us: u64, rounds: usize) {
    let rt = Runtime::new(Config {
        gil: GilMode::On,
        switch_interval_us: interval_us,
    });
    let stop = Arc::new(AtomicBool::new(false));
    let (rt2, stop2) = (rt.clone(), stop.clone());
    let spinner = rt
        .spawn(SpawnOptions::default(), move || {
            while !stop2.load(Ordering::Relaxed) {
                rt2.poll();
            }
        })
        .expect("spawn");
    let mut waits = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let mut back = Instant::now();
        rt.allow_threads(|| {
            std::thread::sleep(Duration::from_millis(2));
            back = Instant::now();
        });
        waits.push(back.elapsed().as_secs_f64() * 1e6 - interval_us as f64);
    }
    stop.store(true, Ordering::SeqCst);
    spinner.join(&rt, None);
    waits.sort_by(f64::total_cmp);
    println!(
        "gil=on  hand-off to a returning thread, interval {:>5} us: waits interval + {:.0} us median, + {:.0} us p90",
        interval_us,
        waits[rounds / 2],
        waits[rounds * 9 / 10]
    );
    rt.release();
}

/// Two threads passing a token through two locks (the `queue_pingpong` pattern).
fn pingpong(mode: GilMode, rounds: u64) {
    let rt = runtime(mode);
    let ping = Arc::new(Lock::new());
    let pong = Arc::new(Lock::new());
    assert!(ping.try_acquire());
    assert!(pong.try_acquire());
    let (rt2, ping2, pong2) = (rt.clone(), ping.clone(), pong.clone());
    let start = Instant::now();
    let h = rt
        .spawn(SpawnOptions::default(), move || {
            for _ in 0..rounds {
                assert_eq!(ping2.acquire(&rt2, None), Wake::Notified);
                assert!(pong2.release().is_ok());
            }
        })
        .expect("spawn");
    for _ in 0..rounds {
        assert!(ping.release().is_ok());
        assert_eq!(pong.acquire(&rt, None), Wake::Notified);
    }
    h.join(&rt, None);
    let us = start.elapsed().as_secs_f64() * 1e6 / rounds as f64;
    println!("gil={}  lock ping-pong round trip {:.1} us", name(mode), us);
    rt.release();
}

/// `lock_contention`'s pattern: 4 threads, each incrementing a shared counter under one
/// Lock, polling between increments like an eval loop.
fn contended_lock(mode: GilMode, per_thread: u64) {
    let rt = runtime(mode);
    let lock = Arc::new(Lock::new());
    let counter = Arc::new(AtomicU64::new(0));
    let start = Instant::now();
    let mut hs = vec![];
    for _ in 0..4 {
        let (rt2, lock2, counter2) = (rt.clone(), lock.clone(), counter.clone());
        hs.push(
            rt.spawn(SpawnOptions::default(), move || {
                for _ in 0..per_thread {
                    rt2.poll();
                    if lock2.acquire(&rt2, None) == Wake::Notified {
                        let v = counter2.load(Ordering::Relaxed);
                        counter2.store(v + 1, Ordering::Relaxed);
                        let _ = lock2.release();
                    }
                }
            })
            .expect("spawn"),
        );
    }
    for h in hs {
        h.join(&rt, None);
    }
    let total = counter.load(Ordering::Relaxed);
    assert_eq!(total, 4 * per_thread);
    let ns = start.elapsed().as_nanos() as f64 / total as f64;
    println!(
        "gil={}  4 threads contending on one Lock: {:.0} ns per locked increment",
        name(mode),
        ns
    );
    rt.release();
}

fn spawn_join(mode: GilMode, n: u64) {
    let rt = runtime(mode);
    let start = Instant::now();
    for _ in 0..n {
        let h = rt.spawn(SpawnOptions::default(), || {}).expect("spawn");
        h.join(&rt, None);
    }
    let us = start.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!("gil={}  spawn+join {:.1} us", name(mode), us);
    rt.release();
}

fn main() {
    for mode in [GilMode::On, GilMode::Off] {
        uncontended(mode);
    }
    for interval in [5000, 1000, 1] {
        handoff(interval, Duration::from_millis(500));
    }
    for interval in [5000, 1000] {
        handoff_latency(interval, 200);
    }
    for mode in [GilMode::On, GilMode::Off] {
        pingpong(mode, 20_000);
    }
    for mode in [GilMode::On, GilMode::Off] {
        contended_lock(mode, 250_000);
    }
    for mode in [GilMode::On, GilMode::Off] {
        spawn_join(mode, 2_000);
    }
}
