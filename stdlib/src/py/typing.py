# typing: the names lessons import and subscript (Optional[int], List[str], Callable[..., Any]); nothing is enforced.

TYPE_CHECKING = False


def _repr_arg(a):
    if a is ...:
        return '...'
    if a is None:
        return 'None'
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return '%s.%s' % (a.__module__, a.__qualname__)
    if isinstance(a, list):
        return '[' + ', '.join(_repr_arg(x) for x in a) + ']'
    return repr(a)


class _Alias:
    """A subscripted special form or generic: `List[int]`."""

    def __init__(self, origin, name, args):
        self.__origin__ = origin
        self._name = name
        self.__args__ = args

    def __repr__(self):
        args = self.__args__
        if self._name == 'Optional':
            return 'typing.Optional[%s]' % _repr_arg(args[0])
        if self._name == 'Callable' and args:
            if args[0] is ...:
                ps = '...'
            else:
                ps = '[' + ', '.join(_repr_arg(a) for a in args[:-1]) + ']'
            return 'typing.Callable[%s, %s]' % (ps, _repr_arg(args[-1]))
        if not args:
            return 'typing.%s[()]' % self._name
        return 'typing.%s[%s]' % (self._name, ', '.join(_repr_arg(a) for a in args))

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _Special:
    """A bare special form or generic alias: `Any`, `Optional`, `List`."""

    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(type(None) if p is None else p for p in params)
        name = self._name
        if name == 'Optional':
            if len(params) != 1:
                raise TypeError('typing.Optional requires a single type.')
            return Union[params[0], type(None)]
        if name == 'Union':
            flat = []
            for p in params:
                if isinstance(p, _Alias) and p._name in ('Union', 'Optional'):
                    items = p.__args__
                else:
                    items = (p,)
                for q in items:
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                other = flat[0] if flat[1] is type(None) else flat[1]
                a = _Alias(Union, 'Optional', (other, type(None)))
                return a
            return _Alias(Union, 'Union', tuple(flat))
        if name == 'Callable' and len(params) == 2:
            args, result = params
            if isinstance(args, list):
                return _Alias(self.__origin__, name, tuple(args) + (result,))
            return _Alias(self.__origin__, name, (args, result))
        return _Alias(self.__origin__, name, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError('Cannot instantiate typing.%s' % self._name)
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__ or object,)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


Any = _Special('Any')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
Self = _Special('Self')
LiteralString = _Special('LiteralString')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Union = _Special('Union')
Optional = _Special('Optional')
Literal = _Special('Literal')
Annotated = _Special('Annotated')
Concatenate = _Special('Concatenate')
TypeAlias = _Special('TypeAlias')
TypeGuard = _Special('TypeGuard')

import collections.abc as _abc

List = _Special('List', list)
Dict = _Special('Dict', dict)
Set = _Special('Set', set)
FrozenSet = _Special('FrozenSet', frozenset)
Tuple = _Special('Tuple', tuple)
Type = _Special('Type', type)
Callable = _Special('Callable', _abc.Callable)
Iterable = _Special('Iterable', _abc.Iterable)
Iterator = _Special('Iterator', _abc.Iterator)
Generator = _Special('Generator', _abc.Generator)
Sequence = _Special('Sequence', _abc.Sequence)
MutableSequence = _Special('MutableSequence', _abc.MutableSequence)
Mapping = _Special('Mapping', _abc.Mapping)
MutableMapping = _Special('MutableMapping', _abc.MutableMapping)
AbstractSet = _Special('AbstractSet', _abc.Set)
MutableSet = _Special('MutableSet', _abc.MutableSet)
Collection = _Special('Collection', _abc.Collection)
Container = _Special('Container', _abc.Container)
Hashable = _Special('Hashable', _abc.Hashable)
Sized = _Special('Sized', _abc.Sized)
Awaitable = _Special('Awaitable', _abc.Awaitable)
Coroutine = _Special('Coroutine', _abc.Coroutine)
AsyncIterable = _Special('AsyncIterable', _abc.AsyncIterable)
AsyncIterator = _Special('AsyncIterator', _abc.AsyncIterator)
AsyncGenerator = _Special('AsyncGenerator', _abc.AsyncGenerator)
KeysView = _Special('KeysView', _abc.KeysView)
ValuesView = _Special('ValuesView', _abc.ValuesView)
ItemsView = _Special('ItemsView', _abc.ItemsView)
DefaultDict = _Special('DefaultDict')
OrderedDict = _Special('OrderedDict')
Counter = _Special('Counter')
Deque = _Special('Deque')
ChainMap = _Special('ChainMap')
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None):
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None) if isinstance(tp, _Alias) else None


def get_args(tp):
    return tuple(getattr(tp, '__args__', ())) if isinstance(tp, _Alias) else ()


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    return namedtuple(typename, [n for n, t in fields])


class TypedDict:
    pass
