# abc: ABC and abstractmethod; instantiating a class with abstract methods left raises CPython's TypeError.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for part in ('__func__', 'fget'):
        inner = getattr(value, part, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def _abstract_names(cls):
    names = set()
    for klass in reversed(cls.__mro__):
        for name, value in klass.__dict__.items():
            if _is_abstract(value):
                names.add(name)
            elif name in names:
                names.discard(name)
    # a name stays abstract only if the most derived definition is abstract
    result = set()
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if _is_abstract(klass.__dict__[name]):
                    result.add(name)
                break
    return frozenset(result)


def update_abstractmethods(cls):
    cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC:
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)

    def __new__(cls, *args, **kwargs):
        abstract = getattr(cls, '__abstractmethods__', None)
        if abstract:
            names = sorted(abstract)
            s = 's' if len(names) > 1 else ''
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, s, ', '.join(names)))
        return object.__new__(cls)


ABCMeta = type


def get_cache_token():
    return 0
