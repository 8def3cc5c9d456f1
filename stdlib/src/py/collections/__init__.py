# collections: deque (native, _collections), defaultdict, Counter, OrderedDict, namedtuple, ChainMap.
# The VM cannot yet subclass dict or tuple, so the mappings wrap a dict and namedtuple classes wrap a tuple.

import sys as _sys
from operator import itemgetter as _itemgetter
from _collections import deque


class _DictWrapper:
    """A mutable mapping over a private dict, with dict's methods."""

    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        d = self._d
        if key in d:
            return d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(list(self._d))

    def __len__(self):
        return len(self._d)

    def __bool__(self):
        return bool(self._d)

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def clear(self):
        self._d.clear()

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('update expected at most 1 argument, got %d' % len(args))
        if args:
            other = args[0]
            if isinstance(other, _DictWrapper):
                other = other._d
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        c = object.__new__(type(self))
        for k, v in self.__dict__.items():
            setattr(c, k, v)
        c._d = dict(self._d)
        return c

    __copy__ = copy

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._d)


class defaultdict(_DictWrapper):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        _DictWrapper.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def __repr__(self):
        f = self.default_factory
        return 'defaultdict(%s, %r)' % ('None' if f is None else repr(f), self._d)


class OrderedDict(_DictWrapper):
    def move_to_end(self, key, last=True):
        d = self._d
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            items = list(d.items())
            d.clear()
            d[key] = value
            d.update(items)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError('dictionary is empty')
        key = next(reversed(list(self._d))) if last else next(iter(self._d))
        return key, self._d.pop(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _DictWrapper.__eq__(self, other)

    def __repr__(self):
        if not self._d:
            return 'OrderedDict()'
        return 'OrderedDict(%r)' % (list(self._d.items()),)


class Counter(_DictWrapper):
    def __init__(self, iterable=None, /, **kwds):
        self._d = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=_itemgetter(1), reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self._d.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, /, **kwds):
        d = self._d
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for elem, count in iterable.items():
                    d[elem] = d.get(elem, 0) + count
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        d = self._d
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for elem, count in iterable.items():
                    d[elem] = d.get(elem, 0) - count
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def __delitem__(self, elem):
        if elem in self._d:
            del self._d[elem]

    def __repr__(self):
        if not self._d:
            return 'Counter()'
        return 'Counter({%s})' % ', '.join('%r: %r' % kv for kv in self.most_common())

    def _keep_positive(self):
        for k in [k for k, v in self._d.items() if not v > 0]:
            del self._d[k]
        return self

    def __add__(self, other):
        r = Counter()
        for k, v in self._d.items():
            n = v + other[k]
            if n > 0:
                r._d[k] = n
        for k, v in other._d.items():
            if k not in self._d and v > 0:
                r._d[k] = v
        return r

    def __sub__(self, other):
        r = Counter()
        for k, v in self._d.items():
            n = v - other[k]
            if n > 0:
                r._d[k] = n
        for k, v in other._d.items():
            if k not in self._d and v < 0:
                r._d[k] = 0 - v
        return r

    def __or__(self, other):
        r = Counter()
        for k in list(self._d) + [k for k in other._d if k not in self._d]:
            n = max(self[k], other[k])
            if n > 0:
                r._d[k] = n
        return r

    def __and__(self, other):
        r = Counter()
        for k, v in self._d.items():
            n = min(v, other[k])
            if n > 0:
                r._d[k] = n
        return r

    def __pos__(self):
        return Counter()._add_from(self, 1)

    def __neg__(self):
        return Counter()._add_from(self, -1)

    def _add_from(self, other, sign):
        for k, v in other._d.items():
            if sign * v > 0:
                self._d[k] = sign * v
        return self


class ChainMap(_DictWrapper):
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        del self.maps[0][key]

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def _merged(self):
        d = {}
        for m in reversed(self.maps):
            d.update(m)
        return d

    def __iter__(self):
        return iter(self._merged())

    def __len__(self):
        return len(self._merged())

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        return self._merged().keys()

    def items(self):
        return self._merged().items()

    def values(self):
        return self._merged().values()

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return 'ChainMap(%s)' % ', '.join(map(repr, self.maps))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    seen = set()
    for i, name in enumerate(field_names):
        if rename and (not name.isidentifier() or name.startswith('_') or name in seen):
            field_names[i] = '_%d' % i
        seen.add(field_names[i])
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))

    def __init__(self, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError('%s() takes %d positional arguments but %d were given'
                            % (typename, nfields + 1, len(args) + 1))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs and n not in field_defaults]
                if len(missing) == 1:
                    raise TypeError("%s.__new__() missing 1 required positional argument: %r"
                                    % (typename, missing[0]))
                raise TypeError('%s.__new__() missing %d required positional arguments: %s'
                                % (typename, len(missing),
                                   ', '.join(repr(m) for m in missing[:-1]) + ' and ' + repr(missing[-1])))
        for name in kwargs:
            if name in fields:
                raise TypeError("%s.__new__() got multiple values for argument %r" % (typename, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument %r" % (typename, name))
        object.__setattr__(self, '_tuple', tuple(values))

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % (n, v) for n, v in zip(fields, self._tuple)))

    def __setattr__(self, name, value):
        if name in fields:
            raise AttributeError("can't set attribute")
        object.__setattr__(self, name, value)

    def _make(cls, iterable):
        return cls(*iterable)

    def _replace(self, **kwds):
        values = [kwds.pop(n, v) for n, v in zip(fields, self._tuple)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(fields, self._tuple))

    def _tup(other):
        return other._tuple if hasattr(other, '_fields') and hasattr(other, '_tuple') else other

    ns = {

        '_fields': fields,
        '_field_defaults': field_defaults,
        '__init__': __init__,
        '__repr__': __repr__,
        '__setattr__': __setattr__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '_asdict': _asdict,
        '__getitem__': lambda self, i: self._tuple[i],
        '__iter__': lambda self: iter(self._tuple),
        '__len__': lambda self: nfields,
        '__contains__': lambda self, x: x in self._tuple,
        '__hash__': lambda self: hash(self._tuple),
        '__eq__': lambda self, other: self._tuple == _tup(other),
        '__ne__': lambda self, other: self._tuple != _tup(other),
        '__lt__': lambda self, other: self._tuple < _tup(other),
        '__le__': lambda self, other: self._tuple <= _tup(other),
        '__gt__': lambda self, other: self._tuple > _tup(other),
        '__ge__': lambda self, other: self._tuple >= _tup(other),
        '__add__': lambda self, other: self._tuple + _tup(other),
        '__getnewargs__': lambda self: self._tuple,
        'count': lambda self, x: self._tuple.count(x),
        'index': lambda self, x: self._tuple.index(x),
    }

    for i, name in enumerate(fields):
        ns[name] = property(lambda self, i=i: self._tuple[i])
    cls = type(typename, (object,), ns)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    cls.__module__ = module
    return cls
