"""CPU-time inflation of ../shared/bench/py/ftscaling.py's patterns with 2 threads.

Wall-clock speedups on the shared 2-core machine mostly measure the other helpers'
load (a thread that waits for a core looks like contention). CPU time does not: a
pattern whose threads share nothing hot costs the same CPU per unit of work on 1 or 2
threads, so the ratio printed here is ~1.00; contention on a shared cache line (a
counted object, a lock, a statistics word) shows up as a ratio above 1 under any load.

  python3 tests/threads/cpu_inflation.py SKEIN [WORK] [PATTERN ...]

Runs `SKEIN --gil=off ftscaling.py T WORK PATTERN` for T = 1 and 2 (best of three
each), with user+sys of the process. One run does 4 one-thread units then 3 T-thread
units (T*3 units), so perfect scaling costs (4+6)/(4+3) times the CPU of T=1; start-up
is taken out with a WORK=0 run.
"""
import os
import resource
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "..", "..", "..", "shared", "bench", "py", "ftscaling.py")
PATTERNS = [
    "attr_shared_instance", "builtin_call", "create_closure", "create_dict",
    "create_object", "generator", "load_string_const", "load_tuple_const",
    "lock_locked", "method_shared_instance", "module_function", "mult_constant",
    "read_global", "thread_local_read",
]


def cpu_of(argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best(argv, runs=3):
    return min(cpu_of(argv) for _ in range(runs))


def main():
    skein = sys.argv[1]
    work = sys.argv[2] if len(sys.argv) > 2 else "1000000"
    names = sys.argv[3:] or PATTERNS
    worst = 0.0
    for name in names:
        base = [skein, "--gil=off", SCRIPT]
        start = best(base + ["1", "0", name])
        c1 = best(base + ["1", work, name]) - start
        c2 = best(base + ["2", work, name]) - start
        inflation = (c2 / c1) / (10 / 7) if c1 > 0 else float("nan")
        worst = max(worst, inflation)
        print("%-24s cpu t1-run %.3f s  t2-run %.3f s  inflation %.2f" % (name, c1, c2, inflation))
    print("worst inflation: %.2f" % worst)


main()
