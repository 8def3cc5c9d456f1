# string: the character-class constants, capwords, and Formatter/Template basics.

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(w.capitalize() for w in s.split(sep))


_ID_START = frozenset('_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_ID_CHARS = _ID_START | frozenset('0123456789')


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (start, end, name, literal): name None with literal text, or a bad
        # placeholder as name ''; CPython's pattern with ASCII identifiers.
        t = self.template
        d = self.delimiter
        dl = len(d)
        i = 0
        n = len(t)
        lit = 0
        while i < n:
            if t[i:i + dl] != d:
                i += 1
                continue
            if i > lit:
                yield lit, i, None, t[lit:i]
            if t[i + dl:i + 2 * dl] == d:
                yield i, i + 2 * dl, None, d
                i = lit = i + 2 * dl
                continue
            j = i + dl
            braced = j < n and t[j] == '{'
            if braced:
                j += 1
            k = j
            if k < n and t[k] in _ID_START:
                k += 1
                while k < n and t[k] in _ID_CHARS:
                    k += 1
            name = t[j:k]
            if not name or braced and (k >= n or t[k] != '}'):
                yield i, i + dl, '', d
                i = lit = i + dl
                continue
            end = k + 1 if braced else k
            yield i, end, name, t[i:end]
            i = lit = end
        if lit < n:
            yield lit, n, None, t[lit:]

    def _sub(self, mapping, safe):
        out = []
        for start, _end, name, text in self._scan():
            if name is None:
                out.append(text)
            elif name == '':
                if safe:
                    out.append(text)
                    continue
                lines = self.template[:start].split('\n')
                raise ValueError('Invalid placeholder in string: line %d, col %d'
                                 % (len(lines), len(lines[-1]) + 1))
            elif name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(text)
            else:
                raise KeyError(name)
        return ''.join(out)

    def substitute(self, mapping={}, /, **kws):
        return self._sub({**mapping, **kws}, False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._sub({**mapping, **kws}, True)

    def is_valid(self):
        return all(name != '' for _s, _e, name, _t in self._scan())

    def get_identifiers(self):
        ids = []
        for _s, _e, name, _t in self._scan():
            if name and name not in ids:
                ids.append(name)
        return ids


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
