# os.environ: a mapping over the process environment; setting or deleting a key also calls
# putenv/unsetenv, so child processes inherit the change, as in CPython.


class Environ:
    def __init__(self, data, putenv, unsetenv):
        self._data = data
        self._putenv = putenv
        self._unsetenv = unsetenv

    def _check(self, v, what):
        if not isinstance(v, str):
            raise TypeError('str expected, not %s' % type(v).__name__)

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key, 'key')
        self._check(value, 'value')
        self._putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        self._unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        if key in self._data:
            self._unsetenv(key)
        return self._data.pop(key, *default)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, other=(), **kwargs):
        items = other.items() if hasattr(other, 'items') else other
        for k, v in items:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self._data.items())
