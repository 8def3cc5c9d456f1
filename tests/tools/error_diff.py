"""Differential syntax-error check: mutate real programs, compare skein's syntax error with CPython's.

Usage: python3 tests/tools/error_diff.py SKEIN_BINARY N [SEED] [FILES...]
Mutates the given files (default: ../shared/lessons/**/*.py) N times (delete, duplicate,
insert a token, re-indent, truncate), keeps the mutants CPython rejects, and compares
`skein --dump-ast MUTANT` (stderr, exit status) with `python3 MUTANT`; errors that only
CPython's compiler raises (`ast.parse` accepts the mutant) are left out. CPython never
runs a mutant: an audit hook on the "exec" event exits before the program starts.
Prints a summary of mismatches by CPython message, and writes each mismatch to
/tmp/skein-error-diff/.
"""
import ast
import collections
import glob
import os
import random
import subprocess
import sys
import tempfile

HOOK = """
import os, sys
def hook(event, args):
    if event == "exec":
        os._exit(0)
sys.addaudithook(hook)
"""
TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "+", "*", "**", "'", '"', "f'",
          "def ", "if ", "else", "return", "lambda", "\n", "\n    ", "    ", "\t", "async ",
          "await ", "yield", "from", "import", "as", "1", "0x", "1_", ".", "->", "@", "\\"]


def mutate(rng, text):
    for _ in range(rng.randint(1, 2)):
        if not text:
            return text
        i = rng.randrange(len(text))
        j = min(len(text), i + rng.randint(1, 8))
        kind = rng.randrange(5)
        if kind == 0:
            text = text[:i] + text[j:]
        elif kind == 1:
            text = text[:j] + text[i:j] + text[j:]
        elif kind == 2:
            text = text[:i] + rng.choice(TOKENS) + text[i:]
        elif kind == 3:
            lines = text.split("\n")
            k = rng.randrange(len(lines))
            lines[k] = rng.choice(["", " ", "  ", "\t", "        "]) + lines[k].lstrip()
            text = "\n".join(lines)
        else:
            text = text[:i]
    return text


def main():
    skein, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    files = sys.argv[4:] or sorted(glob.glob("../shared/lessons/**/*.py", recursive=True))
    sources = [open(f, encoding="utf-8").read() for f in files]
    rng = random.Random(seed)
    out_dir = "/tmp/skein-error-diff"
    os.makedirs(out_dir, exist_ok=True)
    mismatches = collections.Counter()
    examples = {}
    compared = 0
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        env = dict(os.environ, PYTHONPATH=tmp)
        path = os.path.join(tmp, "mutant.py")
        for k in range(n):
            text = mutate(rng, rng.choice(sources))
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            py = subprocess.run([sys.executable, path], env=env, capture_output=True, text=True)
            if py.returncode != 1 or "Error: " not in py.stderr or py.stderr.startswith("Traceback"):
                continue
            try:
                ast.parse(text)
                continue  # the compiler's error (e.g. 'return' outside function), not the parser's
            except (SyntaxError, ValueError):
                pass
            compared += 1
            sk = subprocess.run([skein, "--dump-ast", path], capture_output=True, text=True)
            if sk.returncode == 1 and sk.stderr == py.stderr:
                continue
            message = py.stderr.strip().splitlines()[-1]
            key = message if sk.returncode == 1 else "skein accepts: " + message
            mismatches[key] += 1
            if key not in examples:
                examples[key] = len(examples)
                with open(os.path.join(out_dir, "%03d.py" % examples[key]), "w") as f:
                    f.write(text)
                with open(os.path.join(out_dir, "%03d.txt" % examples[key]), "w") as f:
                    f.write("CPython:\n" + py.stderr + "\nskein (exit %d):\n" % sk.returncode + sk.stderr)
    total = sum(mismatches.values())
    print(f"error_diff: seed {seed}: {compared} syntax errors compared, {compared - total} identical, {total} differ")
    for key, count in mismatches.most_common(40):
        print(f"  {count:4}  [{examples[key]:03d}] {key[:110]}")


if __name__ == "__main__":
    main()
