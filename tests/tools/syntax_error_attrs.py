"""Prints the SyntaxError attributes CPython 3.11 has when it runs a file as a script.

Usage: python3 tests/tools/syntax_error_attrs.py FILE...
For each file: name, class, (lineno, offset, end_lineno, end_offset), text, message.
These are what `python3 FILE` prints from (they differ from compile()'s for some errors:
offsets of parser errors count bytes, and `expected an indented block` at end of file
has offset 0). Skein's span maps to them as src/diagnostic.rs explains.
"""
import os
import subprocess
import sys
import tempfile

HOOK = """
import sys
def hook(t, e, tb):
    if isinstance(e, SyntaxError):
        print("ATTRS", repr((type(e).__name__, (e.lineno, e.offset, e.end_lineno, e.end_offset), e.text, e.msg)), file=sys.stderr)
    sys.__excepthook__(t, e, tb)
sys.excepthook = hook
"""


def main():
    with tempfile.TemporaryDirectory() as hook_dir:
        with open(os.path.join(hook_dir, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        env = dict(os.environ, PYTHONPATH=hook_dir)
        for path in sys.argv[1:]:
            run = subprocess.run([sys.executable, path], env=env, capture_output=True, text=True)
            attrs = [l[6:] for l in run.stderr.splitlines() if l.startswith("ATTRS ")]
            print(os.path.basename(path), attrs[0] if attrs else "(no SyntaxError: %s)" % run.stderr.strip()[-80:])


if __name__ == "__main__":
    main()
