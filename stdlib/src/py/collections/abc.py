# collections.abc: the abstract container classes, as names for annotations and bases.


class Hashable: pass
class Awaitable: pass
class Coroutine(Awaitable): pass
class AsyncIterable: pass
class AsyncIterator(AsyncIterable): pass
class AsyncGenerator(AsyncIterator): pass
class Iterable: pass
class Iterator(Iterable): pass
class Reversible(Iterable): pass
class Generator(Iterator): pass
class Sized: pass
class Container: pass
class Callable: pass
class Collection(Sized, Iterable, Container): pass
class Set(Collection): pass
class MutableSet(Set): pass
class Mapping(Collection): pass
class MutableMapping(Mapping): pass
class MappingView(Sized): pass
class KeysView(MappingView, Set): pass
class ItemsView(MappingView, Set): pass
class ValuesView(MappingView, Collection): pass
class Sequence(Reversible, Collection): pass
class MutableSequence(Sequence): pass
class ByteString(Sequence): pass
