"""Compares `lex_dump` output with CPython's tokenize module, file by file.

Usage: cargo run -p skein-grammar --example lex_dump -- FILES... > out.txt
       python3 grammar/examples/lex_diff.py out.txt
Reports the first differing token per file (kind, text, start line/column).
"""
import io
import sys
import tokenize

SKIP = {tokenize.NL, tokenize.COMMENT, tokenize.ENCODING}


def python_tokens(path):
    with open(path, "rb") as f:
        data = f.read()
    out = []
    for t in tokenize.tokenize(io.BytesIO(data).readline):
        if t.type in SKIP:
            continue
        kind = tokenize.tok_name[t.type]
        if kind == "ERRORTOKEN":
            return None
        text = t.string if kind in ("NAME", "OP", "NUMBER") else ""
        out.append((kind, text, t.start))
    return out


def main():
    files = {}
    current = None
    for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if line.startswith("FILE "):
            current = line[5:]
            files[current] = []
        elif current is not None:
            files[current].append(line)
    same = differ = skipped = 0
    for path, lines in files.items():
        try:
            py = python_tokens(path)
        except (SyntaxError, tokenize.TokenError, UnicodeDecodeError, IndentationError):
            py = None
        if py is None:
            skipped += 1
            continue
        src = open(path, "rb").read()
        starts = [0]
        for i, b in enumerate(src):
            if b == 10:
                starts.append(i + 1)

        def pos(off):
            import bisect
            ln = bisect.bisect_right(starts, off) - 1
            return (ln + 1, len(src[starts[ln]:off].decode("utf-8", "replace")))

        ours = []
        for ln in lines:
            parts = ln.split(" ")
            if parts[0] == "ERROR":
                ours.append(("ERROR", ln, (0, 0)))
                break
            kind, text, s = parts[0], " ".join(parts[1:-2]), int(parts[-2])
            ours.append((kind, text, pos(s)))
        bad = None
        for i, (a, b) in enumerate(zip(ours, py)):
            layout = a[0] in ("DEDENT", "ENDMARKER", "NEWLINE") and i >= len(py) - 8
            if a[:2] != b[:2] or (a[2] != b[2] and not layout):
                bad = (i, a, b)
                break
        if bad is None and len(ours) != len(py):
            bad = (min(len(ours), len(py)), ours[-1:], py[-1:])
        if bad:
            differ += 1
            print(path, bad)
        else:
            same += 1
    print(f"{same} same, {differ} differ, {skipped} skipped (tokenize failed)")


main()
