"""Types lines into an interpreter on a pseudo-terminal and prints what it echoes.

  repl_pty.py INTERPRETER 'chunk' ...     (\\t, \\r, \\x03 escapes in chunks)

Used by tests/repl.rs to check line editing, Tab completion and Ctrl-C, which need a
terminal. Prints the terminal output with escape sequences removed, then `exit N`.
"""
import os
import pty
import re
import select
import sys
import time


def drain(fd, seconds=10.0):
    """Reads until a prompt shows (the interpreter waits for input) or it ends."""
    out = b""
    end = time.time() + seconds
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        elif out.rstrip(b"\x1b[?0123456789;lhKC\r").endswith((b">>> ", b"... ")):
            break
    return out


def main():
    interp, chunks = sys.argv[1], sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["HOME"] = "/nonexistent"
        os.execv(interp, [interp])
    out = drain(fd)
    for chunk in chunks:
        os.write(fd, chunk.encode().decode("unicode_escape").encode())
        out += drain(fd)
    _, status = os.waitpid(pid, 0)
    text = re.sub(rb"\x1b\[[0-9;?]*[a-zA-Z]", b"", out).decode(errors="replace")
    print(text)
    print("exit", os.waitstatus_to_exitcode(status))


main()
