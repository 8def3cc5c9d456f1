# copy: shallow and deep copies of builtin containers and of instances (__copy__/__deepcopy__/__dict__).


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), frozenset)


def _is_atomic(x):
    if isinstance(x, _ATOMIC):
        return True
    return callable(x) and not hasattr(x, '__dict__') or type(x).__name__ in ('function', 'builtin_function_or_method')


def _new_like(x):
    cls = type(x)
    y = object.__new__(cls)
    return y


def copy(x):
    cls = type(x)
    if _is_atomic(x) or cls is tuple:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    y = _new_like(x)
    _set_state(y, _get_state(x), None)
    return y


def _get_state(x):
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None and type(getstate).__name__ == 'function':
        return getstate(x)
    return getattr(x, '__dict__', None)


def _set_state(y, state, memo):
    # CPython's copy._reconstruct: deep copies copy the state first; __setstate__ wins.
    if state is None:
        return
    if memo is not None:
        state = deepcopy(state, memo)
    setstate = getattr(type(y), '__setstate__', None)
    if setstate is not None:
        setstate(y, state)
        return
    for k, v in state.items():
        object.__setattr__(y, k, v)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _new_like(x)
            memo[d] = y
            _set_state(y, _get_state(x), memo)
    memo[d] = y
    if y is not x:
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # As CPython's copy: memo is keyed by id(), so every original must outlive the
    # copy, or a freed temporary's id (a `__dict__` snapshot) could match a new object.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
