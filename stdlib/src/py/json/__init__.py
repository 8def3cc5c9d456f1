# json: dumps/dump (indent, separators, sort_keys, ensure_ascii, default) and loads/load with
# CPython's output format, float repr and JSONDecodeError messages; a hand-written recursive parser.


class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        before = doc[:pos]
        lineno = before.count('\n') + 1
        colno = pos - before.rfind('\n')
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESC.get(ch)
        if e is not None:
            out.append(e)
            continue
        o = ord(ch)
        if o < 0x20:
            out.append('\\u%04x' % o)
        elif o < 0x7f or not ensure_ascii:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            o -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | (o >> 10), 0xdc00 | (o & 0x3ff)))
    out.append('"')
    return ''.join(out)


def _float_str(f, allow_nan):
    if f != f:
        text = 'NaN'
    elif f == float('inf'):
        text = 'Infinity'
    elif f == -float('inf'):
        text = '-Infinity'
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        out = []
        markers = {} if self.check_circular else None
        self._enc(o, out, markers, 0)
        return out

    def _key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _float_str(k, self.allow_nan)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k) if type(k) is not int else repr(k)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def _enc(self, o, out, markers, level):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(o))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._enc_list(o, out, markers, level)
        elif isinstance(o, dict):
            self._enc_dict(o, out, markers, level)
        else:
            if markers is not None:
                mid = id(o)
                if mid in markers:
                    raise ValueError('Circular reference detected')
                markers[mid] = o
            self._enc(self.default(o), out, markers, level)
            if markers is not None:
                del markers[id(o)]

    def _enter(self, o, markers):
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers[mid] = o

    def _enc_list(self, o, out, markers, level):
        if not o:
            out.append('[]')
            return
        self._enter(o, markers)
        out.append('[')
        sep = self.item_separator
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep = sep + nl
            out.append(nl)
        first = True
        for v in o:
            if not first:
                out.append(sep)
            first = False
            self._enc(v, out, markers, level)
        if self.indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        if markers is not None:
            del markers[id(o)]

    def _enc_dict(self, o, out, markers, level):
        if not o:
            out.append('{}')
            return
        self._enter(o, markers)
        out.append('{')
        sep = self.item_separator
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep = sep + nl
            out.append(nl)
        items = o.items()
        if self.sort_keys:
            items = sorted(items)
        first = True
        for k, v in items:
            key = self._key(k)
            if key is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._enc(v, out, markers, level)
        if self.indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        if markers is not None:
            del markers[id(o)]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = ' \t\n\r'
_NUM_START = '-0123456789'
_UNESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


def _constant(name):
    return _CONSTANTS[name]


class _Parser:
    def __init__(self, s, object_hook, object_pairs_hook, parse_float, parse_int, strict,
                 parse_constant=None):
        self.s = s
        self.parse_constant = parse_constant or _constant
        self.n = len(s)
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.strict = strict

    def ws(self, i):
        s = self.s
        n = self.n
        while i < n and s[i] in _WS:
            i += 1
        return i

    def err(self, msg, i):
        raise JSONDecodeError(msg, self.s, i)

    def value(self, i):
        s = self.s
        if i >= self.n:
            self.err('Expecting value', i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.obj(i + 1)
        if c == '[':
            return self.arr(i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        if c in _NUM_START:
            return self.number(i)
        self.err('Expecting value', i)

    def number(self, i):
        s = self.s
        n = self.n
        start = i
        if s[i] == '-':
            i += 1
        if i >= n or not s[i].isdigit():
            self.err('Expecting value', start)
        if s[i] == '0':
            i += 1
        else:
            while i < n and '0' <= s[i] <= '9':
                i += 1
        is_float = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            is_float = True
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and '0' <= s[j] <= '9':
                is_float = True
                i = j
                while i < n and '0' <= s[i] <= '9':
                    i += 1
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def string(self, i):
        s = self.s
        n = self.n
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not self.strict):
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                self.err('Unterminated string starting at', begin)
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                self.err('Invalid control character at', j)
            if j + 1 >= n:
                self.err('Unterminated string starting at', begin)
            e = s[j + 1]
            if e == 'u':
                code = self.hex4(j + 1)
                i = j + 6
                if 0xd800 <= code <= 0xdbff and s[i:i + 2] == '\\u':
                    low = self.hex4(i + 1)
                    if 0xdc00 <= low <= 0xdfff:
                        code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                        i += 6
                chunks.append(chr(code))
            else:
                r = _UNESC.get(e)
                if r is None:
                    self.err('Invalid \\escape', j)
                chunks.append(r)
                i = j + 2

    def hex4(self, i):
        h = self.s[i + 1:i + 5]
        if len(h) == 4 and all(c in '0123456789abcdefABCDEF' for c in h):
            return int(h, 16)
        self.err('Invalid \\uXXXX escape', i - 1)

    def obj(self, i):
        s = self.s
        pairs = []
        i = self.ws(i)
        if i < self.n and s[i] == '}':
            return self.finish_obj(pairs), i + 1
        while True:
            if i >= self.n or s[i] != '"':
                self.err('Expecting property name enclosed in double quotes', i)
            key, i = self.string(i + 1)
            i = self.ws(i)
            if i >= self.n or s[i] != ':':
                self.err("Expecting ':' delimiter", i)
            i = self.ws(i + 1)
            val, i = self.value(i)
            pairs.append((key, val))
            i = self.ws(i)
            if i < self.n and s[i] == '}':
                return self.finish_obj(pairs), i + 1
            if i >= self.n or s[i] != ',':
                self.err("Expecting ',' delimiter", i)
            i = self.ws(i + 1)

    def finish_obj(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def arr(self, i):
        s = self.s
        items = []
        i = self.ws(i)
        if i < self.n and s[i] == ']':
            return items, i + 1
        while True:
            val, i = self.value(i)
            items.append(val)
            i = self.ws(i)
            if i < self.n and s[i] == ']':
                return items, i + 1
            if i >= self.n or s[i] != ',':
                self.err("Expecting ',' delimiter", i)
            i = self.ws(i + 1)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def raw_decode(self, s, idx=0):
        p = _Parser(s, self.object_hook, self.object_pairs_hook, self.parse_float,
                    self.parse_int, self.strict, self.parse_constant)
        return p.value(idx)

    def decode(self, s):
        p = _Parser(s, self.object_hook, self.object_pairs_hook, self.parse_float,
                    self.parse_int, self.strict, self.parse_constant)
        i = p.ws(0)
        obj, end = p.value(i)
        end = p.ws(end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)


import json.decoder
import json.encoder
