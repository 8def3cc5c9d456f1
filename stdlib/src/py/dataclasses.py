# dataclasses: @dataclass generating __init__, __repr__, __eq__, ordering and frozen setattr at class
# creation (closures, no exec), plus field, fields, asdict, astuple, replace, is_dataclass.

import copy as _copy


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=_FIELD)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _type_name(t):
    return getattr(t, '__name__', repr(t))


def _collect_fields(cls, kw_only_default):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields:
            for f in base_fields.values():
                fields[f.name] = f
    ann = cls.__dict__.get('__annotations__', {})
    kw_only = kw_only_default
    for name, typ in ann.items():
        if typ is KW_ONLY:
            kw_only = True
            continue
        if isinstance(typ, str) and typ.startswith('ClassVar') or getattr(typ, '_name', None) == 'ClassVar':
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                                 % (type(default), name))
            f = field(default=default)
        f.name = name
        f.type = typ
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    return fields


def _make_init(cls, fields, frozen):
    init_fields = [f for f in fields if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    kwonly = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError('non-default argument %r follows default argument' % f.name)
        seen_default = seen_default or has_default
    n_defaults = len([f for f in positional
                      if f.default is not MISSING or f.default_factory is not MISSING])
    post_init = getattr(cls, '__post_init__', None)
    names = [f.name for f in init_fields]
    qual = cls.__qualname__

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            most = len(positional) + 1
            least = most - n_defaults
            if least == most:
                takes = '%d positional argument%s' % (most, '' if most == 1 else 's')
            else:
                takes = 'from %d to %d positional arguments' % (least, most)
            raise TypeError('%s.__init__() takes %s but %d were given'
                            % (qual, takes, len(args) + 1))
        values = {}
        for f, a in zip(positional, args):
            values[f.name] = a
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError("%s.__init__() got an unexpected keyword argument '%s'" % (qual, k))
            if k in values:
                raise TypeError("%s.__init__() got multiple values for argument '%s'" % (qual, k))
            values[k] = v
        missing = [f.name for f in positional if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            if len(missing) == 1:
                raise TypeError("%s.__init__() missing 1 required positional argument: '%s'"
                                % (qual, missing[0]))
            listed = ', '.join("'%s'" % m for m in missing[:-1]) + " and '%s'" % missing[-1]
            raise TypeError('%s.__init__() missing %d required positional arguments: %s'
                            % (qual, len(missing), listed))
        missing = [f.name for f in kwonly if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            s = 's' if len(missing) > 1 else ''
            listed = ', '.join("'%s'" % m for m in missing)
            raise TypeError('%s.__init__() missing %d required keyword-only argument%s: %s'
                            % (qual, len(missing), s, listed))
        for f in fields:
            if f.name in values:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        if post_init is not None:
            self.__post_init__()
    __init__.__qualname__ = qual + '.__init__'
    return __init__


def _astuple_of(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields if f.compare)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    fields_map = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = fields_map
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    fields = list(fields_map.values())
    own = cls.__dict__
    if init and '__init__' not in own:
        cls.__init__ = _make_init(cls, fields, frozen)
    if repr and '__repr__' not in own:
        rfields = [f for f in fields if f.repr]

        def __repr__(self):
            return '%s(%s)' % (type(self).__qualname__,
                               ', '.join('%s=%r' % (f.name, getattr(self, f.name)) for f in rfields))
        __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
        cls.__repr__ = __repr__
    if eq and '__eq__' not in own:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _astuple_of(self, fields) == _astuple_of(other, fields)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in own:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

            def method(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(_astuple_of(self, fields), _astuple_of(other, fields))
                return NotImplemented
            method.__name__ = name
            setattr(cls, name, method)
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields_map:
                raise FrozenInstanceError("cannot assign to field '%s'" % name)
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields_map:
                raise FrozenInstanceError("cannot delete field '%s'" % name)
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(tuple(getattr(self, f.name) for f in fields
                              if (f.compare if f.hash is None else f.hash)))
        cls.__hash__ = __hash__
    elif eq and '__hash__' not in own:
        cls.__hash__ = None
    cls.__match_args__ = tuple(f.name for f in fields if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fmap = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fmap.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dc_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dc_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dc_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dc_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dc_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dc_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()' % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
