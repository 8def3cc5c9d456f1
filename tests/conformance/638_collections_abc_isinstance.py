from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Iterable,
                             Iterator, Sized, Container, Hashable, Callable, Set, MutableSet,
                             Collection, Generator, KeysView)
from collections import OrderedDict, Counter, namedtuple
P = namedtuple("P", "x y")
vals = [{}, [], (), "s", 1, {1}, frozenset(), OrderedDict(), Counter(), P(1, 2), range(3),
        iter([]), (x for x in ()), len, {}.keys(), b"x", None]
for cls in (Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Sized, Container,
            Hashable, Callable, Set, MutableSet, Collection, Generator, KeysView):
    print(cls.__name__, [isinstance(v, cls) for v in vals])
