# abc: ABCMeta (abstract methods, virtual subclasses via register), ABC, abstractmethod;
# instantiating a class with abstract methods left raises CPython's TypeError.


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


class ABCMeta(type):
    """Metaclass for abstract base classes: records abstract methods, and lets classes be
    registered as virtual subclasses (isinstance/issubclass consult it)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        # Registering with an ABC registers with its ABC bases too (CPython finds those
        # through the bases' subclass lists).
        for base in cls.__mro__:
            if isinstance(base, ABCMeta) and subclass not in base._abc_registry:
                base._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = cls.__dict__.get('__subclasshook__')
        if hook is None:
            for base in cls.__mro__[1:]:
                if '__subclasshook__' in base.__dict__:
                    hook = base.__dict__['__subclasshook__']
                    break
        if hook is not None:
            ok = hook.__func__(cls, subclass) if isinstance(hook, classmethod) else hook(cls, subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for rcls in cls.__dict__.get('_abc_registry', ()):
            if issubclass(subclass, rcls):
                return True
        return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        abstract = getattr(cls, '__abstractmethods__', None)
        if abstract:
            names = sorted(abstract)
            s = 's' if len(names) > 1 else ''
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, s, ', '.join(names)))
        return object.__new__(cls)


def get_cache_token():
    return 0
