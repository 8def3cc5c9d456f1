# enum: Enum, IntEnum, Flag basics and auto. The VM has no metaclasses yet, so members are made by
# __init_subclass__, Color['RED'] goes through __class_getitem__, and iteration/len of the class
# itself are not available (use Color.__members__ or list(Color.__members__.values())).

_auto_null = object()


class auto:
    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_member_name(name, value):
    if name.startswith('_'):
        return False
    if callable(value) and not isinstance(value, auto):
        return False
    if isinstance(value, (property, staticmethod, classmethod)):
        return False
    return True


class Enum:
    def __init_subclass__(cls, **kwargs):
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._member_names_ = []
        last = None
        count = 0
        for name, value in list(cls.__dict__.items()):
            if not _is_member_name(name, value):
                continue
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, count, [last] if count else [])
            if isinstance(value, tuple) and '__init__' in cls.__dict__:
                args = value
            else:
                args = (value,)
            if value in cls._value2member_map_:
                member = cls._value2member_map_[value]
            else:
                member = object.__new__(cls)
                member._name_ = name
                member._value_ = value
                init = cls.__dict__.get('__init__')
                if init is not None:
                    init(member, *args)
                cls._value2member_map_[value] = member
                cls._member_names_.append(name)
            cls._member_map_[name] = member
            setattr(cls, name, member)
            last = value
            count += 1
        cls.__members__ = dict(cls._member_map_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError, AttributeError):
            pass
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return type(self), (self._value_,)


class IntEnum(Enum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, Enum) else other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._value_ < int(other)

    def __le__(self, other):
        return self._value_ <= int(other)

    def __gt__(self, other):
        return self._value_ > int(other)

    def __ge__(self, other):
        return self._value_ >= int(other)

    def __hash__(self):
        return hash(self._value_)

    def __add__(self, other):
        return self._value_ + int(other)

    def __radd__(self, other):
        return int(other) + self._value_

    def __sub__(self, other):
        return self._value_ - int(other)

    def __mul__(self, other):
        return self._value_ * int(other)


class StrEnum(Enum):
    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, Enum) else other)

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1
        return 2 ** (max(last_values).bit_length())

    def __or__(self, other):
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        return type(self)(self._value_ & other._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    @classmethod
    def _missing_(cls, value):
        member = object.__new__(cls)
        names = [m._name_ for m in cls._member_map_.values() if m._value_ & value and m._value_ & value == m._value_]
        member._name_ = '|'.join(names) if names else None
        member._value_ = value
        return member

    def __bool__(self):
        return bool(self._value_)


class IntFlag(Flag, IntEnum):
    pass


def unique(enumeration):
    dupes = [name for name, m in enumeration._member_map_.items() if m._name_ != name]
    if dupes:
        details = ', '.join('%s -> %s' % (n, enumeration._member_map_[n]._name_) for n in dupes)
        raise ValueError("duplicate values found in <enum '%s'>: %s" % (enumeration.__name__, details))
    return enumeration
