"""The io module for Skein: open(), FileIO, Buffered{Reader,Writer,Random},
TextIOWrapper, StringIO and BytesIO, over the native descriptor primitives in _fdio.

Written for Skein (not CPython's _pyio): one lock per file object keeps writes from
several threads whole; writers still open at exit are flushed by _flush_all()."""

import _fdio
from _thread import allocate_lock

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def _flush_all():
    """Called at interpreter exit: writes out every write buffer still alive."""
    _fdio.flush_all()


def _closed_error():
    return ValueError("I/O operation on closed file.")


class IOBase:
    _closed = False

    def _check_closed(self):
        if self._closed:
            raise _closed_error()

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def _unsupported(self, what):
        raise UnsupportedOperation(what)

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()
        return None

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None:
            hint = -1
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    for c in mode:
        if c not in "rwaxbt+" or mode.count(c) > 1:
            raise ValueError("invalid mode: %r" % mode)
    kinds = sum(c in mode for c in "rwax")
    if kinds > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if kinds == 0:
        raise ValueError("Must have exactly one of create/read/write/append mode "
                         "and at most one plus")
    if "b" in mode and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    return mode


def _path_of(file):
    if isinstance(file, (str, bytes)):
        return file
    if hasattr(type(file), "__fspath__"):
        p = file.__fspath__()
        if isinstance(p, (str, bytes)):
            return p
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(file).__name__, type(p).__name__))
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)


class FileIO(RawIOBase):
    def __init__(self, file, mode="r", closefd=True, opener=None):
        self._fd = -1
        self._closed = True
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        _parse_mode(mode.replace("b", "") if "b" in mode else mode)
        self._readable = "r" in mode or "+" in mode
        self._writable = "w" in mode or "a" in mode or "x" in mode or "+" in mode
        self._appending = "a" in mode
        self._created = "x" in mode
        if isinstance(file, int) and not isinstance(file, bool):
            if file < 0:
                raise ValueError("negative file descriptor")
            _fdio.check_fd(file)
            self._fd = file
            self._h = _fdio.FD(file, closefd)
            self.name = file
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            path = _path_of(file)
            if self._readable and self._writable:
                flags = _fdio.O_RDWR
            elif self._writable:
                flags = _fdio.O_WRONLY
            else:
                flags = _fdio.O_RDONLY
            if "w" in mode:
                flags |= _fdio.O_CREAT | _fdio.O_TRUNC
            if "a" in mode:
                flags |= _fdio.O_CREAT | _fdio.O_APPEND
            if "x" in mode:
                flags |= _fdio.O_CREAT | _fdio.O_EXCL
            if opener is not None:
                self._fd = opener(path, flags)
            else:
                self._fd = _fdio.open(path, flags, path)
            self._h = _fdio.FD(self._fd, True)
            self.name = file
            if self._appending:
                _fdio.lseek(self._fd, 0, SEEK_END)
        self._closefd = closefd
        self._closed = False

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    @property
    def closefd(self):
        return self._closefd

    def __repr__(self):
        if self._closed:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (self.name, self.mode, self._closefd)

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        try:
            _fdio.lseek(self._fd, 0, SEEK_CUR)
        except OSError:
            return False
        return True

    def fileno(self):
        self._check_closed()
        return self._fd

    def isatty(self):
        self._check_closed()
        return _fdio.isatty(self._fd)

    def read(self, size=-1):
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        if size is None:
            size = -1
        return _fdio.read(self._fd, size)

    def readall(self):
        return self.read(-1)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        out = []
        n = 0
        while size is None or size < 0 or n < size:
            b = _fdio.read(self._fd, 1)
            if not b:
                break
            out.append(b)
            n += 1
            if b == b"\n":
                break
        return b"".join(out)

    def write(self, data):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _fdio.write(self._fd, data)

    def seek(self, pos, whence=0):
        self._check_closed()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _fdio.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_closed()
        return _fdio.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        _fdio.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self._closed:
            self._closed = True
            if self._closefd and self._fd >= 0:
                self._h.close()


class _Wrapper:
    """What a wrapping stream answers by asking the stream beneath it (`_inner()`)."""

    @property
    def closed(self):
        return self._inner().closed

    @property
    def name(self):
        return self._inner().name

    def _check_closed(self):
        if self._inner().closed:
            raise _closed_error()

    def readable(self):
        return self._inner().readable()

    def writable(self):
        return self._inner().writable()

    def seekable(self):
        return self._inner().seekable()

    def fileno(self):
        return self._inner().fileno()

    def isatty(self):
        return self._inner().isatty()


class _Buffered(_Wrapper, BufferedIOBase):
    """Read buffer and write buffer over a raw file; one lock per object."""

    _kind = "BufferedRandom"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self._size = buffer_size
        self._rbuf = b""
        # The native write buffer flushes itself when this object is dropped.
        self._w = _fdio.Writer(raw._h) if isinstance(raw, FileIO) and raw.writable() else None
        self._lock = allocate_lock()

    def _inner(self):
        return self.raw

    @property
    def mode(self):
        return self.raw.mode

    def __repr__(self):
        try:
            return "<_io.%s name=%r>" % (self._kind, self.name)
        except Exception:
            return "<_io.%s>" % self._kind

    def _flush_unlocked(self):
        if self._w is not None:
            self._w.flush()

    def _drop_read_ahead(self):
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), SEEK_CUR)
            self._rbuf = b""

    def flush(self):
        self._check_closed()
        with self._lock:
            self._flush_unlocked()

    def write(self, data):
        self._check_closed()
        if not self.raw.writable():
            raise UnsupportedOperation("write")
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        with self._lock:
            if self._rbuf:
                self._drop_read_ahead()
            if self._w is not None:
                self._w.write(data)
            else:
                self.raw.write(data)
        return len(data)

    def read(self, size=-1):
        self._check_closed()
        if not self.raw.readable():
            raise UnsupportedOperation("read")
        if size is None:
            size = -1
        with self._lock:
            self._flush_unlocked()
            if size < 0:
                data = self._rbuf + self.raw.read(-1)
                self._rbuf = b""
                return data
            chunks = [self._rbuf]
            have = len(self._rbuf)
            while have < size:
                b = self.raw.read(max(self._size, size - have))
                if not b:
                    break
                chunks.append(b)
                have += len(b)
            data = b"".join(chunks)
            self._rbuf = data[size:]
            return data[:size]

    def read1(self, size=-1):
        self._check_closed()
        if not self.raw.readable():
            raise UnsupportedOperation("read")
        with self._lock:
            self._flush_unlocked()
            if not self._rbuf:
                self._rbuf = self.raw.read(self._size if size is None or size < 0 else max(size, 1))
            if size is None or size < 0:
                size = len(self._rbuf)
            data = self._rbuf[:size]
            self._rbuf = self._rbuf[size:]
            return data

    def peek(self, size=0):
        with self._lock:
            if not self._rbuf:
                self._rbuf = self.raw.read(self._size)
            return self._rbuf

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        with self._lock:
            self._flush_unlocked()
            chunks = []
            n = 0
            while True:
                if not self._rbuf:
                    self._rbuf = self.raw.read(self._size)
                    if not self._rbuf:
                        break
                i = self._rbuf.find(b"\n")
                end = len(self._rbuf) if i < 0 else i + 1
                if size >= 0 and n + end > size:
                    end = size - n
                chunks.append(self._rbuf[:end])
                n += end
                self._rbuf = self._rbuf[end:]
                if i >= 0 and end == i + 1 or (size >= 0 and n >= size):
                    break
            return b"".join(chunks)

    def seek(self, pos, whence=0):
        self._check_closed()
        with self._lock:
            self._flush_unlocked()
            if whence == SEEK_CUR:
                pos -= len(self._rbuf)
            self._rbuf = b""
            return self.raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        with self._lock:
            pending = self._w.pending() if self._w is not None else 0
            return self.raw.tell() + pending - len(self._rbuf)

    def truncate(self, size=None):
        self._check_closed()
        with self._lock:
            self._flush_unlocked()
            if size is None:
                size = self.raw.tell() - len(self._rbuf)
            self._drop_read_ahead()
            return self.raw.truncate(size)

    def detach(self):
        self.flush()
        raw = self.raw
        return raw

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()


class BufferedReader(_Buffered):
    _kind = "BufferedReader"


class BufferedWriter(_Buffered):
    _kind = "BufferedWriter"


class BufferedRandom(_Buffered):
    _kind = "BufferedRandom"


class TextIOWrapper(_Wrapper, TextIOBase):
    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        "".encode(encoding)
        if errors is None:
            errors = "strict"
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._pending = ""
        # Characters of _pending already returned: lines are taken by moving this
        # offset, so reading a line never copies the rest of the chunk.
        self._ppos = 0
        # Whether _pending may hold a '\r' (only then does universal reading need
        # the slow path).
        self._cr = False
        self._undecoded = b""
        self._eof = False
        self._lock = allocate_lock()
        # The fast paths: a file opened by open() writes straight into the native
        # write buffer and reads lines by one find().
        self._raw = buffer.raw if isinstance(buffer, _Buffered) and isinstance(buffer.raw, FileIO) else None
        self._w = buffer._w if self._raw is not None else None
        self._plain_write = newline in (None, "", "\n")
        self._plain_read = newline in (None, "\n")

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    newlines = property(lambda self: None)

    def _inner(self):
        return self.buffer

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(" name=%r" % (self.name,))
        except Exception:
            pass
        m = getattr(self, "mode", None)
        if m is not None:
            parts.append(" mode=%r" % (m,))
        parts.append(" encoding=%r>" % (self._encoding,))
        return "".join(parts)

    def detach(self):
        self.flush()
        return self.buffer

    # -- writing --

    def write(self, s):
        raw = self._raw
        w = self._w
        if (w is not None and not raw._closed and type(s) is str and self._plain_write
                and not self._pending and not self._undecoded and not self.buffer._rbuf):
            w.write(s.encode(self._encoding, self._errors))
            if self._line_buffering and ("\n" in s or "\r" in s):
                w.flush()
            return len(s)
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        text = s
        nl = self._newline
        if nl is not None and nl != "" and nl != "\n" and "\n" in text:
            text = text.replace("\n", nl)
        data = text.encode(self._encoding, self._errors)
        with self._lock:
            if self._pending or self._undecoded:
                self._rewind_read_ahead()
            self.buffer.write(data)
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.buffer.flush()
        return len(s)

    def flush(self):
        self._check_closed()
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.buffer.flush()
            finally:
                self.buffer.close()

    # -- reading --

    def _compact(self):
        if self._ppos:
            self._pending = self._pending[self._ppos:]
            self._ppos = 0

    def _rewind_read_ahead(self):
        self._compact()
        ahead = len(self._pending.encode(self._encoding, self._errors)) + len(self._undecoded)
        self._pending = ""
        self._undecoded = b""
        self._eof = False
        if ahead:
            self.buffer.seek(-ahead, SEEK_CUR)

    def _fill(self):
        """Decodes one more chunk into _pending; False at end of file."""
        if self._eof:
            return False
        b = self.buffer.read1(self._CHUNK)
        data = self._undecoded + b
        final = not b
        text, used = _fdio.decode(data, self._encoding, self._errors, final)
        self._undecoded = data[used:]
        self._compact()
        self._pending += text
        if not self._cr and "\r" in text:
            self._cr = True
        if final:
            self._eof = True
        return bool(b) or bool(text)

    def _translate(self, text):
        if self._newline is None:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _check_readable(self):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        with self._lock:
            self._compact()
            if size < 0:
                # One final decode of the rest, so error positions count from here.
                data = self._undecoded + self.buffer.read()
                self._undecoded = b""
                self._eof = True
                text = self._pending + _fdio.decode(data, self._encoding, self._errors, True)[0]
                self._pending = ""
                return self._translate(text)
            while not self._eof:
                p = self._pending
                if self._newline is None:
                    # A '\r' at the end may start a '\r\n': wait for the next character.
                    n = len(p) - p.count("\r\n")
                    if n > size or (n == size and not p.endswith("\r")):
                        break
                elif len(p) >= size:
                    break
                self._fill()
            return self._take(size)

    def _take(self, n):
        """Removes and returns n characters of translated text from _pending."""
        if self._newline is not None:
            out = self._pending[:n]
            self._pending = self._pending[n:]
            return out
        out = []
        i = 0
        count = 0
        p = self._pending
        while count < n and i < len(p):
            c = p[i]
            if c == "\r":
                if i + 1 < len(p) and p[i + 1] == "\n":
                    i += 1
                out.append("\n")
            else:
                out.append(c)
            i += 1
            count += 1
        self._pending = p[i:]
        return "".join(out)

    def _line_end(self, p, start):
        """Index just past the first line ending in p (from start), or -1."""
        nl = self._newline
        if nl == "\n":
            i = p.find("\n", start)
            return -1 if i < 0 else i + 1
        if nl == "\r":
            i = p.find("\r", start)
            return -1 if i < 0 else i + 1
        if nl == "\r\n":
            i = p.find("\r\n", start)
            return -1 if i < 0 else i + 2
        # Universal: \n, \r, or \r\n; a trailing \r needs the next character.
        i = p.find("\n", start)
        j = p.find("\r", start)
        if j < 0 or (0 <= i < j):
            return -1 if i < 0 else i + 1
        if j + 1 < len(p):
            return j + 2 if p[j + 1] == "\n" else j + 1
        return -2 if not self._eof else j + 1

    def readline(self, size=-1):
        raw = self._raw
        if raw is not None and size == -1 and self._plain_read and not raw._closed:
            with self._lock:
                if not self._cr or self._newline is not None:
                    p = self._pending
                    i = p.find("\n", self._ppos)
                    if i >= 0:
                        line = p[self._ppos:i + 1]
                        self._ppos = i + 1
                        return line
        return self._readline(size)

    def _readline(self, size):
        self._check_readable()
        if size is None:
            size = -1
        with self._lock:
            self._compact()
            start = 0
            while True:
                end = self._line_end(self._pending, start)
                if end >= 0:
                    break
                if end == -1:
                    start = len(self._pending)
                if size >= 0 and len(self._pending) >= size:
                    break
                if not self._fill():
                    end = len(self._pending)
                    break
            if end < 0:
                end = len(self._pending)
            if size >= 0 and end > size:
                end = size
            line = self._pending[:end]
            self._pending = self._pending[end:]
            return self._translate(line)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_closed()
        with self._lock:
            self._compact()
            ahead = len(self._pending.encode(self._encoding, self._errors)) + len(self._undecoded)
            return self.buffer.tell() - ahead

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == SEEK_CUR and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == SEEK_END and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == SEEK_SET and cookie < 0:
            raise ValueError("negative seek position %d" % cookie)
        with self._lock:
            if whence == SEEK_CUR:
                self._rewind_read_ahead()
                return self.buffer.tell()
            self._pending = ""
            self._ppos = 0
            self._undecoded = b""
            self._eof = False
            self.buffer.flush()
            return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self._check_closed()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, (str, bytes, int)) and not hasattr(type(file), "__fspath__"):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
    _parse_mode(mode)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    binary = "b" in mode
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
        if not isinstance(newline, str):
            raise TypeError("open() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        raise ValueError("illegal newline value: %s" % newline)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    raw_mode = mode.replace("t", "")
    raw = FileIO(file, raw_mode, closefd, opener=opener)
    try:
        if buffering == 0:
            return raw
        size = buffering if buffering > 1 else DEFAULT_BUFFER_SIZE
        line_buffering = buffering == 1 or (buffering < 0 and raw.isatty())
        if "+" in mode:
            buf = BufferedRandom(raw, size)
        elif "r" in mode:
            buf = BufferedReader(raw, size)
        else:
            buf = BufferedWriter(raw, size)
        if binary:
            return buf
        text = TextIOWrapper(buf, encoding, errors, newline, line_buffering)
        text.mode = mode
        return text
    except BaseException:
        raw.close()
        raise


class StringIO(TextIOBase):
    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._chunks = []
        self._buf = self._in(initial_value)
        self._len = len(self._buf)
        self._pos = 0
        self._closed = False
        self._lock = allocate_lock()

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _in(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline not in ("", "\n"):
            return s.replace("\n", self._newline)
        return s

    def _value(self):
        if self._chunks:
            self._buf = self._buf + "".join(self._chunks)
            self._chunks = []
        return self._buf

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._value()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._in(s)
        with self._lock:
            if self._pos == self._len:
                self._chunks.append(s)
            else:
                buf = self._value()
                if self._pos > len(buf):
                    buf = buf + "\0" * (self._pos - len(buf))
                self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
            self._pos += len(s)
            if self._pos > self._len:
                self._len = self._pos
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        buf = self._value()
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), self._pos + size)
        out = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        buf = self._value()
        if self._pos >= len(buf):
            return ""
        if self._newline == "":
            i = self._pos
            end = len(buf)
            while i < len(buf):
                c = buf[i]
                if c == "\n":
                    end = i + 1
                    break
                if c == "\r":
                    end = i + 2 if i + 1 < len(buf) and buf[i + 1] == "\n" else i + 1
                    break
                i += 1
        else:
            sep = "\n" if self._newline is None else self._newline
            i = buf.find(sep, self._pos)
            end = len(buf) if i < 0 else i + len(sep)
        if size >= 0:
            end = min(end, self._pos + size)
        out = buf[self._pos:end]
        self._pos = end
        return out

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._value()[:size]
        self._len = len(self._buf)
        return size

    def close(self):
        self._closed = True

    def __repr__(self):
        return "<_io.StringIO object>"

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None


class BytesIO(BufferedIOBase):
    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self._closed = False
        self._lock = allocate_lock()

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return self._buf

    def write(self, data):
        self._check_closed()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        n = len(data)
        with self._lock:
            end = len(self._buf)
            if self._pos == end:
                self._buf += data
            else:
                if self._pos > end:
                    self._buf += b"\0" * (self._pos - end)
                self._buf[self._pos:self._pos + n] = data
            self._pos += n
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        with self._lock:
            end = len(self._buf) if size < 0 else min(len(self._buf), self._pos + size)
            out = bytes(self._buf[self._pos:end])
            self._pos = max(self._pos, end)
        return out

    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        with self._lock:
            i = self._buf.find(b"\n", self._pos)
            end = len(self._buf) if i < 0 else i + 1
            if size >= 0:
                end = min(end, self._pos + size)
            out = bytes(self._buf[self._pos:end])
            self._pos = max(self._pos, end)
        return out

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size

    def close(self):
        self._closed = True

    def __repr__(self):
        return "<_io.BytesIO object>"


for _cls in (FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper,
             StringIO, BytesIO):
    _cls.__module__ = "_io"
del _cls
