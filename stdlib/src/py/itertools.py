# itertools: the iterator building blocks as generators and small iterator classes.


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


_MISSING = object()


class repeat:
    def __init__(self, object=_MISSING, times=None):
        if object is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._obj = object
        self._left = times
        if times is not None and times < 0:
            self._left = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %r)' % (self._obj, self._left)


class chain:
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._current = None

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._sources = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._current is None:
                self._current = iter(next(self._sources))
            try:
                return next(self._current)
            except StopIteration:
                self._current = None


def _index_arg(v, what):
    if v is None:
        return None
    if not isinstance(v, int) or v < 0:
        raise ValueError(what)
    return v


def islice(iterable, *args):
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif len(args) in (2, 3):
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    elif not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    else:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    msg = ('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    stop = _index_arg(stop, msg)
    start = _index_arg(start, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.') or 0
    step = _index_arg(step, 'Step for islice() must be a positive integer or None.')
    if step is None:
        step = 1
    if step == 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    i = 0
    nxt = start
    if stop is not None and start >= stop:
        for _ in zip(range(stop), it):
            pass
        return
    for element in it:
        if i == nxt:
            yield element
            nxt += step
            if stop is not None and nxt >= stop:
                for _ in zip(range(stop - i - 1), it):
                    pass
                return
        i += 1


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for p in pools:
        if not p:
            return
    idx = [0] * n
    while True:
        yield tuple(pools[i][idx[i]] for i in range(n))
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    used = [False] * n
    chosen = []

    def walk(depth):
        if depth == r:
            yield tuple(pool[i] for i in chosen)
            return
        for i in range(n):
            if not used[i]:
                used[i] = True
                chosen.append(i)
                for t in walk(depth + 1):
                    yield t
                chosen.pop()
                used[i] = False
    for t in walk(0):
        yield t


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, len(pool), r, False)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, len(pool), r, True)


def _combinations(pool, n, r, again):
    if r > n and not again or n == 0 and r > 0:
        return
    idx = [0] * r if again else list(range(r))
    while True:
        yield tuple(pool[i] for i in idx)
        i = r - 1
        limit = (lambda i: n - 1) if again else (lambda i: i + n - r)
        while i >= 0 and idx[i] == limit(i):
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[i] if again else idx[j - 1] + 1


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._key = key
        self._started = False
        self._have = False
        self._cur_key = None
        self._cur_val = None
        self._tgt_key = None
        self._group = 0

    def __iter__(self):
        return self

    def _fetch(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._have = False
            return
        self._cur_val = v
        self._cur_key = v if self._key is None else self._key(v)
        self._have = True

    def __next__(self):
        if not self._started:
            self._started = True
            self._fetch()
        else:
            while self._have and self._cur_key == self._tgt_key:
                self._fetch()
        if not self._have:
            raise StopIteration
        self._tgt_key = self._cur_key
        self._group += 1
        return (self._cur_key, self._grouper(self._group))

    def _grouper(self, group):
        while self._group == group and self._have and self._cur_key == self._tgt_key:
            yield self._cur_val
            self._fetch()


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


class _TeeBuffer:
    def __init__(self, it):
        self.it = it
        self.items = []
        self.base = 0


def _tee_gen(buf, pos):
    while True:
        if pos - buf.base >= len(buf.items):
            try:
                buf.items.append(next(buf.it))
            except StopIteration:
                return
        yield buf.items[pos - buf.base]
        pos += 1


def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    buf = _TeeBuffer(iter(iterable))
    return tuple(_tee_gen(buf, 0) for _ in range(n))
